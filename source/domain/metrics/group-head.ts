import {assigneeAt, creditedHolder} from './ticket-facts.js';
import {element} from './v2/paths.js';
import type {ResolvedRoster, Ticket} from '../types.js';
import type {ReportDetails, WeekDetails} from './types.js';
import type {Version2Metrics} from './v2/types.js';

/**
 * One report's group's promises and blockers in one week, as a 1:1 note heads with them
 * (briefing.md "One page each": the report's figures with their change): first due dates
 * missed, postponements, promises at risk, and what is blocked as of asOf(W).
 */
export interface GroupHeadFigures {
	readonly name: string;
	/** The org's broken promises of W among those the group's kept rate judges (`effort.reports[R].keptRate`), by ticket id. */
	readonly brokenIds: readonly string[];
	/**
	 * The org's late completions of W (`details.slips`, biggest slip first) that are the group's
	 * as the kept rate reads a promise: held by group(R) when completed, or at asOf(W) when
	 * completed after it. The 1:1 appendix's count and list are these tickets.
	 */
	readonly lateIds: readonly string[];
	/** The org's postponements during W of the group's tickets, one per move. */
	readonly postponed: number;
	/** `promiseRisk` entries of the group at risk of missing. */
	readonly atRisk: number;
	/** The group's tickets blocked at asOf(W), the longest blocked in W first. */
	readonly blockedNow: ReadonlyArray<{readonly ticketId: string; readonly days: number}>;
	/**
	 * The group's tickets blocked at some time in W (`details.blocked`, in its order), those of
	 * `blockedNow` among them: the 1:1 appendix lists these, so its list and the head's count are
	 * the same tickets.
	 */
	readonly blockedIds: readonly string[];
}

/** Each report's head figures of W, and of the week before computed the same way (as of that week's end); null: no week before. */
export interface GroupHead {
	readonly week: readonly GroupHeadFigures[];
	readonly weekBefore: readonly GroupHeadFigures[] | null;
}

/** What a week's head figures read: that week's details and version 2 figures, as computed for it. */
export interface GroupHeadParts {
	readonly details: Pick<WeekDetails, 'reports' | 'brokenPromises' | 'slips' | 'postponements' | 'blocked'>;
	readonly version2: Pick<Version2Metrics, 'figures' | 'promiseRisk'>;
	/** asOf(W): whoever held a ticket then says whose group it was in. */
	readonly asOf: number;
}

/**
 * Every report's head figures of one week, in roster order. A ticket is the group's when it
 * is in one of the report's lists of that week, or its assignee at asOf(W) is in group(R):
 * as of the week's end, so the week before's figures are what its own note said, and no
 * reassignment since moves them. One function for W and for the week before.
 */
export function groupHeadOf(parts: GroupHeadParts, roster: ResolvedRoster, ticketsById: ReadonlyMap<string, Ticket>): GroupHeadFigures[] {
	const {details, version2, asOf} = parts;
	return roster.reports.map((report, index) => {
		const lists = details.reports.find((candidate) => candidate.slug === report.slug) ?? details.reports[index];
		const listed = new Set(lists === undefined ? [] : listedIds(lists));
		const inGroup = (ticketId: string) => {
			if (listed.has(ticketId)) return true;
			const ticket = ticketsById.get(ticketId);
			const holder = ticket === undefined ? null : assigneeAt(ticket, asOf);
			return holder !== null && report.groupIds.has(holder);
		};
		const judged = new Set(version2.figures[`${element('effort.reports', report.name)}.keptRate`] ?? []);
		const blocked = details.blocked.filter((item) => inGroup(item.ticketId));
		const heldAtCompletion = (ticketId: string) => {
			const ticket = ticketsById.get(ticketId);
			if (ticket === undefined) return false;
			const holder = creditedHolder(ticket, asOf).personId;
			return holder !== null && report.groupIds.has(holder);
		};
		return {
			name: report.name,
			brokenIds: details.brokenPromises.filter((item) => judged.has(ticketsById.get(item.ticketId)?.key ?? item.ticketId)).map((item) => item.ticketId),
			lateIds: details.slips.filter((item) => heldAtCompletion(item.ticketId)).map((item) => item.ticketId),
			postponed: details.postponements.filter((item) => inGroup(item.ticketId)).length,
			atRisk: version2.promiseRisk.filter((risk) => risk.atRisk && risk.report === report.name).length,
			blockedNow: blocked
				.filter((item) => item.isBlockedNow)
				.map(({ticketId, days}) => ({ticketId, days}))
				.sort((a, b) => b.days - a.days),
			blockedIds: blocked.map((item) => item.ticketId),
		};
	});
}

function listedIds(lists: ReportDetails): string[] {
	return [
		...lists.delegatedIds,
		...lists.openIds,
		...lists.completedIds,
		...lists.overdueIds,
		...lists.staleIds,
		...lists.takenBackIds,
		...lists.strategicIds,
		...lists.groupCompletedIds,
	];
}
