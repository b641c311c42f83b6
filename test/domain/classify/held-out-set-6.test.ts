import {describe, expect, it} from 'vitest';
import {fixtureOf, heldOutAgreement, type HeldOutTicket} from './real-ticket-set.js';

/**
 * Held-out set 6: real tickets none of the other sets holds, from a product company's own tracker in
 * a style no other set has (grafana/grafana pull requests as Grafana 8.2 and 8.3's release notes list
 * them: "Area: Change" titles, Bug or Feature by the list they are in, no priority, labels or
 * components), each labelled with a one-line reason by the Categories definitions of metrics.md
 * before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle;
 * they are not scored.
 */
const fixture = fixtureOf('held-out-tickets-6.json') as unknown as {tickets: HeldOutTicket[]};

// Under what is measured now (docs/classification.md) by less than two of the 149 scored tickets, so
// the misreadings this set found (four wrong) fail it again: accuracy over the tickets decided,
// coverage over the tickets scored.
const floors = {accuracy: 0.99, coverage: 0.99};

describe('held-out set 6 of real tickets', () => {
	it('holds 150+ distinct real tickets with a reason each, none of them in the other sets', () => {
		expect(fixture.tickets.length).toBeGreaterThanOrEqual(150);
		expect(new Set(fixture.tickets.map((item) => item.url)).size).toBe(fixture.tickets.length);
		expect(new Set(fixture.tickets.map((item) => item.title.toLowerCase())).size).toBe(fixture.tickets.length);
		const others = [
			'labelled-tickets.json',
			'real-tickets.json',
			'red-team-tickets.json',
			'held-out-tickets-2.json',
			'held-out-tickets-3.json',
			'held-out-tickets-4.json',
			'held-out-tickets-5.json',
		].flatMap((name) => fixtureOf(name).tickets);
		const keys = new Set(others.map((item) => item.key));
		const urls = new Set(others.map((item) => item.url).filter(Boolean));
		const titles = new Set(others.map((item) => item.title.toLowerCase()));
		for (const item of fixture.tickets) {
			expect(keys.has(item.key), item.key).toBe(false);
			expect(urls.has(item.url), item.url).toBe(false);
			expect(titles.has(item.title.toLowerCase()), item.title).toBe(false);
			expect(item.reason.length).toBeGreaterThan(10);
			expect([1, 2]).toContain(item.batch);
			expect(item.tracker).toBe('github');
			expect(['Bug', 'Feature']).toContain(item.type);
			expect(item.url).toMatch(/^https:\/\/github\.com\/grafana\/grafana\/pull\/\d+$/);
			expect(item.url.endsWith(`/${item.key.split('#')[1]}`)).toBe(true);
		}
	});

	it(`accuracy ≥ ${floors.accuracy} over the tickets decided, coverage ≥ ${floors.coverage}, no tags`, () => {
		const {correct, decided, scored, summary} = heldOutAgreement('held-out set 6', fixture.tickets);
		console.log(summary);
		expect(correct / decided).toBeGreaterThanOrEqual(floors.accuracy);
		expect(decided / scored).toBeGreaterThanOrEqual(floors.coverage);
	});
});
