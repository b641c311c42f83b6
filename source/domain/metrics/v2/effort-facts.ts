import {latestChangeAtLate} from './late-replay.js';
import type {Ticket} from '../../types.js';

/**
 * What effort and open work read of each ticket, by its place in the ticket array, built once
 * per array at load (compute.ts prepareRelevance), like the relevance index: a week then scans
 * numbers and touches only the tickets in progress on one of its days (effort-index.ts) or open
 * at its end (open-work.ts); who held a ticket that changed hands is read off its assignee
 * changes, numbered here, not replayed from its history. A trend reads eight weeks off the
 * same facts.
 */
export interface EffortFacts {
	/** NaN when never started: no comparison selects it. */
	readonly startedAt: Float64Array;
	/** completedAt, else canceledAt, else Infinity. */
	readonly endedAt: Float64Array;
	readonly createdAt: Float64Array;
	/** The earlier of completedAt and canceledAt, Infinity for neither: open at t when createdAt ≤ t < openUntil (ticket-facts.ts `isOpenAt`). */
	readonly openUntil: Float64Array;
	/** ticket-facts.ts `completedAtOf`: NaN when not completed, or canceled. */
	readonly completedAt: Float64Array;
	/** The current assignee, as an index into `holderIds`; `nobody` for none. */
	readonly assignee: Int32Array;
	/** Started less than 48 h after creation (timeline.ts `unplannedFrom`): 1, else 0. */
	readonly quickStart: Uint8Array;
	/** The one holder of a ticket whose assignee never changed, as an index into `holderIds`; `nobody` or `changesHands` otherwise. */
	readonly soleHolder: Int32Array;
	/**
	 * A ticket that changes hands: its assignee changes, oldest first, are
	 * [changeStart[p], changeStart[p + 1]) of `changeAt`, `changeFrom`, `changeTo` (holder numbers, `nobody` for null).
	 */
	readonly changeStart: Int32Array;
	readonly changeAt: Float64Array;
	readonly changeFrom: Int32Array;
	readonly changeTo: Int32Array;
	readonly holderIds: readonly string[];
	/** Each ticket's key: a week lists the tickets behind its figures without reading the ticket objects. */
	readonly keys: readonly string[];
	/** Each ticket's id, for the same reason (version 1's allocation and delegation, compute.ts). */
	readonly ids: readonly string[];
	/** The current due date, by position. */
	readonly dueDates: ReadonlyArray<string | null>;
	/** The first due date (ticket-facts.ts `firstDueDate`), by position: the current one for a ticket whose due date never changed. */
	readonly firstDueDates: ReadonlyArray<string | null>;
	/** The instant of the last due-date change, -Infinity for none: at an instant from then on, `dueDates` is the due date (ticket-facts.ts `dueDateAt`). */
	readonly lastDueChangeAt: Float64Array;
	/**
	 * The latest of creation, the last history event, the start and the update (late-replay.ts
	 * `latestChangeAtLate` at any instant after `changesUntil`), and the latest instant of all of
	 * them, every history event included: at an instant from `changesUntil` on, the first is the
	 * answer without reading the ticket.
	 */
	readonly latestChangeAt: Float64Array;
	readonly changesUntil: Float64Array;
}

/** A holder number for nobody. */
export const nobody = -1;
/** A soleHolder value for a ticket that changed hands. */
export const changesHands = -2;
const hourMs = 60 * 60 * 1000;
const factsByArray = new WeakMap<readonly Ticket[], EffortFacts>();

export function effortFacts(tickets: readonly Ticket[]): EffortFacts {
	const cached = factsByArray.get(tickets);
	// A caller that grew the array after a first read gets fresh facts, not partial ones.
	if (cached?.startedAt.length === tickets.length) return cached;
	const count = tickets.length;
	const startedAt = new Float64Array(count);
	const endedAt = new Float64Array(count);
	const createdAt = new Float64Array(count);
	const openUntil = new Float64Array(count);
	const completedAt = new Float64Array(count);
	const assignee = new Int32Array(count);
	const quickStart = new Uint8Array(count);
	const soleHolder = new Int32Array(count);
	const changeStart = new Int32Array(count + 1);
	const changeAt: number[] = [];
	const changeFrom: number[] = [];
	const changeTo: number[] = [];
	const holderIds: string[] = [];
	const keys: string[] = [];
	const ids: string[] = [];
	const dueDates: Array<string | null> = [];
	const firstDueDates: Array<string | null> = [];
	const latestChangeAt = new Float64Array(count);
	const lastDueChangeAt = new Float64Array(count).fill(-Infinity);
	const changesUntil = new Float64Array(count);
	const holderNumbers = new Map<string, number>();
	const numberOf = (id: string | null): number => {
		if (id === null) return nobody;
		let number = holderNumbers.get(id);
		if (number === undefined) {
			number = holderIds.length;
			holderIds.push(id);
			holderNumbers.set(id, number);
		}
		return number;
	};
	for (let position = 0; position < count; position++) {
		changeStart[position] = changeAt.length;
		const ticket = tickets[position];
		if (ticket === undefined) {
			startedAt[position] = Number.NaN;
			completedAt[position] = Number.NaN;
			keys.push('');
			ids.push('');
			dueDates.push(null);
			firstDueDates.push(null);
			continue;
		}
		keys.push(ticket.key);
		ids.push(ticket.id);
		startedAt[position] = ticket.startedAt ?? Number.NaN;
		endedAt[position] = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
		createdAt[position] = ticket.createdAt;
		openUntil[position] = Math.min(ticket.completedAt ?? Infinity, ticket.canceledAt ?? Infinity);
		completedAt[position] = ticket.canceledAt === null ? (ticket.completedAt ?? Number.NaN) : Number.NaN;
		assignee[position] = numberOf(ticket.assigneeId);
		quickStart[position] = ticket.startedAt !== null && ticket.startedAt - ticket.createdAt < 48 * hourMs ? 1 : 0;
		// The first due date, as `firstDueDate` finds it: the first change's `from`, else the first `to` set.
		let hasDueChanges = false;
		let firstDue: string | null | undefined;
		let lastDueChange = -Infinity;
		let until = Math.max(ticket.createdAt, ticket.startedAt ?? -Infinity, ticket.updatedAt);
		for (const event of ticket.history) {
			if (event.at > until) until = event.at;
			if (event.field === 'assignee') {
				changeAt.push(event.at);
				changeFrom.push(numberOf(event.from));
				changeTo.push(numberOf(event.to));
			} else if (event.field === 'dueDate') {
				if (event.at > lastDueChange) lastDueChange = event.at;
				if (firstDue !== undefined) continue;
				if (!hasDueChanges) {
					hasDueChanges = true;
					if (event.from !== null) firstDue = event.from;
				}
				if (firstDue === undefined && event.to !== null) firstDue = event.to;
			}
		}
		lastDueChangeAt[position] = lastDueChange;
		dueDates.push(ticket.dueDate);
		firstDueDates.push(hasDueChanges ? (firstDue ?? null) : ticket.dueDate);
		changesUntil[position] = until;
		latestChangeAt[position] = Math.max(ticket.createdAt, ticket.history.at(-1)?.at ?? -Infinity, ticket.startedAt ?? -Infinity, ticket.updatedAt);
		soleHolder[position] = changeAt.length > (changeStart[position] ?? 0) ? changesHands : (assignee[position] ?? nobody);
	}
	changeStart[count] = changeAt.length;
	const facts = {
		startedAt,
		endedAt,
		createdAt,
		openUntil,
		completedAt,
		assignee,
		quickStart,
		soleHolder,
		changeStart,
		changeAt: Float64Array.from(changeAt),
		changeFrom: Int32Array.from(changeFrom),
		changeTo: Int32Array.from(changeTo),
		holderIds,
		keys,
		ids,
		dueDates,
		firstDueDates,
		lastDueChangeAt,
		latestChangeAt,
		changesUntil,
	};
	factsByArray.set(tickets, facts);
	return facts;
}

/** The assignee at the instant, as a holder number: the `from` of the first assignee change after it, else the current one (late-replay.ts `assigneeAtLate`). */
export function holderAt(facts: EffortFacts, position: number, instant: number): number {
	let holder = facts.assignee[position] ?? nobody;
	const first = facts.changeStart[position] ?? 0;
	for (let change = (facts.changeStart[position + 1] ?? 0) - 1; change >= first && (facts.changeAt[change] ?? -Infinity) > instant; change--) holder = facts.changeFrom[change] ?? nobody;
	return holder;
}

/** The assignee's id at the instant (ticket-facts.ts `assigneeAt`), read off the numbered assignee changes. */
export function holderIdAt(facts: EffortFacts, position: number, instant: number): string | null {
	const holder = holderAt(facts, position, instant);
	return holder === nobody ? null : (facts.holderIds[holder] ?? null);
}

/** Canceled now (ticket-facts.ts `isCanceled`): ended, yet not completed — a ticket both completed and canceled counts as canceled, as `completedAtOf` says. */
export function isCanceledAt(facts: EffortFacts, position: number): boolean {
	return Number.isNaN(facts.completedAt[position] ?? Number.NaN) && (facts.endedAt[position] ?? Infinity) !== Infinity;
}

/** The latest change at or before the instant (ticket-facts.ts `latestChangeAt`): off the facts once every change of the ticket is by then, else replayed from the end of its history. */
export function latestChangeAtOf(facts: EffortFacts, position: number, ticket: Ticket, instant: number): number {
	return (facts.changesUntil[position] ?? Infinity) <= instant ? (facts.latestChangeAt[position] ?? Number.NaN) : latestChangeAtLate(ticket, instant);
}
