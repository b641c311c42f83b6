import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** A title read alone, as in a tracker with no types or labels. */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'PAY-1', key: 'PAY-1', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('PAY-1')!;
}

describe('records, messages or charges made twice', () => {
	it('reads a duplicate made now as breakage, whatever the verb that made it', () => {
		for (const title of [
			'Migration results in duplicate invoices',
			'Duplicate invoices after the March migration',
			'Webhook delivers duplicate events',
			'Users see duplicate notifications',
			'Duplicate rows in CSV export',
			'Orders duplicated when the user double-clicks submit',
			'Reports are sent twice',
			'Double charge on retry',
			'dbt model payouts_daily returns duplicates',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: made twice')});
		}
	});

	it('leaves duplication in code, a copy asked for, and guards or clean-ups against duplicates alone', () => {
		for (const title of [
			'Remove duplicate code in billing',
			'Duplicated logic in invoice and payout services',
			'Duplicate translations in de.json',
			'Duplicate the dashboard for team B',
			'Duplicate dashboard button',
			'Ability to duplicate a workflow',
			'Detect duplicate invoices',
			'Merge duplicate contacts',
			'Check for duplicate rows before import',
			'Avoid duplicate payment on network retry',
			'Make capture endpoint idempotent so retries cannot double charge',
			'Double the worker pool size',
			'Double-click opens the row',
			'Remove duplicates from the contact list',
			'BucketingSink throws NPE when Writer.duplicate returns null',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: made twice');
		}
	});
});
