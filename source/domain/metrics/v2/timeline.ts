import type {Iteration, Ticket} from '../../types.js';

/**
 * What a ticket's history says over time, for version 2: who held it on each day, and
 * which iterations it was in when. Both are replays of `history` (oldest first). Most
 * tickets never changed hands or iterations, so both have an answer that allocates nothing.
 */

const hourMs = 60 * 60 * 1000;

/**
 * The people who held the ticket on each day [start, end) (metrics.md Version 2 readings):
 * whoever held it at the start of the day plus anyone it changed to or from during the day.
 * `days` are consecutive and ascending. A ticket whose assignee never changed gives that
 * one holder for every day (null for nobody); otherwise one list per day.
 */
export function assigneesOnDays(ticket: Ticket, days: ReadonlyArray<{readonly startAt: number; readonly endAt: number}>): string | null | string[][] {
	const events = ticket.history;
	let first = -1;
	for (let index = 0; index < events.length; index++) {
		if (events[index]?.field === 'assignee') {
			first = index;
			break;
		}
	}
	if (first < 0) return ticket.assigneeId;
	let holder = events[first]?.from ?? null;
	const result: string[][] = [];
	let position = first;
	for (const day of days) {
		// Changes before the day move the holder on.
		while (position < events.length && (events[position]?.at ?? Infinity) < day.startAt) {
			const event = events[position];
			if (event?.field === 'assignee') holder = event.to;
			position++;
		}
		const held: string[] = holder === null ? [] : [holder];
		for (let scan = position; scan < events.length && (events[scan]?.at ?? Infinity) < day.endAt; scan++) {
			const event = events[scan];
			if (event?.field !== 'assignee') continue;
			if (event.from !== null && !held.includes(event.from)) held.push(event.from);
			if (event.to !== null && !held.includes(event.to)) held.push(event.to);
		}
		result.push(held);
	}
	return result;
}

/** A stretch of time a ticket spent in one iteration: [joinedAt, leftAt); leftAt Infinity while it is still there. */
export interface MembershipSpan {
	readonly joinedAt: number;
	readonly leftAt: number;
}

function hasIterationEvent(ticket: Ticket): boolean {
	for (const event of ticket.history) if (event.field === 'iteration') return true;
	return false;
}

/**
 * The iterations a ticket has been in and when, from its `iteration` history events
 * (SHARED-TYPES.md); null when it never was in one. Before its first event about an
 * iteration, a ticket is in it when that event takes it out; an iteration no event mentions
 * holds the ticket when it is the current `iterationId`. A ticket in an iteration from the
 * start has been there since its creation: trackers record no event for the value a ticket
 * is created with.
 */
export function iterationMemberships(ticket: Ticket): ReadonlyMap<string, readonly MembershipSpan[]> | null {
	if (!hasIterationEvent(ticket)) {
		return ticket.iterationId === null ? null : new Map([[ticket.iterationId, [{joinedAt: ticket.createdAt, leftAt: Infinity}]]]);
	}
	const firstEvent = new Map<string, 'join' | 'leave'>();
	for (const event of ticket.history) {
		if (event.field !== 'iteration' || event.from === event.to) continue;
		if (event.from !== null && !firstEvent.has(event.from)) firstEvent.set(event.from, 'leave');
		if (event.to !== null && !firstEvent.has(event.to)) firstEvent.set(event.to, 'join');
	}
	const openSince = new Map<string, number>();
	for (const [id, kind] of firstEvent) if (kind === 'leave') openSince.set(id, ticket.createdAt);
	if (ticket.iterationId !== null && !firstEvent.has(ticket.iterationId)) openSince.set(ticket.iterationId, ticket.createdAt);
	const spans = new Map<string, MembershipSpan[]>();
	const close = (id: string, at: number): void => {
		const since = openSince.get(id);
		if (since === undefined) return;
		openSince.delete(id);
		const list = spans.get(id) ?? [];
		list.push({joinedAt: since, leftAt: at});
		spans.set(id, list);
	};
	for (const event of ticket.history) {
		if (event.field !== 'iteration' || event.from === event.to) continue;
		if (event.from !== null) close(event.from, event.at);
		if (event.to !== null && !openSince.has(event.to)) openSince.set(event.to, event.at);
	}
	for (const id of [...openSince.keys()]) close(id, Infinity);
	return spans;
}

/** In the iteration at the instant, changes at that instant applied. */
export function isMemberAt(spans: readonly MembershipSpan[], instant: number): boolean {
	return spans.some((span) => span.joinedAt <= instant && span.leftAt > instant);
}

/** In the iteration just before the instant: changes at that instant not yet applied. */
export function isMemberJustBefore(spans: readonly MembershipSpan[], instant: number): boolean {
	return spans.some((span) => span.joinedAt < instant && span.leftAt >= instant);
}

/**
 * Unplanned in a week ending at `weekEnd` (Version 2 readings): started less than 48 h after
 * its creation, or joined an iteration strictly after that iteration's start, the join at or
 * before the end of the week. An iteration the input does not know cannot be judged and is
 * skipped.
 */
export function isUnplannedBy(ticket: Ticket, iterations: ReadonlyMap<string, Iteration>, weekEnd: number): boolean {
	if (ticket.startedAt !== null && ticket.startedAt - ticket.createdAt < 48 * hourMs) return true;
	if (!hasIterationEvent(ticket)) {
		// In its iteration since creation: joined late when created after the iteration started.
		const iteration = ticket.iterationId === null ? undefined : iterations.get(ticket.iterationId);
		return iteration !== undefined && ticket.createdAt > iteration.startsAt && ticket.createdAt <= weekEnd;
	}
	for (const [id, spans] of iterationMemberships(ticket) ?? []) {
		const iteration = iterations.get(id);
		if (!iteration) continue;
		for (const span of spans) if (span.joinedAt > iteration.startsAt && span.joinedAt <= weekEnd) return true;
	}
	return false;
}

/**
 * The earliest end of a week by which the ticket is unplanned: `isUnplannedBy(ticket,
 * iterations, weekEnd)` is `unplannedFrom(ticket, iterations) <= weekEnd` for every weekEnd
 * (−Infinity for a quick start, Infinity when it never is), so it is worked out once per
 * ticket and not once per week.
 */
export function unplannedFrom(ticket: Ticket, iterations: ReadonlyMap<string, Iteration>): number {
	if (ticket.startedAt !== null && ticket.startedAt - ticket.createdAt < 48 * hourMs) return -Infinity;
	if (!hasIterationEvent(ticket)) {
		const iteration = ticket.iterationId === null ? undefined : iterations.get(ticket.iterationId);
		return iteration !== undefined && ticket.createdAt > iteration.startsAt ? ticket.createdAt : Infinity;
	}
	let earliest = Infinity;
	for (const [id, spans] of iterationMemberships(ticket) ?? []) {
		const iteration = iterations.get(id);
		if (!iteration) continue;
		for (const span of spans) if (span.joinedAt > iteration.startsAt && span.joinedAt < earliest) earliest = span.joinedAt;
	}
	return earliest;
}

const iterationMaps = new WeakMap<readonly Iteration[], ReadonlyMap<string, Iteration>>();

export function iterationsById(iterations: readonly Iteration[]): ReadonlyMap<string, Iteration> {
	let map = iterationMaps.get(iterations);
	if (!map) {
		map = new Map(iterations.map((iteration) => [iteration.id, iteration]));
		iterationMaps.set(iterations, map);
	}
	return map;
}
