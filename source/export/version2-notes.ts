import {orgAtRisk} from '../domain/metrics/v2/org-at-risk.js';
import {formatDay, formatDays, formatPercent, formatPersonDays} from '../domain/figure-format.js';
import {element} from '../domain/metrics/v2/paths.js';
import type {ReportEffort} from '../domain/metrics/v2/types.js';
import type {ReportTalkingPointInput} from '../domain/talking-points.js';
import type {ResolvedReport} from '../domain/types.js';
import {isDueDateAhead} from '../domain/week.js';
import {blocks, join, text, trusted, type Inline} from './markdown.js';
import type {ReviewSnapshot} from './snapshot.js';

/** At most this many at-risk tickets are named in a note; the rest are counted. */
const namedAtRisk = 3;

function effortOf(s: ReviewSnapshot, report: ResolvedReport): ReportEffort | undefined {
	return s.report.version2.effort.reports.find((entry) => entry.name === report.name);
}

/** "12.5 person-days: 4 d firefighting · 7.5 d improvement · 1 d unsorted — firefighting 35% of the sorted days". */
function effortSentence(effort: ReportEffort | Omit<ReportEffort, 'name' | 'keptRate' | 'previousKeptRate'>, byCount: number | null): string {
	return (
		`Effort: ${formatPersonDays(effort.personDays)} — ${formatDays(effort.operational)} firefighting · ${formatDays(effort.strategic)} improvement · ${formatDays(effort.unclassified)} unsorted; ` +
		`firefighting ${formatPercent(effort.operationalShare)} of the sorted days (${formatPercent(byCount)} by tickets completed).`
	);
}

/**
 * The at-risk tickets of `reportName` (all reports when null), named: "PAY-9 (due 27 Nov, on
 * time 10%)". A ticket already past its due date has missed it, not risked it: those are
 * counted apart, and the ones still ahead of their date are named first, since they can
 * still be saved.
 */
function atRiskLine(s: ReviewSnapshot, reportName: string | null): Inline | null {
	const atRisk = reportName === null ? orgAtRisk(s.report.version2.promiseRisk) : s.report.version2.promiseRisk.filter((risk) => risk.atRisk && risk.report === reportName);
	if (atRisk.length === 0) return null;
	const isAhead = (risk: (typeof atRisk)[number]) => isDueDateAhead(risk.dueDate, s.week, s.now);
	const ahead = atRisk.filter(isAhead);
	const shown = [...ahead, ...atRisk.filter((risk) => !isAhead(risk))].slice(0, namedAtRisk);
	const named = shown.map((risk) =>
		join([text(risk.key), trusted(` (due ${formatDay(risk.dueDate)}, on time ${formatPercent(risk.onTimeProbability)}`), reportName === null ? join([trusted(', '), text(risk.report)]) : trusted(''), trusted(')')]),
	);
	const more = atRisk.length > namedAtRisk ? trusted(` and ${atRisk.length - namedAtRisk} more`) : trusted('');
	const head = `Promises at risk: ${atRisk.length} — ${ahead.length} likely to miss a due date still ahead, ${atRisk.length - ahead.length} already past due: `;
	return join([trusted(head), join(named, ', '), more, trusted('.')]);
}

/** The report's effort, interrupt share against kept rate, at-risk tickets and single-responder themes (1:1 note). */
export function reportVersion2Lines(s: ReviewSnapshot, report: ResolvedReport, byCount: number | null): string {
	const effort = effortOf(s, report);
	if (effort === undefined) return '';
	const lines: Inline[] = [
		trusted(effortSentence(effort, byCount)),
		trusted(
			`Interrupt share ${formatPercent(effort.interruptShare)} of their days, against promises kept ${formatPercent(effort.keptRate)} (previous week ${formatPercent(effort.previousKeptRate)}).`,
		),
	];
	const atRisk = atRiskLine(s, report.name);
	if (atRisk) lines.push(atRisk);
	const names = new Set([...report.reportIds].map((id) => s.peopleById.get(id)?.name).filter((name): name is string => name !== undefined));
	for (const theme of s.report.version2.themes) {
		if (theme.singleResponder && theme.topResponder !== null && names.has(theme.topResponder)) {
			lines.push(join([trusted('Single responder: they completed '), trusted(formatPercent(theme.topResponderShare)), trusted(' of '), text(theme.name), trusted(`’s ${theme.count} tickets.`)]));
		}
	}
	return blocks(lines);
}

/** The interrupt-rotation rule's input for one report (talking-points.ts), read off the same effort figures. */
export function reportInterrupts(s: ReviewSnapshot, report: ResolvedReport): ReportTalkingPointInput['interrupts'] {
	const effort = effortOf(s, report);
	if (effort === undefined) return undefined;
	const unplannedKeys = s.report.version2.figures[`${element('effort.reports', report.name)}.unplanned`] ?? [];
	return {interruptShare: effort.interruptShare, keptRate: effort.keptRate, previousKeptRate: effort.previousKeptRate, unplannedKeys};
}

/** The org's effort (leadership summary, Business alignment). */
export function orgEffortLines(s: ReviewSnapshot): string {
	const {version2, metrics} = s.report;
	return blocks([trusted(effortSentence(version2.effort.org, metrics.allocation.completed.operationalShare)), trusted(`Interrupt share ${formatPercent(version2.effort.org.interruptShare)} of all days.`)]);
}

/** The org's version 2 risks (leadership summary, Risks): at-risk promises, single responders, unowned fires. */
export function orgRiskLines(s: ReviewSnapshot): string {
	const {version2} = s.report;
	const lines: Inline[] = [];
	const atRisk = atRiskLine(s, null);
	if (atRisk) lines.push(atRisk);
	const single = version2.themes.filter((theme) => theme.singleResponder && theme.topResponder !== null);
	if (single.length > 0) lines.push(join([trusted('Single responders: '), join(single.map((theme) => text(`${theme.name} — ${theme.topResponder ?? ''} ${formatPercent(theme.topResponderShare)}`)), '; '), trusted('.')]));
	const fires = version2.unownedFires;
	if (fires.length > 0) {
		const named = fires.slice(0, namedAtRisk).map((fire) => join([text(fire.key), trusted(` (${formatDays(fire.ageDays)})`)]));
		lines.push(join([trusted(`Unowned fires: ${fires.length}, oldest first — `), join(named, ', '), trusted(fires.length > namedAtRisk ? ` and ${fires.length - namedAtRisk} more.` : '.')]));
	}
	return lines.length === 0 ? trusted('No open promise at risk, no single responder, no unowned fire.') : blocks(lines);
}
