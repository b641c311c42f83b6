import {daysOfWeek} from '../../week.js';
import {categoryOf, type WeekContext} from '../context.js';
import {element, type FigureCollector} from './paths.js';
import {groupsOfPerson, rosterPeople} from './roster-people.js';
import {assigneesOnDays, unplannedFrom} from './timeline.js';
import type {EffectiveCategory, Iteration, Ticket} from '../../types.js';
import type {EffortFigures} from './types.js';

/** Person-days by category and on unplanned tickets, with the tickets behind each. */
class EffortTally {
	readonly days: Record<EffectiveCategory, number> = {operational: 0, strategic: 0, unclassified: 0};
	unplanned = 0;
	readonly tickets: Record<EffectiveCategory, Set<Ticket>> = {operational: new Set(), strategic: new Set(), unclassified: new Set()};
	/** Unplanned tickets → the person-days they took, for naming the heaviest. */
	readonly unplannedTickets = new Map<Ticket, number>();

	add(ticket: Ticket, category: EffectiveCategory, isUnplanned: boolean, personDays: number): void {
		this.days[category] += personDays;
		this.tickets[category].add(ticket);
		if (isUnplanned) {
			this.unplanned += personDays;
			this.unplannedTickets.set(ticket, (this.unplannedTickets.get(ticket) ?? 0) + personDays);
		}
	}

	figures(): EffortFigures {
		const {operational, strategic, unclassified} = this.days;
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

	/** Writes the tickets behind each figure under `prefix` (a rate lists the tickets of its denominator). */
	collect(prefix: string, figures: FigureCollector): void {
		const keys = (set: Set<Ticket>): string[] => [...set].map((ticket) => ticket.key);
		figures.addAll(`${prefix}.operational`, keys(this.tickets.operational));
		figures.addAll(`${prefix}.strategic`, keys(this.tickets.strategic));
		figures.addAll(`${prefix}.unclassified`, keys(this.tickets.unclassified));
		figures.addAll(`${prefix}.operationalShare`, [...keys(this.tickets.operational), ...keys(this.tickets.strategic)]);
		const all = [...keys(this.tickets.operational), ...keys(this.tickets.strategic), ...keys(this.tickets.unclassified)];
		figures.addAll(`${prefix}.personDays`, all);
		figures.addAll(`${prefix}.fteWeeks`, all);
		figures.addAll(`${prefix}.interruptShare`, all);
		// Heaviest first: a talking point names the first few.
		figures.addAll(`${prefix}.unplanned`, this.heaviestUnplanned().map((ticket) => ticket.key));
	}

	/** Unplanned tickets, most person-days first. */
	heaviestUnplanned(): Ticket[] {
		return [...this.unplannedTickets].sort((a, b) => b[1] - a[1] || (a[0].key < b[0].key ? -1 : 1)).map(([ticket]) => ticket);
	}
}

export interface EffortResult {
	readonly org: EffortTally;
	/** In roster order. */
	readonly reports: readonly EffortTally[];
}

export type {EffortTally};

/**
 * Effort in person-days (metrics.md Version 2): each working day d of W up to the calendar
 * date of asOf(W) splits each roster person's day equally over the tickets in progress on d
 * that they held on d. group(R) sums its people; the org sums every roster person once.
 */
export function computeEffort(tickets: readonly Ticket[], context: WeekContext, iterations: ReadonlyMap<string, Iteration>): EffortResult {
	const {week, roster, classifications, asOfDate} = context;
	const people = rosterPeople(roster);
	const days = daysOfWeek(week).filter((day) => day.isWorkingDay && day.date <= asOfDate);
	const org = new EffortTally();
	const reports = roster.reports.map(() => new EffortTally());
	if (days.length === 0) return {org, reports};
	const firstStart = days[0]?.startAt ?? week.startAt;
	const lastEnd = days.at(-1)?.endAt ?? week.endAt;

	// First pass: which (person, day) pairs each ticket fills, and how many tickets fill each pair.
	const loads = new Map<string, number[]>();
	const holdings: Array<{readonly ticket: Ticket; readonly person: string; readonly day: number}> = [];
	for (const ticket of tickets) {
		const {startedAt} = ticket;
		if (startedAt === null || startedAt >= lastEnd) continue;
		const endedAt = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
		if (endedAt < firstStart) continue;
		const holders = assigneesOnDays(ticket, days);
		days.forEach((day, index) => {
			if (!(startedAt < day.endAt && endedAt >= day.startAt)) return;
			for (const person of holders[index] ?? []) {
				if (!people.everyone.has(person)) continue;
				let load = loads.get(person);
				if (!load) {
					load = days.map(() => 0);
					loads.set(person, load);
				}
				load[index] = (load[index] ?? 0) + 1;
				holdings.push({ticket, person, day: index});
			}
		});
	}

	// Second pass: each holding gets 1/|S(P, d)| person-day.
	for (const {ticket, person, day} of holdings) {
		const personDays = 1 / (loads.get(person)?.[day] ?? 1);
		const category = categoryOf(ticket, classifications);
		const isUnplanned = unplannedFrom(ticket, iterations) <= week.endAt;
		org.add(ticket, category, isUnplanned, personDays);
		for (const position of groupsOfPerson(people, person)) reports[position]?.add(ticket, category, isUnplanned, personDays);
	}
	return {org, reports};
}

export function collectEffortFigures(effort: EffortResult, reportNames: readonly string[], figures: FigureCollector): void {
	effort.org.collect('effort.org', figures);
	effort.reports.forEach((tally, position) => tally.collect(element('effort.reports', reportNames[position] ?? ''), figures));
}
