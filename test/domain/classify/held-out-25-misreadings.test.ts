import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 25's misreadings (cockroachdb/cockroach's GitHub issues), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'CRDB-1', key: 'CRDB-1', team: 'CRDB', project: 'CRDB', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('CRDB-1')!;
}

const plannedWork = {category: 'strategic', reason: expect.stringContaining('title: opens with planned work')};

describe('held-out set 25 readings, cockroachdb/cockroach', () => {
	it('reads "Better …" opening a title as the improvement asked for, as "Improve …" is', () => {
		for (const title of [
			'distsql: better handling of failures and dead nodes',
			// The same asked by other teams.
			'Better error messages for failed payments',
			'Better retries on network failures',
			'Better logging for checkout errors',
		]) {
			expect(verdictOf(title), title).toMatchObject(plannedWork);
		}
		// A name that fails is breakage still.
		expect(verdictOf('Better Auth login fails after upgrade').category).toBe('operational');
	});

	it('reads the ask after "Please" as the ask itself', () => {
		for (const title of ['stability: please add way to recover from rocksdb corruption errors', 'Please add CSV export to the reports page', 'Please support dark mode on Android']) {
			expect(verdictOf(title), title).toMatchObject(plannedWork);
		}
		// A plea for help or a fix stays firefighting.
		expect(verdictOf('Please help, checkout is down').category).toBe('operational');
		expect(verdictOf('Please fix login crash on iOS 17').category).toBe('operational');
	});

	it('reads "Flesh out …" as planned work', () => {
		for (const title of ['sql/parser: flesh out the support for functions', 'Flesh out the refunds API', 'Flesh out the onboarding docs']) {
			expect(verdictOf(title), title).toMatchObject(plannedWork);
		}
	});

	it('reads "Surface …" opening a title as something made visible, not Microsoft\'s Surface', () => {
		for (const title of ['Surface a plan regression insight', 'Surface slow queries on the dashboard', 'Surface errors from the payment gateway in Sentry']) {
			expect(verdictOf(title), title).toMatchObject(plannedWork);
		}
		expect(verdictOf('Surface Pro crashes on launch').category).toBe('operational');
		expect(verdictOf('Surface Book keyboard not detected').reason).not.toContain('opens with planned work');
	});

	it('reads corruption named as a prefix as the statement of the title', () => {
		for (const title of ['stability: corruption: bad entry in block', 'Corruption: ledger rows doubled after failover']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: data corrupted')});
		}
		// A design named after corruption is no corruption now.
		expect(verdictOf('Anti-corruption layer: wrap the legacy billing API').reason).not.toContain('data corrupted');
	});
});
