import type {Ticket} from '../types.js';

/** Local dates lag or lead UTC by at most 14 hours: two days past a UTC date are past it in every zone. */
const zoneMarginMs = 2 * 86_400_000;

/**
 * How late a previous review can be frozen and still see this ticket in "since last review"
 * (since-events.ts, since-state.ts) without a frozen row of it or a tag set since: an item
 * needs a change after the freeze, or — for a ticket still open — a due date (current or
 * first) on or after the freeze's local date. A review frozen at or after the instant this
 * returns gets no item about the ticket from its own fields, whatever the clock says then:
 * - event items read the creation, start, completion, cancelation, history changes,
 *   blocked spells and delegations (creation or an assignee change), all at or before the
 *   ticket's latest change;
 * - newly overdue needs the ticket open with its due date at the freeze not yet passed, and
 *   newly broken an open or late ticket whose first due date was set after the freeze or
 *   had not passed; with no change since the freeze, both read a due date on or after the
 *   freeze's local date, at most two days before the instant after it.
 * A value that is not a number or a calendar date reads as never past (Infinity).
 */
export function sinceReach(ticket: Ticket): number {
	let latest = Number.NEGATIVE_INFINITY;
	const see = (instant: number | null | undefined): void => {
		if (instant === null || instant === undefined) return;
		latest = Number.isFinite(instant) ? Math.max(latest, instant) : Number.POSITIVE_INFINITY;
	};
	see(ticket.createdAt);
	see(ticket.startedAt);
	see(ticket.completedAt);
	see(ticket.canceledAt);
	for (const event of ticket.history) see(event.at);
	for (const spell of ticket.blockedSpells) {
		see(spell.start);
		see(spell.end);
	}
	if (ticket.completedAt !== null || ticket.canceledAt !== null) return latest;
	// Open: its due dates, current and every value a change set or replaced.
	see(dueReach(ticket.dueDate));
	for (const event of ticket.history) {
		if (event.field !== 'dueDate') continue;
		see(dueReach(event.from));
		see(dueReach(event.to));
	}
	return latest;
}

function dueReach(date: string | null): number | null {
	if (date === null) return null;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (match === null) return Number.POSITIVE_INFINITY;
	const instant = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return Number.isFinite(instant) ? instant + zoneMarginMs : Number.POSITIVE_INFINITY;
}
