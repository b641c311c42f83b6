import {categoriesByPosition, operationalCode, strategicCode} from '../categories.js';
import type {WeekContext} from '../context.js';
import {relevantTickets, weekWindow} from '../relevance.js';
import {effortSetup, Holdings, type EffortResult} from './effort.js';
import {iterationJoins, type IterationJoins} from './commitment.js';
import {changesHands, effortFacts, nobody, type EffortFacts} from './effort-facts.js';
import type {Iteration, Ticket} from '../../types.js';

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
	const holdings = new Holdings(people.count, dayCount);
	const {startedAt, endedAt, soleHolder, changeStart, changeAt, changeFrom, changeTo, keys} = facts;
	// The holders of one day of a ticket that changed hands, as holder numbers.
	const held: number[] = [];
	// A ticket's place in the holdings, on its first holding (what counts it as unplanned is worked out then).
	const register = (position: number, key: string): number => {
		let from = unplanned[position] ?? Number.NaN;
		if (Number.isNaN(from)) {
			from = unplannedFromFacts(position, facts, joins, startsAt);
			unplanned[position] = from;
		}
		return holdings.ticket(effortCategory(codes[position] ?? 0), from <= week.endAt, key);
	};
	// Only a ticket whose span meets W's window can be in progress on a day of W (relevance.ts
	// `weekWindow`): its positions, ascending, kept for the week's other readers, hold the same
	// tickets in the same order as every position would, at a fraction of the store.
	const {positions} = relevantTickets(tickets, weekWindow(week, context.asOf));
	for (let at = 0; at < positions.length; at++) {
		const position = positions[at] ?? -1;
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
		const key = keys[position] ?? ticket.key;
		let place = -1;
		if (isSole) {
			// Most tickets never change hands: one holder on every day they are in progress.
			for (let day = 0; day < dayCount; day++) {
				if (!(started < (dayEnds[day] ?? 0) && ended >= (dayStarts[day] ?? 0))) continue;
				if (place < 0) place = register(position, key);
				holdings.hold(place, sole, day);
			}
			continue;
		}
		const lastChange = changeStart[position + 1] ?? 0;
		let next = changeStart[position] ?? 0;
		// Before its first change, the ticket was with that change's `from`.
		let holder = changeFrom[next] ?? nobody;
		for (let day = 0; day < dayCount; day++) {
			if (!(started < (dayEnds[day] ?? 0) && ended >= (dayStarts[day] ?? 0))) continue;
			held.length = 0;
			// Changes before the day move the holder on; those during it add their `from` and `to`.
			while (next < lastChange && (changeAt[next] ?? Infinity) < (dayStarts[day] ?? 0)) holder = changeTo[next++] ?? nobody;
			if (holder !== nobody) held.push(holder);
			for (let scan = next; scan < lastChange && (changeAt[scan] ?? Infinity) < (dayEnds[day] ?? 0); scan++) {
				const from = changeFrom[scan] ?? nobody;
				const to = changeTo[scan] ?? nobody;
				if (from !== nobody && !held.includes(from)) held.push(from);
				if (to !== nobody && !held.includes(to)) held.push(to);
			}
			for (const each of held) {
				const index = rosterNumber[each] ?? -1;
				if (index < 0) continue;
				if (place < 0) place = register(position, key);
				holdings.hold(place, index, day);
			}
		}
	}
	holdings.shareOut(people, org, reports);
	return {org, reports};
}
