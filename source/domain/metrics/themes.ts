import {weeksUpTo} from '../week.js';
import {categoriesByPosition, operationalCode} from './categories.js';
import {categoryOf, type WeekContext} from './context.js';
import {completedBetween} from './relevance.js';
import {completedAtOf} from './ticket-facts.js';
import {effortFacts} from './v2/effort-facts.js';
import type {Ticket, Week} from '../types.js';
import type {WeekDetails} from './types.js';

/** Labels that only restate the category (metrics.md Readings), compared case-insensitively. */
export const categoryLabels: ReadonlySet<string> = new Set(['incident', 'bug', 'hotfix', 'outage', 'operational', 'firefighting', 'urgent', 'strategic']);

export const themeWindowWeeks = 4;
const minimumTickets = 3;
const minimumWeeks = 2;

/**
 * Zone-aware week arithmetic costs tens of microseconds a week, and a trend asks for the same
 * windows again and again; a week's window never changes, so it is kept by zone and week.
 */
const windows = new Map<string, readonly Week[]>();

/** The four weeks up to W, oldest first. */
export function themeWindow(week: Week): readonly Week[] {
	const key = `${week.timezone} ${week.id} ${week.startAt}`;
	let weeks = windows.get(key);
	if (!weeks) {
		weeks = weeksUpTo(week, themeWindowWeeks);
		windows.set(key, weeks);
	}
	return weeks;
}

interface ThemeTally {
	readonly tickets: Ticket[];
	readonly ticketIds: string[];
	readonly ticketWeeks: number[];
	readonly weekIndexes: Set<number>;
}

/** The names a ticket's themes go by: its labels that do not restate the category, components and project, each once. */
export function themeNames(ticket: Ticket): readonly string[] {
	const names = new Set<string>();
	for (const label of ticket.labels) if (!categoryLabels.has(label.trim().toLowerCase())) names.add(`label:${label}`);
	for (const component of ticket.components) names.add(`component:${component}`);
	if (ticket.project !== null) names.add(`project:${ticket.project}`);
	return [...names];
}

/**
 * Recurring systemic themes: operational tickets completed in the four weeks up to W,
 * grouped by label, component and project; recurring at ≥ 3 tickets in ≥ 2 distinct
 * completion weeks; most tickets first, then by name. `facts`, when given, holds each
 * ticket's category code and theme names by its index in `tickets` (what storeThemes keeps
 * per store); without it they are read off the classifications and the ticket.
 */
export function computeThemes(tickets: readonly Ticket[], context: WeekContext, facts?: ThemeFacts): WeekDetails['themes'] {
	const weeks = themeWindow(context.week);
	const windowStart = weeks[0]?.startAt ?? context.week.startAt;
	const windowEnd = context.week.endAt;
	const tallies = new Map<string, ThemeTally>();

	for (let index = 0; index < tickets.length; index++) {
		const ticket = tickets[index];
		if (ticket === undefined) continue;
		const completedAt = facts ? facts.completedAt(index) : completedAtOf(ticket);
		if (completedAt === null || completedAt < windowStart || completedAt >= windowEnd) continue;
		if (facts ? facts.category(index) !== operationalCode : categoryOf(ticket, context.classifications) !== 'operational') continue;
		let weekIndex = weeks.length - 1;
		while (weekIndex > 0 && completedAt < (weeks[weekIndex]?.startAt ?? windowStart)) weekIndex--;

		const id = facts ? facts.id(index) : ticket.id;
		const names = facts ? facts.names(index) : themeNames(ticket);
		for (let place = 0; place < names.length; place++) {
			const name = names[place] ?? '';
			let tally = tallies.get(name);
			if (!tally) {
				tally = {tickets: [], ticketIds: [], ticketWeeks: [], weekIndexes: new Set()};
				tallies.set(name, tally);
			}
			tally.tickets.push(ticket);
			tally.ticketIds.push(id);
			tally.ticketWeeks.push(weekIndex);
			tally.weekIndexes.add(weekIndex);
		}
	}

	return [...tallies]
		.filter(([, tally]) => tally.ticketIds.length >= minimumTickets && tally.weekIndexes.size >= minimumWeeks)
		.map(([name, tally]) => {
			const theme = {
				name,
				count: tally.ticketIds.length,
				weeks: tally.weekIndexes.size,
				ticketIds: tally.ticketIds,
				ticketWeekIds: tally.ticketWeeks.map((index) => weeks[index]?.id ?? ''),
				weekIds: [...tally.weekIndexes].sort((a, b) => a - b).map((index) => weeks[index]?.id ?? ''),
			};
			ticketsOfTheme.set(theme, tally.tickets);
			return theme;
		})
		.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Theme = WeekDetails['themes'][number];

/** Each theme's tickets, in the order of its ids: version 2's responders read them without looking ids up again. */
const ticketsOfTheme = new WeakMap<Theme, readonly Ticket[]>();
/** The array storeThemes read each themes list from: a theme's tickets are that array's objects. */
const arrayOfThemes = new WeakMap<WeekDetails['themes'], readonly Ticket[]>();

/** The tickets of each of `themes` when storeThemes computed them over `allTickets`; undefined otherwise. */
export function themeTicketsOf(themes: WeekDetails['themes'], allTickets: readonly Ticket[]): ReadonlyArray<readonly Ticket[]> | undefined {
	if (arrayOfThemes.get(themes) !== allTickets) return undefined;
	const lists: Array<readonly Ticket[]> = [];
	for (const theme of themes) {
		const tickets = ticketsOfTheme.get(theme);
		if (tickets === undefined) return undefined;
		lists.push(tickets);
	}
	return lists;
}

/** A ticket's category code, theme names, completion instant (completedAtOf) and id by its index in the list computeThemes reads. */
export interface ThemeFacts {
	category(index: number): number;
	names(index: number): readonly string[];
	completedAt(index: number): number | null;
	id(index: number): string;
}

const storeThemeMemo = new WeakMap<readonly Ticket[], Map<string, {readonly categories: Uint8Array; readonly themes: WeekDetails['themes']}>>();
/** Theme names by position in a store's array, worked out the first time a week's window holds the ticket: a trend's windows overlap. */
const storeThemeNames = new WeakMap<readonly Ticket[], Array<readonly string[] | undefined>>();

/** Works out the theme names of every completed ticket now (the review does it while it loads), so a week's themes only tally them. */
export function prepareThemeNames(allTickets: readonly Ticket[]): void {
	const names = namesByPosition(allTickets);
	for (let position = 0; position < allTickets.length; position++) {
		const ticket = allTickets[position];
		if (ticket !== undefined && names[position] === undefined && completedAtOf(ticket) !== null) names[position] = themeNames(ticket);
	}
}

function namesByPosition(allTickets: readonly Ticket[]): Array<readonly string[] | undefined> {
	let names = storeThemeNames.get(allTickets);
	if (names?.length !== allTickets.length) {
		names = new Array<readonly string[] | undefined>(allTickets.length);
		storeThemeNames.set(allTickets, names);
	}
	return names;
}

/**
 * The recurring themes of W over a store's tickets, computed once per ticket array, week and
 * classification map: the week's metrics, its details and version 2 all read them, and a
 * week's themes cost as much as the rest of its metrics together.
 */
export function storeThemes(allTickets: readonly Ticket[], context: WeekContext): WeekDetails['themes'] {
	let byWeek = storeThemeMemo.get(allTickets);
	if (!byWeek) {
		byWeek = new Map();
		storeThemeMemo.set(allTickets, byWeek);
	}
	// The length too: a caller that grew the array gets fresh themes, as it gets a fresh relevance index.
	const key = `${context.week.timezone} ${context.week.id} ${context.week.startAt} ${allTickets.length}`;
	// Categories by position are kept per classification map and read afresh once it changes (categories.ts).
	const categories = categoriesByPosition(allTickets, context.classifications);
	const cached = byWeek.get(key);
	if (cached?.categories === categories) return cached.themes;
	const from = themeWindow(context.week)[0]?.startAt ?? context.week.startAt;
	const {tickets, positions} = completedBetween(allTickets, from, context.week.endAt);
	const names = namesByPosition(allTickets);
	// Completion and id off the effort facts (built at load): the cold ticket objects stay unread.
	const {completedAt, ids} = effortFacts(allTickets);
	const facts: ThemeFacts = {
		category: (index) => categories[positions[index] ?? -1] ?? 0,
		completedAt(index) {
			const at = completedAt[positions[index] ?? -1] ?? Number.NaN;
			return Number.isNaN(at) ? null : at;
		},
		id: (index) => ids[positions[index] ?? -1] ?? '',
		names(index) {
			const position = positions[index] ?? -1;
			let known = names[position];
			if (known === undefined) {
				known = themeNames(tickets[index] as Ticket);
				names[position] = known;
			}
			return known;
		},
	};
	const themes = computeThemes(tickets, context, facts);
	arrayOfThemes.set(themes, allTickets);
	byWeek.set(key, {categories, themes});
	return themes;
}

export type ThemeFlag = 'newly recurring' | 'rising' | 'quiet';

/**
 * What a recurring theme is doing, from its own tickets only (no claim the data cannot
 * back): `newly recurring` when it would not recur without this week's fires (it may have burned before, not often enough to recur), `rising` when
 * it burned more this week than the week before (and at least twice), `quiet`
 * when nothing of it burned this week (a surface says which week: `themeFlagWords`).
 */
export function themeFlags(theme: {readonly count: number; readonly ticketWeekIds: readonly string[]}, weekId: string, previousWeekId: string): ThemeFlag[] {
	const thisWeek = theme.ticketWeekIds.filter((id) => id === weekId).length;
	const lastWeek = theme.ticketWeekIds.filter((id) => id === previousWeekId).length;
	const otherWeeks = new Set(theme.ticketWeekIds.filter((id) => id !== weekId)).size;
	if (thisWeek === 0) return ['quiet'];
	const flags: ThemeFlag[] = [];
	if (theme.count - thisWeek < minimumTickets || otherWeeks < minimumWeeks) flags.push('newly recurring');
	if (thisWeek >= 2 && thisWeek > lastWeek) flags.push('rising');
	return flags;
}
