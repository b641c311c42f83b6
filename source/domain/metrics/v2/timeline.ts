import type {Iteration, Ticket} from '../../types.js';

/**
 * What a ticket's history says over time, for version 2: who held it on each day, and
 * which iterations it was in when. Both are replays of `history` (oldest first).
 */

const hourMs = 60 * 60 * 1000;

/**
 * The people who held the ticket on each day [start, end) (metrics.md Version 2 readings):
 * whoever held it at the start of the day plus anyone it changed to or from during the day.
 * `days` are consecutive and ascending; the result has one (possibly empty) list per day.
 */
export function assigneesOnDays(ticket: Ticket, days: ReadonlyArray<{readonly startAt: number; readonly endAt: number}>): string[][] {
	const events = ticket.history;
	let holder: string | null = ticket.assigneeId;
	for (const event of events) {
		if (event.field === 'assignee') {
			holder = event.from;
			break;
		}
	}
	const result: string[][] = [];
	let position = 0;
	for (const day of days) {
		// Changes before the day move the holder on.
		while (position < events.length && (events[position]?.at ?? Infinity) < day.startAt) {
			const event = events[position];
			if (event?.field === 'assignee') holder = event.to;
			position++;
		}
		const held: string[] = holder === null ? [] : [holder];
		let scan = position;
		while (scan < events.length && (events[scan]?.at ?? Infinity) < day.endAt) {
			const event = events[scan];
			if (event?.field === 'assignee') {
				if (event.from !== null && !held.includes(event.from)) held.push(event.from);
				if (event.to !== null && !held.includes(event.to)) held.push(event.to);
			}
			scan++;
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

const membershipCache = new WeakMap<Ticket, ReadonlyMap<string, readonly MembershipSpan[]>>();

/**
 * The iterations a ticket has been in and when, from its `iteration` history events
 * (SHARED-TYPES.md). Before its first event about an iteration, a ticket is in it when that
 * event takes it out; an iteration no event mentions holds the ticket when it is the current
 * `iterationId`. A ticket in an iteration from the start has been there since its creation:
 * trackers record no event for the value a ticket is created with.
 */
export function iterationMemberships(ticket: Ticket): ReadonlyMap<string, readonly MembershipSpan[]> {
	const cached = membershipCache.get(ticket);
	if (cached) return cached;
	const firstEvent = new Map<string, 'join' | 'leave'>();
	for (const event of ticket.history) {
		if (event.field !== 'iteration') continue;
		if (event.from !== null && event.from !== event.to && !firstEvent.has(event.from)) firstEvent.set(event.from, 'leave');
		if (event.to !== null && event.from !== event.to && !firstEvent.has(event.to)) firstEvent.set(event.to, 'join');
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
	membershipCache.set(ticket, spans);
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

const unplannedCache = new WeakMap<ReadonlyMap<string, Iteration>, WeakMap<Ticket, number>>();

/**
 * From when a ticket counts as unplanned (Version 2 readings): -Infinity when it started less
 * than 48 h after its creation, else the earliest instant it joined an iteration strictly after
 * that iteration's start, else Infinity. A ticket is unplanned in W when this is at or before
 * the end of W. An iteration the input does not know cannot be judged and is skipped.
 */
export function unplannedFrom(ticket: Ticket, iterations: ReadonlyMap<string, Iteration>): number {
	let byTicket = unplannedCache.get(iterations);
	if (!byTicket) {
		byTicket = new WeakMap();
		unplannedCache.set(iterations, byTicket);
	}
	const cached = byTicket.get(ticket);
	if (cached !== undefined) return cached;
	let from = Infinity;
	if (ticket.startedAt !== null && ticket.startedAt - ticket.createdAt < 48 * hourMs) from = -Infinity;
	else {
		for (const [id, spans] of iterationMemberships(ticket)) {
			const iteration = iterations.get(id);
			if (!iteration) continue;
			for (const span of spans) if (span.joinedAt > iteration.startsAt && span.joinedAt < from) from = span.joinedAt;
		}
	}
	byTicket.set(ticket, from);
	return from;
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
