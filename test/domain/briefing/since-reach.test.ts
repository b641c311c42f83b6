import {describe, expect, it} from 'vitest';
import {sinceReach} from '../../../source/domain/briefing/since-reach.js';
import {sinceLastReview} from '../../../source/domain/briefing/since-last-review.js';
import type {FrozenReview} from '../../../source/domain/briefing/types.js';
import {localDate} from '../../../source/domain/week.js';
import type {Classification, HistoryEvent, ResolvedRoster, Ticket} from '../../../source/domain/types.js';
import {seededRandom} from '../../support/seeded-random.js';
import {makeTicket} from '../../support/ticket-builder.js';

/**
 * `sinceReach` (issue 18): a review frozen at or after it sees no "since last review" item
 * about the ticket when it holds no row of it and no tag changed since — whatever the
 * ticket's dates, history, blocked spells, due dates, the zone and the clock. The export of a
 * kept week loads only the tickets whose reach is at or after the previous freeze
 * (review/narrow-export.ts), so an item this misses is an item the export would drop.
 */
const day = 86_400_000;
const base = Date.parse('2026-09-01T00:00:00Z');
const people = ['director', 'report-a', 'member-a', 'report-b', 'outsider', null] as const;
const roster: ResolvedRoster = {
	directorIds: new Set(['director']),
	reports: [
		{name: 'A', slug: 'a', reportIds: new Set(['report-a']), groupIds: new Set(['report-a', 'member-a'])},
		{name: 'B', slug: 'b', reportIds: new Set(['report-b']), groupIds: new Set(['report-b'])},
	],
};
const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Asia/Kolkata'];

function randomTicket(random: () => number, index: number): Ticket {
	const instant = () => base + Math.floor(random() * 90 * day);
	const maybe = <T>(value: () => T, p = 0.5): T | null => (random() < p ? value() : null);
	const date = () => localDate(instant(), 'UTC');
	const person = () => people[Math.floor(random() * people.length)] ?? null;
	const createdAt = instant();
	const later = () => createdAt + Math.floor(random() * 60 * day);
	const history: HistoryEvent[] = [];
	for (let count = Math.floor(random() * 4); count > 0; count--) {
		const field = (['assignee', 'dueDate', 'status', 'iteration'] as const)[Math.floor(random() * 4)] ?? 'status';
		const value = field === 'assignee' ? person : field === 'dueDate' ? date : () => 'x';
		history.push({at: later(), field, from: maybe(value, 0.8), to: maybe(value, 0.8), actorId: person()});
	}
	history.sort((a, b) => a.at - b.at);
	const done = random();
	return makeTicket({
		id: `t-${index}`,
		createdAt,
		startedAt: maybe(later),
		completedAt: done < 0.3 ? later() : null,
		canceledAt: done > 0.85 ? later() : null,
		dueDate: maybe(date, 0.6),
		assigneeId: person(),
		creatorId: person(),
		history,
		blockedSpells: random() < 0.3 ? [{start: later(), end: maybe(later), reason: 'blocked'}] : [],
	});
}

describe('sinceReach', () => {
	it('a review frozen at or after it sees no item about a ticket it has no row of, at any later clock', () => {
		const random = seededRandom(18);
		let before = 0;
		let seenBefore = 0;
		for (let index = 0; index < 4000; index++) {
			const ticket = randomTicket(random, index);
			const timezone = zones[index % zones.length] ?? 'UTC';
			const frozenAt = base + Math.floor(random() * 120 * day);
			const now = frozenAt + Math.floor(random() * 30 * day);
			const category = random() < 0.5 ? 'operational' : 'strategic';
			const previous: FrozenReview = {id: 1, week: '2026-W40', frozenAt, trigger: 'export', figures: null, tickets: []};
			const classifications = new Map<string, Classification>([[ticket.id, {category, confidence: 1, reason: 'test', source: 'rule', suggestion: null}]]);
			const items = sinceLastReview({previous, tickets: [ticket], classifications, peopleById: new Map(), roster, now, timezone, themesNow: [], figuresNow: null}).items;
			if (sinceReach(ticket) < frozenAt) expect(items, JSON.stringify({ticket, frozenAt, now, timezone})).toEqual([]);
			else {
				before++;
				if (items.length > 0) seenBefore++;
			}
		}
		// Not vacuous: many tickets reach past their freeze, and many of those have items.
		expect(before).toBeGreaterThan(500);
		expect(seenBefore).toBeGreaterThan(200);
	});

	it('is never past for a value that is not an instant or a calendar date', () => {
		expect(sinceReach(makeTicket({dueDate: 'next sprint'}))).toBe(Number.POSITIVE_INFINITY);
		expect(sinceReach(makeTicket({createdAt: Number.NaN}))).toBe(Number.POSITIVE_INFINITY);
	});
});
