import {describe, expect, it} from 'vitest';
import {fixtureOf, heldOutAgreement, type HeldOutTicket} from './real-ticket-set.js';

/**
 * Held-out set 7: real tickets none of the other sets holds, from an Apache Jira project no other set
 * uses (KAFKA, as the Yetus-generated changelogs of Kafka 2.5.1 and 2.6.0 list them: type by table,
 * priority and components), each labelled with a one-line reason by the Categories definitions of
 * metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do
 * not settle; they are not scored.
 */
const fixture = fixtureOf('held-out-tickets-7.json') as unknown as {tickets: HeldOutTicket[]};

// Under what is measured now (docs/classification.md) by less than two of the 160 scored tickets, so
// the misreadings this set found (eight unsure) fail it again: accuracy over the tickets decided,
// coverage over the tickets scored.
const floors = {accuracy: 0.99, coverage: 0.96};

describe('held-out set 7 of real tickets', () => {
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
			'held-out-tickets-6.json',
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
			expect(item.tracker).toBe('jira');
			expect(['Bug', 'Improvement', 'New Feature', 'Sub-task', 'Task', 'Test']).toContain(item.type);
			expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/KAFKA-\d+$/);
			expect(item.url.endsWith(`/${item.key}`)).toBe(true);
		}
	});

	it(`accuracy ≥ ${floors.accuracy} over the tickets decided, coverage ≥ ${floors.coverage}, no tags`, () => {
		const {correct, decided, scored, summary} = heldOutAgreement('held-out set 7', fixture.tickets);
		console.log(summary);
		expect(correct / decided).toBeGreaterThanOrEqual(floors.accuracy);
		expect(decided / scored).toBeGreaterThanOrEqual(floors.coverage);
	});
});
