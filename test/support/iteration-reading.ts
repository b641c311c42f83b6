/**
 * Iterations around a week W and random tickets moving in and out of them, for the tests that
 * read metrics.md's iteration clauses afresh, with membership read per iteration off the
 * history, apart from source/domain/metrics/v2/timeline.ts: in I at t when the last event about
 * I at or before t put it in, or, with none, when the first event about I after t takes it
 * out, or, with none at all, when I is the ticket's iteration now (trackers record no event for
 * the value a ticket is created with).
 */
import type {HistoryEvent, Iteration, Ticket, Week} from '../../source/domain/types.js';
import {makeTicket} from './ticket-builder.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** Iterations around W: ended before it, ended in it (one at its very first instant), running at its end, starting in its last millisecond. */
export function iterationsAround(week: Week): Iteration[] {
	const iteration = (id: string, startsAt: number, completedAt: number | null): Iteration => ({id, name: `Sprint ${id}`, team: 'ENG', startsAt, endsAt: startsAt + 14 * dayMs, completedAt});
	return [
		iteration('before', week.startAt - 28 * dayMs, week.startAt - 14 * dayMs - hourMs),
		iteration('first', week.startAt - 14 * dayMs + 9 * hourMs, week.startAt),
		iteration('ends', week.startAt - 10 * dayMs + 9 * hourMs, week.startAt + 4 * dayMs + 17 * hourMs),
		iteration('after', week.startAt - 3 * dayMs, week.endAt),
		iteration('runs', week.startAt + 4 * dayMs + 17 * hourMs, null),
		iteration('last', week.endAt - 1, null),
	];
}

export function iterationTickets(random: () => number, week: Week, iterations: readonly Iteration[], count: number): Ticket[] {
	const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
	const ids = iterations.map((iteration) => iteration.id);
	const edges = [week.startAt - 1, week.startAt, week.endAt - 1, week.endAt, ...iterations.flatMap((iteration) => [iteration.startsAt - 1, iteration.startsAt, iteration.startsAt + 1, ...(iteration.completedAt === null ? [] : [iteration.completedAt - 1, iteration.completedAt, iteration.completedAt + 1])])];
	const instant = () => (random() < 0.6 ? pick(edges) : week.startAt - 30 * dayMs + Math.floor(random() * 40 * 24) * hourMs);
	const tickets: Ticket[] = [];
	for (let index = 0; index < count; index++) {
		const createdAt = instant();
		// Who is in which iteration at creation: nothing, or one of them.
		const members = new Set<string>(random() < 0.6 ? [pick(ids)] : []);
		const initial = [...members];
		const history: HistoryEvent[] = [];
		const moves = Array.from({length: Math.floor(random() * 4)}, () => Math.max(createdAt + 1, instant())).sort((a, b) => a - b);
		for (const at of moves) {
			const from = random() < 0.3 || members.size === 0 ? null : pick([...members]);
			const to = random() < 0.2 ? null : pick(ids);
			// A tracker records a change only: never a move into an iteration the ticket is already in.
			if (from === to || (to !== null && members.has(to))) continue;
			if (from !== null) members.delete(from);
			if (to !== null) members.add(to);
			history.push({at, field: 'iteration', from, to, actorId: null});
		}
		const mentioned = new Set(history.flatMap((event) => [event.from, event.to]));
		// The ticket's iteration now: the one it was created in when no event names it (the model keeps one).
		const unmentioned = initial.find((id) => !mentioned.has(id));
		const iterationId = unmentioned ?? [...members].at(-1) ?? null;
		const endedAt = random() < 0.45 ? null : Math.max(createdAt, instant());
		const isCanceled = endedAt !== null && random() < 0.2;
		tickets.push(
			makeTicket({
				id: `c${index}`,
				createdAt,
				updatedAt: Math.max(createdAt, ...moves),
				startedAt: random() < 0.5 ? null : createdAt + Math.floor(random() * 96) * hourMs,
				completedAt: isCanceled ? null : endedAt,
				canceledAt: isCanceled ? endedAt : null,
				iterationId,
				history,
			}),
		);
	}
	return tickets;
}

function eventsAbout(ticket: Ticket, id: string): HistoryEvent[] {
	return ticket.history.filter((event) => event.field === 'iteration' && event.from !== event.to && (event.from === id || event.to === id));
}

/** In iteration `id` at t, the changes at t applied (`justBefore`: not yet applied). */
export function inIteration(ticket: Ticket, id: string, t: number, justBefore = false): boolean {
	if (justBefore ? ticket.createdAt >= t : ticket.createdAt > t) return false;
	const events = eventsAbout(ticket, id);
	const last = events.filter((event) => (justBefore ? event.at < t : event.at <= t)).at(-1);
	if (last) return last.to === id;
	const next = events.find((event) => (justBefore ? event.at >= t : event.at > t));
	if (next) return next.from === id;
	return ticket.iterationId === id;
}

/** Every instant the ticket joined iteration `id`: its creation when created in it, and each move into it. */
export function iterationJoins(ticket: Ticket, id: string): number[] {
	return [...(inIteration(ticket, id, ticket.createdAt) ? [ticket.createdAt] : []), ...eventsAbout(ticket, id).filter((event) => event.to === id).map((event) => event.at)];
}

/** The same tickets, some of them moved in and out of the iterations at random (each history kept oldest first). */
export function withIterationMoves(random: () => number, tickets: readonly Ticket[], week: Week, iterations: readonly Iteration[]): Ticket[] {
	const moved = iterationTickets(random, week, iterations, tickets.length);
	return tickets.map((ticket, index) => {
		const source = moved[index];
		if (source === undefined || random() < 0.5) return ticket;
		const moves = source.history.map((event) => ({...event, at: Math.max(ticket.createdAt + 1, event.at)}));
		// Created in an iteration no event names, as the source ticket was.
		const history = [...ticket.history, ...moves].sort((a, b) => a.at - b.at);
		return {...ticket, iterationId: source.iterationId, history, updatedAt: Math.max(ticket.updatedAt, ...moves.map((event) => event.at))};
	});
}
