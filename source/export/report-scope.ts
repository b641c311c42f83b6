import type {GroupHeadFigures} from '../domain/metrics/group-head.js';
import type {ReportDelegation, ReportDetails} from '../domain/metrics/types.js';
import type {Note, ResolvedReport, Ticket} from '../domain/types.js';
import {asOfDate, localDate} from '../domain/week.js';
import {assigneeAt} from '../domain/metrics/ticket-facts.js';
import {formatDay} from '../domain/figure-format.js';
import {weekWords, type WeekWords} from '../domain/figure-words.js';
import {formatLocalTime} from '../domain/briefing/since-format.js';
import {weekRange} from '../text/dates.js';
import {text, ticketKey, trusted, type Inline} from './markdown.js';
import type {ReviewSnapshot} from './snapshot.js';
import {ticketsByKey} from './tickets-by-key.js';

/** One report's slice of the snapshot: the same metrics objects the JSON export carries. */
export interface ReportScope {
	readonly report: ResolvedReport;
	readonly delegation: ReportDelegation;
	readonly details: ReportDetails;
	/** Tickets of their group: in one of the report's lists, or assigned to the group now. */
	inGroup(ticketId: string): boolean;
}

/** The scope of the index-th report; metrics and details list reports in roster order. */
export function reportScope(s: ReviewSnapshot, report: ResolvedReport): ReportScope {
	const index = s.roster.reports.indexOf(report);
	const delegation = s.report.metrics.delegation.reports[index];
	const details = s.report.details.reports.find((candidate) => candidate.slug === report.slug) ?? s.report.details.reports[index];
	if (delegation === undefined || details === undefined) {
		throw new Error(`the week report has no delegation figures for ${report.name}`);
	}
	const listed = new Set([
		...details.delegatedIds,
		...details.openIds,
		...details.completedIds,
		...details.overdueIds,
		...details.staleIds,
		...details.takenBackIds,
		...details.strategicIds,
		...details.groupCompletedIds,
	]);
	return {
		report,
		delegation,
		details,
		inGroup: (ticketId) => {
			if (listed.has(ticketId)) return true;
			const assigneeId = s.ticketsById.get(ticketId)?.assigneeId;
			return assigneeId !== null && assigneeId !== undefined && report.groupIds.has(assigneeId);
		},
	};
}

/** The same report's figures in another week's metrics (trend rows), matched by name. */
export function delegationIn(metrics: ReviewSnapshot['report']['metrics'], report: ResolvedReport): ReportDelegation | null {
	return metrics.delegation.reports.find((row) => row.name === report.name) ?? null;
}

/**
 * The report's group's promises and blockers (group-head.ts) this week and the week before
 * (null: none), as the domain computed them: the export only says them.
 */
export function groupHeadFor(s: ReviewSnapshot, report: ResolvedReport): {readonly now: GroupHeadFigures; readonly before: GroupHeadFigures | null} {
	const {week, weekBefore} = s.report.groupHead;
	const now = week.find((entry) => entry.name === report.name);
	if (now === undefined) throw new Error(`the week report has no head figures for ${report.name}`);
	return {now, before: weekBefore?.find((entry) => entry.name === report.name) ?? null};
}

/** Firefighting share of a group's completed work, from its strategic share (the two add up to 1). */
export function firefightingOf(delegation: ReportDelegation | null): number | null {
	if (delegation === null || delegation.strategicShare === null) return null;
	return 1 - delegation.strategicShare;
}

/** The notes a report's 1:1 takes: about them, or about a ticket of their group. */
export function notesFor(s: ReviewSnapshot, scope: ReportScope): Note[] {
	return s.notes.filter((note) => (note.target.kind === 'report' ? note.target.reportSlug === scope.report.slug : scope.inGroup(note.target.ticketId)));
}

export function personName(s: ReviewSnapshot, personId: string | null): string | null {
	if (personId === null) return null;
	return s.peopleById.get(personId)?.name ?? personId;
}

/**
 * Who held the ticket at the week's end (metrics.md: delegation figures use the assignee as
 * of asOf(W)), with who holds it now when that changed since: "Sam Lee (now Dana Director)".
 * A note that lists a ticket under a report's open work names the person its figure counts.
 */
export function assigneeAtWeekEnd(s: ReviewSnapshot, ticket: Ticket): string | null {
	const then = personName(s, assigneeAt(ticket, s.report.asOf));
	const now = personName(s, ticket.assigneeId);
	if (then === now) return then;
	return `${then ?? 'nobody'} (now ${now ?? 'nobody'})`;
}

export function ticketOf(s: ReviewSnapshot, ticketId: string): Ticket | null {
	return s.ticketsById.get(ticketId) ?? null;
}

/** Key (linked when safe) and title of a ticket, escaped; an unknown id shows as itself. */
export function ticketCells(s: ReviewSnapshot, ticketId: string): [Inline, Inline] {
	const ticket = ticketOf(s, ticketId);
	if (ticket === null) return [text(ticketId), trusted('')];
	const title = text(ticket.title);
	return [ticketKey(ticket.key, ticket.url), title === '' ? trusted('(untitled)') : title];
}

export function keyOf(s: ReviewSnapshot, ticketId: string): string {
	return ticketOf(s, ticketId)?.key ?? ticketId;
}

/** The snapshot's ticket by key (tickets-by-key.ts: built once per ticket map; every report's note asks, several times per page fit). */
export function ticketByKey(s: ReviewSnapshot, key: string): Ticket | null {
	return ticketsByKey(s.ticketsById).get(key) ?? null;
}

export function dateCell(date: string | null): Inline {
	return trusted(date ?? '–');
}

/**
 * A completion date, saying when it came after the week: a ticket due in W and completed
 * later is late (completed at any time) and yet was open at the week's end, so a note
 * that lists it as open too says why.
 */
export function completedCell(s: ReviewSnapshot, date: string): Inline {
	return trusted(date > asOfDate(s.week, s.now) ? `${date} (after the week)` : date);
}

/** "2026-W47 (16–22 Nov 2026)". */
export function weekLabel(s: ReviewSnapshot): Inline {
	return trusted(`${s.week.id} (${weekRange(s.week.start, s.week.end)})`);
}

/** The words for the snapshot's week: "this week" while it runs, "in 2026-W48" once it has ended. */
export function snapshotWeekWords(s: ReviewSnapshot): WeekWords {
	return weekWords(s.week.id, s.report.isCurrent);
}

/** A line saying whether the figures are final or "so far". */
export function asOfLine(s: ReviewSnapshot): Inline {
	const date = formatDay(localDate(s.report.asOf, s.week.timezone));
	const state = s.report.isCurrent ? `the week so far, as of ${date}` : 'the complete week';
	return trusted(`Figures for ${state} (${s.week.timezone}); generated ${formatLocalTime(s.now, s.week.timezone, true)} from ${s.provider}.`);
}
