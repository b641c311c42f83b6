import type {Ticket, Week} from '../types.js';

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
 * open. The second by the range from its earliest to its latest due-date value, as day
 * numbers (YYYYMMDD). Both are wider than the ticket's busy moments, so the selection may
 * hold tickets a week then ignores; it never leaves out one the week counts. The index is
 * built once per ticket array, in one pass with no allocation per ticket: a trend reads
 * eight weeks off the same array, and the first week read pays for it.
 */
interface RelevanceIndex {
	readonly spanStart: Float64Array;
	readonly spanEnd: Float64Array;
	/** NaN when not completed, so no comparison selects it. */
	readonly completedAt: Float64Array;
	/** The first and last due-date change; NaN when it has none. */
	readonly dueChangeStart: Float64Array;
	readonly dueChangeEnd: Float64Array;
	/** The earliest and latest due-date value it ever had, as YYYYMMDD; Infinity and -Infinity when none. */
	readonly dueDayMin: Float64Array;
	readonly dueDayMax: Float64Array;
	/** 1 when the ticket has a blocked spell: blockers reads no other. */
	readonly hasSpells: Uint8Array;
}

const indexes = new WeakMap<readonly Ticket[], RelevanceIndex>();

/** "2026-11-18" → 20261118: calendar dates compare as numbers in the same order as strings. */
export function dayNumber(date: string): number {
	return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/**
 * Builds the index of a ticket array now rather than on the first week read: the review does
 * it while it loads (with classification), so asking for a week — the first one included —
 * costs the week alone. Calling it again for the same array does nothing.
 */
export function prepareRelevance(tickets: readonly Ticket[]): void {
	relevanceIndex(tickets);
}

function relevanceIndex(tickets: readonly Ticket[]): RelevanceIndex {
	const cached = indexes.get(tickets);
	// A caller that grew the array after a first read gets a fresh index, not a partial one.
	if (cached?.spanStart.length === tickets.length) return cached;
	const count = tickets.length;
	const spanStart = new Float64Array(count);
	const spanEnd = new Float64Array(count);
	const completedAt = new Float64Array(count);
	const dueChangeStart = new Float64Array(count);
	const dueChangeEnd = new Float64Array(count);
	const dueDayMin = new Float64Array(count);
	const dueDayMax = new Float64Array(count);
	const hasSpells = new Uint8Array(count);
	for (let position = 0; position < count; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const {createdAt, startedAt, completedAt: doneAt, canceledAt} = ticket;
		let start = Math.min(createdAt, startedAt ?? createdAt, doneAt ?? createdAt, canceledAt ?? createdAt);
		let end = Math.max(createdAt, startedAt ?? createdAt, doneAt ?? createdAt, canceledAt ?? createdAt);
		let isUnbounded = ticket.completedAt === null && ticket.canceledAt === null;
		let changeStart = Number.NaN;
		let changeEnd = Number.NaN;
		// Infinity / -Infinity until a value is seen: an empty range selects nothing.
		let dayMin = Infinity;
		let dayMax = -Infinity;
		if (ticket.dueDate !== null) {
			const day = calendarDay(ticket.dueDate);
			dayMin = lowerDay(dayMin, day);
			dayMax = upperDay(dayMax, day);
		}
		for (const event of ticket.history) {
			if (event.at < start) start = event.at;
			if (event.at > end) end = event.at;
			if (event.field !== 'dueDate') continue;
			if (!(event.at >= changeStart)) changeStart = event.at;
			if (!(event.at <= changeEnd)) changeEnd = event.at;
			for (const value of [event.from, event.to]) {
				if (value === null) continue;
				const day = calendarDay(value);
				dayMin = lowerDay(dayMin, day);
				dayMax = upperDay(dayMax, day);
			}
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
		dueChangeStart[position] = changeStart;
		dueChangeEnd[position] = changeEnd;
		dueDayMin[position] = dayMin;
		dueDayMax[position] = dayMax;
		hasSpells[position] = ticket.blockedSpells.length > 0 ? 1 : 0;
	}

	const index = {spanStart, spanEnd, completedAt, dueChangeStart, dueChangeEnd, dueDayMin, dueDayMax, hasSpells};
	indexes.set(tickets, index);
	return index;
}

/** A due date's day number, parsed once; NaN for a value that is not a calendar date (never written by our providers). */
function calendarDay(date: string): number {
	return date.length === 10 ? dayNumber(date) : Number.NaN;
}

/** The range's new ends; a value that is not a calendar date opens the range on that side, so the ticket is kept, not lost. */
function lowerDay(min: number, day: number): number {
	return Number.isNaN(day) ? -Infinity : Math.min(min, day);
}

function upperDay(max: number, day: number): number {
	return Number.isNaN(day) ? Infinity : Math.max(max, day);
}

export interface RelevanceWindow {
	/** The span's instants: a ticket whose span meets [from, to] (both inclusive) is kept. */
	readonly from: number;
	readonly to: number;
	/** Due-date values between these calendar dates (inclusive) keep a ticket. */
	readonly firstDate: string;
	readonly lastDate: string;
}

/**
 * W's window (what compute.ts's week selection reads): spans from asOf(W) — before W's start
 * only for a week still to come, where an open ticket is read at asOf(W) — to W's end, due
 * values in W's dates. Every ticket open as of asOf(W), or in progress on a day of W, has a
 * span that meets it: version 2's effort and open work read those positions alone.
 */
export function weekWindow(week: Week, asOf: number): RelevanceWindow {
	return {from: Math.min(week.startAt, asOf), to: week.endAt, firstDate: week.start, lastDate: week.end};
}

/** The lists are shared by every reader of the window (see `relevantTickets`): never changed. */
export interface RelevantTickets {
	/** Whose span meets the window or with a due-date value in it: what every metric but themes reads. */
	readonly tickets: readonly Ticket[];
	/** Of those, the ones with a due-date value or a due-date change in the window: what predictability reads. */
	readonly dueTickets: readonly Ticket[];
	/** Each of `tickets`' position in the array read, ascending, for facts kept by position (categories.ts). */
	readonly positions: readonly number[];
	/** Each of `dueTickets`' position. */
	readonly duePositions: readonly number[];
	/** Of `tickets`, the ones with a blocked spell: what blockers reads. */
	readonly blockedTickets: readonly Ticket[];
}

/**
 * The selections of the last windows read, per index (so per array, and afresh once it grew):
 * a week's version 1 metrics, its version 2 kept rates, effort and open work all read W's
 * window, and each would otherwise scan every ticket of the store again for the same answer.
 */
const selections = new WeakMap<RelevanceIndex, Map<string, RelevantTickets>>();
/** Windows kept per array: a trend's weeks and the week before each, with room to spare. */
const maxKeptWindows = 64;

function windowKey(window: RelevanceWindow): string {
	return `${window.from} ${window.to} ${window.firstDate} ${window.lastDate}`;
}

/** The tickets that may touch the window, in their original order (lists keep their order); the same lists for the same window and array. */
export function relevantTickets(tickets: readonly Ticket[], window: RelevanceWindow): RelevantTickets {
	const index = relevanceIndex(tickets);
	let kept = selections.get(index);
	if (!kept) {
		kept = new Map();
		selections.set(index, kept);
	}
	const key = windowKey(window);
	let selection = kept.get(key);
	if (!selection) {
		selection = selectRelevant(tickets, index, window);
		if (kept.size >= maxKeptWindows) kept.clear();
		kept.set(key, selection);
	}
	return selection;
}

function selectRelevant(tickets: readonly Ticket[], index: RelevanceIndex, window: RelevanceWindow): RelevantTickets {
	const {spanStart, spanEnd, hasSpells} = index;
	const {from, to} = window;
	const firstDay = dayNumber(window.firstDate);
	const lastDay = dayNumber(window.lastDate);
	const relevant: Ticket[] = [];
	const dueRelevant: Ticket[] = [];
	const positions: number[] = [];
	const duePositions: number[] = [];
	const blockedTickets: Ticket[] = [];
	for (let position = 0; position < tickets.length; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const isDueRelevant = isDueRelevantAt(index, position, firstDay, lastDay, from, to);
		if (isDueRelevant) {
			dueRelevant.push(ticket);
			duePositions.push(position);
		}
		if (isDueRelevant || ((spanStart[position] ?? Number.NaN) <= to && (spanEnd[position] ?? Number.NaN) >= from)) {
			relevant.push(ticket);
			positions.push(position);
			if (hasSpells[position] === 1) blockedTickets.push(ticket);
		}
	}

	return {tickets: relevant, dueTickets: dueRelevant, positions, duePositions, blockedTickets};
}

/** A due-date value between the days or a due-date change between the instants (all inclusive). */
function isDueRelevantAt(index: RelevanceIndex, position: number, firstDay: number, lastDay: number, from: number, to: number): boolean {
	// No due date: the range Infinity..-Infinity meets no window; no change: NaN fails every comparison.
	return (
		((index.dueDayMin[position] ?? Number.NaN) <= lastDay && (index.dueDayMax[position] ?? Number.NaN) >= firstDay) ||
		((index.dueChangeStart[position] ?? Number.NaN) <= to && (index.dueChangeEnd[position] ?? Number.NaN) >= from)
	);
}

/** `relevantTickets(tickets, window).dueTickets` and their positions alone, for a reader of nothing else (version 2's kept rates): read off a kept selection of the window when there is one. */
export function dueRelevantTickets(tickets: readonly Ticket[], window: RelevanceWindow): {readonly tickets: readonly Ticket[]; readonly positions: readonly number[]} {
	const index = relevanceIndex(tickets);
	const kept = selections.get(index)?.get(windowKey(window));
	if (kept) return {tickets: kept.dueTickets, positions: kept.duePositions};
	const firstDay = dayNumber(window.firstDate);
	const lastDay = dayNumber(window.lastDate);
	const dueRelevant: Ticket[] = [];
	const positions: number[] = [];
	for (let position = 0; position < tickets.length; position++) {
		const ticket = tickets[position];
		if (ticket !== undefined && isDueRelevantAt(index, position, firstDay, lastDay, window.from, window.to)) {
			dueRelevant.push(ticket);
			positions.push(position);
		}
	}
	return {tickets: dueRelevant, positions};
}

/** Tickets completed in [from, to] (both inclusive; canceled ones too), in their original order. */
export function ticketsCompletedBetween(tickets: readonly Ticket[], from: number, to: number): Ticket[] {
	return completedBetween(tickets, from, to).tickets;
}

/** The same, with each one's position in `tickets`. */
export function completedBetween(tickets: readonly Ticket[], from: number, to: number): {readonly tickets: Ticket[]; readonly positions: number[]} {
	const {completedAt} = relevanceIndex(tickets);
	const completed: Ticket[] = [];
	const positions: number[] = [];
	for (let position = 0; position < tickets.length; position++) {
		const at = completedAt[position] ?? Number.NaN;
		const ticket = tickets[position];
		if (at >= from && at <= to && ticket !== undefined) {
			completed.push(ticket);
			positions.push(position);
		}
	}

	return {tickets: completed, positions};
}
