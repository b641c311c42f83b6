import {describe, expect, it} from 'vitest';
import {expectOrdinaryUntouched, rulesVerdict} from './labelled.js';

/**
 * Held-out set 52 (mattermost/mattermost's GitHub issues: Mattermost's bug reports and the Help Wanted issues it mirrors from its
 * Jira) found breakage and planned work said in ways the readings did not know, each a way real teams and their users write:
 * a subject of a few words said to break or hang something ("Version 7.02 New formating toolbar breaks file uploads",
 * "Switching channels often hangs …"), a screen gone white ("Web/Android - White screen upon loading Mattermost"), messages lost
 * ("WebSocket losing messages"), what is possible no more ("… - no more login possible from desktop client!?"), breakage after an
 * upgrade said with "upon" ("… upon upgrading to version 5.37.1"), an imperative after the place it applies to ("In desktop web
 * app, remove unnecessary steps for copying permalink"), and two verbs opening the title ("Review and refine in-product text for
 * Account Settings").
 */
function verdictOf(title: string) {
	return rulesVerdict('MM-1', {title, type: null, labels: []});
}


describe('a subject of a few words said to break or hang something', () => {
	it('reads it as breakage now', () => {
		for (const title of [
			'Version 7.02 New formating toolbar breaks file uploads',
			'Switching channels often hangs and then places me 1-2 weeks in the past',
			'Opening a channel hangs the client',
			'Dark mode breaks the sidebar',
			'The new toolbar breaks uploads',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves clauses, purposes, guards, questions and page breaks alone', () => {
		for (const title of [
			'Fix the job that breaks the build',
			'Add a timeout when the sync hangs',
			'Investigate why CI hangs',
			'Add retries so the import no longer hangs',
			'Make sure nothing breaks on upgrade',
			'Upgrade should not break config',
			'Add page breaks to the PDF export',
			'Remove the plugin that breaks uploads',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
		expectOrdinaryUntouched(verdictOf, 'title: not working');
	});
});

describe('a screen gone white, blank or black', () => {
	it('reads it as breakage now', () => {
		for (const title of ['Web/Android - White screen upon loading Mattermost', 'Blank page on login', 'Black screen when launching the game', 'Screen goes blank after login', 'App shows a white screen']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a blank screen')});
		}
	});

	it('leaves a blank page made, replaced or avoided, and the docs about one, alone', () => {
		for (const title of [
			'Add a blank page template',
			'Show a skeleton instead of a blank page',
			'Replace the white screen with a spinner',
			'Avoid a blank screen while loading',
			'New blank screen option',
			'Update the white screen of death docs',
			'Black Friday traffic planning',
			'White paper on data retention',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: a blank screen');
		}
		expectOrdinaryUntouched(verdictOf, 'title: a blank screen');
	});
});

describe('messages or events lost or dropped', () => {
	it('reads them as data lost now', () => {
		for (const title of ['WebSocket losing messages', 'Kafka consumer drops messages on rebalance', 'Webhook dropped events under load', 'Messages get lost', 'Notifications lost after restart']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: data lost')});
		}
	});

	it('leaves a drop asked for, guarded, denied or handled, and a loss warned of, alone', () => {
		for (const title of [
			'Drop messages older than 30 days',
			'Ensure the proxy never drops events',
			'Broker should drop events over the limit',
			'Add a flag to drop stale messages',
			'Retry dropped webhooks automatically',
			'Count dropped packets',
			'Warn before users lose messages',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: data lost');
		}
		expectOrdinaryUntouched(verdictOf, 'title: data lost');
	});
});

describe('what is possible no more', () => {
	it('reads "no longer possible", "not possible anymore" as not working', () => {
		for (const title of ['Login is no longer possible', 'Export not possible anymore', 'It is no longer possible to pin messages', 'Login not possible wth two-factor enabled']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves rules, guards, conditions, questions and work still to do alone', () => {
		for (const title of [
			'Deleting the last admin should not be possible',
			'Make it not possible to merge without review',
			'Ensure downgrades are no longer possible',
			'Fall back to polling where push is not possible',
			'Why is sharding not possible here?',
			'Not possible to configure retention yet - add setting',
		]) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
	});
});

describe('an upgrade between versions, then what broke', () => {
	it('reads any breakage said after the separator as the upgrade gone wrong', () => {
		for (const title of ['Upgrade from 5.34.2 to 5.35.1 - no more login possible from desktop client!?', 'Update to 9.4.1: users cannot log in', 'Upgrade from 6.3 to 7.1 - push notifications not received']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).not.toContain('title: opens with planned work');
		}
	});

	it('keeps an upgrade with a step or a purpose after the separator planned', () => {
		for (const title of ['Upgrade from 2.3 to 2.4', 'Upgrade to 4.2, fix what is not working', 'Upgrade to Node 22 - ensure builds do not break', 'Upgrade to 4.2 - migrations no longer fail']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});
});

describe('broken upon or following an upgrade', () => {
	it('reads "upon" and "following" as "after"', () => {
		for (const title of [
			"Mattermost won't allow file uploads or binary pasting like screenshots upon upgrading to version 5.37.1",
			'Dashboards empty upon upgrading to 9.1',
			'CPU spike following the 7.1 upgrade',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: since an upgrade')});
		}
	});

	it('leaves a step timed by an upgrade alone', () => {
		for (const title of ['Re-index search following the 3.0 upgrade', 'Verify dashboards upon upgrading to 9.1', 'Following the upgrade guide, add a rollback step']) {
			expect(verdictOf(title).reason, title).not.toContain('title: since an upgrade');
		}
		expectOrdinaryUntouched(verdictOf, 'title: since an upgrade');
	});
});

describe('an imperative after the place it applies to', () => {
	it('reads the imperative as opening the title', () => {
		for (const title of ['[Help Wanted] [UX-65] In desktop web app, remove unnecessary steps for copying permalink', 'In settings, add a toggle for dark mode', 'For large channels, improve load time', 'In v2, remove the legacy flag']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('leaves breakage said after the place alone', () => {
		for (const title of ['In production, API returns 500', 'In settings, add button does not work', 'In Safari, upload fails']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('two verbs opening the title: a look, then the change', () => {
	it('reads the second verb as the opener', () => {
		for (const title of ['Review and refine in-product text for Account Settings', 'Audit and clean up IAM roles', 'Identify and document the retry paths']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('leaves a repair and a second verb that plans nothing alone', () => {
		expect(verdictOf('Investigate and fix login crash')).toMatchObject({category: 'operational'});
		expect(verdictOf('Review and merge the PR').reason).not.toContain('title: opens with planned work');
		expect(verdictOf('Search and replace is broken')).toMatchObject({category: 'operational'});
	});
});
