import type {Ticket} from '../../types.js';

/**
 * Replays for an instant late in a ticket's life (a completion, asOf(W) of a recent week),
 * read from the end of the history: the same answers as ticket-facts' forward replays, in one
 * or two steps for the usual ticket whose last change came before the instant.
 */

/** The assignee at the instant: the `from` of the first assignee change after it, else the current assignee. */
export function assigneeAtLate(ticket: Ticket, instant: number): string | null {
	let holder = ticket.assigneeId;
	const {history} = ticket;
	for (let index = history.length - 1; index >= 0; index--) {
		const event = history[index];
		if (!event || event.at <= instant) break;
		if (event.field === 'assignee') holder = event.from;
	}
	return holder;
}

/** The latest change at or before the instant (creation, any history event, start, update), as ticket-facts' `latestChangeAt`. */
export function latestChangeAtLate(ticket: Ticket, instant: number): number {
	let latest = ticket.createdAt;
	const {history} = ticket;
	for (let index = history.length - 1; index >= 0; index--) {
		const at = history[index]?.at ?? -Infinity;
		if (at <= instant) {
			if (at > latest) latest = at;
			break;
		}
	}
	if (ticket.startedAt !== null && ticket.startedAt <= instant && ticket.startedAt > latest) latest = ticket.startedAt;
	if (ticket.updatedAt <= instant && ticket.updatedAt > latest) latest = ticket.updatedAt;
	return latest;
}
