import {weeksUpTo} from '../../week.js';
import {completionIndex, firstCompletedFrom, type CompletionIndex} from './completions.js';
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
 * (completions.ts), built at load, whose positions in completion order make the 12 weeks one
 * range; the week reads its numbers and sorts each sample's typed array, no ticket object.
 */
export function cycleSamples(allTickets: readonly Ticket[], roster: ResolvedRoster, people: RosterPeople, week: Week, asOf: number): CycleSample[] {
	const index = completionIndex(allTickets);
	// The few distinct holders mapped to the roster once: undefined = off the roster.
	const holderGroups = index.holders.map((person) => (people.everyone.has(person) ? groupsOfPerson(people, person) : undefined));
	// Positions are in completion order, so the 12 weeks up to asOf(W) are one range of them.
	const first = firstCompletedFrom(index, sampleStart(week));
	const end = firstCompletedAfter(index, Math.min(asOf, week.endAt - 1));
	const groupCount = roster.reports.length;
	// Each sample's size first, so its days go straight into a typed array of that size.
	const groupSizes = new Int32Array(groupCount);
	let orgSize = 0;
	for (let position = first; position < end; position++) {
		const groups = holderGroups[index.holder[position] ?? -1];
		if (groups === undefined || Number.isNaN(index.cycleDays[position] ?? Number.NaN)) continue;
		orgSize++;
		for (let each = 0; each < groups.length; each++) {
			const group = groups[each] ?? 0;
			groupSizes[group] = (groupSizes[group] ?? 0) + 1;
		}
	}
	const orgDays = new Float64Array(orgSize);
	const orgTickets = new Array<Ticket>(orgSize);
	const groupDays = Array.from(groupSizes, (size) => new Float64Array(size));
	// A group below the minimum stands the org's sample in: its own tickets are never read.
	const groupTickets = Array.from(groupSizes, (size) => (size < minimumGroupSample ? undefined : new Array<Ticket>(size)));
	// The tickets in completion order.
	const filled = new Int32Array(groupCount);
	let orgFilled = 0;
	for (let position = first; position < end; position++) {
		const groups = holderGroups[index.holder[position] ?? -1];
		if (groups === undefined || Number.isNaN(index.cycleDays[position] ?? Number.NaN)) continue;
		const ticket = index.tickets[position] as Ticket;
		orgTickets[orgFilled++] = ticket;
		for (let each = 0; each < groups.length; each++) {
			const group = groups[each] ?? 0;
			const tickets = groupTickets[group];
			const at = filled[group] ?? 0;
			filled[group] = at + 1;
			if (tickets) tickets[at] = ticket;
		}
	}
	// The days, read in the index's cycle-time order: ascending without a sort per week. The loops
	// here and in the other passes over every ticket count with an index: the week's code runs a
	// few times a session, unoptimised, where `for … of` makes an object per step.
	filled.fill(0);
	orgFilled = 0;
	const {byCycleDays} = index;
	for (let order = 0; order < byCycleDays.length; order++) {
		const position = byCycleDays[order] ?? -1;
		if (position < first || position >= end) continue;
		const groups = holderGroups[index.holder[position] ?? -1];
		if (groups === undefined) continue;
		const days = index.cycleDays[position] ?? Number.NaN;
		orgDays[orgFilled++] = days;
		for (let each = 0; each < groups.length; each++) {
			const group = groups[each] ?? 0;
			const at = filled[group] ?? 0;
			filled[group] = at + 1;
			(groupDays[group] as Float64Array)[at] = days;
		}
	}
	const orgSample: CycleSample = {days: orgDays, tickets: orgTickets, isOrgFallback: true};
	return groupDays.map((days, group) => {
		const tickets = groupTickets[group];
		return tickets === undefined ? orgSample : {days, tickets, isOrgFallback: false};
	});
}

/** The first position completed after `instant`: the end of the range completed by it. */
function firstCompletedAfter(index: CompletionIndex, instant: number): number {
	let low = 0;
	let high = index.completedAt.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((index.completedAt[middle] ?? Infinity) > instant) high = middle;
		else low = middle + 1;
	}
	return low;
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
 * `ageAtDueEnd` is a + t, worked out by the caller as one span (the end of the due date − the
 * start, in days) as each c is: the sum of the two fractions can land a unit below a cycle time
 * of exactly that span (13/24 + 1 < 37/24), which would leave an on-time ticket out.
 */
export function completionProbability(sample: CycleSample, ageDays: number, daysLeft: number, ageAtDueEnd: number): number | null {
	if (daysLeft <= 0) return 0;
	const above = firstAbove(sample.days, ageDays);
	const denominator = sample.days.length - above;
	if (denominator < minimumDenominator) return null;
	return (firstAbove(sample.days, ageAtDueEnd) - above) / denominator;
}

/** Nearest-rank 85th percentile: the ⌈0.85·n⌉-th smallest value; null for an empty sample. */
export function percentile85(sample: CycleSample): number | null {
	const count = sample.days.length;
	if (count === 0) return null;
	return sample.days[Math.ceil(0.85 * count) - 1] ?? null;
}
