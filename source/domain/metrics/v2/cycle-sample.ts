import {weeksUpTo} from '../../week.js';
import {completionIndex, firstCompletedFrom} from './completions.js';
import {groupsOfPerson, type RosterPeople} from './roster-people.js';
import type {ResolvedRoster, Ticket, Week} from '../../types.js';

/** The sample weeks and the group size below which the org's sample stands in (metrics.md Version 2). */
export const sampleWeeks = 12;
export const minimumGroupSample = 20;

/** Zone-aware week arithmetic costs tens of microseconds a week; a week's sample window never changes. */
const sampleStarts = new Map<string, number>();

/** The start of the 12 ISO weeks up to and including W. */
function sampleStart(week: Week): number {
	const key = `${week.timezone} ${week.id} ${week.startAt}`;
	let start = sampleStarts.get(key);
	if (start === undefined) {
		start = weeksUpTo(week, sampleWeeks)[0]?.startAt ?? week.startAt;
		sampleStarts.set(key, start);
	}
	return start;
}

/** Cycle times in fractional days, ascending, and the tickets they come from (in completion order). */
export interface CycleSample {
	readonly days: Float64Array;
	readonly tickets: readonly Ticket[];
	/** True when this is the org's sample standing in for a small group's. */
	readonly isOrgFallback: boolean;
}

/**
 * C per report (Version 2 readings): cycle times (`completedAt` − `startedAt`) of the tickets
 * completed in the 12 ISO weeks up to and including W, by asOf(W), that the group held at
 * completion; the org's — every roster person's, the director's included — when the group
 * has fewer than 20. A ticket completed without ever starting has no cycle time and is left
 * out. Twelve weeks hold most of the store: the completions come from the completion index
 * (completions.ts), whose cycle-time order gives each sample's days already ascending.
 */
export function cycleSamples(allTickets: readonly Ticket[], roster: ResolvedRoster, people: RosterPeople, week: Week, asOf: number): CycleSample[] {
	const from = sampleStart(week);
	const orgTickets: Ticket[] = [];
	const groupTickets = roster.reports.map((): Ticket[] => []);
	const index = completionIndex(allTickets);
	// The few distinct holders mapped to the roster once: undefined = off the roster.
	const holderGroups = index.holders.map((person) => (people.everyone.has(person) ? groupsOfPerson(people, person) : undefined));
	const until = Math.min(asOf, week.endAt - 1);
	// Positions are in completion order, so the 12 weeks are one range of them.
	const first = firstCompletedFrom(index, from);
	let end = first;
	while (end < index.completedAt.length && (index.completedAt[end] ?? Infinity) <= until) end++;
	for (let position = first; position < end; position++) {
		const groups = holderGroups[index.holder[position] ?? -1];
		const ticket = index.tickets[position];
		if (Number.isNaN(index.cycleDays[position] ?? Number.NaN) || groups === undefined || !ticket) continue;
		orgTickets.push(ticket);
		for (const group of groups) groupTickets[group]?.push(ticket);
	}
	// The days, read in the index's cycle-time order: ascending without a sort per week.
	const orgDays: number[] = [];
	const groupDays = roster.reports.map((): number[] => []);
	for (const position of index.byCycleDays) {
		if (position < first || position >= end) continue;
		const groups = holderGroups[index.holder[position] ?? -1];
		if (groups === undefined) continue;
		const days = index.cycleDays[position] ?? Number.NaN;
		orgDays.push(days);
		for (const group of groups) groupDays[group]?.push(days);
	}
	const orgSample: CycleSample = {days: Float64Array.from(orgDays), tickets: orgTickets, isOrgFallback: true};
	return groupDays.map((days, position) => (days.length < minimumGroupSample ? orgSample : {days: Float64Array.from(days), tickets: groupTickets[position] ?? [], isOrgFallback: false}));
}

/** The first index whose value is greater than `value` in an ascending list. */
function firstAbove(values: Float64Array, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((values[middle] ?? Infinity) > value) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** Fewer cycle times than this beyond a ticket's age leave its probability unknown. */
export const minimumDenominator = 5;

/**
 * #{c ∈ C : a < c ≤ a + t} / #{c ∈ C : c > a}: 0 when t ≤ 0 (even with a small sample),
 * null when fewer than 5 cycle times exceed the age. Two binary searches in the sorted sample.
 */
export function completionProbability(sample: CycleSample, ageDays: number, daysLeft: number): number | null {
	if (daysLeft <= 0) return 0;
	const above = firstAbove(sample.days, ageDays);
	const denominator = sample.days.length - above;
	if (denominator < minimumDenominator) return null;
	return (firstAbove(sample.days, ageDays + daysLeft) - above) / denominator;
}

/** Nearest-rank 85th percentile: the ⌈0.85·n⌉-th smallest value; null for an empty sample. */
export function percentile85(sample: CycleSample): number | null {
	const count = sample.days.length;
	if (count === 0) return null;
	return sample.days[Math.ceil(0.85 * count) - 1] ?? null;
}
