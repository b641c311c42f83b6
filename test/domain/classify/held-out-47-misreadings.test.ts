import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 47 (mastodon/mastodon, a product team running a large public service) misread how an instance's admins and users
 * report what went wrong, and left unread some ways its users ask for features (version 71):
 *
 * - a problem met doing something, named first: "Issue running db migration in 3.2" read as migration work;
 * - an upgrade named by its versions, then a comma or a colon, then what failed: "Upgrade to v4.4.1 from v4.3.8, database migration
 *   fails on AddFetchedRepliesAtToStatus", "Update from 1.6.1 to 2.0.0 : db:migrate fails" read as upgrades planned;
 * - a disk or a partition filling now ("/ partition going full even after media remove") gave no signal;
 * - a failure after an upgrade named at the title's start ("After updating to 2.5.0 my timelines are missing") was left unsure;
 * - "Revamp" and "Overhaul" open planned work as "Redesign" does; an improvement named before a phrase ("Domain blocks improvements
 *   on the user side"); a default asked to change ("CW par defaut / should be the default").
 */
function verdictOf(title: string) {
	return rulesVerdict('MA-1', {title});
}

describe('a problem met doing something is breakage, not the work it names', () => {
	it('reads an issue, a problem, an error or trouble met running, upgrading or installing as a problem now', () => {
		for (const title of ['Issue running db migration in 3.2', 'Issues upgrading to 4.0', 'Error running migrations after upgrade', 'Trouble installing on Ubuntu 22.04', 'Problem deploying to Heroku']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a problem doing it')});
		}
	});

	it('leaves a capability named by a gerund, and a problem to handle or report, alone', () => {
		for (const title of ['Error reporting for sink connectors', 'Error handling in the importer', 'Error tracking: group Sentry issues by release', 'Errors loading the feed should be retried', 'Add a problem report when uploading fails', 'Migrate the runners to Kubernetes']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a problem doing it');
		}
		expect(verdictOf('Error reporting for sink connectors').category).toBe('strategic');
		expect(verdictOf('Migrate the runners to Kubernetes').category).toBe('strategic');
	});
});

describe('an upgrade named by its versions, then what failed in it, is the upgrade gone wrong', () => {
	it('reads the versions, a comma or a colon, and a failure as breakage, and the opener as planning nothing', () => {
		for (const title of [
			'Upgrade to v4.4.1 from v4.3.8, database migration fails on AddFetchedRepliesAtToStatus',
			'Update from 1.6.1 to 2.0.0 : db:migrate fails',
			'Upgrade to 4.2, migrations fail',
			'Upgrade to Node 22, tests fail on CI',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).not.toContain('title: opens with planned work');
		}
	});

	it('still reads an upgrade planned, with a step, a purpose or a failure denied after the break', () => {
		for (const title of ['Upgrade from 2.3 to 2.4', 'Upgrade to Rails 7, fix failing specs', 'Upgrade to 4.2 so migrations no longer fail', 'Upgrade to 4.2, then check what fails', 'Upgrade to 5.0 - deprecations']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});
});

describe('a disk, a partition or a queue filling now is breakage', () => {
	it('reads going full, getting full and filling up as a state now', () => {
		for (const title of ['/ partition going full even after media remove', 'Disk filling up on web-2', 'Logs filling up the disk', 'Inbox queue getting full']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: filling up')});
		}
	});

	it('leaves a guard, an alert or an explanation of it alone', () => {
		for (const title of ['Alert when the disk is getting full', 'Prevent logs from filling up the disk', 'Document why the cache fills up', 'Monitor partitions filling up']) {
			expect(verdictOf(title).reason, title).not.toContain('title: filling up');
			expect(verdictOf(title).category, title).toBe('strategic');
		}
	});
});

describe('a failure after an upgrade named at the title start is a regression', () => {
	it('reads "After updating to X, Y is missing" as breakage since an upgrade', () => {
		for (const title of ['After updating to 2.5.0 my timelines are missing', 'After upgrading to 4.2, avatars are broken', 'Since updating to 3.1 notifications never arrive']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: since an upgrade')});
		}
	});

	it('leaves a step to take after an upgrade alone', () => {
		for (const title of ['After upgrading to 3.0, re-index search', "After upgrading to 4.0, don't forget to run the migrations"]) {
			expect(verdictOf(title).reason, title).not.toContain('title: since an upgrade');
		}
	});
});

describe('planned work in words the readings did not know', () => {
	it('reads "Revamp" and "Overhaul" as opening planned work, and said to have broken something as breakage', () => {
		for (const title of ['Revamp content warnings', 'Overhaul the settings page', 'Revamping the onboarding flow']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		expect(verdictOf('Overhaul of the importer broke CSV uploads')).toMatchObject({category: 'operational'});
	});

	it('reads an improvement named before a phrase as planned, not one said to have broken something', () => {
		for (const title of ['Domain blocks improvements on the user side', 'Performance improvements for the admin dashboard', 'Accessibility enhancements in the composer']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: an improvement named')});
		}
		for (const title of ['Crash after the search improvements in 4.2', 'Regression from the caching improvements in the feed']) {
			expect(verdictOf(title).reason, title).not.toContain('title: an improvement named');
		}
	});

	it('reads a default asked to change as planned, not a default said to be wrong now', () => {
		for (const title of ['CW par defaut / should be the default', 'Encryption should be enabled by default', 'Dark mode should be the default theme']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a default changed')});
		}
		for (const title of ['Timezone should be UTC by default but is local time', 'hbck2 should default to a released hbase version', 'Set the default branch to main']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a default changed');
		}
	});
});
