import {durationDays, weeksUpTo} from '../../week.js';
import {ticketsCompletedBetween} from '../relevance.js';
import {assigneeAt, completedAtOf} from '../ticket-facts.js';
import {groupsOfPerson, type RosterPeople} from './roster-people.js';
import type {ResolvedRoster, Ticket, Week} from '../../types.js';

/** The sample weeks and the group size below which the org's sample stands in (metrics.md Version 2). */
export const sampleWeeks = 12;
export const minimumGroupSample = 20;

/** Cycle times in fractional days, ascending, with the tickets they come from. */
export interface CycleSample {
	readonly days: readonly number[];
	readonly tickets: readonly Ticket[];
	/** True when this is the org's sample standing in for a small group's. */
	readonly isOrgFallback: boolean;
}

function sampleOf(entries: Array<{readonly ticket: Ticket; readonly days: number}>, isOrgFallback: boolean): CycleSample {
	entries.sort((a, b) => a.days - b.days);
	return {days: entries.map((entry) => entry.days), tickets: entries.map((entry) => entry.ticket), isOrgFallback};
}

/**
 * C per report (Version 2 readings): cycle times (`completedAt` − `startedAt`) of the tickets
 * completed in the 12 ISO weeks up to and including W, by asOf(W), that the group held at
 * completion; the org's — every roster person's, the director's included — when the group
 * has fewer than 20. A ticket completed without ever starting has no cycle time and is left out.
 */
export function cycleSamples(allTickets: readonly Ticket[], roster: ResolvedRoster, people: RosterPeople, week: Week, asOf: number): CycleSample[] {
	const from = weeksUpTo(week, sampleWeeks)[0]?.startAt ?? week.startAt;
	const org: Array<{ticket: Ticket; days: number}> = [];
	const groups = roster.reports.map((): Array<{ticket: Ticket; days: number}> => []);
	for (const ticket of ticketsCompletedBetween(allTickets, from, Math.min(asOf, week.endAt))) {
		const completedAt = completedAtOf(ticket);
		if (completedAt === null || completedAt >= week.endAt || completedAt > asOf || ticket.startedAt === null) continue;
		const holder = assigneeAt(ticket, completedAt);
		if (holder === null || !people.everyone.has(holder)) continue;
		const entry = {ticket, days: durationDays(ticket.startedAt, completedAt)};
		org.push(entry);
		for (const position of groupsOfPerson(people, holder)) groups[position]?.push(entry);
	}
	const orgSample = sampleOf(org, true);
	return groups.map((entries) => (entries.length < minimumGroupSample ? orgSample : sampleOf(entries, false)));
}

/** The first index whose value is greater than `value` in an ascending list. */
function firstAbove(values: readonly number[], value: number): number {
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
 * null when fewer than 5 cycle times exceed the age. Also returns the tickets of the
 * denominator, the ones the figure counts.
 */
export function completionProbability(sample: CycleSample, ageDays: number, daysLeft: number): {readonly probability: number | null; readonly counted: readonly Ticket[]} {
	const above = firstAbove(sample.days, ageDays);
	const counted = sample.tickets.slice(above);
	if (daysLeft <= 0) return {probability: 0, counted};
	const denominator = sample.days.length - above;
	if (denominator < minimumDenominator) return {probability: null, counted};
	const within = firstAbove(sample.days, ageDays + daysLeft) - above;
	return {probability: within / denominator, counted};
}

/** Nearest-rank 85th percentile: the ⌈0.85·n⌉-th smallest value; null for an empty sample. */
export function percentile85(sample: CycleSample): number | null {
	const count = sample.days.length;
	if (count === 0) return null;
	return sample.days[Math.ceil(0.85 * count) - 1] ?? null;
}
