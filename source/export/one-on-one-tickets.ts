import {formatDay} from '../domain/figure-format.js';
import {completedAtOf} from '../domain/metrics/ticket-facts.js';
import {assigneeAtLate} from '../domain/metrics/v2/late-replay.js';
import type {NamedTicket, PointTickets} from '../domain/talking-points.js';
import {groupHeadFor, keyOf, personName, ticketOf, type ReportScope} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';

/**
 * The group's broken promises: the org's broken promises among the promises the group's kept
 * rate judges (`effort.reports[R].keptRate`: each promise belongs to whoever held it at
 * completion, or at asOf, metrics.md "Effort"). The domain decides the group once
 * (group-head.ts), so "their promises kept X%" and "N first due dates missed" on one page
 * count the same promises.
 */
export function groupBrokenPromises(s: ReviewSnapshot, scope: ReportScope) {
	const broken = new Set(groupHeadFor(s, scope.report).now.brokenIds);
	return s.report.details.brokenPromises.filter((item) => broken.has(item.ticketId));
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
				if (!completedByGroup(s, scope, id)) return;
				count++;
				weeks.add(theme.ticketWeekIds[index] ?? '');
			});
			return {name: theme.name, count, weeks: weeks.size, orgCount: theme.count};
		})
		.filter((theme) => theme.count > 0)
		.sort((a, b) => b.count - a.count || b.weeks - a.weeks || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Whether the group completed a theme's fire: its assignee at completion is in group(R), as
 * the theme's responders are read (metrics.md). A fire the director took back from the group
 * and completed is hers, though the group's taken-back list names it.
 */
function completedByGroup(s: ReviewSnapshot, scope: ReportScope, ticketId: string): boolean {
	const ticket = ticketOf(s, ticketId);
	if (ticket === null) return scope.inGroup(ticketId);
	const completedAt = completedAtOf(ticket);
	const holder = completedAt === null ? ticket.assigneeId : assigneeAtLate(ticket, completedAt);
	return holder !== null && scope.report.groupIds.has(holder);
}

/** A ticket as a talking point names it, with who holds it when that is not the report. */
function named(s: ReviewSnapshot, scope: ReportScope, ticketId: string, fact?: string): NamedTicket {
	const ticket = ticketOf(s, ticketId);
	const assignee = personName(s, ticket?.assigneeId ?? null);
	const who = assignee !== null && assignee !== scope.report.name ? assignee : null;
	const detail = [fact, who].filter((part): part is string => part !== undefined && part !== null && part !== '').join(', ');
	return {key: keyOf(s, ticketId), title: ticket?.title ?? '', ...(detail === '' ? {} : {detail})};
}

const due = (date: string | null | undefined) => (date === null || date === undefined ? undefined : `due ${formatDay(date)}`);

/**
 * The tickets behind each of the report's counts, most telling first (talking-points.ts):
 * the longest overdue, the longest untouched, the biggest fires — read off the same lists
 * the figures count.
 */
export function pointTickets(s: ReviewSnapshot, scope: ReportScope): PointTickets {
	const {details} = scope;
	const byDue = (ids: readonly string[]) => [...ids].sort((a, b) => (ticketOf(s, a)?.dueDate ?? '9999').localeCompare(ticketOf(s, b)?.dueDate ?? '9999'));
	const byUpdate = (ids: readonly string[]) => [...ids].sort((a, b) => (ticketOf(s, a)?.updatedAt ?? 0) - (ticketOf(s, b)?.updatedAt ?? 0));
	const fires = details.groupCompletedIds.filter((id) => s.classifications.get(id)?.category === 'operational');
	const improvements = details.groupCompletedIds.filter((id) => s.classifications.get(id)?.category === 'strategic');
	const [topTheme] = groupThemes(s, scope);
	const themeTickets = s.report.details.themes
		.find((theme) => theme.name === topTheme?.name)
		?.ticketIds.filter((id) => completedByGroup(s, scope, id))
		.sort((a, b) => (ticketOf(s, b)?.createdAt ?? 0) - (ticketOf(s, a)?.createdAt ?? 0));
	// An overdue ticket is usually stale too: the stale point leaves out the ones the overdue
	// point names (talking-points.ts) and names the others, an overdue one with its due date.
	const overdue = new Set(details.overdueIds);
	return {
		overdue: byDue(details.overdueIds).map((id) => named(s, scope, id, due(ticketOf(s, id)?.dueDate))),
		stale: byUpdate(details.staleIds).map((id) => named(s, scope, id, overdue.has(id) ? due(ticketOf(s, id)?.dueDate) : undefined)),
		takenBack: details.takenBackIds.map((id) => ({key: keyOf(s, id), title: ticketOf(s, id)?.title ?? ''})),
		broken: groupBrokenPromises(s, scope)
			.sort((a, b) => a.firstDueDate.localeCompare(b.firstDueDate))
			.map((item) => named(s, scope, item.ticketId, `promised ${formatDay(item.firstDueDate)}`)),
		fires: byUpdate(fires)
			.reverse()
			.map((id) => named(s, scope, id)),
		improvements: byUpdate(improvements)
			.reverse()
			.map((id) => named(s, scope, id)),
		theme: (themeTickets ?? []).map((id) => named(s, scope, id)),
	};
}
