import {dueSentence, promiseSentence} from '../domain/figure-format.js';
import {localDate} from '../domain/week.js';
import {sparkline} from '../text/sparkline.js';
import {blocks, days, heading, percent, plural, shareChange, table, text, trusted} from './markdown.js';
import {assigneeAtWeekEnd, completedCell, dateCell, delegationIn, firefightingOf, groupHeadFor, personName, snapshotWeekWords, ticketCells, ticketOf, type ReportScope} from './report-scope.js';
import {takeBacksBetween} from '../domain/metrics/ticket-facts.js';
import type {Ticket} from '../domain/types.js';
import type {ReviewSnapshot} from './snapshot.js';
import {groupBrokenPromises} from './one-on-one-tickets.js';
import {reportVersion2Lines} from './version2-notes.js';
import {sinceAppendixForReport} from './since-markdown.js';

/**
 * The 1:1 note's appendix (`export --detail full`): the full lists and tables behind the
 * page's figures. Each ticket of the delegated work is listed once, with what it is
 * (delegated this week, overdue, stale), not once per list it belongs to.
 */
export function oneOnOneAppendix(s: ReviewSnapshot, scope: ReportScope): string[] {
	return [
		heading(2, trusted('Appendix: the full lists')),
		...sinceAppendixForReport(s, scope.report.name),
		heading(3, trusted('Team allocation')),
		teamAllocation(s, scope),
		reportVersion2Lines(s, scope.report, scope.details.allocation.operationalShare),
		heading(3, trusted('Delegated work')),
		delegatedWork(s, scope),
		heading(3, trusted('Deadlines')),
		deadlines(s, scope),
		heading(3, trusted('Blockers')),
		blockers(s, scope),
		heading(3, trusted('Strategic work they own')),
		strategicWork(s, scope),
	];
}

function teamAllocation(s: ReviewSnapshot, scope: ReportScope): string {
	const {allocation} = scope.details;
	const {trend, trendMetrics} = s.report;
	const previous = trendMetrics.length >= 2 ? trendMetrics[trendMetrics.length - 2] : undefined;
	const previousShare = previous === undefined ? null : firefightingOf(delegationIn(previous, scope.report));
	const current = allocation.operationalShare;
	const change = shareChange(current, previousShare);
	const summary = trusted(
		`Completed by their group ${snapshotWeekWords(s).during}: ${allocation.operational} firefighting · ${allocation.strategic} improvement · ${allocation.unclassified} unsorted — ` +
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
		`Delegated ${snapshotWeekWords(s).during}: ${d.delegated} · open: ${d.open} · completed: ${d.completed} · overdue: ${d.overdue} · stale: ${d.stale} · taken back: ${d.takenBack}`,
	);
	const list = (title: string, ids: readonly string[], state?: (id: string) => string) => blocks([heading(4, trusted(`${title} (${ids.length})`)), ticketTable(s, ids, state)]);
	// One row per open ticket: an overdue ticket is also open, and often stale. The tickets the
	// open figure counts, no more: one delegated in the week and since taken back, canceled or
	// handed outside the group is listed apart, so the heading's count is the figure's.
	const open = [...new Set([...details.openIds, ...details.overdueIds, ...details.staleIds])];
	const delegatedElsewhere = details.delegatedIds.filter((id) => !open.includes(id) && !details.completedIds.includes(id));
	const marks: ReadonlyArray<[readonly string[], string]> = [
		[details.overdueIds, 'overdue'],
		[details.staleIds, 'stale'],
		[details.delegatedIds, `delegated ${snapshotWeekWords(s).during}`],
	];
	const state = (id: string) => marks.filter(([ids]) => ids.includes(id)).map(([, mark]) => mark).join(', ') || 'open';
	return blocks([
		figures,
		list('Open', open, state),
		list(`Completed ${snapshotWeekWords(s).during}`, details.completedIds),
		delegatedElsewhere.length > 0 ? list(`Delegated ${snapshotWeekWords(s).during}, not open or completed in their group ${snapshotWeekWords(s).atItsEnd}`, delegatedElsewhere) : '',
		// The person the takenBack figure credits: whom the director took it from, not who held
		// it at the week's end (often the director, or the report again after a hand-back).
		blocks([heading(4, trusted(`Taken back (${details.takenBackIds.length})`)), ticketTable(s, details.takenBackIds, undefined, {header: 'Taken back from', of: (ticket) => takenBackFrom(s, scope, ticket)})]),
	]);
}

/** Whom the director last took the ticket back from in the week, of this report's group. */
function takenBackFrom(s: ReviewSnapshot, scope: ReportScope, ticket: Ticket): string | null {
	const fromGroup = takeBacksBetween(s.roster, ticket, s.week, s.report.asOf).filter((takeBack) => takeBack.reports.includes(scope.report));
	return personName(s, fromGroup.at(-1)?.fromId ?? null);
}

/** Who a table names for each ticket: by default who held it at the week's end (and who holds it now, when that changed). */
interface PersonColumn {
	readonly header: string;
	of(ticket: Ticket): string | null;
}

const assigneeColumn = (s: ReviewSnapshot): PersonColumn => ({header: 'Assignee', of: (ticket) => assigneeAtWeekEnd(s, ticket)});

/** Tickets with their assignee and due date; one completed since the week's end says so. */
function ticketTable(s: ReviewSnapshot, ids: readonly string[], state?: (id: string) => string, person: PersonColumn = assigneeColumn(s)): string {
	const rows = ids.map((id) => {
		const ticket = ticketOf(s, id);
		const who = ticket === null ? null : person.of(ticket);
		const completedAt = ticket?.canceledAt === null ? ticket.completedAt : null;
		const since = completedAt !== null && completedAt !== undefined && completedAt >= s.report.asOf ? ` (completed ${localDate(completedAt, s.week.timezone)}, after the week)` : '';
		const row = [...ticketCells(s, id), who === null ? trusted('–') : text(who), trusted(`${ticket?.dueDate ?? '–'}${since}`)];
		return state === undefined ? row : [...row, trusted(state(id))];
	});
	return table(['Key', 'Title', person.header, 'Due', ...(state === undefined ? [] : ['State'])], rows, trusted('none'));
}

function deadlines(s: ReviewSnapshot, scope: ReportScope): string {
	const p = s.report.metrics.predictability;
	// The head's readings (group-head.ts): a late completion is the group's that held it when
	// completed, a postponement the group's as of the week's end — not by who holds each ticket now.
	const {postponed, lateIds} = groupHeadFor(s, scope.report).now;
	const late = new Set(lateIds);
	const slips = s.report.details.slips.filter((item) => late.has(item.ticketId));
	const broken = groupBrokenPromises(s, scope);
	const org = trusted(
		`Across the org: ${dueSentence(p, snapshotWeekWords(s).during)}. Promises: ${promiseSentence(p, snapshotWeekWords(s).during)}. ` +
			`${plural(p.postponements, 'postponement')}; median slip ${days(p.medianSlipDays)} over ${plural(s.report.details.slips.length, 'ticket')} completed late.`,
	);
	const group = trusted(
		`In their group: ${plural(broken.length, 'broken promise')}, ${plural(slips.length, 'late completion')}, ${plural(postponed, 'postponement')} ${snapshotWeekWords(s).during}.`,
	);
	const slipRows = slips.map((item) => [...ticketCells(s, item.ticketId), dateCell(item.dueDate), completedCell(s, item.completedDate), days(item.slipDays)]);
	const brokenRows = broken.map((item) => [...ticketCells(s, item.ticketId), dateCell(item.firstDueDate), dateCell(item.currentDueDate)]);
	return blocks([
		org,
		group,
		// Every late completion the count above counts (the appendix holds the full lists), biggest slip first.
		heading(4, trusted(`Late completions (${slipRows.length}), biggest slip first`)),
		table(['Key', 'Title', 'Due', 'Completed', 'Slip'], slipRows, trusted('none')),
		heading(4, trusted('Broken promises')),
		table(['Key', 'Title', 'First due', 'Due now'], brokenRows, trusted('none')),
	]);
}

function blockers(s: ReviewSnapshot, scope: ReportScope): string {
	// The tickets the head counts (group-head.ts: the group as of the week's end), so a ticket
	// reassigned since is listed in the note whose head counted it, and in no other.
	const group = new Set(groupHeadFor(s, scope.report).now.blockedIds);
	const blocked = s.report.details.blocked.filter((item) => group.has(item.ticketId));
	const now = blocked.filter((item) => item.isBlockedNow).length;
	const rows = blocked.map((item) => [...ticketCells(s, item.ticketId), days(item.days), trusted(item.isBlockedNow ? 'yes' : 'no'), text(item.reason)]);
	return blocks([
		trusted(`${plural(blocked.length, 'ticket')} of their group blocked ${snapshotWeekWords(s).during}, ${now} still blocked ${snapshotWeekWords(s).atItsEnd}.`),
		table(['Key', 'Title', 'Blocked for', 'Still blocked', 'Why'], rows, trusted('none')),
	]);
}

function strategicWork(s: ReviewSnapshot, scope: ReportScope): string {
	const completed = new Set(scope.details.groupCompletedIds);
	const delegatedOpen = new Set([...scope.details.openIds, ...scope.details.overdueIds, ...scope.details.staleIds]);
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
		`${plural(scope.details.strategicIds.length, 'improvement ticket')} completed by their group ${snapshotWeekWords(s).during}, ` +
			`${active.length} in progress. Strategic share ${percent(scope.delegation.strategicShare)} against ${percent(orgOperational === null ? null : 1 - orgOperational)} across the org; ` +
			`over the trend weeks: ${sparkline(shares, 'share')}`,
	);
	return blocks([
		summary,
		heading(4, trusted(`Completed (${scope.details.strategicIds.length})`)),
		ticketTable(s, scope.details.strategicIds),
		heading(4, trusted(`In progress (${active.length})`)),
		// Listed once: the delegated ones are in the delegated work above.
		ticketTable(
			s,
			active.filter((ticket) => !delegatedOpen.has(ticket.id)).map((ticket) => ticket.id),
		),
		active.some((ticket) => delegatedOpen.has(ticket.id)) ? trusted(`${active.filter((ticket) => delegatedOpen.has(ticket.id)).length} more in progress among the delegated work above.`) : '',
	]);
}

