import {dateInWeek, localDate, shiftWeek} from '../../../domain/week.js';
import {themeFlags} from '../../../domain/metrics/themes.js';
import {themeFlagWords, weekWords, type WeekWords} from '../../../domain/figure-words.js';
import {responderFlags, unownedFiresRow} from './responder-rows.js';
import type {ResolvedRoster, Week} from '../../../domain/types.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import type {ToneCell} from '../../components/list-table.js';
import {sparkline} from '../../../text/sparkline.js';
import {markColumn, type Column} from '../../components/table.js';
import {ticketsOf, ticketText, type ReviewMaps} from '../../components/ticket-text.js';
import {days, shortDate} from '../../format.js';
import {textWidth} from '../../text-width.js';

import type {HeadlineRow} from '../../components/headline.js';

export type {HeadlineRow};

/**
 * Blocked, still blocked and the median blocked time, with their trends; then the unowned
 * fires. Each detail fits whole beside its figure at 80 columns (46 left of the line).
 */
export function blockerHeadline(report: WeekReport): HeadlineRow[] {
	const b = report.metrics.blockers;
	const series = report.trendMetrics.map((m) => m.blockers);
	const words = weekWords(report.week.id, report.isCurrent);
	return [
		{label: 'Blocked', value: String(b.blocked), trend: sparkline(series.map((s) => s.blocked)), detail: `tickets blocked at some point ${words.during}`},
		{label: 'Still blocked', value: String(b.blockedNow), trend: sparkline(series.map((s) => s.blockedNow)), detail: stillBlockedDetail(b, words)},
		{label: 'Median blocked', value: days(b.medianBlockedDays), trend: sparkline(series.map((s) => s.medianBlockedDays)), detail: `of spells ended ${words.during}`},
		unownedFiresRow(report),
	];
}

/**
 * The median covers spells that ended in the week only (metrics.md); the spells still open
 * never reach it, so their age is said beside the tickets still blocked rather than hidden.
 */
export function stillBlockedDetail(b: WeekReport['metrics']['blockers'], words: WeekWords): string {
	const moment = words.isCurrent ? 'right now' : `at ${words.moment}`;
	return b.blockedNow === 0 ? moment : `${moment}, for a median ${days(b.medianOpenBlockedDays)}${words.isCurrent ? ` ${words.soFar}` : ''}`;
}

export interface BlockedRow {
	readonly ticketId: string;
	readonly cells: readonly ToneCell[];
}

/** The report whose group the ticket's assignee is in, or "–". */
function reportOf(roster: ResolvedRoster | undefined, assigneeId: string | null): string {
	const report = assigneeId === null ? undefined : roster?.reports.find((candidate) => candidate.groupIds.has(assigneeId));
	return report ? toTerminalLine(report.name) : '–';
}

export function blockedColumns(width: number): Column[] {
	return [
		markColumn,
		{header: 'key', width: 9},
		{header: 'title', width: 12, flex: true},
		{header: 'blocked', width: 7, align: 'right'},
		{header: 'status', width: 9},
		{header: 'assignee', width: 14, optional: true, isName: true},
		{header: 'report', width: 14, optional: true, isName: true},
		{header: 'reason', width: width >= 120 ? 28 : 20, optional: true},
	];
}

/**
 * Tickets blocked during the week: the ones still blocked first (they need the director
 * now), the longest first within each group.
 */
export function blockedRows(report: WeekReport, review: ReviewMaps, roster?: ResolvedRoster): BlockedRow[] {
	const blocked = [...report.details.blocked].sort((a, b) => Number(b.isBlockedNow) - Number(a.isBlockedNow) || b.days - a.days);
	const rows: BlockedRow[] = [];
	for (const entry of blocked) {
		const ticket = review.ticketsById.get(entry.ticketId);
		if (!ticket) continue;
		const text = ticketText(ticket, review);
		rows.push({
			ticketId: entry.ticketId,
			cells: [
				{text: ''},
				{text: text.key},
				{text: text.title},
				{text: days(entry.days), tone: entry.days >= 5 ? 'bad' : entry.days >= 2 ? 'warn' : undefined},
				entry.isBlockedNow ? {text: '● blocked', tone: 'bad'} : {text: '○ ended', tone: 'muted'},
				{text: text.assignee, tone: 'muted'},
				{text: reportOf(roster, ticket.assigneeId), tone: 'muted'},
				{text: toTerminalLine(entry.reason), tone: 'muted'},
			],
		});
	}

	return rows;
}

/** The four weeks themes are counted over (metrics.md "Systemic themes"), oldest first. */
export function themeWeeks(week: Week): Week[] {
	return [-3, -2, -1, 0].map((by) => shiftWeek(week, by));
}

/** "W47" from "2026-W47". */
export function weekLabel(weekId: string): string {
	return weekId.slice(weekId.indexOf('-') + 1);
}

const themeNameMaxWidth = 40;
const flagsMinWidth = 20;

/**
 * The theme table's columns at `width`: the flags ("newly recurring · rising · single
 * responder: …") take the room the line has beyond the theme's name at its widest, so a wide
 * terminal shows them whole instead of cutting the single responder off; a narrow one keeps 20.
 */
export function themeColumns(width: number, rows: readonly ThemeRow[], words: WeekWords): Column[] {
	const columns: Column[] = [
		markColumn,
		{header: 'theme', width: 16, flex: true, maxWidth: themeNameMaxWidth},
		{header: 'tickets', width: 7, align: 'right'},
		{header: 'weeks', width: 5, align: 'right'},
		{header: 'burned in', width: 15},
	];
	const before = columns.reduce((sum, column) => sum + (column.flex ? themeNameMaxWidth : column.width) + 1, 0);
	const widestFlags = Math.max(0, ...rows.map((row) => textWidth(row.cells.at(-1)?.text ?? '')));
	return [...columns, {header: words.isCurrent ? 'this week' : words.weekId, width: Math.max(flagsMinWidth, Math.min(widestFlags, width - before)), optional: true}];
}

export interface ThemeRow {
	/** The theme's name as the metrics key it. */
	readonly name: string;
	readonly label: string;
	readonly cells: readonly ToneCell[];
}

/** Recurring firefighting themes, most tickets first; the weeks they burned in marked one by one. */
export function themeRows(report: WeekReport): ThemeRow[] {
	const weeks = themeWeeks(report.week);
	const words = weekWords(report.week.id, report.isCurrent);
	return report.details.themes.map((theme) => {
		const burned = new Set(theme.weekIds);
		const label = toTerminalLine(theme.name);
		const weekFlags = themeFlags(theme, report.week.id, shiftWeek(report.week, -1).id);
		const flags = [...weekFlags.map((flag) => themeFlagWords(flag, words)), ...responderFlags(report, theme.name)];
		return {
			name: theme.name,
			label,
			cells: [
				{text: ''},
				{text: label},
				{text: String(theme.count)},
				{text: String(theme.weeks)},
				// A week without a fire shows a dot, so the marks line up across rows.
				{text: weeks.map((w) => (burned.has(w.id) ? weekLabel(w.id) : ' · ')).join(' '), tone: 'operational'},
				{text: flags.join(' · '), tone: weekFlags.includes('quiet') ? 'muted' : 'warn'},
			],
		};
	});
}

export const themeTicketColumns: readonly Column[] = [
	markColumn,
	{header: 'key', width: 9},
	{header: 'title', width: 12, flex: true},
	{header: 'assignee', width: 14, optional: true, isName: true},
	{header: 'done', width: 6},
	{header: 'week', width: 4},
];

/** A theme's tickets, the latest fire first. */
export function themeTicketRows(report: WeekReport, name: string, review: ReviewMaps): Array<readonly ToneCell[]> {
	const theme = report.details.themes.find((t) => t.name === name);
	if (!theme) return [];
	const timezone = report.week.timezone;
	const weeks = themeWeeks(report.week);
	const tickets = ticketsOf(theme.ticketIds, review).sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0));
	return tickets.map((ticket) => {
		const text = ticketText(ticket, review);
		const done = ticket.completedAt === null ? null : localDate(ticket.completedAt, timezone);
		const burnedIn = done === null ? undefined : weeks.find((w) => dateInWeek(done, w));
		return [{text: ''}, {text: text.key}, {text: text.title}, {text: text.assignee, tone: 'muted'}, {text: shortDate(done)}, {text: burnedIn ? weekLabel(burnedIn.id) : '–'}];
	});
}
