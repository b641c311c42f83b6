import {orgAtRisk} from '../domain/metrics/v2/org-at-risk.js';
import {dueSentence, formatDay, formatDaysLong, formatPercent, formatPersonDays} from '../domain/figure-format.js';
import {isDueDateAhead} from '../domain/week.js';
import {sparkline} from '../text/sparkline.js';
import type {ExportFile} from './write-files.js';
import {bullets, document, heading, join, percent, plural, shareChange, text, trusted, type Inline} from './markdown.js';
import {asOfLine, snapshotWeekWords, ticketOf, weekLabel} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';
import {sinceSectionForLeadership, type LeadershipSinceFit} from './since-markdown.js';
import {leadershipAppendix} from './leadership-appendix.js';
import {payoffReading, targetStatus, targetVerdict} from './leadership-readings.js';

export {payoffReading, targetStatus, targetVerdict} from './leadership-readings.js';
import {pageWords} from './one-on-one.js';

export function leadershipFileName(s: ReviewSnapshot): string {
	return `leadership-${s.week.id}.md`;
}

/**
 * The org summary for the director's own leadership, one page (briefing.md): three
 * headlines, asks, risks to watch, then the seed's four sections — business alignment,
 * risks, team development, technical excellence — at most three bullets each. The tables
 * are in the appendix with `--detail full`.
 */
export function buildLeadership(s: ReviewSnapshot, detail: 'page' | 'full' = 'page'): ExportFile {
	// The fullest page that fits (pageFits): the since-review section names fewer restated
	// figures and items, counting in fewer words to keep room for some, then names none, then
	// the asks' ticket titles are cut shorter (the key still names the ticket). Every figure stays.
	let content = '';
	for (const fit of pageFits) {
		content = leadershipDocument(s, detail, fit);
		if (pageWords(content) <= leadershipWordLimit) break;
	}
	return {name: leadershipFileName(s), content};
}

/** How much of the page's optional text a version of it holds: the since-review section's, words of each named ticket's title. */
interface PageFit {
	readonly since: LeadershipSinceFit;
	readonly titleWords: number;
}

/**
 * Names before counts: every step that names an item, with the counts of every kind and then
 * with the short counts, comes before any that names none; restated figures first, then items.
 * [restated, items]
 */
const namingItems: ReadonlyArray<readonly [number, number]> = [[3, 3], [3, 2], [2, 2], [2, 1], [1, 1], [0, 1]];
const namingFigures: ReadonlyArray<readonly [number, number]> = [[3, 0], [2, 0], [1, 0]];
const countModes = ['every kind', 'most important'] as const;

const pageFits: readonly PageFit[] = [
	...[namingItems, namingFigures].flatMap((steps) =>
		countModes.flatMap((counts) => steps.map(([restated, items]) => ({since: {restated, items, counts}, titleWords: Number.POSITIVE_INFINITY}))),
	),
	...[Number.POSITIVE_INFINITY, 8, 5, 0].map((titleWords) => ({since: {restated: 0, items: 0, counts: 'every kind' as const}, titleWords})),
];

/** briefing.md: the leadership summary fits one page. */
export const leadershipWordLimit = 450;

function leadershipDocument(s: ReviewSnapshot, detail: 'page' | 'full', {since, titleWords}: PageFit): string {
	return document([
		heading(1, join([trusted('Engineering summary — '), weekLabel(s)])),
		asOfLine(s),
		heading(2, trusted('Headlines')),
		headlines(s),
		...sinceSectionForLeadership(s, since),
		heading(2, trusted('Asks')),
		bullets(asks(s, titleWords), trusted(`Nothing ${snapshotWeekWords(s).during}: no decision or help needed.`)),
		heading(2, trusted('Risks to watch')),
		bullets(risksToWatch(s), trusted('No open promise at risk, no single responder, no long blocker, no recurring theme.')),
		heading(2, trusted('Business alignment')),
		bullets(businessBullets(s), trusted('')),
		heading(2, trusted('Risks')),
		bullets(deliveryBullets(s), trusted('')),
		heading(2, trusted('Team development')),
		bullets(teamBullets(s), trusted('')),
		heading(2, trusted('Technical excellence')),
		bullets(excellenceBullets(s), trusted('')),
		...(detail === 'full' ? leadershipAppendix(s) : []),
	]);
}

/** A blocker this long is a risk to name, not routine flow. */
const longBlockDays = 14;

function previousRow(s: ReviewSnapshot) {
	const {trend} = s.report;
	return trend.length >= 2 ? (trend[trend.length - 2] ?? null) : null;
}

/** A ticket in prose: PAY-3 “Retry queue for webhooks”. */
/** The key and the title in quotes; a title longer than `titleWords` words is cut there (the key alone at 0). */
function ticketPhrase(s: ReviewSnapshot, ticketId: string, titleWords: number): Inline {
	const ticket = ticketOf(s, ticketId);
	if (ticket === null) return text(ticketId);
	if (titleWords <= 0) return text(ticket.key);
	const words = ticket.title.trim().split(/\s+/);
	const title = words.length > titleWords ? `${words.slice(0, titleWords).join(' ')}…` : ticket.title;
	return join([text(ticket.key), trusted(' “'), text(title), trusted('”')]);
}

function headlines(s: ReviewSnapshot): string {
	const {completed} = s.report.metrics.allocation;
	const p = s.report.metrics.predictability;
	const d = s.report.metrics.delegation;
	const target = s.targets.firefightingShare;
	const previous = previousRow(s);
	const status = targetStatus(completed.operationalShare, target);
	const change = shareChange(completed.operationalShare, previous?.operationalShare ?? null);
	const first =
		status === 'no figure'
			? `No sorted work was completed, so firefighting has no share ${snapshotWeekWords(s).during} (target ≤ ${percent(target)}).`
			: `Firefighting took ${percent(completed.operationalShare)} of ${completed.unclassified > 0 ? 'sorted ' : ''}completed work${change === '' ? '' : ` (${change} on the week before)`} against a target of ≤ ${percent(target)}: ${targetVerdict(completed, target)}.`;
	const keptChange = shareChange(p.keptRate, previous?.keptRate ?? null);
	const atRisk = orgAtRisk(s.report.version2.promiseRisk).length;
	const second = `Promises: ${percent(p.keptRate)} of first due dates kept (${p.kept} of ${p.kept + p.broken})${keptChange === '' ? '' : `, ${keptChange}`}; ${atRisk} open ${atRisk === 1 ? 'promise is' : 'promises are'} at risk.`;
	const third = `Delegation: ${delegationHeadline(d)}; ${d.takenBack} taken back, ${d.director.open} open on their desk.`;
	return bullets([trusted(first), trusted(second), trusted(third)], trusted(''));
}

/**
 * The delegation rate with its own numerator and denominator (metrics.md: delegated /
 * (delegated + director.completed)), so the share reads as what it measures — the week's
 * work handed on against the work the director finished personally — not as a share of all
 * work. Terse: the page is at its word limit.
 */
function delegationHeadline(d: ReviewSnapshot['report']['metrics']['delegation']): string {
	return d.delegationRate === null
		? 'nothing delegated or done by the director'
		: `${percent(d.delegationRate)} delegated (${d.delegated} delegated, ${d.director.completed} done by the director themself)`;
}

/** Decisions or help the director needs: the biggest recurring theme to fund, an unowned fire, the longest blocker. */
function asks(s: ReviewSnapshot, titleWords: number): Inline[] {
	const {details, version2} = s.report;
	const items: Inline[] = [];
	const [theme] = [...details.themes].sort((a, b) => b.count - a.count || b.weeks - a.weeks);
	if (theme !== undefined) {
		items.push(join([trusted('Decide on a fix for '), text(theme.name), trusted(`: ${plural(theme.count, 'fire')}${theme.weeks >= 4 ? ', burning in each of the last four weeks' : ` in ${theme.weeks} of the last four weeks`}.`)]));
	}
	const [fire] = version2.unownedFires;
	if (fire !== undefined) {
		const ticket = [...s.ticketsById.values()].find((candidate) => candidate.key === fire.key);
		// An unowned fire is held by nobody or by the director alone (metrics.md); its age counts
		// from its creation. With more than one, the count says what the others are (oldest first).
		const count = version2.unownedFires.length;
		const lead = count === 1 ? 'An owner for ' : `Owners for ${count} unowned fires, oldest `;
		const fireWord = count === 1 ? 'a fire' : 'which';
		const holder = fire.assignee === null ? trusted(`, ${fireWord} nobody holds`) : join([trusted(`, ${fireWord} only the director (`), text(fire.assignee), trusted(') holds')]);
		items.push(join([trusted(lead), ticket === undefined ? text(fire.key) : ticketPhrase(s, ticket.id, titleWords), holder, trusted(`, open ${formatDaysLong(fire.ageDays)}.`)]));
	}
	const [blocked] = details.blocked.filter((item) => item.isBlockedNow && item.days >= longBlockDays).sort((a, b) => b.days - a.days);
	if (blocked !== undefined) {
		items.push(join([trusted('Help to unblock '), ticketPhrase(s, blocked.ticketId, titleWords), trusted(`, blocked ${formatDaysLong(blocked.days)} (`), text(blocked.reason), trusted(').')]));
	}
	return items.slice(0, 3);
}

/** Promises at risk, single responders, long blockers, recurring themes: named, not tabled. */
function risksToWatch(s: ReviewSnapshot): Inline[] {
	const {details, version2} = s.report;
	const items: Inline[] = [];
	const atRisk = orgAtRisk(version2.promiseRisk);
	const ahead = atRisk.filter((risk) => isDueDateAhead(risk.dueDate, s.week, s.now)).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
	if (atRisk.length > 0) {
		const [soonest] = ahead;
		items.push(
			join([
				trusted(`Promises at risk: ${atRisk.length}, ${ahead.length} still ahead of their date`),
				soonest === undefined ? trusted('') : join([trusted(', the soonest '), text(soonest.key), trusted(` (due ${formatDay(soonest.dueDate)}, `), text(soonest.report ?? ''), trusted(')')]),
				trusted('.'),
			]),
		);
	}
	const single = version2.themes.filter((theme) => theme.singleResponder && theme.topResponder !== null);
	if (single.length > 0) {
		items.push(join([trusted('Single responders: '), join(single.slice(0, 2).map((theme) => text(`${theme.topResponder ?? ''} on ${theme.name} (${formatPercent(theme.topResponderShare)})`)), ', '), trusted(single.length > 2 ? ` and ${single.length - 2} more.` : '.')]));
	}
	const long = details.blocked.filter((item) => item.isBlockedNow && item.days >= longBlockDays);
	if (long.length > 0) items.push(trusted(`Long blockers: ${plural(long.length, 'ticket')} blocked ${longBlockDays} days or more.`));
	const themes = [...details.themes].sort((a, b) => b.count - a.count || b.weeks - a.weeks);
	if (themes.length > 0) {
		items.push(join([trusted(`Recurring themes: ${themes.length}, the biggest `), join(themes.slice(0, 3).map((theme) => text(`${theme.name} (${theme.count})`)), ', '), trusted('.')]));
	}
	return items;
}

function businessBullets(s: ReviewSnapshot): Inline[] {
	const {completed} = s.report.metrics.allocation;
	const effort = s.report.version2.effort.org;
	const target = s.targets.firefightingShare;
	const trend = s.report.trend;
	const onTarget = trend.filter((row) => targetStatus(row.operationalShare, target) === 'on target').length;
	const withFigure = trend.filter((row) => row.operationalShare !== null).length;
	return [
		trusted(`Completed: ${completed.operational} firefighting, ${completed.strategic} improvement, ${completed.unclassified} unsorted.`),
		trusted(`Effort: ${formatPersonDays(effort.personDays)}, firefighting ${formatPercent(effort.operationalShare)} of the sorted days${effortTrend(s)}; ${formatPercent(effort.interruptShare)} unplanned.`),
		trusted(`On target in ${onTarget} of the last ${plural(withFigure, 'week')}: ${sparkline(trend.map((row) => row.operationalShare), 'share')}`),
	];
}

/** The org's firefighting share of effort over trendWeeks (metrics.md "Effort"), oldest first; empty for a single week. */
function effortTrend(s: ReviewSnapshot): string {
	const rows = s.report.effortTrend.rows;
	return rows.length > 1 ? ` (by week ${sparkline(rows.map((row) => row.org.operationalShare), 'share')})` : '';
}

function deliveryBullets(s: ReviewSnapshot): Inline[] {
	const p = s.report.metrics.predictability;
	const b = s.report.metrics.blockers;
	return [
		trusted(`Deadlines: ${dueSentence(p, snapshotWeekWords(s).during)}.`),
		trusted(`${plural(p.postponements, 'postponement')}; median slip ${formatDaysLong(p.medianSlipDays ?? 0)} over ${plural(s.report.details.slips.length, 'late completion')}.`),
		trusted(`Blocked: ${b.blocked} ${snapshotWeekWords(s).during}, ${b.blockedNow} still blocked ${snapshotWeekWords(s).atItsEnd}.`),
	];
}

function teamBullets(s: ReviewSnapshot): Inline[] {
	const rows = s.report.metrics.delegation.reports;
	const items: Inline[] = [];
	const [mostOverdue] = [...rows].sort((a, b) => b.overdue + b.stale - (a.overdue + a.stale));
	if (mostOverdue !== undefined && mostOverdue.overdue + mostOverdue.stale > 0) {
		items.push(join([text(mostOverdue.name), trusted(`’s group carries the most stuck work: ${mostOverdue.overdue} overdue, ${mostOverdue.stale} stale.`)]));
	}
	const orgOperational = s.report.metrics.allocation.completed.operationalShare;
	const orgStrategic = orgOperational === null ? null : 1 - orgOperational;
	const low = rows.filter((row) => row.strategicShare !== null && orgStrategic !== null && row.strategicShare < orgStrategic - 0.15);
	if (low.length > 0) {
		items.push(join([trusted('Little improvement work in '), join(low.map((row) => join([text(row.name), trusted(`’s group (${formatPercent(row.strategicShare)})`)])), ', '), trusted(` against ${formatPercent(orgStrategic)} across the org.`)]));
	}
	const takenBack = rows.filter((row) => row.takenBack > 0);
	if (takenBack.length > 0) items.push(join([trusted('Taken back from '), join(takenBack.map((row) => text(`${row.name} (${row.takenBack})`)), ', '), trusted('.')]));
	return items.length === 0 ? [trusted('Every group’s delegated work is moving, and each does its share of improvement work.')] : items;
}

function excellenceBullets(s: ReviewSnapshot): Inline[] {
	const {trend, trendMetrics, metrics} = s.report;
	return [
		trusted(`${plural(metrics.allocation.completed.strategic, 'improvement ticket')} completed; per week, oldest first: ${sparkline(trendMetrics.map((week) => week.allocation.completed.strategic), 'count')}`),
		trusted(payoffReading(trend.map((row) => row.week), trendMetrics)),
	];
}
