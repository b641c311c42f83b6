import type {Ticket} from '../types.js';

/**
 * Which tickets can change a week's figures, so each week reads those and not the whole
 * store (issue 8). Every metric of W reads a ticket only through one of:
 *
 * - an instant of the ticket's life near W: created, started, completed or canceled in W,
 *   active in W, open as of asOf(W), a history change during W (delegation events,
 *   taken back, postponements), a blocked spell overlapping W;
 * - a due-date value in W: the current one (`due`) or the first one (`committed`), which
 *   is the current value or a `from` / `to` of a due-date change. Predictability reads
 *   nothing else but due-date changes during W (postponements), so it gets a list of its own;
 * - for themes only, a completion in the four weeks up to W (`ticketsCompletedBetween`).
 *
 * The first kind is covered by one span per ticket: from its earliest to its latest known
 * instant, unbounded while it is neither completed nor canceled or a blocked spell is still
 * open. A span is wider than the ticket's busy moments, so the selection may hold tickets a
 * week then ignores; it never leaves out one the week counts. The index is built once per
 * ticket array: a trend reads eight weeks off the same array.
 */
interface RelevanceIndex {
	readonly spanStart: Float64Array;
	readonly spanEnd: Float64Array;
	/** NaN when not completed, so no comparison selects it. */
	readonly completedAt: Float64Array;
	/** The first and last due-date change; NaN when it has none. */
	readonly dueChangeStart: Float64Array;
	readonly dueChangeEnd: Float64Array;
	/** Every due-date value the ticket ever had; the same empty array when none. */
	readonly dueDates: ReadonlyArray<readonly string[]>;
}

const noDueDates: readonly string[] = [];
const indexes = new WeakMap<readonly Ticket[], RelevanceIndex>();

function addDueDate(dueDates: string[] | null, value: string | null): string[] | null {
	if (value === null || dueDates?.includes(value)) return dueDates;
	if (dueDates === null) return [value];
	dueDates.push(value);
	return dueDates;
}

/** One pass over each ticket and its history: the index is paid once per array, by the first week read. */
function relevanceIndex(tickets: readonly Ticket[]): RelevanceIndex {
	const cached = indexes.get(tickets);
	// A caller that grew the array after a first read gets a fresh index, not a partial one.
	if (cached?.spanStart.length === tickets.length) return cached;
	const spanStart = new Float64Array(tickets.length);
	const spanEnd = new Float64Array(tickets.length);
	const completedAt = new Float64Array(tickets.length);
	const dueChangeStart = new Float64Array(tickets.length).fill(Number.NaN);
	const dueChangeEnd = new Float64Array(tickets.length).fill(Number.NaN);
	const dueDates = new Array<readonly string[]>(tickets.length).fill(noDueDates);
	for (let position = 0; position < tickets.length; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		let start = ticket.createdAt;
		let end = ticket.createdAt;
		for (const instant of [ticket.startedAt, ticket.completedAt, ticket.canceledAt]) {
			if (instant === null) continue;
			if (instant < start) start = instant;
			if (instant > end) end = instant;
		}

		let isUnbounded = ticket.completedAt === null && ticket.canceledAt === null;
		let ticketDueDates = ticket.dueDate === null ? null : [ticket.dueDate];
		for (const event of ticket.history) {
			if (event.at < start) start = event.at;
			if (event.at > end) end = event.at;
			if (event.field !== 'dueDate') continue;
			if (!(event.at >= (dueChangeStart[position] ?? Number.NaN))) dueChangeStart[position] = event.at;
			if (!(event.at <= (dueChangeEnd[position] ?? Number.NaN))) dueChangeEnd[position] = event.at;
			ticketDueDates = addDueDate(addDueDate(ticketDueDates, event.from), event.to);
		}

		for (const spell of ticket.blockedSpells) {
			if (spell.start < start) start = spell.start;
			if (spell.start > end) end = spell.start;
			if (spell.end === null) isUnbounded = true;
			else if (spell.end > end) end = spell.end;
		}

		spanStart[position] = start;
		spanEnd[position] = isUnbounded ? Number.POSITIVE_INFINITY : end;
		completedAt[position] = ticket.completedAt ?? Number.NaN;
		if (ticketDueDates !== null) dueDates[position] = ticketDueDates;
	}

	const index = {spanStart, spanEnd, completedAt, dueChangeStart, dueChangeEnd, dueDates};
	indexes.set(tickets, index);
	return index;
}

export interface RelevanceWindow {
	/** The span's instants: a ticket whose span meets [from, to] (both inclusive) is kept. */
	readonly from: number;
	readonly to: number;
	/** Due-date values between these calendar dates (inclusive) keep a ticket. */
	readonly firstDate: string;
	readonly lastDate: string;
}

function hasDateBetween(dates: readonly string[], first: string, last: string): boolean {
	for (const date of dates) if (date >= first && date <= last) return true;
	return false;
}

export interface RelevantTickets {
	/** Whose span meets the window or with a due-date value in it: what every metric but themes reads. */
	readonly tickets: Ticket[];
	/** Of those, the ones with a due-date value or a due-date change in the window: what predictability reads. */
	readonly dueTickets: Ticket[];
}

/** The tickets that may touch the window, in their original order (lists keep their order). */
export function relevantTickets(tickets: readonly Ticket[], window: RelevanceWindow): RelevantTickets {
	const {spanStart, spanEnd, dueChangeStart, dueChangeEnd, dueDates} = relevanceIndex(tickets);
	const {from, to, firstDate, lastDate} = window;
	const relevant: Ticket[] = [];
	const dueRelevant: Ticket[] = [];
	for (let position = 0; position < tickets.length; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const isDueRelevant =
			hasDateBetween(dueDates[position] ?? noDueDates, firstDate, lastDate) ||
			((dueChangeStart[position] ?? Number.NaN) <= to && (dueChangeEnd[position] ?? Number.NaN) >= from);
		if (isDueRelevant) dueRelevant.push(ticket);
		if (isDueRelevant || ((spanStart[position] ?? Number.NaN) <= to && (spanEnd[position] ?? Number.NaN) >= from)) relevant.push(ticket);
	}

	return {tickets: relevant, dueTickets: dueRelevant};
}

/** Tickets completed in [from, to] (both inclusive; canceled ones too), in their original order. */
export function ticketsCompletedBetween(tickets: readonly Ticket[], from: number, to: number): Ticket[] {
	const {completedAt} = relevanceIndex(tickets);
	const completed: Ticket[] = [];
	for (let position = 0; position < tickets.length; position++) {
		const at = completedAt[position] ?? Number.NaN;
		const ticket = tickets[position];
		if (at >= from && at <= to && ticket !== undefined) completed.push(ticket);
	}

	return completed;
}
