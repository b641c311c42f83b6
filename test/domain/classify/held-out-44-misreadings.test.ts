import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 44 (the Jenkins project's Jira: the Jira and Job Import plugins) found four kinds of title the readings did
 * not know: a setting asked for by the adjective that opens it ("Configurable HTTP timeout parameter for JiraRestService",
 * read as a timeout), names changed by plan ("Rename all dropdown labels to include JIRA: prefix"), an improvement named by
 * the noun that ends the title ("Issue selector step improvement"), and a resource named before a bare "leak" ("Thread Leak
 * due to use of deprecated JiraSize.createSession", read only through "deprecated"). Each is what real teams write.
 */
function verdictOf(title: string) {
	return rulesVerdict('JK-1', {title, labels: []});
}

const ordinary = ['Add SSO to the admin console', 'Remove the legacy importer', 'How to rename a project?', 'Fix flaky test in CheckoutSpec', 'Bump lodash to 4.17.21'];

describe('a setting asked for by "Configurable …" is planned work', () => {
	it('reads a configurable or customizable thing opening the title as planned', () => {
		for (const title of ['Configurable HTTP timeout parameter for JiraRestService', 'Configurable retry count for webhooks', 'Customizable email templates']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('still reads a configurable thing said to fail as breakage', () => {
		for (const title of ['Configurable timeout fails to apply', 'Customizable theme is broken']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('names changed by plan: "Rename …"', () => {
	it('reads a rename opening the title as planned', () => {
		for (const title of ['Rename all dropdown labels to include JIRA: prefix', 'Rename the billing service to payments', 'Rename commons-lang.version maven property to commons-lang3.version']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('still reads the Rename feature said to fail as breakage', () => {
		for (const title of ['Rename fails for files with spaces', 'Rename refactoring fails with "no result" on a class in TSX', 'Rename button is broken', 'Rename dialog throws an exception']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('an improvement named by the noun that ends the title', () => {
	it('reads "… improvement(s)" and "… enhancement(s)" as planned', () => {
		for (const title of ['Issue selector step improvement', 'Search performance improvements', 'Dashboard UX enhancements', 'Toolbar UI/UX improvements']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: an improvement named')});
		}
	});

	it('leaves what an improvement broke, or its revert, to the other readings', () => {
		for (const title of ['Regression after the performance improvements', 'Crash in search improvements', 'Revert the search improvements', 'No improvement']) {
			expect(verdictOf(title).reason, title).not.toContain('title: an improvement named');
		}
		expect(verdictOf('Regression after the performance improvements').category).toBe('operational');
	});
});

describe('a resource named before a bare "leak" is a leak now', () => {
	it('reads a thread, connection, socket or file leak as breakage', () => {
		for (const title of ['Thread leak in the scheduler', 'Connection leak in the pool', 'Reconfiguration of client port causes a socket leak', 'Jira Plugin v2.4.2 leaks selectors resulting in Too Many Open Files', 'Slack plugin leaks threads']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high CPU or leak')});
		}
		// Set 44's own ticket: the leak now weighs against "deprecated" (the cause named, not a deprecation planned), so it is
		// no longer read as planned work.
		expect(verdictOf('Thread Leak due to use of deprecated JiraSize.createSession').category).not.toBe('strategic');
	});

	it('leaves leak hunting and leak tests alone', () => {
		for (const title of ['Add connection leak detection', 'Plug the thread leak', 'Leak detection for sockets', 'File leak tests']) {
			expect(verdictOf(title).reason, title).not.toContain('title: high CPU or leak');
		}
	});
});

describe('ordinary internal-team titles', () => {
	it('are read by none of these readings', () => {
		for (const title of ordinary) {
			const {reason} = verdictOf(title);
			expect(reason, title).not.toContain('title: an improvement named');
			expect(reason, title).not.toContain('title: high CPU or leak');
		}
		expect(verdictOf('How to rename a project?').category).not.toBe('strategic');
	});
});
