import {dateInWeek, localDate} from '../../week.js';
import type {WeekContext} from '../context.js';
import {completedAtOf, completedDate, creditedHolder, firstDueDate, isCanceled} from '../ticket-facts.js';
import {holderIdAt, isCanceledAt, type EffortFacts} from './effort-facts.js';
import {groupsOfPerson, type RosterPeople} from './roster-people.js';
import type {Ticket, Week} from '../../types.js';

/**
 * Each report's kept-promise rate in W: `kept` / (`kept` + `broken`) of the org's figure
 * (metrics.md "Predictability") over the promises of group(R) — a ticket completed by asOf(W)
 * belongs to whoever held it at completion, any other to whoever holds it at asOf(W).
 * null when the group made no promise that was judged. With `byPosition` (each due ticket's
 * position in the array the facts were built from, effort-facts.ts), every fact is read off
 * the facts; without, off the tickets (the reference the tests prove the facts against).
 */
export function reportKeptRates(
	dueTickets: readonly Ticket[],
	context: WeekContext,
	people: RosterPeople,
	byPosition?: {readonly positions: readonly number[]; readonly facts: EffortFacts},
): Array<{readonly rate: number | null; readonly judged: readonly Ticket[]}> {
	const {week, asOf, asOfDate, roster} = context;
	const tallies = roster.reports.map(() => ({kept: 0, broken: 0, judged: [] as Ticket[]}));
	for (let index = 0; index < dueTickets.length; index++) {
		const ticket = dueTickets[index] as Ticket;
		const promise = byPosition ? promiseByPosition(byPosition, index, week, asOf) : promiseOf(ticket, week, asOf);
		if (promise === null) continue;
		const {firstDue, done, holder} = promise;
		const isKept = done !== null && done <= firstDue;
		const isBroken = !isKept && (done !== null || firstDue < asOfDate);
		// A pending promise (not completed, not yet past its date) is judged neither way: not in the rate, not in its list.
		if (!isKept && !isBroken) continue;
		const groups = groupsOfPerson(people, holder);
		for (let each = 0; each < groups.length; each++) {
			const tally = tallies[groups[each] ?? -1];
			if (!tally) continue;
			tally.judged.push(ticket);
			if (isKept) tally.kept++;
			else tally.broken++;
		}
	}
	return tallies.map((tally) => ({rate: tally.kept + tally.broken === 0 ? null : tally.kept / (tally.kept + tally.broken), judged: tally.judged}));
}

/** A promise of W: its first due date, the local date it was completed (null: not), who it belongs to. null: none (canceled, never due, first due outside W). */
interface DuePromise {
	readonly firstDue: string;
	readonly done: string | null;
	readonly holder: string | null;
}

function promiseOf(ticket: Ticket, week: Week, asOf: number): DuePromise | null {
	if (isCanceled(ticket)) return null;
	const firstDue = firstDueDate(ticket);
	if (firstDue === null || !dateInWeek(firstDue, week)) return null;
	const completedAt = completedAtOf(ticket);
	const done = completedAt === null ? null : completedDate(ticket, week.timezone);
	return {firstDue, done, holder: creditedHolder(ticket, asOf).personId};
}

function promiseByPosition({positions, facts}: {readonly positions: readonly number[]; readonly facts: EffortFacts}, index: number, week: Week, asOf: number): DuePromise | null {
	const position = positions[index] ?? -1;
	if (isCanceledAt(facts, position)) return null;
	const firstDue = facts.firstDueDates[position] ?? null;
	if (firstDue === null || !dateInWeek(firstDue, week)) return null;
	const completedAt = facts.completedAt[position] ?? Number.NaN;
	const isCompleted = !Number.isNaN(completedAt);
	const holder = holderIdAt(facts, position, isCompleted && completedAt <= asOf ? completedAt : asOf);
	return {firstDue, done: isCompleted ? localDate(completedAt, week.timezone) : null, holder};
}
