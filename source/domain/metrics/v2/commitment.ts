import {localDate} from '../../week.js';
import {completedAtOf} from '../ticket-facts.js';
import {element, type FigureCollector} from './paths.js';
import {isMemberAt, isMemberJustBefore, iterationMemberships, type MembershipSpan} from './timeline.js';
import type {Iteration, Ticket, Week} from '../../types.js';
import type {IterationIntegrity} from './types.js';

/** A ticket with its stretches in one iteration. */
interface Member {
	readonly ticket: Ticket;
	/** The ticket's place in its array. */
	readonly position: number;
	readonly spans: readonly MembershipSpan[];
}

/**
 * Tickets by the iterations they have ever been in, built once per ticket array, like the
 * relevance index: membership is not bounded by time (a ticket can sit in an iteration long
 * after its last change), so every ticket is read once, and only those with an iteration
 * allocate anything.
 */
const memberIndexes = new WeakMap<readonly Ticket[], {readonly count: number; readonly members: ReadonlyMap<string, readonly Member[]>; readonly joins: IterationJoins}>();

/**
 * Every ticket's joins of iterations as numbers by position, built with the members: its joins
 * are [joinStart[p], joinStart[p + 1]) of `joinIteration` (indexes into `iterationIds`) and
 * `joinedAt`, so a week works out whether a ticket was unplanned (effort-index.ts) without
 * reading its history or its spans again.
 */
export interface IterationJoins {
	readonly joinStart: Int32Array;
	readonly joinIteration: Int32Array;
	readonly joinedAt: Float64Array;
	readonly iterationIds: readonly string[];
}

function buildMembers(tickets: readonly Ticket[]): {readonly count: number; readonly members: ReadonlyMap<string, readonly Member[]>; readonly joins: IterationJoins} {
	const members = new Map<string, Member[]>();
	const joinStart = new Int32Array(tickets.length + 1);
	const joinIteration: number[] = [];
	const joinedAt: number[] = [];
	const iterationIds: string[] = [];
	const numbers = new Map<string, number>();
	for (let position = 0; position < tickets.length; position++) {
		joinStart[position] = joinedAt.length;
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		for (const [id, spans] of iterationMemberships(ticket) ?? []) {
			const list = members.get(id) ?? [];
			list.push({ticket, position, spans});
			members.set(id, list);
			let number = numbers.get(id);
			if (number === undefined) {
				number = iterationIds.push(id) - 1;
				numbers.set(id, number);
			}
			for (const span of spans) {
				joinIteration.push(number);
				joinedAt.push(span.joinedAt);
			}
		}
	}
	joinStart[tickets.length] = joinedAt.length;
	return {count: tickets.length, members, joins: {joinStart, joinIteration: Int32Array.from(joinIteration), joinedAt: Float64Array.from(joinedAt), iterationIds}};
}

function memberIndex(tickets: readonly Ticket[]): {readonly members: ReadonlyMap<string, readonly Member[]>; readonly joins: IterationJoins} {
	const cached = memberIndexes.get(tickets);
	// A caller that grew the array after a first read gets a fresh index, not a partial one.
	if (cached?.count === tickets.length) return cached;
	const index = buildMembers(tickets);
	memberIndexes.set(tickets, index);
	return index;
}

export function membersByIteration(tickets: readonly Ticket[]): ReadonlyMap<string, readonly Member[]> {
	return memberIndex(tickets).members;
}

export function iterationJoins(tickets: readonly Ticket[]): IterationJoins {
	return memberIndex(tickets).joins;
}

/**
 * The iterations W reports on (Version 2 readings): those completed in W, and those running
 * at the end of W (started inside W's end and by asOf(W), not completed before the end of W), read at the end of W.
 */
export function iterationsOfWeek(iterations: readonly Iteration[], week: Week, asOf: number): Array<{readonly iteration: Iteration; readonly running: boolean; readonly endAt: number}> {
	const selected: Array<{iteration: Iteration; running: boolean; endAt: number}> = [];
	for (const iteration of iterations) {
		const {completedAt} = iteration;
		if (completedAt !== null && completedAt >= week.startAt && completedAt < week.endAt) selected.push({iteration, running: false, endAt: completedAt});
		else if (iteration.startsAt < week.endAt && iteration.startsAt <= asOf && (completedAt === null || completedAt >= week.endAt)) selected.push({iteration, running: true, endAt: week.endAt});
	}
	return selected.sort(
		(a, b) => a.iteration.startsAt - b.iteration.startsAt || (a.iteration.team ?? '').localeCompare(b.iteration.team ?? '') || a.iteration.name.localeCompare(b.iteration.name),
	);
}

/** Completed while in the iteration, by its end (canceled tickets are never completed). */
function isCompletedWhileIn(ticket: Ticket, spans: readonly MembershipSpan[], endAt: number): boolean {
	const completedAt = completedAtOf(ticket);
	return completedAt !== null && completedAt <= endAt && isMemberAt(spans, completedAt);
}

export interface IterationSets {
	readonly planned: readonly Ticket[];
	readonly added: readonly Ticket[];
	readonly removed: readonly Ticket[];
	readonly completedPlanned: readonly Ticket[];
}

/**
 * Commitment integrity of one iteration ending at `endAt` (metrics.md Version 2): `planned`
 * in it at its start instant; `added` joined strictly after its start, by its end (a planned
 * ticket that leaves and comes back stays planned); `removed` planned or added, not in it just
 * before its end, never completed while in it; `completedPlanned` planned and completed while
 * in it by its end.
 */
export function iterationSets(iteration: Iteration, endAt: number, members: readonly Member[]): IterationSets {
	const planned: Ticket[] = [];
	const added: Ticket[] = [];
	const removed: Ticket[] = [];
	const completedPlanned: Ticket[] = [];
	for (const {ticket, spans} of members) {
		const isPlanned = isMemberAt(spans, iteration.startsAt);
		const isAdded = !isPlanned && spans.some((span) => span.joinedAt > iteration.startsAt && span.joinedAt <= endAt);
		if (!isPlanned && !isAdded) continue;
		(isPlanned ? planned : added).push(ticket);
		const isCompleted = isCompletedWhileIn(ticket, spans, endAt);
		if (isPlanned && isCompleted) completedPlanned.push(ticket);
		if (!isCompleted && !isMemberJustBefore(spans, endAt)) removed.push(ticket);
	}
	return {planned, added, removed, completedPlanned};
}

export function computeCommitment(tickets: readonly Ticket[], iterations: readonly Iteration[], week: Week, asOf: number, figures?: FigureCollector): IterationIntegrity[] {
	const index = membersByIteration(tickets);
	return iterationsOfWeek(iterations, week, asOf).map(({iteration, running, endAt}) => {
		const sets = iterationSets(iteration, endAt, index.get(iteration.id) ?? []);
		const planned = sets.planned.length;
		if (figures) {
			const prefix = element('iterations', iteration.id);
			const keys = (list: readonly Ticket[]): string[] => list.map((ticket) => ticket.key);
			// Each list's keys read once: one list serves several paths (paths.ts).
			const plannedKeys = keys(sets.planned);
			const addedKeys = keys(sets.added);
			figures.addAll(`${prefix}.planned`, plannedKeys);
			figures.addAll(`${prefix}.added`, addedKeys);
			figures.addAll(`${prefix}.removed`, keys(sets.removed));
			figures.addAll(`${prefix}.completedPlanned`, keys(sets.completedPlanned));
			figures.addAll(`${prefix}.planningAccuracy`, plannedKeys);
			figures.addAll(`${prefix}.scopeChange`, plannedKeys.concat(addedKeys));
		}
		return {
			id: iteration.id,
			name: iteration.name,
			team: iteration.team,
			start: localDate(iteration.startsAt, week.timezone),
			// The last day: of the completion, or the planned last day while running (endsAt is exclusive).
			end: localDate((running ? iteration.endsAt : endAt) - 1, week.timezone),
			running,
			planned,
			added: sets.added.length,
			removed: sets.removed.length,
			completedPlanned: sets.completedPlanned.length,
			planningAccuracy: planned === 0 ? null : sets.completedPlanned.length / planned,
			scopeChange: planned === 0 ? null : (sets.added.length + sets.removed.length) / planned,
		};
	});
}
