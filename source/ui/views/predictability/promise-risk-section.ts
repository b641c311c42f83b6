import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {markColumn} from '../../components/table.js';
import {percent, shortDate} from '../../format.js';
import type {Section} from './section.js';

/**
 * Promise risk (metrics.md "Version 2 metrics"): the open tickets at risk of missing their due
 * date, grouped by report (the roster's order), the least likely first within each.
 */
export function promiseRiskSection(report: WeekReport): Section {
	const order = new Map(report.version2.effort.reports.map((entry, index) => [entry.name, index]));
	const atRisk = report.version2.promiseRisk
		.filter((risk) => risk.atRisk)
		.toSorted((a, b) => (order.get(a.report) ?? 0) - (order.get(b.report) ?? 0) || (a.onTimeProbability ?? 0) - (b.onTimeProbability ?? 0) || a.dueDate.localeCompare(b.dueDate));
	return {
		id: 'risk',
		title: `At risk · open, past due or due within 28 days · ${report.week.id}`,
		columns: [
			markColumn,
			{header: 'report', width: 10, flex: true, maxWidth: 20},
			{header: 'key', width: 9},
			{header: 'due', width: 10},
			{header: 'on time', width: 7, align: 'right'},
			{header: 'kept', width: 5, align: 'right'},
			{header: 'first due', width: 10, optional: true},
		],
		rows: atRisk.map((risk) => [
			{text: ''},
			{text: toTerminalLine(risk.report)},
			{text: toTerminalLine(risk.key)},
			{text: shortDate(risk.dueDate), tone: 'bad'},
			{text: percent(risk.onTimeProbability), tone: 'bad'},
			{text: percent(risk.keptProbability)},
			{text: risk.firstDueDate === null ? '–' : shortDate(risk.firstDueDate), tone: 'muted'},
		]),
		emptyText: `No open ticket is at risk of missing its due date as of ${report.week.id}`,
	};
}
