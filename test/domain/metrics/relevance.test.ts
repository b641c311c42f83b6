import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {computeWeekDetails, computeWeekMetrics, computeWeekMetricsAndDetails, ticketsInWeek, type MetricInput} from '../../../source/domain/metrics/compute.js';
import {relevantTickets, weekWindow} from '../../../source/domain/metrics/relevance.js';
import {computeVersion2} from '../../../source/domain/metrics/v2/compute-v2.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import {asOf, localDate, shiftWeek, weekOf, weeksUpTo} from '../../../source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../../../source/providers/demo/index.js';
import type {Category, Classification, HistoryEvent, Ticket, Week} from '../../../source/domain/types.js';
import {computeVersion2OverAll, computeWeekDetailsOverAll, computeWeekMetricsOverAll} from '../../support/reference-metrics.js';
import {makeTicket} from '../../support/ticket-builder.js';
import {seededRandom} from '../../support/seeded-random.js';

const timezone = 'Europe/Berlin';
const orgNow = Date.UTC(2026, 10, 25, 12);
const dayMs = 24 * 60 * 60 * 1000;
const org = generateDemoOrg({now: orgNow, timezone, ticketCount: 3000});
const roster = resolveRoster(demoRoster, org.people);
const classifications = classifyAll(org.tickets, {tags: new Map(), rules: [], threshold: 0.6, learner: null});
const currentWeek = weekOf(orgNow, timezone);
// The demo's 14 weeks, and one still to come: asOf(W) falls before it starts.
const weeks: Week[] = [...weeksUpTo(currentWeek, 14), shiftWeek(currentWeek, 1)];

function inputFor(tickets: readonly Ticket[], classified: ReadonlyMap<string, Classification>, week: Week, now: number): MetricInput {
	return {tickets, classifications: classified, roster, week, settings: {timezone, trendWeeks: 8, staleDays: 14, now}, iterations: org.iterations};
}

function expectSameAsOverAll(input: MetricInput): void {
	expect(computeWeekMetrics(input)).toEqual(computeWeekMetricsOverAll(input));
	expect(computeWeekDetails(input)).toEqual(computeWeekDetailsOverAll(input));
	// A week report's one pass gives the same metrics and details as the two apart.
	expect(computeWeekMetricsAndDetails(input)).toEqual({metrics: computeWeekMetricsOverAll(input), details: computeWeekDetailsOverAll(input)});
	expect(computeVersion2(input)).toEqual(computeVersion2OverAll(input));
	// A report's strategic share counts its group's classified completions (metrics.md "Delegation"), tallied with the week's categories.
	const {details} = computeWeekMetricsAndDetails(input);
	details.reports.forEach((report, index) => {
		const classified = report.groupCompletedIds.filter((id) => ['operational', 'strategic'].includes(input.classifications.get(id)?.category ?? 'unclassified'));
		const figure = details.figures.find((candidate) => candidate.path === `delegation.reports[${index}].strategicShare`);
		expect(figure?.tickets.map((ticket) => ticket.ticketId)).toEqual(classified);
	});
	const {week} = input;
	expect(ticketsInWeek(input.tickets, week)).toEqual(
		input.tickets.filter((ticket) => {
			const ended = ticket.completedAt ?? ticket.canceledAt;
			const isCompleted = ticket.canceledAt === null && ticket.completedAt !== null && ticket.completedAt >= week.startAt && ticket.completedAt < week.endAt;
			const isActive = ticket.startedAt !== null && ticket.startedAt < week.endAt && (ended === null || ended >= week.startAt);
			return isCompleted || isActive;
		}),
	);
}

/**
 * Tickets with every instant anywhere in the window and in any order — completed before
 * created, changed long after completion, blocked with no end, due dates moved back and
 * forth — assigned among the demo roster's people, so delegation and taken-back fire.
 */
function oddTickets(count: number, seed: number, instants?: readonly number[]): Ticket[] {
	const next = seededRandom(seed);
	const windowStart = weeks[0]?.startAt ?? orgNow;
	const windowEnd = orgNow + 14 * dayMs;
	const anywhere = (): number => Math.round(windowStart - 21 * dayMs + next() * (windowEnd - windowStart + 21 * dayMs));
	const instant = instants ? (): number => instants[Math.floor(next() * instants.length)] ?? orgNow : anywhere;
	const maybe = <T>(value: () => T, chance = 0.5): T | null => (next() < chance ? value() : null);
	const personIds = [...roster.directorIds, ...roster.reports.flatMap((report) => [...report.groupIds])];
	const person = (): string | null => (next() < 0.15 ? null : (personIds[Math.floor(next() * personIds.length)] ?? null));
	const date = (): string => localDate(instant(), timezone);
	const tickets: Ticket[] = [];
	for (let index = 0; index < count; index++) {
		const history: HistoryEvent[] = [];
		for (let change = Math.floor(next() * 5); change > 0; change--) {
			const field = next() < 0.5 ? 'assignee' : next() < 0.8 ? 'dueDate' : 'status';
			const value = field === 'assignee' ? person : field === 'dueDate' ? () => (next() < 0.2 ? null : date()) : () => 'In Progress';
			history.push({at: instant(), field, from: value(), to: value(), actorId: null});
		}
		history.sort((a, b) => a.at - b.at);
		const spellStart = instant();
		const iteration = org.iterations[Math.floor(next() * org.iterations.length)];
		tickets.push(
			makeTicket({
				id: `odd-${seed}-${index}`,
				team: next() < 0.8 ? ['PAY', 'PLAT', 'GROW'][Math.floor(next() * 3)] : null,
				labels: next() < 0.5 ? ['dns', 'bug'] : ['flaky-tests'],
				components: next() < 0.5 ? ['payments'] : [],
				createdAt: instant(),
				updatedAt: instant(),
				startedAt: maybe(instant),
				completedAt: maybe(instant, 0.6),
				canceledAt: maybe(instant, 0.15),
				dueDate: maybe(date),
				assigneeId: person(),
				creatorId: person(),
				iterationId: maybe(() => iteration?.id ?? null, 0.4),
				history,
				blockedSpells: next() < 0.3 ? [{start: spellStart, end: maybe(() => spellStart + Math.round(next() * 20 * dayMs), 0.7), reason: 'flagged'}] : [],
			}),
		);
	}

	return tickets;
}

function classifiedAtRandom(tickets: readonly Ticket[], seed: number): Map<string, Classification> {
	const categories: Category[] = ['operational', 'strategic'];
	const next = seededRandom(seed);
	return new Map(tickets.map((ticket) => [ticket.id, {category: categories[Math.floor(next() * 2)] ?? 'operational', source: 'manual', reason: 'manual', confidence: 1, suggestion: null}]));
}

describe('relevance: each week reads only the tickets that can touch it', () => {
	it('gives every week of the demo org the figures, details and version 2 figures of all tickets', () => {
		for (const week of weeks) expectSameAsOverAll(inputFor(org.tickets, classifications, week, orgNow));
	});

	it('gives the same when computed at an earlier now, with later changes in the data', () => {
		const earlier = orgNow - 17 * dayMs;
		for (const week of weeks) expectSameAsOverAll(inputFor(org.tickets, classifications, week, earlier));
	});

	it('gives the same over tickets with instants in any order and open-ended spells', () => {
		for (const seed of [1, 2, 3]) {
			const tickets = oddTickets(1500, seed);
			const classified = classifiedAtRandom(tickets, seed + 100);
			for (const week of weeks) {
				for (const now of [orgNow, orgNow - 30 * dayMs]) expectSameAsOverAll(inputFor(tickets, classified, week, now));
			}
		}
	});

	it('gives the same over tickets whose every instant is on a week boundary or an as-of instant, or a millisecond off one', () => {
		// Completed, canceled, created, started, changing hands and due dates exactly when a week starts or ends, or at asOf(W):
		// where the reads by position (week-reads.ts) and the reads off the ticket must draw the same line.
		const nows = [orgNow, orgNow - 30 * dayMs];
		const boundaries = [...weeks.flatMap((week) => [week.startAt, week.endAt]), ...nows];
		const instants = boundaries.flatMap((at) => [at - 1, at, at + 1]);
		for (const seed of [4, 5]) {
			const tickets = oddTickets(1500, seed, instants);
			const classified = classifiedAtRandom(tickets, seed + 100);
			for (const week of weeks.slice(-4)) {
				for (const now of nows) expectSameAsOverAll(inputFor(tickets, classified, week, now));
			}
		}
	});

	it('holds every ticket open as of asOf(W) or in progress in W, the ones version 2\'s effort and open work read off it', () => {
		const nows = [orgNow, orgNow - 30 * dayMs];
		const instants = [...weeks.flatMap((week) => [week.startAt, week.endAt]), ...nows].flatMap((at) => [at - 1, at, at + 1]);
		const missing: string[] = [];
		for (const tickets of [org.tickets, oddTickets(1500, 6, instants)]) {
			for (const week of weeks) {
				for (const now of nows) {
					const at = asOf(week, now);
					const kept = new Set(relevantTickets(tickets, weekWindow(week, at)).positions);
					tickets.forEach((ticket, position) => {
						const endedAt = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
						const isOpen = ticket.createdAt <= at && Math.min(ticket.completedAt ?? Infinity, ticket.canceledAt ?? Infinity) > at;
						const isInProgressInWeek = ticket.startedAt !== null && ticket.startedAt < week.endAt && endedAt >= week.startAt;
						if ((isOpen || isInProgressInWeek) && !kept.has(position)) missing.push(`${week.id} now ${now}: ${ticket.id}`);
					});
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('gives the same lists for the same window, and a grown array its own', () => {
		const tickets = oddTickets(60, 11);
		const week = weeks.at(-2);
		if (!week) throw new Error('no weeks');
		const window = weekWindow(week, asOf(week, orgNow));
		const first = relevantTickets(tickets, window);
		expect(relevantTickets(tickets, {...window})).toBe(first);
		tickets.push(...oddTickets(60, 12));
		const grown = relevantTickets(tickets, window);
		expect(grown).not.toBe(first);
		expect(grown.tickets.length).toBeGreaterThanOrEqual(first.tickets.length);
	});

	it('leaves out the tickets a week cannot touch', () => {
		const oldest = weeks[0];
		if (!oldest) throw new Error('no weeks');
		const relevant = relevantTickets(org.tickets, {from: oldest.startAt, to: oldest.endAt, firstDate: oldest.start, lastDate: oldest.end}).tickets;
		expect(relevant.length).toBeGreaterThan(0);
		expect(relevant.length).toBeLessThan(org.tickets.length / 2);
	});

	it('keeps a ticket whose due date is not a calendar date rather than lose it', () => {
		const week = weeks.at(-3);
		if (!week) throw new Error('no weeks');
		const odd = makeTicket({id: 'odd-due', createdAt: week.startAt - 400 * dayMs, completedAt: week.startAt - 300 * dayMs, dueDate: 'someday'});
		const selected = relevantTickets([odd], {from: week.startAt, to: week.endAt, firstDate: week.start, lastDate: week.end});
		expect(selected.dueTickets).toEqual([odd]);
	});

	it('does not reuse an index once the array has grown', () => {
		const tickets = oddTickets(50, 9);
		const week = weeks.at(-3);
		if (!week) throw new Error('no weeks');
		const before = computeWeekMetrics(inputFor(tickets, new Map(), week, orgNow));
		tickets.push(...oddTickets(50, 10));
		const input = inputFor(tickets, new Map(), week, orgNow);
		expect(computeWeekMetrics(input)).toEqual(computeWeekMetricsOverAll(input));
		expect(computeWeekMetrics(input)).not.toEqual(before);
	});
});
