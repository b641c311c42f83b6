import {categoryOf, type WeekContext} from '../context.js';
import {effortSetup, Holdings, type EffortResult} from './effort.js';
import {assigneesOnDays, unplannedFrom} from './timeline.js';
import type {Iteration, Ticket} from '../../types.js';

/**
 * What effort reads of each ticket, by its place in the ticket array, built once per array
 * at load (compute.ts prepareRelevance), like the relevance index: a week then scans numbers
 * and touches only the tickets in progress on one of its days, and replays the history of
 * only those that changed hands. A trend reads eight weeks off the same facts.
 */
interface EffortFacts {
	/** NaN when never started: no comparison selects it. */
	readonly startedAt: Float64Array;
	/** completedAt, else canceledAt, else Infinity. */
	readonly endedAt: Float64Array;
	/** The one holder of a ticket whose assignee never changed, as an index into `holderIds`; `nobody` or `changesHands` otherwise. */
	readonly soleHolder: Int32Array;
	readonly holderIds: readonly string[];
}

const nobody = -1;
const changesHands = -2;
const factsByArray = new WeakMap<readonly Ticket[], EffortFacts>();

function hasAssigneeChange(ticket: Ticket): boolean {
	for (const event of ticket.history) if (event.field === 'assignee') return true;
	return false;
}

export function effortFacts(tickets: readonly Ticket[]): EffortFacts {
	const cached = factsByArray.get(tickets);
	// A caller that grew the array after a first read gets fresh facts, not partial ones.
	if (cached?.startedAt.length === tickets.length) return cached;
	const count = tickets.length;
	const startedAt = new Float64Array(count);
	const endedAt = new Float64Array(count);
	const soleHolder = new Int32Array(count);
	const holderIds: string[] = [];
	const holderNumbers = new Map<string, number>();
	for (let position = 0; position < count; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) {
			startedAt[position] = Number.NaN;
			continue;
		}
		startedAt[position] = ticket.startedAt ?? Number.NaN;
		endedAt[position] = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
		const {assigneeId} = ticket;
		if (hasAssigneeChange(ticket)) soleHolder[position] = changesHands;
		else if (assigneeId === null) soleHolder[position] = nobody;
		else {
			let number = holderNumbers.get(assigneeId);
			if (number === undefined) {
				number = holderIds.length;
				holderIds.push(assigneeId);
				holderNumbers.set(assigneeId, number);
			}
			soleHolder[position] = number;
		}
	}
	const facts = {startedAt, endedAt, soleHolder, holderIds};
	factsByArray.set(tickets, facts);
	return facts;
}

/**
 * When each ticket counts as unplanned (timeline.ts `unplannedFrom`), per ticket array and
 * iteration list, worked out for a ticket the first time a week holds it (NaN until then).
 */
const unplannedByArray = new WeakMap<readonly Ticket[], WeakMap<ReadonlyMap<string, Iteration>, Float64Array>>();

function unplannedInstants(tickets: readonly Ticket[], iterations: ReadonlyMap<string, Iteration>): Float64Array {
	let byIterations = unplannedByArray.get(tickets);
	if (!byIterations) {
		byIterations = new WeakMap();
		unplannedByArray.set(tickets, byIterations);
	}
	let instants = byIterations.get(iterations);
	if (instants?.length !== tickets.length) {
		instants = new Float64Array(tickets.length).fill(Number.NaN);
		byIterations.set(iterations, instants);
	}
	return instants;
}

/**
 * Effort over every ticket of the array, read off its facts: the same figures as
 * `computeEffort` (the replay of every ticket's history the tests keep, test/support/reference-metrics.ts)
 * over the same tickets, the holdings found in the same order.
 */
export function computeEffortIndexed(tickets: readonly Ticket[], context: WeekContext, iterations: ReadonlyMap<string, Iteration>, withTickets = false): EffortResult {
	const {week, classifications} = context;
	const {people, days, org, reports, firstStart, lastEnd} = effortSetup(context, withTickets);
	const dayCount = days.length;
	if (dayCount === 0) return {org, reports};
	const dayStarts = Float64Array.from(days, (day) => day.startAt);
	const dayEnds = Float64Array.from(days, (day) => day.endAt);

	const facts = effortFacts(tickets);
	const unplanned = unplannedInstants(tickets, iterations);
	// The few distinct sole holders mapped to roster numbers once; -1 = off the roster.
	const rosterNumber = Int32Array.from(facts.holderIds, (id) => people.indexOf.get(id) ?? -1);
	const holdings = new Holdings(people.indexOf.size, dayCount);
	const {startedAt, endedAt, soleHolder} = facts;
	for (let position = 0; position < tickets.length; position++) {
		const started = startedAt[position] ?? Number.NaN;
		const ended = endedAt[position] ?? Number.NaN;
		if (!(started < lastEnd) || ended < firstStart) continue;
		const holderNumber = soleHolder[position] ?? nobody;
		if (holderNumber === nobody) continue;
		const sole = holderNumber === changesHands ? -1 : (rosterNumber[holderNumber] ?? -1);
		if (holderNumber !== changesHands && sole < 0) continue;
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const holders = holderNumber === changesHands ? assigneesOnDays(ticket, days) : null;
		let place = -1;
		for (let day = 0; day < dayCount; day++) {
			if (!(started < (dayEnds[day] ?? 0) && ended >= (dayStarts[day] ?? 0))) continue;
			const onDay = Array.isArray(holders) ? holders[day] : undefined;
			const count = onDay === undefined ? 1 : onDay.length;
			for (let which = 0; which < count; which++) {
				const index = onDay === undefined ? sole : (people.indexOf.get(onDay[which] ?? '') ?? -1);
				if (index < 0) continue;
				if (place < 0) {
					let from = unplanned[position] ?? Number.NaN;
					if (Number.isNaN(from)) {
						from = unplannedFrom(ticket, iterations);
						unplanned[position] = from;
					}
					place = holdings.ticket(ticket, categoryOf(ticket, classifications), from <= week.endAt);
				}
				holdings.hold(place, index, day);
			}
		}
	}
	holdings.shareOut(people, org, reports);
	return {org, reports};
}
