import {TZDate} from '@date-fns/tz';
import {getISOWeek, getISOWeekYear} from 'date-fns';
import {describe, expect, it} from 'vitest';
import {resolveRoster} from '../../../source/domain/roster.js';
import {generateDemoOrg, demoRoster} from '../../../source/providers/demo/index.js';
import {invariantViolations} from './demo-invariants.js';

// A Wednesday afternoon in Berlin: the current week is half lived.
const now = Date.parse('2026-11-25T14:37:00Z');
const timezone = 'Europe/Berlin';
const week = 7 * 24 * 3_600_000;

function isoWeekOf(instant: number, zone: string): string {
	const local = new TZDate(instant, zone);
	return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`;
}

describe('generateDemoOrg', () => {
	const org = generateDemoOrg({now, timezone});

	it('is the same org every time', () => {
		const again = generateDemoOrg({now, timezone});
		expect(JSON.stringify(again)).toBe(JSON.stringify(org));
	});

	it('has about 1,500 tickets over 12+ weeks, 30+ people and 5 reports', () => {
		expect(org.tickets.length).toBeGreaterThan(1350);
		expect(org.tickets.length).toBeLessThan(1800);
		expect(org.people.length).toBeGreaterThanOrEqual(30);
		expect(demoRoster.reports).toHaveLength(5);
		const weeks = new Set(org.tickets.map((ticket) => isoWeekOf(ticket.createdAt, timezone)));
		expect(weeks.size).toBeGreaterThanOrEqual(14);
		expect(weeks.has(isoWeekOf(now, timezone))).toBe(true);
	});

	it('scales with ticketCount and weeks', () => {
		const small = generateDemoOrg({now, timezone, ticketCount: 300, weeks: 6});
		expect(small.tickets.length).toBeGreaterThan(250);
		expect(small.tickets.length).toBeLessThan(380);
		const firstWeek = Date.parse('2026-10-19T00:00:00+02:00');
		// Only work still open when the window starts comes from earlier weeks.
		for (const ticket of small.tickets.filter((candidate) => candidate.createdAt < firstWeek)) {
			expect(ticket.completedAt ?? ticket.canceledAt ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(firstWeek);
		}
	});

	it('rejects nonsense options', () => {
		expect(() => generateDemoOrg({now, timezone, ticketCount: 0})).toThrow(RangeError);
		expect(() => generateDemoOrg({now, timezone, weeks: 2.5})).toThrow(RangeError);
		expect(() => generateDemoOrg({now, timezone: 'Mars/Olympus_Mons'})).toThrow(RangeError);
	});

	it('names each ticket after the ISO week it was filed in', () => {
		for (const ticket of org.tickets) expect(ticket.id.slice(5, 13)).toBe(isoWeekOf(ticket.createdAt, timezone));
	});

	it('keeps ids, keys and stories when regenerated a week later', () => {
		const later = generateDemoOrg({now: now + week, timezone});
		const laterById = new Map(later.tickets.map((ticket) => [ticket.id, ticket]));
		const windowStart = Date.parse('2026-08-24T00:00:00+02:00');
		const shared = org.tickets.filter((ticket) => ticket.createdAt >= windowStart + week);
		expect(shared.length).toBeGreaterThan(1200);
		for (const ticket of shared) {
			const again = laterById.get(ticket.id);
			expect(again, ticket.id).toBeDefined();
			if (again === undefined) continue;
			expect([again.key, again.title, again.createdAt, again.creatorId, again.type, again.labels]).toEqual([ticket.key, ticket.title, ticket.createdAt, ticket.creatorId, ticket.type, ticket.labels]);
			// A week on, the ticket's history only grows.
			expect(again.history.slice(0, ticket.history.length)).toEqual(ticket.history);
			if (ticket.completedAt !== null) expect(again.completedAt).toBe(ticket.completedAt);
		}
	});

	it('files the tickets of the current week up to now and more of them later', () => {
		const currentWeek = isoWeekOf(now, timezone);
		const soFar = org.tickets.filter((ticket) => ticket.id.includes(currentWeek));
		const atEndOfWeek = generateDemoOrg({now: Date.parse('2026-11-29T20:00:00Z'), timezone}).tickets.filter((ticket) => ticket.id.includes(currentWeek));
		expect(soFar.length).toBeGreaterThan(20);
		expect(atEndOfWeek.length).toBeGreaterThan(soFar.length);
		expect(atEndOfWeek.slice(0, soFar.length).map((ticket) => ticket.id)).toEqual(soFar.map((ticket) => ticket.id));
	});

	it.each([
		['Europe/Berlin', '2026-11-25T14:37:00Z'],
		['Europe/Berlin', '2026-03-31T07:00:00Z'],
		['America/Los_Angeles', '2026-11-02T23:59:00Z'],
		['Asia/Tokyo', '2026-01-01T00:30:00Z'],
		['Australia/Sydney', '2026-10-05T03:00:00Z'],
		['UTC', '2027-06-14T09:00:00Z'],
	])('obeys every tracker invariant in %s at %s', (zone, at) => {
		const instant = Date.parse(at);
		const generated = generateDemoOrg({now: instant, timezone: zone});
		expect(invariantViolations(generated, instant, zone)).toEqual([]);
	});

	it('has an invariant check that catches broken data', () => {
		const [first, second] = org.tickets.filter((ticket) => ticket.history.length >= 2 && ticket.completedAt !== null);
		if (first === undefined || second === undefined) throw new Error('the demo should have completed tickets with history');
		const [a, b, ...rest] = first.history;
		if (a === undefined || b === undefined) throw new Error('unreachable');
		const broken = [
			{...first, history: [b, a, ...rest]},
			{...second, completedAt: now + 60_000},
			{...second, id: `${second.id}x`, key: 'OPS-1', creatorId: 'nobody'},
		];
		const violations = invariantViolations({...org, tickets: broken}, now, timezone);
		expect(violations.some((violation) => violation.includes('history not sorted'))).toBe(true);
		expect(violations.some((violation) => violation.includes('completedAt outside'))).toBe(true);
		expect(violations.some((violation) => violation.includes('unknown person nobody'))).toBe(true);
		expect(violations.some((violation) => violation.includes('key format'))).toBe(true);
	});

	it('keeps the ticket count honest at 20,000 tickets', () => {
		const big = generateDemoOrg({now, timezone, ticketCount: 20_000});
		expect(big.tickets.length).toBeGreaterThan(18_000);
		expect(big.tickets.length).toBeLessThan(24_000);
		expect(invariantViolations(big, now, timezone)).toEqual([]);
	});
});

describe('demoRoster', () => {
	const {people} = generateDemoOrg({now, timezone});

	it('names the director and five reports with teams of 5 to 7, each reference matching one person', () => {
		const roster = resolveRoster(demoRoster, people);
		const dana = people.find((person) => person.email === 'dana@acme.example');
		expect(dana?.name).toBe('Dana Whitfield');
		expect([...roster.directorIds]).toEqual([dana?.id]);
		const known = new Set(people.map((person) => person.id));
		for (const report of roster.reports) {
			expect(report.reportIds.size).toBe(1);
			expect(report.groupIds.size - 1).toBeGreaterThanOrEqual(5);
			expect(report.groupIds.size - 1).toBeLessThanOrEqual(7);
			for (const id of report.groupIds) expect(known.has(id), id).toBe(true);
		}

		const everyone = roster.reports.flatMap((report) => [...report.groupIds]);
		expect(new Set(everyone).size).toBe(everyone.length);
	});

	it('refers to people by a mix of ids, emails and display names', () => {
		const references = [demoRoster.director, ...demoRoster.reports.flatMap((report) => [report.id, ...report.team])];
		expect(references.some((reference) => reference.startsWith('demo-user-'))).toBe(true);
		expect(references.some((reference) => reference.includes('@'))).toBe(true);
		expect(references.some((reference) => /^[A-Z][a-z]+ [A-Z]/.test(reference))).toBe(true);
		expect(references.some((reference) => reference !== reference.toLowerCase() && reference.includes('@'))).toBe(true);
	});

	it('gives every person a distinct id, email and display name', () => {
		for (const field of ['id', 'email', 'displayName', 'name'] as const) {
			const values = people.map((person) => person[field]?.toLowerCase());
			expect(new Set(values).size, field).toBe(people.length);
		}
	});
});
