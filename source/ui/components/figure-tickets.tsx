import {useState} from 'react';
import type {Figure} from '../../domain/metrics/figures.js';
import type {Category} from '../../domain/types.js';
import {formatDays, formatPercent} from '../../domain/figure-format.js';
import type {ReviewSource} from '../../review/session-types.js';
import type {WeekReport} from '../../domain/week-report.js';
import {weekWords} from '../../domain/figure-words.js';
import {toTerminalLine} from '../../text/sanitize.js';
import {findFigure} from '../version2-figures.js';
import type {Binding} from '../keymap.js';
import {useBindings} from '../hooks/use-bindings.js';
import {footerLine} from './footer.js';
import {textWidth} from '../text-width.js';
import {openInBrowser} from '../open-url.js';
import {isScrollMove, listBindings} from './list-keys.js';
import {ListTable, listTableChrome, type ToneCell} from './list-table.js';
import {fitScroll, initialScroll, listRows, moveScroll, type ScrollMove, type ScrollState} from './scroll.js';
import {fitKeyColumn, layoutColumns, markColumn, type Column} from './table.js';
import {truncateWords} from '../text-wrap.js';
import {categoryWords, ticketText} from './ticket-text.js';

/**
 * A figure's tickets, each with why it counts ("due Tue 17 Nov, completed Thu 19 Nov: late
 * by 2 d"), its category, assignee and report — opened with Enter on any figure of the
 * Overview, Predictability, Delegation and Blockers views. The tickets can be tagged and
 * opened in the browser from here; the list follows the figure as tags change it.
 */

type DrillAction = ScrollMove | 'operational' | 'strategic' | 'clear' | 'undo' | 'browser' | 'back';

export const figureTicketBindings: ReadonlyArray<Binding<DrillAction>> = [
	...listBindings('ticket'),
	{keys: ['o'], action: 'operational', help: 'tag firefighting (operational)', footer: {text: 'tag', priority: 3, with: ['strategic', 'clear']}},
	{keys: ['s'], action: 'strategic', help: 'tag improvement (strategic)'},
	{keys: ['x'], action: 'clear', help: 'clear the manual tag'},
	{keys: ['u'], action: 'undo', help: 'undo the last tag'},
	{keys: ['b'], action: 'browser', help: 'open the ticket in the browser', footer: {text: 'browser', priority: 1}},
	{keys: ['escape'], action: 'back', help: 'back to the figures', label: 'esc', footer: {text: 'back', priority: 2}},
];

/**
 * The figure a view has opened: its JSON path and its label. The list's heading reads the
 * value off the figure at each render, not when it was opened: a tag from the list changes it.
 */
export interface OpenFigure {
	readonly path: string;
	readonly label: string;
}

/** A figure's value as the views show it: "48%", "3.8 d", "16", or "–". */
export function figureValueText(figure: Figure | undefined): string {
	if (!figure) return '–';
	if (figure.unit === 'share') return formatPercent(figure.value);
	if (figure.unit === 'days') return formatDays(figure.value);
	return figure.value === null ? '–' : String(figure.value);
}

/**
 * "56 tickets" beside a figure's value, or nothing where the value is that very count: "On
 * time 36" said it once, "36 · 36 tickets" twice. A share, a duration or a count of something
 * else ("15" postponements over 14 tickets) keeps its tickets' count.
 */
export function figureTicketsText(figure: Figure | undefined): string {
	const count = figure?.tickets.length ?? 0;
	if (figure?.unit === 'count' && figure.value === count) return '';
	return `${count} ticket${count === 1 ? '' : 's'}`;
}

/** The widest a reason column grows beside a title: "due Tue 17 Nov, completed Thu 19 Nov: late by 2 d" and a little more. */
const maxWhyWidth = 60;
/** The narrowest title worth showing: fewer columns say less than the reason they would take. */
const minTitleWidth = 24;

/**
 * The columns at `width`: key, category and why it counts; on a terminal with room left once
 * the reasons have their widest (up to 60), the title too, taking the rest. Narrower, the
 * title's column is empty (width 0) and the reason takes the line.
 */
export function figureColumns(width: number, rows: ReadonlyArray<readonly ToneCell[]> = []): Column[] {
	const people = width >= 100 ? 16 : 12;
	const widestWhy = Math.max(20, ...rows.map((cells) => textWidth(cells[whyIndex]?.text ?? '')));
	const whyWidth = Math.min(maxWhyWidth, widestWhy);
	const widestKey = Math.max(9, ...rows.map((cells) => textWidth(cells[1]?.text ?? '')));
	// Mark, key, category, title, why, assignee, report: six gaps.
	const titleRoom = width - (1 + widestKey + 12 + whyWidth + 2 * people + 6);
	const hasTitle = titleRoom >= minTitleWidth;
	return [
		markColumn,
		{header: 'key', width: 9},
		{header: 'category', width: 12},
		hasTitle ? {header: 'title', width: minTitleWidth, flex: true} : {header: 'title', width: 0},
		hasTitle ? {header: 'why it counts', width: whyWidth} : {header: 'why it counts', width: width >= 100 ? 20 : 34, flex: true},
		{header: 'assignee', width: people, optional: true, isName: true},
		{header: 'report', width: people, optional: true, isName: true},
	];
}

/** Where the reason is among a row's cells. */
const whyIndex = 4;

const weekdayBeforeDate = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?=\d)/gu;

/**
 * A reason cut to `width` without losing its verdict: a reason ends in what it means ("…: late
 * by 3 d", "…: on time"), and a cut from the end took exactly that ("completed Fri 4 Dec:
 * late …"). Too wide, the dates first lose their weekdays, then the facts before the verdict
 * lose whole clauses from their end; a reason with no verdict is cut between words.
 */
export function fitReason(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	const short = text.replace(weekdayBeforeDate, '');
	if (textWidth(short) <= width) return short;
	const colon = verdictColon(short);
	if (colon < 0) return truncateWords(short, width);
	const verdict = short.slice(colon + 2);
	const clauses = short.slice(0, colon).split(', ');
	const room = width - textWidth(verdict) - 3; // "…: "
	while (clauses.length > 0 && textWidth(clauses.join(', ')) > room) clauses.pop();
	return clauses.length === 0 ? truncateWords(short, width) : `${clauses.join(', ')}…: ${verdict}`;
}

/** Where the last ": " outside brackets is ("(rule: label incident)" is no verdict), or -1. */
function verdictColon(text: string): number {
	let depth = 0;
	let found = -1;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '(') depth++;
		else if (char === ')') depth = Math.max(0, depth - 1);
		else if (char === ':' && text[index + 1] === ' ' && depth === 0) found = index;
	}
	return found;
}

/** The rows of a figure's ticket list: plain data, sanitised for the terminal. */
export function figureTicketRows(figure: Figure | undefined, source: Pick<ReviewSource, 'review'>): Array<{readonly ticketId: string; readonly cells: readonly ToneCell[]}> {
	if (!figure) return [];
	const {review} = source;
	return figure.tickets.flatMap((counted) => {
		const ticket = review.ticketsById.get(counted.ticketId);
		if (!ticket) return [];
		const text = ticketText(ticket, review);
		const report = ticket.assigneeId === null ? undefined : review.roster.reports.find((candidate) => candidate.groupIds.has(ticket.assigneeId ?? ''));
		return [
			{
				ticketId: ticket.id,
				cells: [
					{text: ''},
					{text: text.key},
					{text: categoryWords[text.category], tone: text.category === 'unclassified' ? 'muted' : text.category},
					{text: text.title},
					{text: toTerminalLine(counted.why)},
					{text: text.assignee, tone: 'muted'},
					{text: report ? toTerminalLine(report.name) : '–', tone: 'muted'},
				],
			},
		];
	});
}

export interface FigureDrill {
	readonly open: OpenFigure | null;
	readonly setOpen: (figure: OpenFigure | null) => void;
}

export function useFigureDrill(): FigureDrill {
	const [open, setOpen] = useState<OpenFigure | null>(null);
	return {open, setOpen};
}

export interface FigureTicketsProps {
	readonly drill: FigureDrill;
	readonly source: ReviewSource;
	readonly report: WeekReport;
	readonly width: number;
	readonly height: number;
	readonly isActive: boolean;
	readonly setStatus: (message: string) => void;
}

/** The open figure's tickets, with their keys; Esc closes it. */
export function FigureTickets({drill, source, report, width, height, isActive, setStatus}: FigureTicketsProps) {
	const [scroll, setScroll] = useState<ScrollState>(initialScroll);
	const figure = drill.open ? findFigure(report, drill.open.path, source.review.ticketsById) : undefined;
	const rows = figureTicketRows(figure, source);
	const columns = figureColumns(width, rows.map((row) => row.cells));
	const whyWidth = layoutColumns(fitKeyColumn(columns, rows.map((row) => row.cells)), width)[whyIndex] ?? 0;
	const cells = rows.map((row) => row.cells.map((cell, index) => (index === whyIndex ? {...cell, text: fitReason(cell.text, whyWidth)} : cell)));
	const visible = listRows(rows.length, height - listTableChrome - 1);
	const fitted = fitScroll(scroll, rows.length, visible);

	const tag = (category: Category | null) => {
		const row = rows[fitted.selected];
		if (!row) return;
		const ticket = source.review.ticketsById.get(row.ticketId);
		source.tag([row.ticketId], category);
		setStatus(`${ticket ? toTerminalLine(ticket.key) : 'ticket'} → ${category === null ? 'tag cleared' : categoryWords[category]}`);
	};

	useBindings(
		figureTicketBindings,
		(action) => {
			if (isScrollMove(action)) setScroll((current) => moveScroll(current, action, rows.length, visible));
			else if (action === 'operational' || action === 'strategic') tag(action);
			else if (action === 'clear') tag(null);
			else if (action === 'undo') setStatus(source.undoTag() === null ? 'nothing to undo' : 'undone');
			else if (action === 'browser') {
				const ticket = source.review.ticketsById.get(rows[fitted.selected]?.ticketId ?? '');
				if (ticket) setStatus(openInBrowser(ticket.url, toTerminalLine(ticket.key), setStatus));
			} else drill.setOpen(null);
		},
		{isActive: isActive && drill.open !== null},
	);

	if (!drill.open) return null;
	const tickets = figureTicketsText(figure);
	const title = `${drill.open.label} ${figureValueText(figure)}${tickets === '' ? '' : ` · ${tickets}`}`;
	return (
		<ListTable
			title={`${title} · ${footerLine(figureTicketBindings, width - textWidth(title) - 5)}`}
			isFocused
			columns={columns}
			rows={cells}
			scroll={fitted}
			emptyText={`this figure counts no ticket ${weekWords(report.week.id, report.isCurrent).during}`}
			width={width}
			height={height - 1}
		/>
	);
}
