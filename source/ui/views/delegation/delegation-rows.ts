import {weekWords} from '../../../domain/figure-words.js';
import type {ReportDelegation, WeekMetrics} from '../../../domain/metrics/types.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {sparkline} from '../../../text/sparkline.js';
import {ticketsOf, ticketText, type ReviewMaps, type TicketText} from '../../components/ticket-text.js';
import {percent} from '../../format.js';

export type DelegationFigure = 'delegated' | 'open' | 'completed' | 'overdue' | 'stale' | 'takenBack' | 'strategicShare';

/**
 * `narrow`: the header below 80 columns, where the figures narrow to five columns: whole rather
 * than cut, and never another figure's name (metrics.md). Overdue keeps its word and its column
 * two wider: "o/due" was hard to read, and "late" is predictability's count of tickets
 * completed after their due date.
 */
export const delegationFigures: ReadonlyArray<{readonly id: DelegationFigure; readonly header: string; readonly narrow: string; readonly label: string}> = [
	{id: 'delegated', header: 'deleg.', narrow: 'deleg', label: 'delegated'},
	{id: 'open', header: 'open', narrow: 'open', label: 'open'},
	{id: 'completed', header: 'done', narrow: 'done', label: 'done'},
	{id: 'overdue', header: 'overdue', narrow: 'overdue', label: 'overdue'},
	{id: 'stale', header: 'stale', narrow: 'stale', label: 'stale'},
	{id: 'takenBack', header: 'back', narrow: 'back', label: 'taken back'},
	{id: 'strategicShare', header: 'strat.', narrow: 'strat', label: 'strategic'},
];

export interface Figure {
	readonly value: string;
	/** Sparkline over the trend weeks, oldest first; '' when the figure has no meaning for the row. */
	readonly trend: string;
	/** Above zero where zero is the good news (overdue, stale, taken back). */
	readonly isAlarming: boolean;
}

/** One selectable line of the Delegation table: a report, or the director's own load. */
export interface DelegationRow {
	readonly kind: 'report' | 'director';
	/** The roster name, as the metrics and details key it. */
	readonly name: string;
	readonly label: string;
	readonly figures: Readonly<Record<DelegationFigure, Figure>>;
}

const alarming: ReadonlySet<DelegationFigure> = new Set(['overdue', 'stale', 'takenBack']);

function figureOf(report: ReportDelegation | undefined, id: DelegationFigure): number | null {
	if (!report) return null;
	return report[id];
}

/**
 * One row per report (trends matched by name across the trend weeks: a report who joined
 * later shows gaps, not zeros), then the director's own open load and done count.
 */
export function delegationRows(report: WeekReport): DelegationRow[] {
	const {trendMetrics} = report;
	const rows: DelegationRow[] = report.metrics.delegation.reports.map((current) => {
		const history = trendMetrics.map((m) => m.delegation.reports.find((r) => r.name === current.name));
		const figures = {} as Record<DelegationFigure, Figure>;
		for (const {id} of delegationFigures) {
			const value = figureOf(current, id);
			const series = history.map((r) => figureOf(r, id));
			figures[id] =
				id === 'strategicShare'
					? {value: percent(value), trend: sparkline(series, 'share'), isAlarming: false}
					: {value: String(value ?? 0), trend: sparkline(series, 'count'), isAlarming: alarming.has(id) && (value ?? 0) > 0};
		}

		return {kind: 'report', name: current.name, label: toTerminalLine(current.name), figures};
	});

	rows.push(directorRow(report.metrics, trendMetrics));
	return rows;
}

function directorRow(metrics: WeekMetrics, trendMetrics: readonly WeekMetrics[]): DelegationRow {
	const none: Figure = {value: '–', trend: '', isAlarming: false};
	const {director} = metrics.delegation;
	return {
		kind: 'director',
		name: '',
		label: 'You (director)',
		figures: {
			delegated: none,
			open: {value: String(director.open), trend: sparkline(trendMetrics.map((m) => m.delegation.director.open)), isAlarming: false},
			completed: {value: String(director.completed), trend: sparkline(trendMetrics.map((m) => m.delegation.director.completed)), isAlarming: false},
			overdue: none,
			stale: none,
			takenBack: none,
			strategicShare: none,
		},
	};
}

export type TicketState = 'overdue' | 'overdueStale' | 'stale' | 'open' | 'done' | 'takenBack';

export const ticketStateWords: Record<TicketState, string> = {
	overdue: '! overdue',
	// Counted in both the row's overdue and its stale figures: the list says both.
	overdueStale: '! overdue, stale',
	stale: '~ stale',
	open: '  open',
	done: '✓ done',
	takenBack: '↩ taken back',
};

export interface DelegatedTicket extends TicketText {
	readonly state: TicketState;
}

/**
 * The drill-down of one row: a report's open delegated tickets (overdue, then stale, then
 * the rest), then those done this week, then those the director took back; for the
 * director's row, the tickets open on the director.
 */
export function rowTickets(row: DelegationRow, report: WeekReport, review: ReviewMaps): DelegatedTicket[] {
	if (row.kind === 'director') {
		return ticketsOf(report.details.directorOpenIds, review).map((ticket) => ({...ticketText(ticket, review), state: 'open'}));
	}

	const details = report.details.reports.find((r) => r.name === row.name);
	if (!details) return [];
	const overdue = new Set(details.overdueIds);
	const stale = new Set(details.staleIds);
	const rank = (id: string) => (overdue.has(id) ? 0 : stale.has(id) ? 1 : 2);
	const open = [...details.openIds].sort((a, b) => rank(a) - rank(b));
	const seen = new Set<string>();
	const list: DelegatedTicket[] = [];
	const add = (ids: readonly string[], state: (id: string) => TicketState) => {
		for (const ticket of ticketsOf(ids, review)) {
			if (seen.has(ticket.id)) continue;
			seen.add(ticket.id);
			list.push({...ticketText(ticket, review), state: state(ticket.id)});
		}
	};

	add(open, (id) => (overdue.has(id) ? (stale.has(id) ? 'overdueStale' : 'overdue') : stale.has(id) ? 'stale' : 'open'));
	add(details.completedIds, () => 'done');
	// Listed again when it is open or done as well (taken back and handed back in the week):
	// the taken-back rows are the row's takenBack figure's tickets, every one of them.
	for (const id of open) seen.delete(id);
	for (const id of details.completedIds) seen.delete(id);
	add(details.takenBackIds, () => 'takenBack');
	return list;
}

/** What an empty drill-down says, plainly. */
export function emptyTicketsText(row: DelegationRow, report: WeekReport): string {
	const words = weekWords(report.week.id, report.isCurrent);
	return row.kind === 'director' ? `No open tickets assigned to you ${words.isCurrent ? words.moment : `at ${words.moment}`}` : `No delegated tickets for ${row.label} ${words.during}`;
}

/**
 * The drill-down's title: whose tickets and how many of each kind, in the words of the row's
 * figures ("Alex Kim's tickets · 3 open · 2 done"); never "delegated" with the list's length,
 * which would read against the row's delegated-this-week figure.
 */
export function rowTicketsTitle(label: string, tickets: readonly DelegatedTicket[]): string {
	const count = (states: readonly TicketState[]) => tickets.filter((ticket) => states.includes(ticket.state)).length;
	const parts = [
		[count(['open', 'overdue', 'overdueStale', 'stale']), 'open'],
		[count(['done']), 'done'],
		[count(['takenBack']), 'taken back'],
	] as const;
	const shown = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
	return `${label}'s tickets · ${shown.length > 0 ? shown.join(' · ') : 'none'}`;
}
