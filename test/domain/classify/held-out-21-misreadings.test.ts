import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 21's misreadings (apache/airflow, a data platform whose kind of work is in its own labels), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'apache/airflow#1', key: 'apache/airflow#1', team: 'apache/airflow', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('apache/airflow#1')!;
}

describe('held-out set 21 readings, apache/airflow\'s titles', () => {
	it('reads a change to the system said with its error ("migration error", "upgrade error") as that change failing', () => {
		for (const [title, labels] of [
			['Db migration error when upgrading to Airflow 3.1.0', ['area:core', 'area:db-migrations', 'kind:bug', 'needs-triage']],
			['Unable to migrate from 2.2.5 to 2.3.1 - airflow db upgrade error', ['area:core', 'kind:bug']],
			['Payroll migration error on the March run', []],
			['App update error on Android 14', []],
			['Billing deployment errors after the 2.3 release', []],
		] as const) {
			expect(verdictOf(title, labels), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a change failed')});
		}
		// Its messages, handling or reporting are error reporting asked for; a migration with no error named is planned.
		for (const title of ['Improve migration error messages', 'Upgrade error handling for the billing API', 'Add a dashboard of deployment error reports', 'Plan the payroll migration']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
			expect(verdictOf(title).reason, title).not.toContain('title: a change failed');
		}
		// An error in something else is not a change failing.
		expect(verdictOf('Payslip PDF error').reason).not.toContain('title: a change failed');
	});

	it('reads a key or a place set off by " | " before the title as a prefix, and the title after it', () => {
		expect(verdictOf('AIP-38 | Add Grid view', ['area:UI'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		expect(verdictOf('PAY-12 | Add overtime export')).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		expect(verdictOf('iOS | Crash on launch after update')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: crashing')});
		// A pipe inside the title is no prefix: "Add" after it does not open the title.
		expect(verdictOf('Checkout page shows error | Add retry').reason).not.toContain('opens with planned work');
	});

	it('reads "Improvements to …" as opening planned work, as "Improve …" does', () => {
		expect(verdictOf('Improvements to the UI for 3.x', ['area:UI', 'kind:bug', 'kind:feature', 'kind:meta'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		for (const title of ['Improvements to on-call handover', 'Improvement of the payroll export', 'Improvements to the SRE runbook index']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		}
		// Improvements that broke something are the subject of the breakage.
		expect(verdictOf('Improvements crashed the billing page')).toMatchObject({category: 'operational'});
		expect(verdictOf('Improvements crashed the billing page').reason).not.toContain('opens with planned work');
	});
});
