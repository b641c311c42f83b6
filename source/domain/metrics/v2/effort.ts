import {daysOfWeek} from '../../week.js';
import type {WeekContext} from '../context.js';
import {element, type FigureCollector} from './paths.js';
import {rosterPeople, type RosterPeople} from './roster-people.js';
import type {EffectiveCategory} from '../../types.js';
import type {EffortFigures} from './types.js';

/** The categories effort tallies, in the order of `EffortTally.days`. */
export const categories: readonly EffectiveCategory[] = ['operational', 'strategic', 'unclassified'];

/**
 * The tickets behind one group's (or the org's) effort, kept only when figure paths are wanted.
 * A ticket is registered by its place in the week's holdings (`Holdings.ticket`): `entryOf`
 * says whether this tally has it yet, so a ticket held on several days or by several people
 * is listed once, in the order of its first holding, without a Set or Map per holding.
 */
class EffortTickets {
	/** Keys, by category. */
	readonly byCategory: ReadonlyArray<string[]> = [[], [], []];
	/** The keys of unplanned tickets and the person-days each took, for naming the heaviest. */
	readonly unplanned: string[] = [];
	readonly unplannedDays: number[] = [];
	/** By place: -1 not yet listed, -2 listed and planned, else its index in `unplanned`. */
	private entryOf = new Int32Array(0);

	/** Readies the marks for `placeCount` places; done once before a week's holdings are shared out. */
	reset(placeCount: number): void {
		this.entryOf = new Int32Array(placeCount).fill(-1);
	}

	add(place: number, key: string, category: number, isUnplanned: boolean, personDays: number): void {
		let entry = this.entryOf[place] ?? -1;
		if (entry === -1) {
			this.byCategory[category]?.push(key);
			entry = isUnplanned ? this.unplanned.push(key) - 1 : -2;
			if (isUnplanned) this.unplannedDays.push(0);
			this.entryOf[place] = entry;
		}
		if (entry >= 0) this.unplannedDays[entry] = (this.unplannedDays[entry] ?? 0) + personDays;
	}

	/** The keys of unplanned tickets, most person-days first. */
	heaviestUnplanned(): string[] {
		const {unplanned, unplannedDays} = this;
		const order = Array.from(unplanned.keys()).sort((a, b) => (unplannedDays[b] ?? 0) - (unplannedDays[a] ?? 0) || ((unplanned[a] ?? '') < (unplanned[b] ?? '') ? -1 : 1));
		return order.map((entry) => unplanned[entry] ?? '');
	}

	/** Writes the tickets behind each figure under `prefix` (a share lists the tickets of its denominator). */
	collect(prefix: string, figures: FigureCollector): void {
		const [operational = [], strategic = [], unclassified = []] = this.byCategory;
		const all = [...operational, ...strategic, ...unclassified];
		figures.addAll(`${prefix}.operational`, operational);
		figures.addAll(`${prefix}.strategic`, strategic);
		figures.addAll(`${prefix}.unclassified`, unclassified);
		figures.addAll(`${prefix}.operationalShare`, [...operational, ...strategic]);
		figures.addAll(`${prefix}.personDays`, all);
		figures.addAll(`${prefix}.fteWeeks`, all);
		figures.addAll(`${prefix}.interruptShare`, all);
		// Heaviest first: a talking point names the first few.
		figures.addAll(`${prefix}.unplanned`, () => this.heaviestUnplanned());
	}
}

/** Person-days by category and on unplanned tickets. */
export class EffortTally {
	/** operational, strategic, unclassified. */
	readonly days = [0, 0, 0];
	unplanned = 0;
	readonly tickets: EffortTickets | null;

	constructor(withTickets: boolean) {
		this.tickets = withTickets ? new EffortTickets() : null;
	}

	/** `category` indexes `categories`; `place` is the ticket's in the week's holdings, `key` its key. */
	add(place: number, key: string, category: number, isUnplanned: boolean, personDays: number): void {
		this.days[category] = (this.days[category] ?? 0) + personDays;
		if (isUnplanned) this.unplanned += personDays;
		this.tickets?.add(place, key, category, isUnplanned, personDays);
	}

	figures(): EffortFigures {
		const [operational = 0, strategic = 0, unclassified = 0] = this.days;
		const classified = operational + strategic;
		const personDays = classified + unclassified;
		return {
			operational,
			strategic,
			unclassified,
			operationalShare: classified === 0 ? null : operational / classified,
			interruptShare: personDays === 0 ? null : this.unplanned / personDays,
			personDays,
			fteWeeks: personDays / 5,
			unplanned: this.unplanned,
		};
	}
}

export interface EffortResult {
	readonly org: EffortTally;
	/** In roster order. */
	readonly reports: readonly EffortTally[];
}

/** The working days of W that effort counts: up to the calendar date of asOf(W). */
export function effortDays(context: WeekContext): Array<{readonly startAt: number; readonly endAt: number}> {
	return daysOfWeek(context.week).filter((day) => day.isWorkingDay && day.date <= context.asOfDate);
}

/**
 * Who held what on which counted day, as parallel lists of numbers (the ticket's place in
 * `held`, the slot person × day), and |S(P, d)| per slot. Both effort paths feed it tickets in
 * the same order, so the shares are added up in the same order and the sums are equal to the bit.
 */
export class Holdings {
	readonly loads: Float64Array;
	/** The held tickets' keys, by place. */
	private readonly held: string[] = [];
	private readonly heldCategory: number[] = [];
	private readonly heldUnplanned: boolean[] = [];
	private readonly holdingTicket: number[] = [];
	private readonly holdingSlot: number[] = [];
	/** By slot, the place of the last ticket held in it (−1: none), so a ticket counts once per person and day. */
	private readonly lastPlace: Int32Array;

	constructor(
		personCount: number,
		readonly dayCount: number,
	) {
		this.loads = new Float64Array(personCount * dayCount);
		this.lastPlace = new Int32Array(personCount * dayCount).fill(-1);
	}

	/** Registers a ticket that has a holding (`category` indexes `categories`); returns its place for `hold`. */
	ticket(category: number, isUnplanned: boolean, key: string): number {
		this.held.push(key);
		this.heldCategory.push(category);
		this.heldUnplanned.push(isUnplanned);
		return this.held.length - 1;
	}

	/**
	 * `person` held the ticket at `place` on `day`. A ticket's holdings come together, so a second
	 * holding of the same slot is the same person under another of their ids (a ticket passed
	 * between two accounts of one roster person that day): S(P, d) is a set, it counts once.
	 */
	hold(place: number, person: number, day: number): void {
		const slot = person * this.dayCount + day;
		if (this.lastPlace[slot] === place) return;
		this.lastPlace[slot] = place;
		this.loads[slot] = (this.loads[slot] ?? 0) + 1;
		this.holdingTicket.push(place);
		this.holdingSlot.push(slot);
	}

	/** Hands out each person-day equally over its holdings: to the org and to every group holding the person. */
	shareOut(people: RosterPeople, org: EffortTally, reports: readonly EffortTally[]): void {
		const {dayCount} = this;
		const {groupsByIndex} = people;
		org.tickets?.reset(this.held.length);
		for (const report of reports) report.tickets?.reset(this.held.length);
		for (let holding = 0; holding < this.holdingSlot.length; holding++) {
			const slot = this.holdingSlot[holding] ?? 0;
			const position = this.holdingTicket[holding] ?? 0;
			const personDays = 1 / (this.loads[slot] ?? 1);
			const category = this.heldCategory[position] ?? 2;
			const isUnplanned = this.heldUnplanned[position] ?? false;
			const key = this.held[position];
			if (key === undefined) continue;
			org.add(position, key, category, isUnplanned, personDays);
			const groups = groupsByIndex[Math.floor(slot / dayCount)];
			if (groups === undefined) continue;
			for (let group = 0; group < groups.length; group++) reports[groups[group] ?? -1]?.add(position, key, category, isUnplanned, personDays);
		}
	}
}

/**
 * Effort in person-days (metrics.md Version 2): each working day d of W up to the calendar
 * date of asOf(W) splits each roster person's day equally over the tickets in progress on d
 * that they held on d. group(R) sums its people; the org sums every roster person once.
 * Two passes: the first counts |S(P, d)| for every person and day, the second hands out the
 * shares. This one replays each given ticket's history: the reference that the indexed path
 * (effort-index.ts), which the week and the trend use, is proven against.
 */
/** What both effort passes start from: the roster's people, the counted days and their span, empty tallies. */
export function effortSetup(context: WeekContext, withTickets: boolean) {
	const {week, roster} = context;
	const days = effortDays(context);
	return {
		people: rosterPeople(roster),
		days,
		org: new EffortTally(withTickets),
		reports: roster.reports.map(() => new EffortTally(withTickets)),
		firstStart: days[0]?.startAt ?? week.startAt,
		lastEnd: days.at(-1)?.endAt ?? week.endAt,
	};
}

/** Writes the tickets behind each effort figure under `root` (`effort`, or a trend week's `effortTrend[<week>]`). */
export function collectEffortFigures(effort: EffortResult, reportNames: readonly string[], figures: FigureCollector, root = 'effort'): void {
	effort.org.tickets?.collect(`${root}.org`, figures);
	effort.reports.forEach((tally, position) => tally.tickets?.collect(element(`${root}.reports`, reportNames[position] ?? ''), figures));
}

/** An effort tally as plain data: all its figures and ticket lists read (a run keeps an ended week's, review/week-facts.ts). */
export interface PlainTally {
	readonly days: readonly number[];
	readonly unplanned: number;
	readonly tickets: {readonly byCategory: ReadonlyArray<readonly string[]>; readonly unplanned: readonly string[]; readonly unplannedDays: readonly number[]} | null;
}

export interface PlainEffort {
	readonly org: PlainTally;
	readonly reports: readonly PlainTally[];
}

export function plainEffort(effort: EffortResult): PlainEffort {
	const plain = (tally: EffortTally): PlainTally => ({
		days: [...tally.days],
		unplanned: tally.unplanned,
		tickets: tally.tickets && {byCategory: tally.tickets.byCategory.map((keys) => [...keys]), unplanned: [...tally.tickets.unplanned], unplannedDays: [...tally.tickets.unplannedDays]},
	});
	return {org: plain(effort.org), reports: effort.reports.map(plain)};
}

/** The effort `plainEffort` gave: the same figures and ticket lists (no more holdings are added to it). */
export function effortFromPlain(plain: PlainEffort): EffortResult {
	const tally = (from: PlainTally): EffortTally => {
		const restored = new EffortTally(from.tickets !== null);
		restored.days.splice(0, restored.days.length, ...from.days);
		restored.unplanned = from.unplanned;
		if (restored.tickets && from.tickets) {
			const {byCategory, unplanned, unplannedDays} = restored.tickets;
			from.tickets.byCategory.forEach((keys, category) => append(byCategory[category] ?? [], keys));
			append(unplanned, from.tickets.unplanned);
			append(unplannedDays, from.tickets.unplannedDays);
		}
		return restored;
	};
	return {org: tally(plain.org), reports: plain.reports.map(tally)};
}

/** One by one: a week's thousands of keys would overflow the arguments of a spread push. */
function append<T>(target: T[], items: readonly T[]): void {
	for (const item of items) target.push(item);
}
