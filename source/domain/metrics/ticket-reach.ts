import type {Ticket} from '../types.js';
import {dayNumber} from './relevance.js';

/**
 * How late a ticket can still change a figure, stored beside it so the store can hand the
 * review only the tickets a window of weeks can touch (issue 18). It is the upper end of
 * what the relevance index reads (relevance.ts): the latest instant of the ticket's life
 * (created, started, completed, canceled, a history change, a blocked spell), unbounded
 * while it is neither completed nor canceled or a blocked spell is still open; and its
 * latest due-date value as YYYYMMDD (current value or either side of a change). A ticket
 * whose reach ends before a window and whose due dates all fall before it meets no week
 * of that window, so leaving it out changes no figure.
 */
export interface TicketReach {
	/** Infinity while the ticket is open or blocked without end. */
	readonly reachAt: number;
	/** -Infinity with no due date; Infinity when a value is not a calendar date (kept, not lost). */
	readonly dueDayMax: number;
}

export function ticketReach(ticket: Ticket): TicketReach {
	const {createdAt, startedAt, completedAt, canceledAt} = ticket;
	let reachAt = Math.max(createdAt, startedAt ?? createdAt, completedAt ?? createdAt, canceledAt ?? createdAt);
	let isUnbounded = completedAt === null && canceledAt === null;
	let dueDayMax = ticket.dueDate === null ? -Infinity : dueDay(ticket.dueDate);
	for (const event of ticket.history) {
		if (event.at > reachAt) reachAt = event.at;
		if (event.field !== 'dueDate') continue;
		for (const value of [event.from, event.to]) if (value !== null) dueDayMax = Math.max(dueDayMax, dueDay(value));
	}

	for (const spell of ticket.blockedSpells) {
		if (spell.start > reachAt) reachAt = spell.start;
		if (spell.end === null) isUnbounded = true;
		else if (spell.end > reachAt) reachAt = spell.end;
	}

	return {reachAt: isUnbounded ? Number.POSITIVE_INFINITY : reachAt, dueDayMax};
}

function dueDay(value: string): number {
	const day = value.length === 10 ? dayNumber(value) : Number.NaN;
	return Number.isNaN(day) ? Number.POSITIVE_INFINITY : day;
}
