import {dueSentence, promiseSentence} from '../domain/figure-format.js';
import {localDate} from '../domain/week.js';
import {noTalkingPoints, reportTalkingPoints, type TalkingPoint} from '../domain/talking-points.js';
import type {ResolvedReport} from '../domain/types.js';
import {sparkline} from '../text/sparkline.js';
import type {ExportFile} from './write-files.js';
import {blocks, bullets, days, document, heading, join, percent, plural, shareChange, table, text, trusted, type Inline} from './markdown.js';
import {
	asOfLine,
	completedCell,
	dateCell,
	delegationIn,
	firefightingOf,
	keyOf,
	notesFor,
	personName,
	reportScope,
	ticketCells,
	ticketOf,
	weekLabel,
	type ReportScope,
} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';
import {sinceSectionForReport} from './since-markdown.js';
import {continuedPoints, pointLine} from './point-continuity.js';
import {carriedBecause} from '../domain/briefing/continuity.js';
import {reportInterrupts, reportVersion2Lines} from './version2-notes.js';

export function oneOnOneFileName(s: ReviewSnapshot, report: ResolvedReport): string {
	return `1on1-${report.slug}-${s.week.id}.md`;
}

/** The notes a director takes into a 1:1 with one report: their group's week in figures, and what to ask. */
export function buildOneOnOne(s: ReviewSnapshot, reportSlug: string): ExportFile {
	const report = s.roster.reports.find((candidate) => candidate.slug === reportSlug);
	if (report === undefined) throw new Error(`no report with the slug ${reportSlug}`);
	const scope = reportScope(s, report);
	const name = text(report.name);
	const content = document([
		heading(1, join([trusted('1:1 with '), name, trusted(' — '), weekLabel(s)])),
		asOfLine(s),
		...sinceSectionForReport(s, report.name),
		heading(2, trusted('Team allocation')),
		teamAllocation(s, scope),
		reportVersion2Lines(s, report, scope.details.allocation.operationalShare),
		heading(2, trusted('Delegated work')),
		delegatedWork(s, scope),
		heading(2, trusted('Deadlines')),
		deadlines(s, scope),
		heading(2, trusted('Blockers')),
		blockers(s, scope),
		heading(2, trusted('Strategic work they own')),
		strategicWork(s, scope),
		heading(2, trusted('Talking points')),
		bullets(
			continuedPoints(s, scope, talkingPointsFor(s, scope)).map((point) => text(pointLine(point))),
			trusted(noTalkingPoints),
		),
		heading(2, trusted('Your notes')),
		yourNotes(s, scope),
	]);
	return {name: oneOnOneFileName(s, report), content};
}

/** The rules' input for one report, read off the same figures the sections show. */
export function talkingPointsFor(s: ReviewSnapshot, scope: ReportScope): TalkingPoint[] {
	const {metrics, trendMetrics} = s.report;
	const previous = trendMetrics.length >= 2 ? (trendMetrics[trendMetrics.length - 2] ?? null) : null;
	const orgOperational = metrics.allocation.completed.operationalShare;
	return reportTalkingPoints({
		name: scope.report.name,
		firefightingShare: firefightingOf(scope.delegation),
		previousFirefightingShare: previous === null ? null : firefightingOf(delegationIn(previous, scope.report)),
		strategicShare: scope.delegation.strategicShare,
		orgStrategicShare: orgOperational === null ? null : 1 - orgOperational,
		overdue: scope.delegation.overdue,
		stale: scope.delegation.stale,
		takenBack: scope.delegation.takenBack,
		keptRate: metrics.predictability.keptRate,
		previousKeptRate: previous?.predictability.keptRate ?? null,
		brokenPromises: groupBrokenPromises(s, scope).length,
		themes: groupThemes(s, scope),
		blockedNow: s.report.details.blocked
			.filter((item) => item.isBlockedNow && scope.inGroup(item.ticketId))
			.map((item) => ({key: keyOf(s, item.ticketId), days: item.days}))
			.sort((a, b) => b.days - a.days),
		interrupts: reportInterrupts(s, scope.report),
	});
}

function teamAllocation(s: ReviewSnapshot, scope: ReportScope): string {
	const {allocation} = scope.details;
	const {trend, trendMetrics} = s.report;
	const previous = trendMetrics.length >= 2 ? trendMetrics[trendMetrics.length - 2] : undefined;
	const previousShare = previous === undefined ? null : firefightingOf(delegationIn(previous, scope.report));
	const current = allocation.operationalShare;
	const change = shareChange(current, previousShare);
	const summary = trusted(
		`Completed by their group this week: ${allocation.operational} firefighting · ${allocation.strategic} improvement · ${allocation.unclassified} unsorted — ` +
			`firefighting share ${percent(current)}` +
			(previousShare === null ? ' (no figure for the previous week).' : ` (previous week ${percent(previousShare)}${change === '' ? '' : `, ${change}`}).`),
	);
	const shares = trendMetrics.map((metrics) => firefightingOf(delegationIn(metrics, scope.report)));
	const rows = trend.map((row, index) => {
		const delegation = trendMetrics[index] === undefined ? null : delegationIn(trendMetrics[index], scope.report);
		return [trusted(row.week), percent(shares[index] ?? null), percent(delegation?.strategicShare ?? null), trusted(String(delegation?.delegated ?? 0))];
	});
	return blocks([
		summary,
		trusted(`Firefighting share over ${trend.length} ${trend.length === 1 ? 'week' : 'weeks'}, oldest first: ${sparkline(shares, 'share')}`),
		table(['Week', 'Firefighting share', 'Strategic share', 'Delegated'], rows, trusted('No trend weeks.')),
	]);
}

function delegatedWork(s: ReviewSnapshot, scope: ReportScope): string {
	const d = scope.delegation;
	const {details} = scope;
	const figures = trusted(
		`Delegated this week: ${d.delegated} · open: ${d.open} · completed: ${d.completed} · overdue: ${d.overdue} · stale: ${d.stale} · taken back: ${d.takenBack}`,
	);
	const list = (title: string, ids: readonly string[]) => blocks([heading(3, trusted(`${title} (${ids.length})`)), ticketTable(s, ids)]);
	return blocks([
		figures,
		list('Delegated this week', details.delegatedIds),
		list('Open', details.openIds),
		list('Overdue', details.overdueIds),
		list('Stale', details.staleIds),
		list('Completed this week', details.completedIds),
		list('Taken back', details.takenBackIds),
	]);
}

/** Tickets with their assignee and due date; one completed since the week's end says so. */
function ticketTable(s: ReviewSnapshot, ids: readonly string[]): string {
	const rows = ids.map((id) => {
		const ticket = ticketOf(s, id);
		const assignee = personName(s, ticket?.assigneeId ?? null);
		const completedAt = ticket?.canceledAt === null ? ticket.completedAt : null;
		const since = completedAt !== null && completedAt !== undefined && completedAt >= s.report.asOf ? ` (completed ${localDate(completedAt, s.week.timezone)}, after the week)` : '';
		return [...ticketCells(s, id), assignee === null ? trusted('–') : text(assignee), trusted(`${ticket?.dueDate ?? '–'}${since}`)];
	});
	return table(['Key', 'Title', 'Assignee', 'Due'], rows, trusted('none'));
}

function groupBrokenPromises(s: ReviewSnapshot, scope: ReportScope) {
	return s.report.details.brokenPromises.filter((item) => scope.inGroup(item.ticketId));
}

/**
 * The org's recurring themes as they burned in this group: the group's own tickets and
 * weeks, beside the org's count, the group's biggest first — so a note never credits the
 * org's count to one report, and names the report's own top theme.
 */
export function groupThemes(s: ReviewSnapshot, scope: ReportScope) {
	return s.report.details.themes
		.map((theme) => {
			const weeks = new Set<string>();
			let count = 0;
			theme.ticketIds.forEach((id, index) => {
				if (!scope.inGroup(id)) return;
				count++;
				weeks.add(theme.ticketWeekIds[index] ?? '');
			});
			return {name: theme.name, count, weeks: weeks.size, orgCount: theme.count};
		})
		.filter((theme) => theme.count > 0)
		.sort((a, b) => b.count - a.count || b.weeks - a.weeks || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function deadlines(s: ReviewSnapshot, scope: ReportScope): string {
	const p = s.report.metrics.predictability;
	const slips = s.report.details.slips.filter((item) => scope.inGroup(item.ticketId));
	const broken = groupBrokenPromises(s, scope);
	const postponed = s.report.details.postponements.filter((item) => scope.inGroup(item.ticketId));
	const org = trusted(
		`Across the org: ${dueSentence(p)}. Promises: ${promiseSentence(p)}. ` +
			`${plural(p.postponements, 'postponement')}; median slip ${days(p.medianSlipDays)} over ${plural(s.report.details.slips.length, 'ticket')} completed late.`,
	);
	const group = trusted(
		`In their group: ${plural(broken.length, 'broken promise')}, ${plural(slips.length, 'late completion')}, ${plural(postponed.length, 'postponement')} this week.`,
	);
	const slipRows = slips.map((item) => [...ticketCells(s, item.ticketId), dateCell(item.dueDate), completedCell(s, item.completedDate), days(item.slipDays)]);
	const brokenRows = broken.map((item) => [...ticketCells(s, item.ticketId), dateCell(item.firstDueDate), dateCell(item.currentDueDate)]);
	return blocks([
		org,
		group,
		heading(3, trusted('Biggest slips')),
		table(['Key', 'Title', 'Due', 'Completed', 'Slip'], slipRows.slice(0, 5), trusted('none')),
		heading(3, trusted('Broken promises')),
		table(['Key', 'Title', 'First due', 'Due now'], brokenRows, trusted('none')),
	]);
}

function blockers(s: ReviewSnapshot, scope: ReportScope): string {
	const blocked = s.report.details.blocked.filter((item) => scope.inGroup(item.ticketId));
	const now = blocked.filter((item) => item.isBlockedNow).length;
	const rows = blocked.map((item) => [...ticketCells(s, item.ticketId), days(item.days), trusted(item.isBlockedNow ? 'yes' : 'no'), text(item.reason)]);
	return blocks([
		trusted(`${plural(blocked.length, 'ticket')} of their group blocked during the week, ${now} still blocked.`),
		table(['Key', 'Title', 'Blocked for', 'Still blocked', 'Why'], rows, trusted('none')),
	]);
}

function strategicWork(s: ReviewSnapshot, scope: ReportScope): string {
	const completed = new Set(scope.details.groupCompletedIds);
	const active = s.report.tickets.filter(
		(ticket) =>
			!completed.has(ticket.id) &&
			ticket.canceledAt === null &&
			ticket.assigneeId !== null &&
			scope.report.groupIds.has(ticket.assigneeId) &&
			s.classifications.get(ticket.id)?.category === 'strategic',
	);
	const orgOperational = s.report.metrics.allocation.completed.operationalShare;
	const shares = s.report.trendMetrics.map((metrics) => delegationIn(metrics, scope.report)?.strategicShare ?? null);
	const summary = trusted(
		`${plural(scope.details.strategicIds.length, 'improvement ticket')} completed by their group this week, ` +
			`${active.length} in progress. Strategic share ${percent(scope.delegation.strategicShare)} against ${percent(orgOperational === null ? null : 1 - orgOperational)} across the org; ` +
			`over the trend weeks: ${sparkline(shares, 'share')}`,
	);
	return blocks([
		summary,
		heading(3, trusted(`Completed (${scope.details.strategicIds.length})`)),
		ticketTable(s, scope.details.strategicIds),
		heading(3, trusted(`In progress (${active.length})`)),
		ticketTable(
			s,
			active.map((ticket) => ticket.id),
		),
	]);
}

function yourNotes(s: ReviewSnapshot, scope: ReportScope): string {
	const items: Inline[] = notesFor(s, scope)
		.sort((a, b) => a.createdAt - b.createdAt)
		.map((note) => {
			// A note discussed before comes back only when flagged: say so, or it reads as new.
			const flag = trusted(carriedBecause(note) === 'follow-up' ? 'follow-up: ' : '');
			if (note.target.kind === 'report') return join([flag, text(note.text)]);
			const [key, title] = ticketCells(s, note.target.ticketId);
			return join([flag, key, trusted(' '), title, trusted(': '), text(note.text)]);
		});
	return bullets(items, trusted('none'));
}
