import {completedDate, dueDateAt, firstDueDate, isOpenAt} from '../metrics/ticket-facts.js';
import {themeNames, themeWindow} from '../metrics/themes.js';
import {localDate, parseWeekArgument} from '../week.js';
import type {Ticket} from '../types.js';
import type {SinceContext, ThemeNow} from './since-context.js';
import type {SinceItem} from './since-types.js';
import type {ReviewTicketState} from './types.js';

/**
 * State items (briefing.md "Readings"): the frozen state against the state now — newly
 * overdue, newly broken, recategorised. A ticket the review did not count is read as it
 * was at the freeze from its history (and its category from the director's tags).
 */
export function stateItems(ticket: Ticket, c: SinceContext): SinceItem[] {
	const items: SinceItem[] = [];
	const row = c.rows.get(ticket.id);

	if (isOverdueNow(ticket, c) && !wasOverdue(ticket, row, c)) items.push(c.item('newly-overdue', ticket, null, {to: ticket.dueDate}));
	const first = firstDueDate(ticket);
	if (isBrokenNow(ticket, first, c) && !wasBroken(ticket, row, c)) items.push(c.item('newly-broken', ticket, null, {from: first, to: ticket.dueDate}));

	const category = c.input.classifications.get(ticket.id)?.category ?? 'unclassified';
	// A ticket no figure of the frozen week counted has no row: a tag since tells what it was.
	const before = row === undefined ? (c.input.categoryAtFreeze?.(ticket.id, c.frozenAt) ?? null) : row.category;
	if (before !== null && before !== category) items.push(c.item('recategorised', ticket, null, {from: before, to: category}));
	return items;
}

function isOverdueNow(ticket: Ticket, c: SinceContext): boolean {
	return ticket.completedAt === null && ticket.canceledAt === null && ticket.dueDate !== null && ticket.dueDate < c.today;
}

function wasOverdue(ticket: Ticket, row: ReviewTicketState | undefined, c: SinceContext): boolean {
	if (row !== undefined) return row.completedAt === null && row.canceledAt === null && row.dueDate !== null && row.dueDate < c.frozenDate;
	const due = dueDateAt(ticket, c.frozenAt);
	return isOpenAt(ticket, c.frozenAt) && due !== null && due < c.frozenDate;
}

/** A promise broke when its first due date passed without the ticket completed by then; a canceled ticket promised nothing. */
function isBrokenNow(ticket: Ticket, first: string | null, c: SinceContext): boolean {
	if (first === null || ticket.canceledAt !== null || first >= c.today) return false;
	const done = completedDate(ticket, c.input.timezone);
	return done === null || done > first;
}

function wasBroken(ticket: Ticket, row: ReviewTicketState | undefined, c: SinceContext): boolean {
	if (row !== undefined) {
		if (row.firstDueDate === null || row.canceledAt !== null || row.firstDueDate >= c.frozenDate) return false;
		return row.completedAt === null || localDate(row.completedAt, c.input.timezone) > row.firstDueDate;
	}
	// Not counted then: its first due date must already have been set at the freeze.
	const firstSetAt = ticket.history.find((event) => event.field === 'dueDate')?.at ?? ticket.createdAt;
	const first = firstDueDate(ticket);
	if (first === null || firstSetAt > c.frozenAt || first >= c.frozenDate) return false;
	const completedAt = ticket.completedAt;
	return completedAt === null || completedAt > c.frozenAt || localDate(completedAt, c.input.timezone) > first;
}

interface FrozenTheme {
	readonly name: string;
	readonly singleResponder: boolean;
	readonly topResponder: string | null;
}

/** The recurring themes in the frozen figures (the JSON export's `themes`). */
export function frozenThemes(figures: unknown): FrozenTheme[] {
	const themes = (figures as {themes?: unknown} | null)?.themes;
	if (!Array.isArray(themes)) return [];
	return themes
		.filter((theme): theme is {name: string; singleResponder?: unknown; topResponder?: unknown} => typeof (theme as {name?: unknown})?.name === 'string')
		.map((theme) => ({name: theme.name, singleResponder: theme.singleResponder === true, topResponder: typeof theme.topResponder === 'string' ? theme.topResponder : null}));
}

/** Themes that became or stopped being recurring, and single responders that appeared. */
export function themeItems(figures: unknown, week: string, c: SinceContext): SinceItem[] {
	const before = new Map(frozenThemes(figures).map((theme) => [theme.name, theme]));
	const nowNames = new Set(c.input.themesNow.map((theme) => theme.name));
	const items: SinceItem[] = [];
	for (const theme of c.input.themesNow) {
		const then = before.get(theme.name);
		// A theme's tickets are looked up only for the items that name them.
		if (then === undefined) items.push({kind: 'theme-recurring', at: null, theme: theme.name, ...themeBase(theme, c)});
		if (theme.singleResponder === true && then?.singleResponder !== true) items.push({kind: 'single-responder', at: null, theme: theme.name, ...themeBase(theme, c), person: theme.topResponder ?? null});
	}
	const ended = [...before.values()].filter((theme) => !nowNames.has(theme.name));
	if (ended.length > 0) {
		const rows = themeRowsThen(week, c);
		for (const theme of ended) items.push({kind: 'theme-ended', at: null, theme: theme.name, ...endedThemeBase(theme, rows)});
	}
	return items;
}

/**
 * The review's rows a theme of its week can have counted (metrics.md "Themes": fires completed
 * in the four weeks up to the week), each with the theme names its ticket goes by: the frozen
 * figures keep a theme's count, not its tickets, and every ticket a figure counts has a row.
 */
function themeRowsThen(week: string, c: SinceContext): Array<{readonly row: ReviewTicketState; readonly names: readonly string[]}> {
	let frozenWeek;
	try {
		frozenWeek = parseWeekArgument(week, c.input.now, c.input.timezone);
	} catch {
		return [];
	}
	const start = themeWindow(frozenWeek)[0]?.startAt ?? frozenWeek.startAt;
	const rows: Array<{readonly row: ReviewTicketState; readonly names: readonly string[]}> = [];
	for (const row of c.rows.values()) {
		if (row.category !== 'operational' || row.completedAt === null || row.completedAt < start || row.completedAt >= frozenWeek.endAt) continue;
		const ticket = c.ticket(row.ticketId);
		if (ticket !== undefined) rows.push({row, names: themeNames(ticket)});
	}
	return rows;
}

/** A theme that stopped recurring, as the review saw it: its tickets, the report whose group held most, its top responder then. */
function endedThemeBase(theme: FrozenTheme, rows: ReadonlyArray<{readonly row: ReviewTicketState; readonly names: readonly string[]}>): Pick<SinceItem, 'tickets' | 'person' | 'report'> {
	const counted = rows
		.filter(({names}) => names.includes(theme.name))
		.map(({row}) => row)
		.sort((a, b) => a.key.localeCompare(b.key, 'en', {numeric: true}));
	const counts = new Map<string, number>();
	for (const row of counted) if (row.report !== null) counts.set(row.report, (counts.get(row.report) ?? 0) + 1);
	const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return {tickets: counted.map((row) => ({id: row.ticketId, key: row.key, title: row.title})), person: theme.topResponder, report: top?.[0] ?? null};
}

/** A theme's tickets, and the report whose group holds most of them. */
function themeBase(theme: ThemeNow, c: SinceContext): Pick<SinceItem, 'tickets' | 'person' | 'report'> {
	const tickets = theme.ticketIds.flatMap((id) => {
		const ticket = c.ticket(id);
		return ticket === undefined ? [] : [{id: ticket.id, key: ticket.key, title: ticket.title}];
	});
	const counts = new Map<string, number>();
	for (const id of theme.ticketIds) {
		const report = c.reportOf(c.ticket(id)?.assigneeId ?? null);
		if (report !== null) counts.set(report, (counts.get(report) ?? 0) + 1);
	}
	const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return {tickets, person: theme.topResponder ?? null, report: top?.[0] ?? null};
}
