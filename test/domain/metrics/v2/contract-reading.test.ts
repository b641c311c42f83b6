/**
 * Version 2's effort, promise risk, aging and unowned fires read afresh from metrics.md
 * (Version 2 metrics and readings) the plainest way, compared with the product's over random
 * tickets on W's edges (test/support/boundary-tickets.ts), half of them also moved in and out
 * of iterations on W's and the iterations' edges (test/support/iteration-reading.ts): a ticket
 * is unplanned by its quick start or by a join after its iteration started.
 */
import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import type {Classification, Iteration, Ticket, Week} from '../../../../source/domain/types.js';
import {boundaryTickets} from '../../../support/boundary-tickets.js';
import {iterationJoins, iterationsAround, withIterationMoves} from '../../../support/iteration-reading.js';
import {seededRandom} from '../../../support/seeded-random.js';
import {dateAfter, localMidnight, zoneDate} from '../../../support/zone-reading.js';
import {parseWeekArgument} from '../../../../source/domain/week.js';
import {classify, metricInput, people, week47} from '../fixture.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const roster = ['u-dana', 'u-alex', 'u-sam', 'u-bo'];
const groups: ReadonlyArray<readonly [string, readonly string[]]> = [
	['Alex Kim', ['u-alex', 'u-sam']],
	['Bo Chen', ['u-bo']],
];
type Categories = {operational: number; strategic: number; unclassified: number; unplanned: number};

function plainReading(tickets: readonly Ticket[], now: number, classifications: ReadonlyMap<string, Classification>, week: Week, iterations: readonly Iteration[]) {
	const localDate = (instant: number) => zoneDate(instant, week.timezone);
	const startOfDate = (date: string) => localMidnight(date, week.timezone);
	const asOf = Math.min(now, week.endAt);
	const asOfDate = now < week.endAt ? localDate(now) : week.end;
	const category = (ticket: Ticket) => classifications.get(ticket.id)?.category ?? 'unclassified';
	const assigneeAt = (ticket: Ticket, instant: number) => {
		const next = ticket.history.find((event) => event.field === 'assignee' && event.at > instant);
		return next ? next.from : ticket.assigneeId;
	};

	// Effort: Monday to Friday, local midnight to midnight (23 or 25 hours on a switch).
	const days = [0, 1, 2, 3, 4]
		.map((index) => ({date: dateAfter(week.start, index), start: startOfDate(dateAfter(week.start, index)), end: startOfDate(dateAfter(week.start, index + 1))}))
		.filter((day) => day.date <= asOfDate);
	const empty = (): Categories => ({operational: 0, strategic: 0, unclassified: 0, unplanned: 0});
	const org = empty();
	const byGroup = groups.map(empty);
	for (const person of roster) {
		for (const day of days) {
			const held = tickets.filter(
				(ticket) =>
					ticket.startedAt !== null &&
					ticket.startedAt < day.end &&
					(ticket.completedAt ?? ticket.canceledAt ?? Infinity) >= day.start &&
					(assigneeAt(ticket, day.start) === person || ticket.history.some((event) => event.field === 'assignee' && event.at >= day.start && event.at < day.end && (event.from === person || event.to === person))),
			);
			for (const ticket of held) {
				// Started less than 48 h after creation, or joined any iteration strictly after its start (the join by the end of W).
				const isUnplanned =
					(ticket.startedAt ?? Infinity) - ticket.createdAt < 48 * hourMs ||
					iterations.some((iteration) => iterationJoins(ticket, iteration.id).some((join) => join > iteration.startsAt && join <= week.endAt));
				for (const tally of [org, ...groups.flatMap(([, members], index) => (members.includes(person) ? [byGroup[index] ?? empty()] : []))]) {
					tally[category(ticket)] += 1 / held.length;
					if (isUnplanned) tally.unplanned += 1 / held.length;
				}
			}
		}
	}
	const effort = (tally: Categories) => {
		const classified = tally.operational + tally.strategic;
		const all = classified + tally.unclassified;
		return {operational: tally.operational, strategic: tally.strategic, unclassified: tally.unclassified, operationalShare: classified === 0 ? null : tally.operational / classified, interruptShare: all === 0 ? null : tally.unplanned / all};
	};

	// The sample C: completed in the 12 ISO weeks up to W, by asOf(W), by assignee at completion.
	const sampleFrom = startOfDate(dateAfter(week.start, -11 * 7));
	const completed = tickets.filter((ticket) => ticket.canceledAt === null && ticket.completedAt !== null && ticket.completedAt >= sampleFrom && ticket.completedAt < week.endAt && ticket.completedAt <= asOf && ticket.startedAt !== null);
	const cycleDays = (list: readonly Ticket[]) => list.map((ticket) => ((ticket.completedAt ?? 0) - (ticket.startedAt ?? 0)) / dayMs).sort((a, b) => a - b);
	const orgSample = cycleDays(completed.filter((ticket) => roster.includes(assigneeAt(ticket, ticket.completedAt ?? 0) ?? '')));
	const isOpen = (ticket: Ticket) => ticket.createdAt <= asOf && !((ticket.completedAt ?? Infinity) <= asOf) && !((ticket.canceledAt ?? Infinity) <= asOf);
	const endOfDate = (date: string) => startOfDate(dateAfter(date, 1));
	const probability = (sample: readonly number[], age: number, left: number) => {
		if (left <= 0) return 0;
		const longer = sample.filter((days) => days > age);
		return longer.length < 5 ? null : longer.filter((days) => days <= age + left).length / longer.length;
	};
	const firstDueDate = (ticket: Ticket) => {
		const changes = ticket.history.filter((event) => event.field === 'dueDate');
		if (changes.length === 0) return ticket.dueDate;
		return changes[0]?.from ?? changes.find((event) => event.to !== null)?.to ?? null;
	};

	const promiseRisk = [];
	const aging = [];
	for (const [report, members] of groups) {
		const own = cycleDays(completed.filter((ticket) => members.includes(assigneeAt(ticket, ticket.completedAt ?? 0) ?? '')));
		const sample = own.length < 20 ? orgSample : own;
		const threshold = sample.length === 0 ? null : (sample[Math.ceil(0.85 * sample.length) - 1] ?? null);
		const held = tickets.filter((ticket) => isOpen(ticket) && members.includes(assigneeAt(ticket, asOf) ?? ''));
		const risks = [];
		const ages = [];
		for (const ticket of held) {
			const isStarted = ticket.startedAt !== null && ticket.startedAt <= asOf;
			const age = isStarted ? (asOf - (ticket.startedAt ?? 0)) / dayMs : 0;
			if (ticket.dueDate !== null && ticket.dueDate <= dateAfter(week.end, 28)) {
				const onTime = probability(sample, age, (endOfDate(ticket.dueDate) - asOf) / dayMs);
				const first = firstDueDate(ticket);
				const kept = first === null ? null : probability(sample, age, (endOfDate(first) - asOf) / dayMs);
				risks.push({key: ticket.key, report, dueDate: ticket.dueDate, firstDueDate: first, onTimeProbability: onTime, keptProbability: kept, atRisk: onTime !== null && onTime < 0.5});
			}
			if (isStarted) {
				const changes = [ticket.createdAt, ticket.startedAt ?? 0, ...ticket.history.filter((event) => event.at <= asOf).map((event) => event.at), ticket.updatedAt <= asOf ? ticket.updatedAt : -Infinity];
				ages.push({key: ticket.key, report, ageDays: age, aging: threshold !== null && age > threshold, stalled: asOf - Math.max(...changes) >= 5 * dayMs});
			}
		}
		promiseRisk.push(...risks.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key)));
		aging.push(...ages.sort((a, b) => b.ageDays - a.ageDays || a.key.localeCompare(b.key)));
	}
	const unownedFires = tickets
		.filter((ticket) => isOpen(ticket) && category(ticket) === 'operational' && [null, 'u-dana'].includes(assigneeAt(ticket, asOf)))
		.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key))
		.map((ticket) => ({key: ticket.key, assignee: assigneeAt(ticket, asOf) === null ? null : 'Dana Director', ageDays: (asOf - ticket.createdAt) / dayMs}));
	return {effort: {org: effort(org), reports: byGroup.map(effort)}, promiseRisk, aging, unownedFires};
}

/** Sums of shares differ in the last bits with the order of addition. */
function rounded(value: unknown): unknown {
	if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
	if (Array.isArray(value)) return value.map(rounded);
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item)]));
	return value;
}

/** W47 in Berlin has no clock change; New York's W44 ends on a 25-hour Sunday, Jerusalem's W13 has a 23-hour Friday. */
const weeks: ReadonlyArray<readonly [string, Week]> = [
	['2026-W47 Berlin', week47],
	['2026-W44 New York', parseWeekArgument('2026-W44', 0, 'America/New_York')],
	['2026-W13 Jerusalem', parseWeekArgument('2026-W13', 0, 'Asia/Jerusalem')],
];

describe('version 2 effort and open work against a plain reading of metrics.md, on W\'s edges', () => {
	for (const [name, week] of weeks) {
		for (let seed = 1; seed <= (week === week47 ? 40 : 15); seed++) {
			it(`${name}, case ${seed}`, () => {
				const random = seededRandom(seed);
				const iterations = iterationsAround(week);
				const tickets = withIterationMoves(seededRandom(seed + 1000), boundaryTickets(random, week, 150), week, iterations);
				const classifications = classify(tickets.filter(() => random() < 0.7).map((ticket) => [ticket, random() < 0.5 ? 'operational' : 'strategic'] as const));
				const now = random() < 0.5 ? week.endAt + 14 * dayMs + 12 * hourMs : week.startAt + Math.floor(random() * (week.endAt - week.startAt));
				const v2 = computeVersion2({...metricInput(tickets, {classifications, now, week, iterations}), people});
				const effort = ({operational, strategic, unclassified, operationalShare, interruptShare}: (typeof v2.effort)['org']) => ({operational, strategic, unclassified, operationalShare, interruptShare});
				const product = {effort: {org: effort(v2.effort.org), reports: v2.effort.reports.map(effort)}, promiseRisk: v2.promiseRisk, aging: v2.aging, unownedFires: v2.unownedFires};
				expect(rounded(product)).toEqual(rounded(plainReading(tickets, now, classifications, week, iterations)));
			});
		}
	}
});
