import {dateInWeek} from '../../week.js';
import type {WeekContext} from '../context.js';
import {assigneeAt, completedAtOf, completedDate, firstDueDate, isCanceled} from '../ticket-facts.js';
import {groupsOfPerson, type RosterPeople} from './roster-people.js';
import type {Ticket} from '../../types.js';

/**
 * Each report's kept-promise rate in W: `kept` / (`kept` + `broken`) of the org's figure
 * (metrics.md "Predictability") over the promises of group(R) — a ticket completed by asOf(W)
 * belongs to whoever held it at completion, any other to whoever holds it at asOf(W).
 * null when the group made no promise that was judged.
 */
export function reportKeptRates(dueTickets: readonly Ticket[], context: WeekContext, people: RosterPeople): Array<{readonly rate: number | null; readonly committed: readonly Ticket[]}> {
	const {week, asOf, asOfDate, timezone, roster} = context;
	const tallies = roster.reports.map(() => ({kept: 0, broken: 0, committed: [] as Ticket[]}));
	for (const ticket of dueTickets) {
		if (isCanceled(ticket)) continue;
		const firstDue = firstDueDate(ticket);
		if (firstDue === null || !dateInWeek(firstDue, week)) continue;
		const completedAt = completedAtOf(ticket);
		const done = completedAt === null ? null : completedDate(ticket, timezone);
		const isKept = done !== null && done <= firstDue;
		const isBroken = !isKept && (done !== null || firstDue < asOfDate);
		const holder = assigneeAt(ticket, completedAt !== null && completedAt <= asOf ? completedAt : asOf);
		for (const position of groupsOfPerson(people, holder)) {
			const tally = tallies[position];
			if (!tally) continue;
			tally.committed.push(ticket);
			if (isKept) tally.kept++;
			if (isBroken) tally.broken++;
		}
	}
	return tallies.map((tally) => ({rate: tally.kept + tally.broken === 0 ? null : tally.kept / (tally.kept + tally.broken), committed: tally.committed}));
}
