import {localDate} from '../week.js';
import type {HistoryEvent, HistoryField, ResolvedReport, ResolvedRoster, Ticket} from '../types.js';

/**
 * What a ticket was at a given instant, replayed from its history, and the few derived
 * values every metric needs. Replays are short loops over a ticket's history; only the
 * local completion date, which needs a time-zone lookup, is cached per ticket object so an
 * eight-week trend over many tickets looks it up once.
 */

/** "Non-canceled means not canceled now" (metrics.md Readings). */
export function isCanceled(ticket: Ticket): boolean {
	return ticket.canceledAt !== null;
}

/** Canceled tickets are never completed (metrics.md "Tickets"). */
export function completedAtOf(ticket: Ticket): number | null {
	return ticket.canceledAt === null ? ticket.completedAt : null;
}

export function isCompletedBetween(ticket: Ticket, from: number, to: number): boolean {
	const completedAt = completedAtOf(ticket);
	return completedAt !== null && completedAt >= from && completedAt < to;
}

/** A value as of `instant`: the `from` of the first change after it, else the current value. */
function valueAt(ticket: Ticket, field: HistoryField, instant: number, current: string | null): string | null {
	for (const event of ticket.history) {
		if (event.field === field && event.at > instant) return event.from;
	}
	return current;
}

export function assigneeAt(ticket: Ticket, instant: number): string | null {
	return valueAt(ticket, 'assignee', instant, ticket.assigneeId);
}

/**
 * Whose the ticket's outcome in W is, as the figures credit it (metrics.md Readings:
 * `strategicShare` and `director.completed` read the assignee at completion, the delegation
 * figures the assignee as of asOf(W)): who held it when it was completed, when that was by
 * asOf(W); else who held it at asOf(W). The groups' kept rates, the 1:1 late completions, the
 * leadership tables of slips and broken promises and the exports' `report` read it so.
 */
export function creditedHolder(ticket: Ticket, asOf: number): {readonly personId: string | null; readonly atCompletion: boolean} {
	const completedAt = completedAtOf(ticket);
	const atCompletion = completedAt !== null && completedAt <= asOf;
	return {personId: assigneeAt(ticket, atCompletion ? completedAt : asOf), atCompletion};
}

/**
 * Whom an assignee change takes a ticket back from (metrics.md `takenBack`: a change to the
 * director from someone else), or null when it is no take-back. The one reading of a
 * take-back: the week's figure (delegation-facts.ts) and the exports' readings share it.
 */
export function takenBackFrom(event: HistoryEvent, directorIds: ReadonlySet<string>): string | null {
	if (event.field !== 'assignee' || event.to === null || !directorIds.has(event.to) || event.from === null || directorIds.has(event.from)) return null;
	return event.from;
}

/**
 * The director's take-backs of a ticket (metrics.md `takenBack`: an assignee change to the
 * director from someone in a report’s group) made in W by asOf(W), oldest first, each with whom
 * it was taken from and the reports whose group holds that person, in roster order: the
 * person and groups a `takenBack` figure credits.
 */
export function takeBacksBetween(
	roster: ResolvedRoster,
	ticket: Ticket,
	week: {readonly startAt: number; readonly endAt: number},
	asOf: number,
): Array<{readonly at: number; readonly fromId: string; readonly reports: readonly ResolvedReport[]}> {
	const takeBacks: Array<{readonly at: number; readonly fromId: string; readonly reports: readonly ResolvedReport[]}> = [];
	for (const event of ticket.history) {
		// The instants the takenBack figure counts (context.ts isDuring): in W, and not after asOf(W).
		if (event.at < week.startAt || event.at >= week.endAt || event.at > asOf) continue;
		const fromId = takenBackFrom(event, roster.directorIds);
		if (fromId === null) continue;
		const reports = roster.reports.filter((report) => report.groupIds.has(fromId));
		if (reports.length > 0) takeBacks.push({at: event.at, fromId, reports});
	}
	return takeBacks;
}

/**
 * The report whose group the ticket counted in for W (the first in roster order): its credited
 * holder's (`creditedHolder`), so a hand-back or a move after the week does not move the row to
 * another group. When that holder is in no report's group (the director took it back and held
 * it at the week's end), the group it was last taken back from in W: its `takenBack` figure
 * counts it, the director's figures are no report's. A ticket created after asOf(W) — the JSON
 * export lists such tickets for since last review — no figure of W counts: its current
 * assignee's. null: held by the director, nobody, or someone outside every group, and not
 * taken back from a group in W.
 */
export function reportOfTicketInWeek(roster: ResolvedRoster, ticket: Ticket, week: {readonly startAt: number; readonly endAt: number}, asOf: number): ResolvedReport | null {
	const personId = ticket.createdAt > asOf ? ticket.assigneeId : creditedHolder(ticket, asOf).personId;
	const holders = personId === null ? undefined : roster.reports.find((report) => report.groupIds.has(personId));
	if (holders !== undefined || ticket.createdAt > asOf) return holders ?? null;
	return takeBacksBetween(roster, ticket, week, asOf).at(-1)?.reports[0] ?? null;
}

export function dueDateAt(ticket: Ticket, instant: number): string | null {
	return valueAt(ticket, 'dueDate', instant, ticket.dueDate);
}

/** Not completed and not canceled as of the instant, and already created. */
export function isOpenAt(ticket: Ticket, instant: number): boolean {
	if (ticket.createdAt > instant) return false;
	if (ticket.completedAt !== null && ticket.completedAt <= instant) return false;
	if (ticket.canceledAt !== null && ticket.canceledAt <= instant) return false;
	return true;
}

/** The latest change at or before the instant, for `stale` (metrics.md Readings). */
export function latestChangeAt(ticket: Ticket, instant: number): number {
	let latest = ticket.createdAt;
	for (const event of ticket.history) {
		if (event.at > instant) break;
		if (event.at > latest) latest = event.at;
	}
	if (ticket.startedAt !== null && ticket.startedAt <= instant && ticket.startedAt > latest) latest = ticket.startedAt;
	if (ticket.updatedAt <= instant && ticket.updatedAt > latest) latest = ticket.updatedAt;
	return latest;
}

/**
 * The earliest-set due date: the value before the first due-date change (when it had
 * one), else the first value a change set; the current one when there is no history.
 */
export function firstDueDate(ticket: Ticket): string | null {
	let first: string | null = null;
	let hasChanges = false;
	for (const event of ticket.history) {
		if (event.field !== 'dueDate') continue;
		if (!hasChanges) {
			hasChanges = true;
			if (event.from !== null) {
				first = event.from;
				break;
			}
		}
		if (event.to !== null) {
			first = event.to;
			break;
		}
	}
	return hasChanges ? first : ticket.dueDate;
}

const completedDates = new WeakMap<Ticket, {readonly timezone: string; readonly date: string | null}>();

/** The local calendar date of completion (null when not completed). */
export function completedDate(ticket: Ticket, timezone: string): string | null {
	const cached = completedDates.get(ticket);
	if (cached?.timezone === timezone) return cached.date;
	const completedAt = completedAtOf(ticket);
	const date = completedAt === null ? null : localDate(completedAt, timezone);
	completedDates.set(ticket, {timezone, date});
	return date;
}
