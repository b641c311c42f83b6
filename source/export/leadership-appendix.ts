import {dueSentence, promiseSentence} from '../domain/figure-format.js';
import {sparkline} from '../text/sparkline.js';
import {creditedHolder} from '../domain/metrics/ticket-facts.js';
import {blocks, days, heading, join, percent, plural, shareChange, table, text, trusted, type Inline} from './markdown.js';
import {completedCell, dateCell, personName, snapshotWeekWords, ticketCells, ticketOf} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';
import {payoffReading, targetStatus, targetVerdict} from './leadership-readings.js';
import {orgEffortLines, orgRiskLines} from './version2-notes.js';
import {sinceAppendixForLeadership} from './since-markdown.js';

/** The leadership summary's appendix (`export --detail full`): the tables behind the page. */
export function leadershipAppendix(s: ReviewSnapshot): string[] {
	return [
		heading(2, trusted('Appendix: the full tables')),
		...sinceAppendixForLeadership(s),
		heading(3, trusted('Business alignment')),
		businessAlignment(s),
		orgEffortLines(s),
		heading(3, trusted('Risks')),
		risks(s),
		orgRiskLines(s),
		heading(3, trusted('Team development')),
		teamDevelopment(s),
		heading(3, trusted('Technical excellence')),
		technicalExcellence(s),
	];
}

function businessAlignment(s: ReviewSnapshot): string {
	const {completed, inProgress} = s.report.metrics.allocation;
	const target = s.targets.firefightingShare;
	const status = targetStatus(completed.operationalShare, target);
	const trend = s.report.trend;
	const previous = trend.length >= 2 ? (trend[trend.length - 2]?.operationalShare ?? null) : null;
	const change = shareChange(completed.operationalShare, previous);
	const headline =
		status === 'no figure'
			? `No categorised work was completed ${snapshotWeekWords(s).during}, so the firefighting share has no figure (target ≤ ${percent(target)}).`
			: `Firefighting took ${percent(completed.operationalShare)} of sorted completed work against a target of ≤ ${percent(target)}: ${targetVerdict(completed, target)}` +
				(previous === null ? '.' : ` (previous week ${percent(previous)}, ${change}).`);
	const weeksOnTarget = trend.filter((row) => targetStatus(row.operationalShare, target) === 'on target').length;
	const weeksWithFigure = trend.filter((row) => row.operationalShare !== null).length;
	const rows = trend.map((row) => [
		trusted(row.week),
		percent(row.operationalShare),
		trusted(targetStatus(row.operationalShare, target)),
		percent(row.onTimeRate),
		percent(row.keptRate),
	]);
	return blocks([
		trusted(headline),
		trusted(
			`Completed: ${completed.operational} firefighting · ${completed.strategic} improvement · ${completed.unclassified} unsorted. ` +
				`In progress ${snapshotWeekWords(s).atMoment}: ${inProgress.operational} firefighting · ${inProgress.strategic} improvement · ${inProgress.unclassified} unsorted (firefighting ${percent(inProgress.operationalShare)}).`,
		),
		trusted(
			`On target in ${weeksOnTarget} of the ${plural(weeksWithFigure, 'week')} with a figure; firefighting share, oldest first: ${sparkline(
				trend.map((row) => row.operationalShare),
				'share',
			)}`,
		),
		table(['Week', 'Firefighting share', 'Against target', 'On-time rate', 'Kept rate'], rows, trusted('No trend weeks.')),
	]);
}

function risks(s: ReviewSnapshot): string {
	const {predictability: p, blockers: b} = s.report.metrics;
	const {details} = s.report;
	const credited = (ticketId: string) => creditedCell(s, ticketId);
	const slipRows = details.slips
		.slice(0, 5)
		.map((item) => [...ticketCells(s, item.ticketId), credited(item.ticketId), dateCell(item.dueDate), completedCell(s, item.completedDate), days(item.slipDays)]);
	const brokenRows = details.brokenPromises
		.slice(0, 10)
		.map((item) => [...ticketCells(s, item.ticketId), credited(item.ticketId), dateCell(item.firstDueDate), dateCell(item.currentDueDate)]);
	const blockedRows = details.blocked
		.filter((item) => item.isBlockedNow)
		.sort((x, y) => y.days - x.days)
		.slice(0, 5)
		.map((item) => [...ticketCells(s, item.ticketId), days(item.days), text(item.reason)]);
	const themeRows = details.themes.map((theme) => [text(theme.name), trusted(String(theme.count)), trusted(String(theme.weeks)), trusted(theme.weekIds.join(', '))]);
	const more = (shown: number, total: number) => (total > shown ? trusted(`(${total - shown} more not shown.)`) : trusted(''));
	return blocks([
		trusted(
			`Deadlines: ${dueSentence(p, snapshotWeekWords(s).during)}. Promises: ${promiseSentence(p, snapshotWeekWords(s).during)}. ` +
				`${plural(p.postponements, 'postponement')}; median slip ${days(p.medianSlipDays)} over ${plural(s.report.details.slips.length, 'ticket')} completed late.`,
		),
		heading(4, trusted('Biggest slips')),
		table(['Key', 'Title', 'Completed by', 'Due', 'Completed', 'Slip'], slipRows, trusted('none')),
		more(slipRows.length, details.slips.length),
		heading(4, trusted(`Broken promises (${details.brokenPromises.length})`)),
		table(['Key', 'Title', `Completed by (or held ${heldWhen(s)})`, 'First due', 'Due now'], brokenRows, trusted('none')),
		more(brokenRows.length, details.brokenPromises.length),
		heading(4, trusted('Blockers')),
		trusted(
			`${plural(b.blocked, 'ticket')} blocked ${snapshotWeekWords(s).during}, ${b.blockedNow} still blocked ${snapshotWeekWords(s).atItsEnd}` +
				(b.blockedNow > 0 ? `, for a median ${days(b.medianOpenBlockedDays)}${snapshotWeekWords(s).isCurrent ? ' so far' : ''}` : '') +
				`; blocks that ended ${snapshotWeekWords(s).during} lasted a median ${days(b.medianBlockedDays)}.`,
		),
		table(['Key', 'Title', 'Blocked for', 'Why'], blockedRows, trusted(`Nothing is blocked ${snapshotWeekWords(s).atMoment}.`)),
		heading(4, trusted('Recurring firefighting themes')),
		trusted('The same label, component or project burning week after week: candidates for an improvement investment.'),
		table(['Theme', 'Tickets', 'Weeks', 'Burned in'], themeRows, trusted('none')),
	]);
}

/**
 * The person a slip or a broken promise counts against, as the groups' kept rates read it
 * (ticket-facts.ts `creditedHolder`): who completed it, or who held it at the week's end (now,
 * while the week runs) when it was not completed by then — said in the cell, so a reader never takes today's holder (often
 * the director, after a hand-back) for the one who slipped.
 */
function creditedCell(s: ReviewSnapshot, ticketId: string): Inline {
	const ticket = ticketOf(s, ticketId);
	if (ticket === null) return trusted('–');
	const {personId, atCompletion} = creditedHolder(ticket, s.report.asOf);
	const name = text(personName(s, personId) ?? 'nobody');
	return atCompletion ? name : join([name, trusted(` (held ${heldWhen(s)})`)]);
}

/** asOf(W) in a cell: the week's end once it is over, "now" while it runs (figure-words.ts). */
function heldWhen(s: ReviewSnapshot): string {
	return s.report.isCurrent ? 'now' : 'at week end';
}

function teamDevelopment(s: ReviewSnapshot): string {
	const d = s.report.metrics.delegation;
	const rows = d.reports.map((row) => [
		text(row.name),
		trusted(String(row.delegated)),
		trusted(String(row.open)),
		trusted(String(row.completed)),
		trusted(String(row.overdue)),
		trusted(String(row.stale)),
		trusted(String(row.takenBack)),
		percent(row.strategicShare),
	]);
	return blocks([
		trusted(
			`Delegation rate ${percent(d.delegationRate)}: ${plural(d.delegated, 'ticket')} delegated to reports’ groups, ${d.director.completed} completed by the director, ` +
				`${d.takenBack} taken back. The director’s open load: ${d.director.open}; over the trend weeks: ${sparkline(
					s.report.trend.map((row) => row.directorOpen),
					'count',
				)}`,
		),
		trusted('Strategic share shows whether each report’s group is being grown with improvement work, not only fires.'),
		table(['Report', 'Delegated', 'Open', 'Completed', 'Overdue', 'Stale', 'Taken back', 'Strategic share'], rows, trusted('No reports in the roster.')),
	]);
}

function technicalExcellence(s: ReviewSnapshot): string {
	const {trend, trendMetrics, metrics} = s.report;
	const rows = trend.map((row, index) => {
		const completed = trendMetrics[index]?.allocation.completed;
		return [trusted(row.week), trusted(String(completed?.strategic ?? 0)), trusted(String(completed?.operational ?? 0)), percent(row.operationalShare)];
	});
	return blocks([
		trusted(
			`${plural(metrics.allocation.completed.strategic, 'improvement ticket')} completed ${snapshotWeekWords(s).during}; improvement completed per week, oldest first: ${sparkline(
				trendMetrics.map((week) => week.allocation.completed.strategic),
				'count',
			)}`,
		),
		trusted(payoffReading(trend.map((row) => row.week), trendMetrics)),
		table(['Week', 'Improvement completed', 'Firefighting completed', 'Firefighting share'], rows, trusted('No trend weeks.')),
	]);
}

