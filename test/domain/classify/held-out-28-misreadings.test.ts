import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 28's misreadings (microsoft/TypeScript's GitHub issues, a compiler and language team), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'TS-1', key: 'TS-1', team: 'TS', project: 'TS', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('TS-1')!;
}

describe('held-out set 28 readings, microsoft/TypeScript', () => {
	it('reads high memory use of a named process, and a process at 100%+ CPU, as resources exhausted now', () => {
		for (const title of ['High tsserver memory use', 'High Redis memory usage after deploy', 'High JVM memory consumption on the ledger service']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high memory use')});
		}
		// Not what is to be reduced, nor a name that is not memory use.
		expect(verdictOf('Reduce high JVM memory usage').category).toBe('strategic');
		expect(verdictOf('High availability memory store').reason).not.toContain('high memory use');
		for (const title of ['TSServer using 100%+ CPU breaking Intellisense, import suggestions etc', 'Sync worker using 100%+ CPU on Android']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high CPU or leak')});
		}
	});

	it('reads what was not published as breakage, not an instruction not to publish', () => {
		for (const title of ['Nightly builds not published to npm (starting 3/8/2017)', 'Articles never published after scheduling', 'Release notes failed to be published']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		for (const title of ['Do not publish drafts to the feed', "Don't publish internal packages to npm"]) expect(verdictOf(title).reason, title).not.toContain('title: not working');
		expect(verdictOf('Ensure drafts are not published').category).toBe('strategic');
	});

	it('reads the labels "Suggestion", "Planning" and "Meta-Issue" as planned work, never over breakage', () => {
		for (const [title, labels] of [
			['Import Attributes (Stage 3)', ['Committed', 'Fix Available', 'Suggestion']],
			['Dark mode on Android', ['suggestion']],
			['TypeScript 5.7 Iteration Plan', ['Planning']],
			['Q3 payments roadmap', ['Type: Planning']],
			['Checkout redesign', ['Meta-Issue']],
		] as const) {
			expect(verdictOf(title, labels), title).toMatchObject({category: 'strategic', reason: expect.stringMatching(/label (suggestion|planning|type:planning|meta-issue)/)});
		}
		expect(verdictOf('Checkout crashes on iOS 17', ['suggestion']).category).toBe('operational');
		expect(verdictOf('Payments outage', ['planning']).category).toBe('operational');
	});
});

describe('an instruction opening a title is not breakage', () => {
	it('reads "Don\'t send …", "Do not sync …" as what to do, while "Emails don\'t send …" and "Never received …" state breakage', () => {
		for (const title of ["Don't send emails to unsubscribed users", 'Do not sync archived projects', 'Dont start workers on boot']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
		for (const title of ["Emails don't send after restart", 'Never received the reset email', 'Not receiving emails']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});
});
