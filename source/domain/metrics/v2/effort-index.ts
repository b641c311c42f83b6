import {categoriesByPosition, operationalCode, strategicCode} from '../categories.js';
import type {WeekContext} from '../context.js';
import {effortSetup, Holdings, type EffortResult} from './effort.js';
import {iterationJoins, type IterationJoins} from './commitment.js';
import type {Iteration, Ticket} from '../../types.js';

/**
 * What effort reads of each ticket, by its place in the ticket array, built once per array
 * at load (compute.ts prepareRelevance), like the relevance index: a week then scans numbers
 * and touches only the tickets in progress on one of its days; who held a ticket that changed
 * hands is read off its assignee changes, numbered here, not replayed from its history. A
 * trend reads eight weeks off the same facts.
 */
export interface EffortFacts {
	/** NaN when never started: no comparison selects it. */
	readonly startedAt: Float64Array;
	/** completedAt, else canceledAt, else Infinity. */
	readonly endedAt: Float64Array;
	readonly createdAt: Float64Array;
	/** The earlier of completedAt and canceledAt, Infinity for neither: open at t when createdAt ≤ t < openUntil (ticket-facts.ts `isOpenAt`). */
	readonly openUntil: Float64Array;
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
	/** The current due date, by position. */
	readonly dueDates: ReadonlyArray<string | null>;
	/** The first due date (ticket-facts.ts `firstDueDate`), by position: the current one for a ticket whose due date never changed. */
	readonly firstDueDates: ReadonlyArray<string | null>;
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
const changesHands = -2;
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
	const assignee = new Int32Array(count);
	const quickStart = new Uint8Array(count);
	const soleHolder = new Int32Array(count);
	const changeStart = new Int32Array(count + 1);
	const changeAt: number[] = [];
	const changeFrom: number[] = [];
	const changeTo: number[] = [];
	const holderIds: string[] = [];
	const keys: string[] = [];
	const dueDates: Array<string | null> = [];
	const firstDueDates: Array<string | null> = [];
	const latestChangeAt = new Float64Array(count);
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
			keys.push('');
			dueDates.push(null);
			firstDueDates.push(null);
			continue;
		}
		keys.push(ticket.key);
		startedAt[position] = ticket.startedAt ?? Number.NaN;
		endedAt[position] = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
		createdAt[position] = ticket.createdAt;
		openUntil[position] = Math.min(ticket.completedAt ?? Infinity, ticket.canceledAt ?? Infinity);
		assignee[position] = numberOf(ticket.assigneeId);
		quickStart[position] = ticket.startedAt !== null && ticket.startedAt - ticket.createdAt < 48 * hourMs ? 1 : 0;
		// The first due date, as `firstDueDate` finds it: the first change's `from`, else the first `to` set.
		let hasDueChanges = false;
		let firstDue: string | null | undefined;
		let until = Math.max(ticket.createdAt, ticket.startedAt ?? -Infinity, ticket.updatedAt);
		for (const event of ticket.history) {
			if (event.at > until) until = event.at;
			if (event.field === 'assignee') {
				changeAt.push(event.at);
				changeFrom.push(numberOf(event.from));
				changeTo.push(numberOf(event.to));
			} else if (event.field === 'dueDate' && firstDue === undefined) {
				if (!hasDueChanges) {
					hasDueChanges = true;
					if (event.from !== null) firstDue = event.from;
				}
				if (firstDue === undefined && event.to !== null) firstDue = event.to;
			}
		}
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
		assignee,
		quickStart,
		soleHolder,
		changeStart,
		changeAt: Float64Array.from(changeAt),
		changeFrom: Int32Array.from(changeFrom),
		changeTo: Int32Array.from(changeTo),
		holderIds,
		keys,
		dueDates,
		firstDueDates,
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

/**
 * When each ticket counts as unplanned (timeline.ts `unplannedFrom`), per ticket array and
 * iteration list, worked out the first time a week holds the ticket (NaN until then): −Infinity
 * for a quick start, else its earliest join of an iteration after that iteration's start, read
 * off the joins numbered at load with the iteration members (commitment.ts), Infinity when none.
 */
interface Unplanned {
	readonly instants: Float64Array;
	/** By the joins' iteration numbers: the iteration's start; NaN for one the list does not know (never judged). */
	readonly startsAt: Float64Array;
}

const unplannedByArray = new WeakMap<readonly Ticket[], WeakMap<ReadonlyMap<string, Iteration>, Unplanned>>();

function unplannedOf(tickets: readonly Ticket[], iterations: ReadonlyMap<string, Iteration>): Unplanned {
	let byIterations = unplannedByArray.get(tickets);
	if (!byIterations) {
		byIterations = new WeakMap();
		unplannedByArray.set(tickets, byIterations);
	}
	const joins = iterationJoins(tickets);
	let unplanned = byIterations.get(iterations);
	if (unplanned?.instants.length !== tickets.length || unplanned.startsAt.length !== joins.iterationIds.length) {
		unplanned = {
			instants: new Float64Array(tickets.length).fill(Number.NaN),
			startsAt: Float64Array.from(joins.iterationIds, (id) => iterations.get(id)?.startsAt ?? Number.NaN),
		};
		byIterations.set(iterations, unplanned);
	}
	return unplanned;
}

function unplannedFromFacts(position: number, facts: EffortFacts, joins: IterationJoins, startsAt: Float64Array): number {
	if (facts.quickStart[position]) return -Infinity;
	let earliest = Infinity;
	const end = joins.joinStart[position + 1] ?? 0;
	for (let join = joins.joinStart[position] ?? 0; join < end; join++) {
		const at = joins.joinedAt[join] ?? Infinity;
		if (at > (startsAt[joins.joinIteration[join] ?? -1] ?? Number.NaN) && at < earliest) earliest = at;
	}
	return earliest;
}

/** categories.ts's codes (unclassified, operational, strategic) as indexes into effort.ts `categories` (operational, strategic, unclassified). */
function effortCategory(code: number): number {
	return code === operationalCode ? 0 : code === strategicCode ? 1 : 2;
}

/**
 * Effort over every ticket of the array, read off its facts: the same figures as
 * `computeEffort` (the replay of every ticket's history the tests keep, test/support/reference-metrics.ts)
 * over the same tickets, the holdings found in the same order: on each day, whoever held the
 * ticket at the day's start, then the `from` and `to` of each change during the day, each once
 * (timeline.ts `assigneesOnDays`).
 */
export function computeEffortIndexed(
	tickets: readonly Ticket[],
	context: WeekContext,
	iterations: ReadonlyMap<string, Iteration>,
	withTickets = false,
): EffortResult {
	const {week, classifications} = context;
	const {people, days, org, reports, firstStart, lastEnd} = effortSetup(context, withTickets);
	const dayCount = days.length;
	if (dayCount === 0) return {org, reports};
	const dayStarts = Float64Array.from(days, (day) => day.startAt);
	const dayEnds = Float64Array.from(days, (day) => day.endAt);

	const facts = effortFacts(tickets);
	const {instants: unplanned, startsAt} = unplannedOf(tickets, iterations);
	const joins = iterationJoins(tickets);
	// The few distinct holders mapped to roster numbers once; -1 = off the roster.
	const rosterNumber = Int32Array.from(facts.holderIds, (id) => people.indexOf.get(id) ?? -1);
	const codes = categoriesByPosition(tickets, classifications);
	const holdings = new Holdings(people.indexOf.size, dayCount);
	const {startedAt, endedAt, soleHolder, changeStart, changeAt, changeFrom, changeTo, keys} = facts;
	// The holders of one day of a ticket that changed hands, as holder numbers.
	const held: number[] = [];
	for (let position = 0; position < tickets.length; position++) {
		const started = startedAt[position] ?? Number.NaN;
		const ended = endedAt[position] ?? Number.NaN;
		if (!(started < lastEnd) || ended < firstStart) continue;
		const holderNumber = soleHolder[position] ?? nobody;
		if (holderNumber === nobody) continue;
		const isSole = holderNumber !== changesHands;
		const sole = isSole ? (rosterNumber[holderNumber] ?? -1) : -1;
		if (isSole && sole < 0) continue;
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const lastChange = changeStart[position + 1] ?? 0;
		let next = changeStart[position] ?? 0;
		// Before its first change, the ticket was with that change's `from`.
		let holder = changeFrom[next] ?? nobody;
		let place = -1;
		for (let day = 0; day < dayCount; day++) {
			if (!(started < (dayEnds[day] ?? 0) && ended >= (dayStarts[day] ?? 0))) continue;
			held.length = 0;
			if (isSole) held.push(holderNumber);
			else {
				// Changes before the day move the holder on; those during it add their `from` and `to`.
				while (next < lastChange && (changeAt[next] ?? Infinity) < (dayStarts[day] ?? 0)) holder = changeTo[next++] ?? nobody;
				if (holder !== nobody) held.push(holder);
				for (let scan = next; scan < lastChange && (changeAt[scan] ?? Infinity) < (dayEnds[day] ?? 0); scan++) {
					const from = changeFrom[scan] ?? nobody;
					const to = changeTo[scan] ?? nobody;
					if (from !== nobody && !held.includes(from)) held.push(from);
					if (to !== nobody && !held.includes(to)) held.push(to);
				}
			}
			for (const each of held) {
				const index = rosterNumber[each] ?? -1;
				if (index < 0) continue;
				if (place < 0) {
					let from = unplanned[position] ?? Number.NaN;
					if (Number.isNaN(from)) {
						from = unplannedFromFacts(position, facts, joins, startsAt);
						unplanned[position] = from;
					}
					place = holdings.ticket(effortCategory(codes[position] ?? 0), from <= week.endAt, keys[position] ?? ticket.key);
				}
				holdings.hold(place, index, day);
			}
		}
	}
	holdings.shareOut(people, org, reports);
	return {org, reports};
}
