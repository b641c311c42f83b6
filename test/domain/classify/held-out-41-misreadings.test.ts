import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket, rulesVerdict} from './labelled.js';

/**
 * Held-out set 41 (PostHog/posthog) met four ways of writing a title the classifier did not read: slowness said as a long
 * time taken with no number ("Data from Kafka takes a long time to insert into sharded_events", no signal), a release or a
 * version named as what broke something ("v1.19.0 broke custom dashboard", read as dashboard work), a gerund's action said to
 * cause an error ("Bug: Enabling and disabling feature flags causes error", read as planned work through "Enabling"), and a
 * check that should have caught a shipped breakage ("E2E tests should have caught #6828", read as breakage through its `bug`
 * label). Each reading is read on other teams' titles, and on the ordinary titles it must leave alone.
 */
function verdictOf(title: string) {
	return rulesVerdict('PH-1', {title, labels: []});
}

describe('slowness said as a long time taken is slowness', () => {
	it('reads "takes a long time", "is taking too long" and "take ages" as slowness now', () => {
		for (const title of ['Data from Kafka takes a long time to insert into sharded_events', 'Export takes a long time to finish', 'Queries take a long time', 'Search is taking too long', 'Builds take ages', 'Merging PRs takes very long time for large repository']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: slow')});
		}
	});

	it('leaves work that cuts the time, and the condition a feature handles, alone', () => {
		for (const title of ['Reduce the time export takes', 'Speed up export, currently takes a long time', 'Improve how long the import takes']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
		for (const title of ['Show a progress bar when an upload takes a long time', 'Warn if a query takes too long', 'Take a long time off']) {
			expect(verdictOf(title).reason, title).not.toContain('title: slow');
		}
	});
});

describe('a release, a version, a deploy or a commit named as what broke something', () => {
	it('reads it as breakage now', () => {
		for (const title of ['v1.19.0 broke custom dashboard', 'Release 2.3 broke login', 'Last deploy broke checkout', '2.4.1 breaks SAML login', 'PR #123 broke the build', 'Commit abc1234 broke CI', 'recent commit broke findbugs qabot check']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves a breaking change announced, a search for the culprit and a planned release alone', () => {
		for (const title of ['v2.0 breaks backwards compatibility', 'Find which release broke login', 'Release 2.3', 'Release 2.3 before the API breaks', 'Add a changelog entry for 2.4.1']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});

describe("a gerund's action said to cause an error is that action going wrong", () => {
	it('reads an action causing an error, a timeout or a loop as breakage, not as planned work', () => {
		for (const title of ['Bug: Enabling and disabling feature flags causes error', 'Enabling SSO causes login loop', 'Using Redis causes timeouts', 'Upgrading to spring batch 2.1.8 causes error in processing xml configuration']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves planned work whose clause names the error, and ordinary imperatives, alone', () => {
		for (const title of ['Adding a cache that causes errors', 'Enabling SSO for all workspaces', 'Add SSO support', 'Remove the legacy token flow']) {
			expect(verdictOf(title), title).not.toMatchObject({category: 'operational'});
		}
	});
});

describe('a check that should have caught a breakage is a gap to close after it', () => {
	it('reads tests, CI or monitoring that should have caught it as post-incident prevention', () => {
		for (const title of ['E2E tests should have caught #6828', 'CI should have caught the broken migration', 'Monitoring should have detected the outage sooner', 'Tests should have caught the regression']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a missed catch to close')});
		}
		const labelledBug = makeTicket({id: 'PH-2', key: 'PH-2', team: 'PH', project: 'PH', title: 'E2E tests should have caught #6828', labels: ['bug']});
		expect(classifyAll([labelledBug], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('PH-2')).toMatchObject({category: 'strategic'});
	});

	it('leaves a feature that did not do its job, and ordinary titles, alone', () => {
		for (const title of ['Validation should have rejected empty input', 'Spam filter should have caught this message', 'Login should have worked', 'Fix flaky test', 'How to catch regressions earlier', 'Add an e2e test for the dashboard regression']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a missed catch to close');
		}
	});
});
