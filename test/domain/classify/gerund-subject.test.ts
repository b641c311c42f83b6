import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** A title read alone, as in a tracker with no types or labels. */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'APP-1', key: 'APP-1', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('APP-1')!;
}

describe('a gerund opening a title, as the subject of what it did', () => {
	it('reads "Using / Upgrading / Adding … crashes, breaks, throws, failed" as breakage, not planned work', () => {
		for (const title of [
			'Using React.lazy for dynamic import crashes the app',
			'Upgrading to 3.1 breaks login',
			'Adding a webhook crashes the settings page',
			'Creating an invoice throws NullPointerException',
			'Migrating from 17 to 18 failed.',
			'Upgrading the SDK failed with a 401',
			'Enabling SSO breaks the admin login',
		]) {
			const verdict = verdictOf(title);
			expect(verdict.category, title).toBe('operational');
			expect(verdict.reason, title).not.toContain('opens with planned work');
		}
	});

	it('leaves planned work planned: no outcome, or one inside a purpose, a condition, a relative clause or an adjective', () => {
		for (const title of [
			'Upgrading to Postgres 16',
			'Using the new scheduler for payouts',
			'Adding tests for failed uploads',
			'Creating a dashboard to track failed logins',
			'Adding retries so the job no longer fails',
			'Using a queue that never drops events',
			'Using X is not recommended for large tables',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('opens with planned work')});
		}
	});
});
