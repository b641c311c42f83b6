import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 20's misreadings (nextcloud/server, a product with users whose kind of work is in its own labels), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'nextcloud/server#1', key: 'nextcloud/server#1', team: 'nextcloud/server', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('nextcloud/server#1')!;
}

describe('held-out set 20 readings, nextcloud/server\'s titles', () => {
	it('reads an opener followed at once by a verb of failure as the subject of that failure, not as planned work', () => {
		for (const title of ['upgrade fails because user id is invalid for ldap users', 'Upgrade fails on Windows hosts', 'Report fails to load for March']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).not.toContain('opens with planned work');
		}
		// The imperative still plans: an upgrade to a version, failing tests updated, a failure handled.
		expect(verdictOf('Upgrade Postgres to 16')).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		expect(verdictOf('Update payment SDK to 5.2')).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		expect(verdictOf('Ensure upgrade fails gracefully when disk is full').reason).toContain('opens with planned work');
	});

	it('reads an opener whose object "results in", "leads to" or "causes" stated breakage as the subject of that breakage', () => {
		expect(verdictOf('Update 13.0.4 to 14.0.3 via web interface results in Internal Server Error', ['feature: install and update', 'needs info'])).toMatchObject({category: 'operational', reason: expect.stringContaining('title: HTTP error')});
		expect(verdictOf('Update iOS SDK to 17.2 results in crash on launch')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: crashing')});
		// Through a relative clause or a guard the opener still plans; with no breakage stated the outcome is the plan's.
		for (const title of ['Remove the cron job that causes deadlocks', 'Migrate users to SSO leads to fewer password resets', 'Migrate billing to the new queue so retries never fail']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		}
	});

	it('reads "accessibility" as a quality, not as access failing', () => {
		expect(verdictOf('dark theme should be part of customisation, not accessibility', ['1. to develop', 'design', 'enhancement', 'feature: accessibility', 'feature: theming'])).toMatchObject({category: 'strategic'});
		expect(verdictOf('No accessibility statement on the site').reason).not.toContain('title: not working');
		// Something not accessible is still not working.
		for (const title of ['Login page not accessible', 'Website not accessible from VPN']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('reads a failure named only inside an "if / when …" clause as the condition the work handles', () => {
		expect(verdictOf('Show in the admin overview if no mail server was configured', ['2. developing', 'enhancement']).category).not.toBe('operational');
		for (const title of ['Show a warning when the mail server is not reachable', 'Warn the user if the file cannot be uploaded']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
		// A failure stated before the condition is still breakage now.
		for (const title of ['Login does not work when 2FA is enabled', 'Emails not sent when queue is full', 'App crashes if user is not logged in', 'Payroll export not working']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('reads data corrupted now as breakage, not a guard against corruption or a hunt for it', () => {
		for (const title of ['Encrypted Files get corrupted/ unaccessable when moving from one folder to another', 'Database corruption after failover', 'Corrupted PDF when exporting invoices', 'Enabling gzip causes corrupted downloads']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: data corrupted')});
		}
		for (const title of ['Prevent data corruption on power loss', 'Detect corrupted backups', 'Corruption detection for the WAL', 'Add checksums to catch corrupted uploads']) {
			expect(verdictOf(title).reason, title).not.toContain('title: data corrupted');
		}
	});

	it('reads a brainstorm or a gap analysis as planning, as a roadmap is', () => {
		for (const title of ['Files brainstorming ideas (Contributor week 2024)', 'Files gap analysis', 'Gap analysis of SOC2 controls']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
		// A brainstorm about something broken names it as the topic: the breakage is read.
		expect(verdictOf('Brainstorm why the build is broken').category).toBe('operational');
	});
});
