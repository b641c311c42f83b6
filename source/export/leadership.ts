import {dueSentence, percentOf, promiseSentence, unsortedNote} from '../domain/figure-format.js';
import type {AllocationCounts, WeekMetrics} from '../domain/metrics/types.js';
import {sparkline} from '../ui/components/sparkline.js';
import type {ExportFile} from './write-files.js';
import {blocks, days, document, heading, join, percent, plural, shareChange, table, text, trusted} from './markdown.js';
import {asOfLine, completedCell, dateCell, personName, ticketCells, ticketOf, weekLabel} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';
import {sinceSectionForLeadership} from './since-markdown.js';
import {orgEffortLines, orgRiskLines} from './version2-notes.js';

export function leadershipFileName(s: ReviewSnapshot): string {
	return `leadership-${s.week.id}.md`;
}

/**
 * The org summary for the director's own leadership, framed as business alignment, risks,
 * team development and technical excellence. Figures are the JSON export's metrics objects.
 */
export function buildLeadership(s: ReviewSnapshot, _detail: "page" | "full" = "page"): ExportFile {
	const content = document([
		heading(1, join([trusted('Engineering summary — '), weekLabel(s)])),
		asOfLine(s),
		...sinceSectionForLeadership(s),
		heading(2, trusted('Business alignment')),
		businessAlignment(s),
		orgEffortLines(s),
		heading(2, trusted('Risks')),
		risks(s),
		orgRiskLines(s),
		heading(2, trusted('Team development')),
		teamDevelopment(s),
		heading(2, trusted('Technical excellence')),
		technicalExcellence(s),
	]);
	return {name: leadershipFileName(s), content};
}

/** Where the firefighting share stands against the target, in whole percentages as shown. */
export function targetStatus(share: number | null, target: number): 'on target' | 'over target' | 'no figure' {
	const shown = percentOf(share);
	if (shown === null) return 'no figure';
	return shown <= (percentOf(target) ?? 0) ? 'on target' : 'over target';
}

/**
 * The verdict with what it leaves out: the share is over sorted work only, so unsorted
 * tickets could tip it either way; the text says how many, and whether they could.
 */
export function targetVerdict(counts: AllocationCounts, target: number): string {
	const status = targetStatus(counts.operationalShare, target);
	if (status === 'no figure' || counts.unclassified === 0) return `**${status}**`;
	const classified = counts.operational + counts.strategic;
	const total = classified + counts.unclassified;
	// Where the share would land if every unsorted ticket were firefighting, or none were.
	const highest = percentOf((counts.operational + counts.unclassified) / total) ?? 0;
	const lowest = percentOf(counts.operational / total) ?? 0;
	const limit = percentOf(target) ?? 0;
	const couldFlip = status === 'on target' ? highest > limit : lowest <= limit;
	return `**${status}** of sorted work (${unsortedNote(counts.unclassified)}${couldFlip ? ', enough to change the verdict' : ''})`;
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
			? `No categorised work was completed this week, so the firefighting share has no figure (target ≤ ${percent(target)}).`
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
				`In progress at the end of the week: ${inProgress.operational} firefighting · ${inProgress.strategic} improvement · ${inProgress.unclassified} unsorted (firefighting ${percent(inProgress.operationalShare)}).`,
		),
		trusted(
			`On target in ${weeksOnTarget} of the ${weeksWithFigure} weeks with a figure; firefighting share, oldest first: ${sparkline(
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
	const assignee = (ticketId: string) => {
		const name = personName(s, ticketOf(s, ticketId)?.assigneeId ?? null);
		return name === null ? trusted('–') : text(name);
	};
	const slipRows = details.slips
		.slice(0, 5)
		.map((item) => [...ticketCells(s, item.ticketId), assignee(item.ticketId), dateCell(item.dueDate), completedCell(s, item.completedDate), days(item.slipDays)]);
	const brokenRows = details.brokenPromises
		.slice(0, 10)
		.map((item) => [...ticketCells(s, item.ticketId), assignee(item.ticketId), dateCell(item.firstDueDate), dateCell(item.currentDueDate)]);
	const blockedRows = details.blocked
		.filter((item) => item.isBlockedNow)
		.sort((x, y) => y.days - x.days)
		.slice(0, 5)
		.map((item) => [...ticketCells(s, item.ticketId), days(item.days), text(item.reason)]);
	const themeRows = details.themes.map((theme) => [text(theme.name), trusted(String(theme.count)), trusted(String(theme.weeks)), trusted(theme.weekIds.join(', '))]);
	const more = (shown: number, total: number) => (total > shown ? trusted(`(${total - shown} more not shown.)`) : trusted(''));
	return blocks([
		trusted(
			`Deadlines: ${dueSentence(p)}. Promises: ${promiseSentence(p)}. ` +
				`${plural(p.postponements, 'postponement')}; median slip ${days(p.medianSlipDays)} over ${plural(s.report.details.slips.length, 'ticket')} completed late.`,
		),
		heading(3, trusted('Biggest slips')),
		table(['Key', 'Title', 'Assignee', 'Due', 'Completed', 'Slip'], slipRows, trusted('none')),
		more(slipRows.length, details.slips.length),
		heading(3, trusted(`Broken promises (${details.brokenPromises.length})`)),
		table(['Key', 'Title', 'Assignee', 'First due', 'Due now'], brokenRows, trusted('none')),
		more(brokenRows.length, details.brokenPromises.length),
		heading(3, trusted('Blockers')),
		trusted(
			`${plural(b.blocked, 'ticket')} blocked during the week, ${b.blockedNow} still blocked` +
				(b.blockedNow > 0 ? ` (blocked a median ${days(b.medianOpenBlockedDays)} so far)` : '') +
				`; blocks that ended this week lasted a median ${days(b.medianBlockedDays)}.`,
		),
		table(['Key', 'Title', 'Blocked for', 'Why'], blockedRows, trusted('Nothing is blocked now.')),
		heading(3, trusted('Recurring firefighting themes')),
		trusted('The same label, component or project burning week after week: candidates for an improvement investment.'),
		table(['Theme', 'Tickets', 'Weeks', 'Burned in'], themeRows, trusted('none')),
	]);
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
			`${plural(metrics.allocation.completed.strategic, 'improvement ticket')} completed this week; improvement completed per week, oldest first: ${sparkline(
				trendMetrics.map((week) => week.allocation.completed.strategic),
				'count',
			)}`,
		),
		trusted(payoffReading(trend.map((row) => row.week), trendMetrics)),
		table(['Week', 'Improvement completed', 'Firefighting completed', 'Firefighting share'], rows, trusted('No trend weeks.')),
	]);
}

/**
 * Is improvement paying off? The honest reading the numbers allow: the earlier and the later
 * half of the trend side by side, improvement completed per week and the firefighting share
 * over each half's completed work. It states what moved, not why.
 */
export function payoffReading(weeks: readonly string[], trendMetrics: readonly WeekMetrics[]): string {
	if (trendMetrics.length < 2) return 'One week of data: too little to say whether improvement work is paying off.';
	const middle = Math.floor(trendMetrics.length / 2);
	const halves = [trendMetrics.slice(0, middle), trendMetrics.slice(middle)].map((half) => {
		const operational = half.reduce((sum, week) => sum + week.allocation.completed.operational, 0);
		const strategic = half.reduce((sum, week) => sum + week.allocation.completed.strategic, 0);
		return {perWeek: strategic / half.length, share: operational + strategic === 0 ? null : operational / (operational + strategic)};
	});
	const [earlier, later] = halves as [(typeof halves)[number], (typeof halves)[number]];
	const span = (from: number, to: number) => (from === to ? weeks[from] : `${weeks[from]}–${weeks[to]}`);
	const perWeek = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
	const change = shareChange(later.share, earlier.share);
	const direction =
		change === '' ? 'cannot be compared' : change.startsWith('+') ? `rose (${change})` : change.startsWith('−') ? `fell (${change})` : 'held level';
	return (
		`${span(0, middle - 1)}: ${perWeek(earlier.perWeek)} improvement tickets a week, firefighting ${percent(earlier.share)} of completed work. ` +
		`${span(middle, trendMetrics.length - 1)}: ${perWeek(later.perWeek)} a week, firefighting ${percent(later.share)}. ` +
		`The firefighting share ${direction}.`
	);
}
