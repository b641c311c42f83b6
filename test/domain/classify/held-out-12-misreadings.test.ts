import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 12's misreadings (microsoft/vscode, a GitHub tracker whose kind of work is in its own labels only). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

describe('held-out set 12 readings, labels', () => {
	it('reads the "feature-request" label alone as planned work, as "feature" is', () => {
		expect(verdictOf('Proper tabs for open files', ['feature-request', 'tabs', 'workbench'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label feature-request')});
		// A request's title stating breakage still outweighs it.
		expect(verdictOf('Terminal crashes on startup', ['feature-request']).category).toBe('operational');
	});

	it('reads "integration-test-failure", "unit-test-failure", "smoke-test-failure" as a failing test, as "test-failure" is', () => {
		for (const label of ['integration-test-failure', 'unit-test-failure', 'smoke-test-failure']) {
			expect(verdictOf('McpStdioStateHandler sigterm after grace', [label]), label).toMatchObject({category: 'operational', reason: expect.stringContaining(`label ${label}`)});
		}
	});

	it('reads planning labels ("iteration-plan", "endgame-plan", "plan-item", "api-finalization") as planned work', () => {
		for (const [title, label] of [
			['Iteration Plan for April 2019', 'iteration-plan'],
			['March Endgame', 'endgame-plan'],
			['April Issue Grooming - review, categorization, assignment', 'plan-item'],
			['Finalize the notebook workspace edit API', 'api-finalization'],
		] as const) {
			expect(verdictOf(title, [label]), label).toMatchObject({category: 'strategic', reason: expect.stringContaining(`label ${label}`)});
		}
	});

	it('reads "freeze-slow-crash-leak" as a crash, freeze or leak now, as "crash" is', () => {
		expect(verdictOf('CHECK in ui::Accelerator::ApplyLongFormModifiers', ['appcenter', 'freeze-slow-crash-leak', 'linux'])).toMatchObject({
			category: 'operational',
			reason: expect.stringContaining('label freeze-slow-crash-leak'),
		});
	});
});
