import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 58 (Apache Tez's Jira) misread four kinds of title Java teams write: "NPEs" as a plural or a verb ("FilterLinesByWord
 * NPEs when run in Localmode"), a subject that still does what a setting or a state should have stopped ("Tez still tries to post to
 * ATS when yarn.timeline-service.enabled=false"), Jira's hyphenated "work-around" ("Make timeline server putDomain exceptions
 * non-fatal - work-around") and an exception class named as code a change is about, not as one thrown ("Avoid use of
 * BufferTooSmallException to signal end of buffer in UnorderedPartitionedKVWriter"). The first two read nothing, the third was left
 * unsure, the last read an exception thrown.
 */
function verdictOf(title: string, type: string | null = null) {
	const ticket = makeTicket({id: 'TEZ-1', key: 'TEZ-1', team: 'TEZ', project: 'TEZ', title, type, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('TEZ-1')!;
}

describe('"NPEs" as a plural or a verb is an exception thrown', () => {
	it('reads "X NPEs when …", "NPEs in X" as an exception thrown', () => {
		for (const title of ['FilterLinesByWord NPEs when run in Localmode', 'Client NPEs on empty response', 'NPEs in the history parser']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: exception thrown')});
		}
	});

	it('leaves a guard against them planned', () => {
		expect(verdictOf('Add null checks to avoid NPEs in the parser').category).toBe('strategic');
	});
});

describe('a subject that still does it when it should have stopped is breakage', () => {
	it('reads "X still <does> … when/after …" as still doing it', () => {
		for (const title of [
			'Tez still tries to post to ATS when yarn.timeline-service.enabled=false',
			'Client still sends metrics when telemetry is disabled',
			'Worker still runs after shutdown',
			'Cron job still fires after it is deleted',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: still does it')});
		}
	});

	it('leaves debt still to pay, a guard, a rule, a need, what still works, a question and a practice alone', () => {
		for (const title of [
			'Dashboard still uses the legacy API',
			'Make sure the worker still runs after a reload',
			'Ensure the sidebar still renders when collapsed',
			'Jobs should still retry when the queue is full',
			'Build still needs a cache when offline',
			'Export still works after the upgrade',
			'Why the cache still expires after reload',
			'Team still reviews PRs manually when CI is green',
			'We still deploy by hand after each merge',
			'Team still tracks incidents in a spreadsheet for now',
			'Add X',
			'Remove the old still-running jobs',
			'How to keep jobs running when the node restarts',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: still does it');
		}
		expect(verdictOf('Fix flaky test').category).toBe('operational');
	});
});

describe('Jira\'s hyphenated "work-around" is a workaround', () => {
	it('reads "… - work-around" as firefighting, as "workaround" is', () => {
		expect(verdictOf('Make timeline server putDomain exceptions non-fatal - work-around')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: work around')});
	});

	it('leaves documenting one planned', () => {
		expect(verdictOf('Document the work around for the JDK bug').category).toBe('strategic');
	});
});

describe('an exception class the code uses is what a change is about, not an exception thrown', () => {
	it('reads no exception thrown in "use of XException", "XException to signal …", "… for control flow"', () => {
		for (const title of [
			'Avoid use of BufferTooSmallException to signal end of buffer in UnorderedPartitionedKVWriter',
			'Stop the use of an IllegalStateException for control flow',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: exception thrown');
		}
	});

	it('leaves an exception thrown where a thing is used, and a guard against one that is a fix, alone', () => {
		for (const title of ['ClassCastException in use of the cache', 'NPE in use of Iterator', 'Avoid NPE in scheduler shutdown', 'Scheduler throws NPE on shutdown']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: exception thrown')});
		}
	});
});
