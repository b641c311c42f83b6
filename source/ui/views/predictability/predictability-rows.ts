import type {Predictability} from '../../../domain/metrics/types.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {weekWords} from '../../../domain/figure-words.js';
import type {Tone, ToneCell} from '../../components/list-table.js';
import {sparkline} from '../../../text/sparkline.js';
import {markColumn, type Column} from '../../components/table.js';
import {ticketsOf, ticketText, type ReviewMaps} from '../../components/ticket-text.js';
import {days, percent, shortDate} from '../../format.js';
import {promiseRiskSection} from './promise-risk-section.js';
import type {Section, SectionId} from './section.js';

import type {HeadlineRow} from '../../components/headline.js';

export type {HeadlineRow};

/** The week's four predictability figures with their trend over the trend weeks. */
export function headlineRows(report: WeekReport): HeadlineRow[] {
	const p = report.metrics.predictability;
	const series = report.trendMetrics.map((m) => m.predictability);
	return [
		{
			label: 'On-time rate',
			value: percent(p.onTimeRate),
			trend: sparkline(series.map((s) => s.onTimeRate), 'share'),
			detail: onTimeDetail(p),
		},
		{
			label: 'Kept promises',
			value: percent(p.keptRate),
			trend: sparkline(series.map((s) => s.keptRate), 'share'),
			detail: keptDetail(p),
		},
		{label: 'Postponements', value: String(p.postponements), trend: sparkline(series.map((s) => s.postponements)), detail: `due dates moved later ${weekWords(report.week.id, report.isCurrent).during}`},
		{label: 'Median slip', value: days(p.medianSlipDays), trend: sparkline(series.map((s) => s.medianSlipDays)), detail: medianSlipDetail(p.late, report.details.slips.length)},
	];
}

/** What the on-time rate counts, in the same words wherever the rate shows. */
export function onTimeDetail(p: Predictability): string {
	return `${p.onTime} on time · ${p.late} late · ${p.pending} pending of ${p.due} due`;
}

/**
 * What the kept-promise rate counts, in the same words wherever the rate shows. A promise
 * first due later this week and still open is neither kept nor broken yet. Postponements
 * are a figure of their own: a promise counts by its first due date, postponed or not.
 */
export function keptDetail(p: Predictability): string {
	return `${p.kept} kept · ${p.broken} broken · ${p.committed - p.kept - p.broken} open of ${p.committed} promised`;
}

/**
 * The median slip is over the late tickets already completed (only they have a slip), so
 * it names that count, and the late ones still open beside it.
 */
export function medianSlipDetail(late: number, completedLate: number): string {
	const open = late - completedLate;
	const still = open > 0 ? ` (${open} late still open)` : '';
	return completedLate === 0 ? `no late ticket completed yet${still}` : `over ${completedLate} completed late${still}`;
}

export type {Section, SectionId} from './section.js';

export const sectionOrder: readonly SectionId[] = ['weekly', 'teams', 'slips', 'cycles', 'risk'];


const rateTone = (rate: number | null): Tone => (rate === null ? 'muted' : rate >= 0.8 ? 'good' : rate < 0.5 ? 'bad' : 'warn');

/** The figures shared by the weekly and the per-team tables. */
function predictabilityCells(p: Predictability, withPending: boolean): ToneCell[] {
	return [
		{text: String(p.due)},
		{text: String(p.onTime)},
		{text: String(p.late), tone: p.late > 0 ? 'bad' : undefined},
		...(withPending ? [{text: String(p.pending)}] : []),
		{text: percent(p.onTimeRate), tone: rateTone(p.onTimeRate)},
		{text: String(p.committed)},
		{text: String(p.kept)},
		{text: String(p.broken), tone: p.broken > 0 ? 'bad' : undefined},
		{text: percent(p.keptRate), tone: rateTone(p.keptRate)},
		{text: String(p.postponements), tone: p.postponements > 0 ? 'warn' : undefined},
		{text: days(p.medianSlipDays)},
	];
}

/**
 * The headers say which column is a count and which a rate ("on time" beside "on-time" read
 * as the same figure twice), and name promises as the headline does ("of 62 promised").
 */
const figureColumns = (withPending: boolean): Column[] => [
	{header: 'due', width: 4, align: 'right'},
	{header: 'on time', width: 7, align: 'right'},
	{header: 'late', width: 4, align: 'right'},
	...(withPending ? [{header: 'pending', width: 7, align: 'right', optional: true} satisfies Column] : []),
	{header: 'on time %', width: 9, align: 'right'},
	{header: 'promised', width: 8, align: 'right'},
	{header: 'kept', width: 4, align: 'right'},
	{header: 'broken', width: 6, align: 'right'},
	{header: 'kept %', width: 6, align: 'right'},
	{header: 'postp.', width: 6, align: 'right'},
	// "3.5 d" at most: the median slip is shown in tenths of a day.
	{header: 'slip', width: 5, align: 'right'},
];

/** One row per trend week, oldest first; the current week is starred ("so far"). */
export function weeklySection(report: WeekReport): Section {
	const last = report.trend.length - 1;
	return {
		id: 'weekly',
		title: `Weekly · last ${report.trend.length} week${report.trend.length === 1 ? '' : 's'}${report.isCurrent ? ' · * so far' : ''}`,
		columns: [markColumn, {header: 'week', width: 9}, ...figureColumns(false)],
		rows: report.trend.map((row, index) => {
			const metrics = report.trendMetrics[index];
			const label = index === last && report.isCurrent ? `${row.week}*` : row.week;
			return [{text: ''}, {text: label}, ...(metrics ? predictabilityCells(metrics.predictability, false) : [])];
		}),
		emptyText: 'No weeks to show',
	};
}

/** Predictability per team (the tracker's team or project), for the week. */
export function teamsSection(report: WeekReport): Section {
	return {
		id: 'teams',
		title: `Per team · ${report.week.id}`,
		columns: [markColumn, {header: 'team', width: 8, flex: true, maxWidth: 24}, ...figureColumns(true)],
		rows: report.details.teams.map((team) => [{text: ''}, {text: toTerminalLine(team.team)}, ...predictabilityCells(team, true)]),
		emptyText: `No ticket was due or first promised in ${report.week.id}`,
	};
}

/** The week's late completions, the worst slip first. */
export function slipsSection(report: WeekReport, review: ReviewMaps): Section {
	const slips = new Map(report.details.slips.map((slip) => [slip.ticketId, slip]));
	const tickets = ticketsOf(report.details.slips.map((slip) => slip.ticketId), review);
	return {
		id: 'slips',
		title: `Worst slips · ${report.week.id}`,
		columns: [
			markColumn,
			{header: 'key', width: 9},
			{header: 'title', width: 12, flex: true},
			{header: 'due → done', width: 15},
			{header: 'slip', width: 7, align: 'right'},
			{header: 'assignee', width: 14, optional: true, isName: true},
		],
		rows: tickets.map((ticket) => {
			const slip = slips.get(ticket.id);
			const text = ticketText(ticket, review);
			return [
				{text: ''},
				{text: text.key},
				{text: text.title},
				{text: slip ? `${shortDate(slip.dueDate)} → ${shortDate(slip.completedDate)}` : ''},
				{text: slip ? `+${slip.slipDays} d` : '', tone: 'bad'},
				{text: text.assignee, tone: 'muted'},
			];
		}),
		emptyText: `Nothing completed late in ${report.week.id}: no slips`,
	};
}

/** Commitment integrity of the cycles or sprints completed in the week and those running at its end (metrics.md Version 2). */
export function cyclesSection(report: WeekReport): Section {
	return {
		id: 'cycles',
		title: `Commitment per cycle / sprint · ${report.week.id}`,
		columns: [
			markColumn,
			{header: 'cycle / sprint', width: 12, flex: true, maxWidth: 32},
			{header: 'team', width: 8, optional: true},
			{header: 'dates', width: 15},
			{header: 'planned', width: 7, align: 'right'},
			// Narrow terminals keep the accuracy (the figure) and let the counts behind it go.
			{header: 'added', width: 5, align: 'right', optional: true},
			{header: 'removed', width: 7, align: 'right', optional: true},
			{header: 'done', width: 5, align: 'right'},
			{header: 'accuracy', width: 8, align: 'right'},
			{header: 'scope', width: 5, align: 'right', optional: true},
		],
		rows: report.version2.iterations.map((iteration) => [
			{text: ''},
			{text: toTerminalLine(iteration.running ? `${iteration.name} (running)` : iteration.name)},
			{text: iteration.team === null ? '–' : toTerminalLine(iteration.team), tone: 'muted'},
			{text: `${shortDate(iteration.start)} – ${shortDate(iteration.end)}`},
			{text: String(iteration.planned)},
			{text: String(iteration.added)},
			{text: String(iteration.removed)},
			{text: String(iteration.completedPlanned)},
			{text: percent(iteration.planningAccuracy), tone: rateTone(iteration.planningAccuracy)},
			{text: percent(iteration.scopeChange)},
		]),
		emptyText: `No cycle or sprint ended or ran in ${report.week.id}`,
	};
}

export function predictabilitySections(report: WeekReport, review: ReviewMaps): Record<SectionId, Section> {
	return {weekly: weeklySection(report), teams: teamsSection(report), slips: slipsSection(report, review), cycles: cyclesSection(report), risk: promiseRiskSection(report)};
}
