import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 55 (woocommerce/woocommerce) misread five kinds of title merchants and its own team write: a participle said
 * not done to a thing ("Modal keyboard focus not trapped for screen reader users"), a participle done wrongly ("Stock for
 * Variable Products reported incorrectly"), a gerund's action said to make something wrong ("Adjusting the shipping cost via
 * woocommerce_shipping_rate_cost is making taxes inaccurate"), a title its reporter tags as a bug at its end ("Adding sales tax
 * to WC coupon - bug") and a flaky test filed with the tag alone ("[Flaky] merchant/create-woocommerce-patterns.spec.js").
 * The first two read nothing, the next two read planned work through their opening gerund, the last was left unsure.
 */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'WC-1', key: 'WC-1', team: 'WC', project: 'WC', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('WC-1')!;
}

describe('a participle said not done to a thing is breakage', () => {
	it('reads "X not <done> for/after/when …" as not working', () => {
		for (const title of [
			'Accessibility: Modal keyboard focus not trapped for screen reader users with arrow keys',
			'Cart not cleared after checkout',
			'Coupon not recalculated when currency changes',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves what is not needed or planned, a guard, and the imperative alone', () => {
		expect(verdictOf('Tests not required for docs changes').category).not.toBe('operational');
		expect(verdictOf('Old API not supported for new stores').category).not.toBe('operational');
		expect(verdictOf('Dependencies not pinned in package.json').reason).not.toContain('title: not working');
		expect(verdictOf('Make sure cart is not cleared after checkout').category).toBe('strategic');
		expect(verdictOf('Do not send emails for draft orders').reason).not.toContain('title: not working');
	});
});

describe('a participle done wrongly is breakage whatever the verb', () => {
	it('reads "X reported/handled/flagged incorrectly" as done wrongly', () => {
		for (const title of ['Stock for Variable Products reported incorrectly', 'Refunds handled wrongly for partial orders', 'Tests flagged incorrectly as flaky', 'Usage reported incorrectly in analytics']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: done wrongly')});
		}
	});

	it('leaves the imperatives that report or flag what is wrong, and a guard, alone', () => {
		expect(verdictOf('Report incorrect totals')).toMatchObject({category: 'strategic'});
		expect(verdictOf('Warn when totals are calculated incorrectly')).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a guard asked for')});
	});
});

describe("a gerund's action said to make something wrong is that action going wrong", () => {
	it('reads "<Doing X> is making/makes/made Y wrong/unusable" as breakage, not planned work', () => {
		for (const title of [
			'Adjusting the shipping cost via woocommerce_shipping_rate_cost is making taxes inaccurate',
			'Enabling HPOS makes order search unusable',
			'Changing the currency made totals incorrect',
		]) {
			const verdict = verdictOf(title);
			expect(verdict.category, title).toBe('operational');
			expect(verdict.reason, title).not.toContain('title: opens with planned work');
		}
	});

	it('leaves what a gerund makes better, a relative clause and the plain imperative alone', () => {
		expect(verdictOf('Using a cache makes pages faster').category).toBe('strategic');
		expect(verdictOf('Adding retries that make the job fail less').category).toBe('strategic');
		expect(verdictOf('Add tax rounding option')).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
	});
});

describe("a reporter's bug tag at a title's end files it as broken", () => {
	it('reads "<Doing X> - bug", "(bug)" as a bug, not planned work', () => {
		for (const title of ['Adding sales tax to WC coupon - bug', 'Creating a user with SSO (bug)', 'Adding a product to a grouped product: bug']) {
			const verdict = verdictOf(title);
			expect(verdict.category, title).toBe('operational');
			expect(verdict.reason, title).not.toContain('title: opens with planned work');
		}
	});

	it('leaves planned work about bugs alone', () => {
		for (const title of ['Add bug report template', 'Remove the bug label from triage', 'Add regression test for the coupon bug']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});
});

describe('a flaky test filed with the tag alone is a flaky test', () => {
	it('reads "[Flaky] <test>" and "Flaky: <test>" as a flaky test', () => {
		for (const title of ['[Flaky] merchant/create-woocommerce-patterns.spec.js', '[Flaky] TestCheckoutFlow', 'Flaky: login.spec.ts']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a flaky test')});
		}
	});

	it('leaves flaky-test tooling alone', () => {
		for (const title of ['[Flaky] test reporter', 'Flaky: detection dashboard', 'Add the flaky tests reporter for core e2e tests']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a flaky test');
		}
		expect(verdictOf('Add the flaky tests reporter for core e2e tests').category).toBe('strategic');
	});
});
