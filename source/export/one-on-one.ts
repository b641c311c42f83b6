import {formatCountWeekBefore, formatDaysLong, formatPercent, formatPersonDays, formatPointsChange} from '../domain/figure-format.js';
import {noTalkingPoints, reportTalkingPoints, type ReportTalkingPointInput, type TalkingPoint} from '../domain/talking-points.js';
import type {GroupHeadFigures} from '../domain/metrics/group-head.js';
import type {ReportDelegation} from '../domain/metrics/types.js';
import type {ResolvedReport} from '../domain/types.js';
import {sparkline} from '../text/sparkline.js';
import type {ExportFile} from './write-files.js';
import {bullets, document, heading, join, plural, text, trusted, type Inline} from './markdown.js';
import {asOfLine, delegationIn, firefightingOf, groupHeadFor, keyOf, notesFor, snapshotWeekWords, ticketByKey, ticketCells, weekLabel, type ReportScope, reportScope} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';
import {sinceSectionForReport} from './since-markdown.js';
import {continuedPoints, pointLine} from './point-continuity.js';
import {carriedBecause, statusLabel, type ContinuedPoint} from '../domain/briefing/continuity.js';
import {reportInterrupts} from './version2-notes.js';
import {groupThemes, pointTickets} from './one-on-one-tickets.js';
import {oneOnOneAppendix} from './one-on-one-appendix.js';

export {groupThemes} from './one-on-one-tickets.js';

/** How much a note carries: one page (the default), or the page and the full lists. */
export type Detail = 'page' | 'full';

export function oneOnOneFileName(s: ReviewSnapshot, report: ResolvedReport): string {
	return `1on1-${report.slug}-${s.week.id}.md`;
}

/**
 * The notes a director takes into a 1:1 with one report: one page (briefing.md) — the
 * group's week in a few figures, what changed since the last review, what to ask (each
 * point naming its tickets), and the director's own notes; the full lists only with
 * `--detail full`.
 */
export function buildOneOnOne(s: ReviewSnapshot, reportSlug: string, detail: Detail = 'page'): ExportFile {
	const report = s.roster.reports.find((candidate) => candidate.slug === reportSlug);
	if (report === undefined) throw new Error(`no report with the slug ${reportSlug}`);
	const scope = reportScope(s, report);
	// The rules' input is the same for every fit tried, and so are the points for the same number named per point.
	const input = talkingPointInput(s, scope);
	const pointsNaming = new Map<number | undefined, ContinuedPoint[]>();
	const pointsFor = (namedPerPoint?: number): ContinuedPoint[] => {
		let points = pointsNaming.get(namedPerPoint);
		if (points === undefined) {
			// A point carried quietly is recorded for the next note, not asked on this page.
			points = continuedPoints(s, scope, reportTalkingPoints(withNamedPerPoint(input, namedPerPoint))).filter((point) => point.quiet !== true);
			pointsNaming.set(namedPerPoint, points);
		}
		return points;
	};
	// The fullest page that fits: fewer since-review items, then fewer tickets named per
	// point, then the least urgent points moved to the appendix, until it is one page.
	let content = '';
	for (const fit of pageFits(pointsFor().length)) {
		content = oneOnOneDocument(s, scope, fit, detail, pointsFor(fit.namedPerPoint));
		if (pageWords(content) <= pageWordLimit) break;
	}
	return {name: oneOnOneFileName(s, report), content};
}

/** briefing.md: a 1:1 note is at most 350 words, not counting the director's own notes. */
export const pageWordLimit = 350;

interface PageFit {
	readonly sinceItems: number;
	readonly namedPerPoint: number;
	readonly points: number;
}

function* pageFits(pointCount: number): Generator<PageFit> {
	for (const [sinceItems, namedPerPoint] of [
		[4, 2],
		[3, 2],
		[2, 2],
		[2, 1],
		[1, 1],
	] as const) {
		yield {sinceItems, namedPerPoint, points: pointCount};
	}
	// The section names at least one change (briefing.md: each item names its tickets, the
	// person, the report) while the least urgent points can move to the "Also to raise" line.
	for (let points = pointCount - 1; points >= Math.min(pointCount, 2); points--) yield {sinceItems: 1, namedPerPoint: 1, points};
	for (let points = pointCount; points >= 0; points--) yield {sinceItems: 0, namedPerPoint: 1, points};
}

/** The page for one fit; `all` is the report's points naming `fit.namedPerPoint` tickets each. */
function oneOnOneDocument(s: ReviewSnapshot, scope: ReportScope, fit: PageFit, detail: Detail, all: readonly ContinuedPoint[]): string {
	// Still-open points before resolved ones; the rule order within each (talking-points.ts).
	const ordered = [...all.filter((point) => point.status !== 'resolved'), ...all.filter((point) => point.status === 'resolved')];
	const shown = ordered.slice(0, fit.points);
	const rest = ordered.slice(fit.points);
	const points = bullets(
		shown.map((point) => text(pointLine(point))),
		trusted(noTalkingPoints),
	);
	// Where the moved points are in full: below, in a full export; a one-page note has no
	// appendix, so it says how to get one rather than send the reader to it.
	const whereInFull = detail === 'full' ? 'In full under “More talking points” at the end of the appendix.' : `Export with --detail full for ${rest.length === 1 ? 'this' : 'these'} in full.`;
	const restLine = rest.length === 0 ? '' : join([trusted('Also to raise — '), join(markedGroups(rest), '; '), trusted(`. ${whereInFull}`)]);
	return document([
		heading(1, join([trusted('1:1 with '), text(scope.report.name), trusted(' — '), weekLabel(s)])),
		asOfLine(s),
		heading(2, trusted('Their week in figures')),
		weekFigures(s, scope),
		...sinceSectionForReport(s, scope.report.name, namedKeys(shown), fit.sinceItems),
		heading(2, trusted('Talking points')),
		rest.length === 0 || shown.length > 0 ? points : '',
		restLine,
		heading(2, trusted(yourNotesTitle)),
		yourNotes(s, scope),
		...(detail === 'full'
			? [...oneOnOneAppendix(s, scope), ...(rest.length === 0 ? [] : [heading(3, trusted('More talking points')), bullets(rest.map((point) => text(pointLine(point))), trusted(''))])]
			: []),
	]);
}

/**
 * The words a reader reads on the page: whitespace-separated tokens of the Markdown, not
 * counting the director's own notes (the bullets of their section) nor the appendix. The
 * section's heading and its "none" are on the page like any other words: a note without
 * notes is one page counted whole.
 */
export function pageWords(markdown: string): number {
	const lines = markdown.split('\n');
	let counted = 0;
	let inNotes = false;
	let inAppendix = false;
	for (const line of lines) {
		if (line.startsWith('## ')) {
			inNotes = line === `## ${yourNotesTitle}`;
			inAppendix = line.startsWith('## Appendix');
		}
		if (inAppendix || (inNotes && line.startsWith('- '))) continue;
		counted += line.split(/\s+/).filter((word) => word !== '').length;
	}
	return counted;
}

/** What a point is about, in a few words, for the points a full page leaves to the appendix. */
const ruleTopics: Readonly<Record<string, string>> = {
	'firefighting-rose': 'firefighting up',
	'firefighting-fell': 'firefighting down',
	overdue: 'overdue work',
	stale: 'stale work',
	'taken-back': 'work taken back',
	'strategic-low': 'little improvement work',
	'kept-rate-fell': 'promises kept fell',
	'broken-promises': 'first dates missed',
	'interrupt-rotation': 'unplanned work',
	blocked: 'blocked',
};

/** "first dates missed (GROW-7761)", "blocked (DATA-6912)", "component:checkout". */
function shortPoint(point: ContinuedPoint): string {
	const topic = point.rule === 'recurring-theme' ? point.subject : (ruleTopics[point.rule] ?? point.rule);
	const key = /\b[A-Z][A-Z0-9]*-\d+\b/.exec(point.text)?.[0];
	return `${topic}${key === undefined ? '' : ` (${key})`}`;
}

/**
 * The points the page leaves to the appendix, each still marked as briefing.md asks (new,
 * continuing since its week, resolved), one mark per group to keep the page short:
 * "new: work taken back (PAY-3); continuing (since 2026-W47, 2 weeks): blocked (PAY-1), stale work (PAY-2)".
 * Without the marks a point carried on from the last 1:1 read as if raised for the first time.
 */
function markedGroups(points: readonly ContinuedPoint[]): Inline[] {
	const groups = new Map<string, string[]>();
	for (const point of points) {
		const label = statusLabel(point);
		groups.set(label, [...(groups.get(label) ?? []), shortPoint(point)]);
	}
	return [...groups].map(([label, topics]) => text(`${label}: ${topics.join(', ')}`));
}

/** The director's own section: not counted in the page's length (briefing.md). */
export const yourNotesTitle = 'Your notes';

/** Ticket keys the talking points name, so the since-last-review list does not name them again. */
function namedKeys(points: readonly ContinuedPoint[]): Set<string> {
	const keys = new Set<string>();
	for (const point of points) for (const match of point.text.matchAll(/\b[A-Z][A-Z0-9]*-\d+\b/g)) keys.add(match[0]);
	return keys;
}

/** The talking points for one report, read off the same figures the sections show. */
export function talkingPointsFor(s: ReviewSnapshot, scope: ReportScope, namedPerPoint?: number): TalkingPoint[] {
	return reportTalkingPoints(withNamedPerPoint(talkingPointInput(s, scope), namedPerPoint));
}

function withNamedPerPoint(input: ReportTalkingPointInput, namedPerPoint: number | undefined): ReportTalkingPointInput {
	return namedPerPoint === undefined ? input : {...input, namedPerPoint};
}

/** The rules' input for one report (every ticket list named in full), read off the same figures the sections show. */
function talkingPointInput(s: ReviewSnapshot, scope: ReportScope): ReportTalkingPointInput {
	const {metrics, trendMetrics} = s.report;
	const previous = trendMetrics.length >= 2 ? (trendMetrics[trendMetrics.length - 2] ?? null) : null;
	const orgOperational = metrics.allocation.completed.operationalShare;
	const interrupts = reportInterrupts(s, scope.report);
	const head = groupHeadFor(s, scope.report).now;
	return {
		name: scope.report.name,
		week: snapshotWeekWords(s),
		firefightingShare: firefightingOf(scope.delegation),
		previousFirefightingShare: previous === null ? null : firefightingOf(delegationIn(previous, scope.report)),
		strategicShare: scope.delegation.strategicShare,
		orgStrategicShare: orgOperational === null ? null : 1 - orgOperational,
		overdue: scope.delegation.overdue,
		stale: scope.delegation.stale,
		takenBack: scope.delegation.takenBack,
		// The group's own rate, the head's "their promises kept": the org's fall is not the report's to answer for.
		keptRate: interrupts?.keptRate ?? null,
		previousKeptRate: interrupts?.previousKeptRate ?? null,
		brokenPromises: head.brokenIds.length,
		themes: groupThemes(s, scope),
		// The tickets the head counts blocked, so the point and the figure agree.
		blockedNow: head.blockedNow.map((item) => ({key: keyOf(s, item.ticketId), title: s.ticketsById.get(item.ticketId)?.title ?? '', days: item.days})),
		interrupts,
		tickets: {
			...pointTickets(s, scope),
			unplanned: (interrupts?.unplannedKeys ?? []).map((key) => ({key, title: ticketByKey(s, key)?.title ?? ''})),
		},
	};
}

/**
 * The head of the page: the group's 3–5 figures with their change on the week before —
 * firefighting share, delegated work, promises, effort, blockers. Tickets are named in the
 * talking points, not here, so each is named once.
 */
function weekFigures(s: ReviewSnapshot, scope: ReportScope): string {
	const {trendMetrics, metrics} = s.report;
	const previousMetrics = trendMetrics.length >= 2 ? trendMetrics[trendMetrics.length - 2] : undefined;
	const before = previousMetrics === undefined ? null : delegationIn(previousMetrics, scope.report);
	const d = scope.delegation;
	const share = firefightingOf(d);
	const previousShare = firefightingOf(before);
	const change = formatPointsChange(share, previousShare);
	const orgShare = metrics.allocation.completed.operationalShare;
	const w = snapshotWeekWords(s);
	const lines: string[] = [
		share === null
			? `Firefighting: no figure, nothing sorted was completed by their group (org ${formatPercent(orgShare)}).`
			: `Firefighting: ${formatPercent(share)} of their group’s completed work` +
				(previousShare === null ? '' : ` (week before ${formatPercent(previousShare)}${change === '' ? '' : `, ${change}`})`) +
				`; org ${formatPercent(orgShare)}.`,
		`Delegated: ${d.delegated} ${w.during}, ${d.open} open — ${d.overdue} overdue${was(d, before, 'overdue')}, ${d.stale} stale${was(d, before, 'stale')}, ${d.takenBack} taken back.`,
	];
	// Each count beside the week before's, as that week's own note said it (group-head.ts).
	const head = groupHeadFor(s, scope.report);
	const weekBefore = (count: (figures: GroupHeadFigures) => number) => formatCountWeekBefore(head.before === null ? null : count(head.before));
	lines.push(
		`Promises: ${plural(head.now.brokenIds.length, 'first due date')} missed${weekBefore((f) => f.brokenIds.length)}, ` +
			`${head.now.postponed} postponed${weekBefore((f) => f.postponed)}, ${head.now.atRisk} at risk of missing${weekBefore((f) => f.atRisk)}.`,
	);
	const effort = s.report.version2.effort.reports.find((entry) => entry.name === scope.report.name);
	if (effort !== undefined) {
		// The unplanned share over trendWeeks (metrics.md "Effort"), oldest first, when there is more than the week itself.
		const weeks = s.report.effortTrend.rows.map((row) => row.reports.find((entry) => entry.name === scope.report.name)?.interruptShare ?? null);
		const trend = weeks.length > 1 ? ` (by week ${sparkline(weeks, 'share')})` : '';
		lines.push(
			`Effort: ${formatPersonDays(effort.personDays)}, ${formatPercent(effort.interruptShare)} of them unplanned${trend}; their promises kept ${formatPercent(effort.keptRate)} (week before ${formatPercent(effort.previousKeptRate)}).`,
		);
	}
	const [longest] = head.now.blockedNow;
	const blockedBefore = weekBefore((f) => f.blockedNow.length);
	lines.push(
		longest === undefined
			? `Blocked: nothing of theirs ${w.atMoment}${blockedBefore}.`
			: `Blocked: ${head.now.blockedNow.length} ${w.atMoment}${blockedBefore}, the longest for ${formatDaysLong(longest.days)}.`,
	);
	return bullets(lines.map(trusted), trusted(''));
}

/** " (week before 3)", as the note's other figures say it, or '' when it held or there is no week before. */
function was(now: ReportDelegation, before: ReportDelegation | null, figure: 'overdue' | 'stale'): string {
	if (before === null || before[figure] === now[figure]) return '';
	return ` (week before ${before[figure]})`;
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
