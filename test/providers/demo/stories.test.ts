import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import type {WeekMetrics} from '../../../source/domain/metrics/types.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import type {Ticket, Week} from '../../../source/domain/types.js';
import {localDate, shiftWeek, weekOf} from '../../../source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../../../source/providers/demo/index.js';
import {computeIterations} from '../../support/reference-metrics.js';

/**
 * The demo exists so a new user sees every view tell something true. These tests run the
 * real classifier and the real metrics over it, week by week, as the review does.
 */
const now = Date.parse('2026-11-25T14:37:00Z');
const timezone = 'Europe/Berlin';
const org = generateDemoOrg({now, timezone});
const classifications = classifyAll(org.tickets, {tags: new Map(), rules: [], threshold: 0.6, learner: null});
const roster = resolveRoster(demoRoster, org.people);
const director = org.people.find((person) => person.name === 'Dana Whitfield');
const currentWeek = weekOf(now, timezone);
// The last complete week, and the twelve before it.
const weeks: Week[] = Array.from({length: 13}, (_, index) => shiftWeek(currentWeek, index - 13));

function metricsOf(week: Week, tickets: readonly Ticket[] = org.tickets): WeekMetrics {
	return computeWeekMetrics({tickets, classifications, roster, week, settings: {timezone, trendWeeks: 8, staleDays: 14, now}, iterations: org.iterations});
}

const weekly = weeks.map((week) => ({week, metrics: metricsOf(week)}));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('the demo org tells every story of the review', () => {
	it('leaves 15–25 % of tickets for triage under the built-in rules', () => {
		const unclassified = [...classifications.values()].filter((classification) => classification.category === 'unclassified').length;
		const share = unclassified / org.tickets.length;
		expect(share).toBeGreaterThanOrEqual(0.13);
		expect(share).toBeLessThanOrEqual(0.27);
		// Triage has suggestions to confirm, not only blanks.
		const suggested = [...classifications.values()].filter((classification) => classification.category === 'unclassified' && classification.suggestion !== null).length;
		expect(suggested).toBeGreaterThan(0);
	});

	it('spends 40–55 % on firefighting overall, and the share moves week to week', () => {
		const operational = sum(weekly.map(({metrics}) => metrics.allocation.completed.operational));
		const strategic = sum(weekly.map(({metrics}) => metrics.allocation.completed.strategic));
		const share = operational / (operational + strategic);
		expect(share).toBeGreaterThanOrEqual(0.4);
		expect(share).toBeLessThanOrEqual(0.55);
		const shares = weekly.map(({metrics}) => metrics.allocation.completed.operationalShare ?? Number.NaN);
		expect(shares.every((value) => value > 0.25 && value < 0.7)).toBe(true);
		expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.1);
	});

	it('burns Payments in waves, and funds an automation epic at the peak', () => {
		const payments = org.tickets.filter((ticket) => ticket.team === 'PAY');
		const shares = weekly.map(({week}) => metricsOf(week, payments).allocation.completed.operationalShare ?? 0);
		expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.25);
		const epics = payments.filter((ticket) => ticket.type === 'Epic');
		expect(epics.length).toBeGreaterThanOrEqual(1);
		for (const epic of epics) {
			expect(epic.title).toMatch(/^(Automate|Self-healing)/);
			expect(classifications.get(epic.id)?.category).toBe('strategic');
		}
	});

	it('shows a recurring theme in Payments every week, and others beside it', () => {
		for (const {week, metrics} of weekly.slice(-8)) {
			const names = metrics.themes.map((theme) => theme.name);
			expect(names, week.id).toContain('component:payments-gateway');
			expect(names.length, week.id).toBeGreaterThanOrEqual(2);
		}

		// The brief's own reading: ≥ 3 firefighting tickets in one component in each of ≥ 2 weeks.
		const burning = weekly.filter(({week}) => {
			const inWeek = org.tickets.filter((ticket) => ticket.completedAt !== null && ticket.completedAt >= week.startAt && ticket.completedAt < week.endAt);
			return inWeek.filter((ticket) => ticket.components.includes('payments-gateway') && classifications.get(ticket.id)?.category === 'operational').length >= 3;
		});
		expect(burning.length).toBeGreaterThanOrEqual(2);
	});

	it('delegates every week, with some take-backs', () => {
		for (const {week, metrics} of weekly) {
			expect(metrics.delegation.delegated, week.id).toBeGreaterThanOrEqual(5);
			expect(metrics.delegation.delegationRate, week.id).not.toBeNull();
		}

		expect(sum(weekly.map(({metrics}) => metrics.delegation.takenBack))).toBeGreaterThanOrEqual(8);
		for (const [index, report] of roster.reports.entries()) {
			expect(sum(weekly.map(({metrics}) => metrics.delegation.reports[index]?.delegated ?? 0)), report.name).toBeGreaterThan(5);
			expect(weekly.some(({metrics}) => metrics.delegation.reports[index]?.strategicShare !== null), report.name).toBe(true);
		}
	});

	it('leaves delegated work overdue and stale, and the director 5–12 tickets of her own', () => {
		const metrics = metricsOf(currentWeek);
		expect(sum(metrics.delegation.reports.map((report) => report.overdue))).toBeGreaterThan(0);
		expect(sum(metrics.delegation.reports.map((report) => report.stale))).toBeGreaterThan(0);
		expect(metrics.delegation.director.open).toBeGreaterThanOrEqual(5);
		expect(metrics.delegation.director.open).toBeLessThanOrEqual(12);
		const open = org.tickets.filter((ticket) => ticket.assigneeId === director?.id && ticket.completedAt === null && ticket.canceledAt === null);
		expect(open).toHaveLength(metrics.delegation.director.open);
	});

	it('keeps the director’s own load in 5–12 through the year', () => {
		const loads: number[] = [];
		for (let day = 0; day < 360; day += 30) {
			const instant = Date.parse('2026-01-07T11:00:00Z') + day * 86_400_000;
			const tickets = generateDemoOrg({now: instant, timezone}).tickets;
			loads.push(tickets.filter((ticket) => ticket.assigneeId === director?.id && ticket.completedAt === null && ticket.canceledAt === null).length);
		}

		loads.sort((left, right) => left - right);
		const median = loads[loads.length >> 1] ?? 0;
		expect(median).toBeGreaterThanOrEqual(5);
		expect(median).toBeLessThanOrEqual(12);
		expect(loads[0]).toBeGreaterThanOrEqual(1);
	});

	it('slips: postponements make the kept-promise rate fall below the on-time rate', () => {
		const withDue = org.tickets.filter((ticket) => ticket.dueDate !== null || ticket.history.some((event) => event.field === 'dueDate'));
		const postponed = withDue.filter((ticket) => ticket.history.some((event) => event.field === 'dueDate' && event.from !== null && event.to !== null && event.to > event.from));
		expect(withDue.length / org.tickets.length).toBeGreaterThan(0.5);
		expect(withDue.length / org.tickets.length).toBeLessThan(0.7);
		expect(postponed.length / withDue.length).toBeGreaterThan(0.1);
		expect(postponed.length / withDue.length).toBeLessThan(0.3);
		expect(sum(weekly.map(({metrics}) => metrics.predictability.postponements))).toBeGreaterThan(50);
		const below = weekly.filter(({metrics}) => (metrics.predictability.keptRate ?? 1) < (metrics.predictability.onTimeRate ?? 0));
		expect(below.length).toBeGreaterThanOrEqual(10);
		expect(weekly.every(({metrics}) => metrics.predictability.medianSlipDays !== null)).toBe(true);
	});

	it('blocks about 8 % of tickets, some still blocked now', () => {
		const blocked = org.tickets.filter((ticket) => ticket.blockedSpells.length > 0);
		expect(blocked.length / org.tickets.length).toBeGreaterThan(0.05);
		expect(blocked.length / org.tickets.length).toBeLessThan(0.12);
		expect(metricsOf(currentWeek).blockers.blockedNow).toBeGreaterThan(0);
		expect(weekly.filter(({metrics}) => metrics.blockers.medianBlockedDays !== null).length).toBeGreaterThanOrEqual(10);
		expect(blocked.some((ticket) => ticket.blockedSpells.some((spell) => spell.reason.startsWith('blocked by ')))).toBe(true);
	});

	it('cancels about 5 % and runs 2-week cycles that are mostly, not always, kept', () => {
		const canceled = org.tickets.filter((ticket) => ticket.canceledAt !== null).length / org.tickets.length;
		expect(canceled).toBeGreaterThan(0.03);
		expect(canceled).toBeLessThan(0.09);
		for (const iteration of org.iterations) expect(iteration.endsAt - iteration.startsAt).toBeGreaterThan(13 * 86_400_000);
		const iterations = computeIterations({tickets: org.tickets, classifications, roster, week: weeks.at(-1) ?? currentWeek, settings: {timezone, trendWeeks: 8, staleDays: 14, now}, iterations: org.iterations});
		expect(iterations.length).toBeGreaterThanOrEqual(5);
		for (const iteration of iterations) expect(iteration.planningAccuracy).not.toBeNull();
		// A cycle read in its first week has done little of its plan yet: judge the closed ones.
		const closed = iterations.filter((iteration) => !iteration.running);
		expect(closed.length).toBeGreaterThanOrEqual(2);
		for (const iteration of closed) expect(iteration.planningAccuracy ?? 0, iteration.name).toBeGreaterThan(0.3);

		expect(iterations.some((iteration) => (iteration.planningAccuracy ?? 1) < 1)).toBe(true);
		// A cycle is closed the instant it ends; the running ones are not closed yet.
		for (const iteration of org.iterations) expect(iteration.completedAt).toBe(iteration.endsAt <= now ? iteration.endsAt : null);
		expect(org.iterations.some((iteration) => iteration.completedAt === null)).toBe(true);
	});

	it('works in office hours: completions fall on weekdays', () => {
		const completions = org.tickets.filter((ticket) => ticket.completedAt !== null).map((ticket) => new Date(`${localDate(ticket.completedAt ?? 0, timezone)}T12:00:00Z`).getUTCDay());
		expect(completions.every((weekday) => weekday !== 0 && weekday !== 6)).toBe(true);
	});
});
