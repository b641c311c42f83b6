import {completedAtOf} from '../ticket-facts.js';
import {assigneeAtLate} from './late-replay.js';
import type {Ticket} from '../../types.js';

/**
 * Every completed ticket of a ticket array, by completion time, with its cycle time and who
 * held it at completion: what each week's cycle-time sample (12 weeks of completions, most of
 * a store) is cut from. Built once per array, like the relevance index, so a week pays for a
 * binary search and the sample's own sort, not for replaying thousands of histories.
 */
export interface CompletionIndex {
	/** Completion instants, ascending. */
	readonly completedAt: Float64Array;
	/** Cycle times in fractional days; NaN for a ticket completed without ever starting. */
	readonly cycleDays: Float64Array;
	/** The assignee at completion, numbered: an index into `holders`; -1 for nobody. */
	readonly holder: Int32Array;
	/** The distinct assignees at completion: a week maps these few to the roster, not every completion. */
	readonly holders: readonly string[];
	readonly tickets: readonly Ticket[];
	/** The positions with a cycle time, shortest first: a week's samples are cut from it already sorted. */
	readonly byCycleDays: Uint32Array;
	/** Each completed ticket's holder at completion, by the ticket: responders read a theme's tickets' without their histories. */
	readonly holderOf: ReadonlyMap<Ticket, string | null>;
}

const dayMs = 24 * 60 * 60 * 1000;
const indexes = new WeakMap<readonly Ticket[], CompletionIndex>();

export function completionIndex(tickets: readonly Ticket[]): CompletionIndex {
	const cached = indexes.get(tickets);
	if (cached) return cached;
	const completed: Ticket[] = [];
	const instants: number[] = [];
	for (const ticket of tickets) {
		const at = completedAtOf(ticket);
		if (at === null) continue;
		completed.push(ticket);
		instants.push(at);
	}
	const order = Uint32Array.from(completed.keys()).sort((a, b) => (instants[a] ?? 0) - (instants[b] ?? 0));
	const count = order.length;
	const completedAt = new Float64Array(count);
	const cycleDays = new Float64Array(count);
	const holder = new Int32Array(count);
	const holders: string[] = [];
	const numbers = new Map<string, number>();
	const sorted: Ticket[] = [];
	const holderOf = new Map<Ticket, string | null>();
	for (let position = 0; position < count; position++) {
		const ticket = completed[order[position] ?? 0];
		if (!ticket) continue;
		const at = instants[order[position] ?? 0] ?? 0;
		completedAt[position] = at;
		cycleDays[position] = ticket.startedAt === null ? Number.NaN : (at - ticket.startedAt) / dayMs;
		const person = assigneeAtLate(ticket, at);
		let number = person === null ? -1 : numbers.get(person);
		if (number === undefined && person !== null) {
			number = holders.length;
			holders.push(person);
			numbers.set(person, number);
		}
		holder[position] = number ?? -1;
		// The holder's one string of `holders`, not each ticket's copy: responders group a theme's
		// tickets by it, and a map finds the same string object at once, a copy only by its text.
		holderOf.set(ticket, number === undefined || number < 0 ? person : (holders[number] ?? person));
		sorted.push(ticket);
	}
	const timed = Uint32Array.from(cycleDays.keys()).filter((position) => !Number.isNaN(cycleDays[position] ?? Number.NaN));
	const byCycleDays = timed.sort((a, b) => (cycleDays[a] ?? 0) - (cycleDays[b] ?? 0));
	const index = {completedAt, cycleDays, holder, holders, tickets: sorted, byCycleDays, holderOf};
	indexes.set(tickets, index);
	return index;
}

/** The first position completed at or after `instant`. */
export function firstCompletedFrom(index: CompletionIndex, instant: number): number {
	let low = 0;
	let high = index.completedAt.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((index.completedAt[middle] ?? Infinity) >= instant) high = middle;
		else low = middle + 1;
	}
	return low;
}
