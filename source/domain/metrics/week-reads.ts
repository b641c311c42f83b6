import {assigneeAt, completedAtOf, dueDateAt, isCompletedBetween, isOpenAt, latestChangeAt} from './ticket-facts.js';
import {holderIdAt, latestChangeAtOf, type EffortFacts} from './v2/effort-facts.js';
import type {Ticket, Week} from '../types.js';

/** Active in W: in a started state at some moment of W (metrics.md "Tickets"). */
export function isActiveIn(ticket: Ticket, week: Week): boolean {
	if (ticket.startedAt === null || ticket.startedAt >= week.endAt) return false;
	const endedAt = ticket.completedAt ?? ticket.canceledAt;
	return endedAt === null || endedAt >= week.startAt;
}

/** In progress as of asOf(W): started by then and neither completed nor canceled by then. */
export function isInProgressAt(ticket: Ticket, instant: number): boolean {
	return ticket.startedAt !== null && ticket.startedAt <= instant && isOpenAt(ticket, instant);
}

/**
 * What allocation and delegation read of each of a week's tickets, by its index in the week's
 * list: off the ticket object (`ticketReads`, the reference), or off the effort facts kept by
 * position at load (`positionReads`), the same answers without touching the cold ticket
 * objects of a freshly loaded store (test/domain/metrics/relevance.test.ts proves them equal).
 */
export interface TicketReads {
	id(index: number, ticket: Ticket): string;
	isOpenAt(index: number, ticket: Ticket, instant: number): boolean;
	/** ticket-facts.ts `completedAtOf`. */
	completedAt(index: number, ticket: Ticket): number | null;
	isCompletedBetween(index: number, ticket: Ticket, from: number, to: number): boolean;
	isActiveIn(index: number, ticket: Ticket, week: Week): boolean;
	isInProgressAt(index: number, ticket: Ticket, instant: number): boolean;
	assigneeAt(index: number, ticket: Ticket, instant: number): string | null;
	dueDateAt(index: number, ticket: Ticket, instant: number): string | null;
	latestChangeAt(index: number, ticket: Ticket, instant: number): number;
}

export const ticketReads: TicketReads = {
	id: (_, ticket) => ticket.id,
	isOpenAt: (_, ticket, instant) => isOpenAt(ticket, instant),
	completedAt: (_, ticket) => completedAtOf(ticket),
	isCompletedBetween: (_, ticket, from, to) => isCompletedBetween(ticket, from, to),
	isActiveIn: (_, ticket, week) => isActiveIn(ticket, week),
	isInProgressAt: (_, ticket, instant) => isInProgressAt(ticket, instant),
	assigneeAt: (_, ticket, instant) => assigneeAt(ticket, instant),
	dueDateAt: (_, ticket, instant) => dueDateAt(ticket, instant),
	latestChangeAt: (_, ticket, instant) => latestChangeAt(ticket, instant),
};

/**
 * The same reads for a week's tickets at `positions` of the array the facts were built from.
 * NaN (never started, not completed) fails every comparison, as null does above; the assignee
 * is replayed off the numbered assignee changes (`holderAt`, the same answer as `assigneeAt` for
 * a history sorted by time, which every provider writes); the due date and the latest change
 * are read off the ticket only when it changed after the instant.
 */
export function positionReads(facts: EffortFacts, positions: readonly number[]): TicketReads {
	const {ids, createdAt, startedAt, endedAt, openUntil, completedAt, dueDates, lastDueChangeAt} = facts;
	const isOpen = (position: number, instant: number): boolean => (createdAt[position] ?? Infinity) <= instant && (openUntil[position] ?? Number.NaN) > instant;
	return {
		id: (index) => ids[positions[index] ?? -1] ?? '',
		isOpenAt: (index, _, instant) => isOpen(positions[index] ?? -1, instant),
		completedAt: (index) => {
			const at = completedAt[positions[index] ?? -1] ?? Number.NaN;
			return Number.isNaN(at) ? null : at;
		},
		isCompletedBetween: (index, _, from, to) => {
			const at = completedAt[positions[index] ?? -1] ?? Number.NaN;
			return at >= from && at < to;
		},
		isActiveIn: (index, _, week) => {
			const position = positions[index] ?? -1;
			return (startedAt[position] ?? Number.NaN) < week.endAt && (endedAt[position] ?? Number.NaN) >= week.startAt;
		},
		isInProgressAt: (index, _, instant) => {
			const position = positions[index] ?? -1;
			return (startedAt[position] ?? Number.NaN) <= instant && isOpen(position, instant);
		},
		assigneeAt: (index, _, instant) => holderIdAt(facts, positions[index] ?? -1, instant),
		dueDateAt: (index, ticket, instant) => {
			const position = positions[index] ?? -1;
			return (lastDueChangeAt[position] ?? Infinity) <= instant ? (dueDates[position] ?? null) : dueDateAt(ticket, instant);
		},
		latestChangeAt: (index, ticket, instant) => latestChangeAtOf(facts, positions[index] ?? -1, ticket, instant),
	};
}
