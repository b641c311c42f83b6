import type {AllocationIds} from './allocation.js';
import type {BlockersResult} from './blockers.js';
import type {WeekContext} from './context.js';
import type {DelegationResult} from './delegation.js';
import * as why from './figure-reasons.js';
import type {PredictabilityResult} from './predictability.js';
import type {Ticket} from '../types.js';
import type {Allocation, Blockers, CountedTicket, Delegation, Figure, Predictability, WeekDetails} from './types.js';

export type {CountedTicket, Figure} from './types.js';

export interface FigureSources {
	readonly context: WeekContext;
	/** The week's tickets by id, asked for once, when a figure's tickets are first read. */
	readonly ticketsById: () => ReadonlyMap<string, Ticket>;
	readonly allocation: {readonly figures: Allocation; readonly completed: AllocationIds; readonly active: AllocationIds; readonly inProgress: AllocationIds};
	readonly predictability: PredictabilityResult;
	readonly delegation: DelegationResult;
	readonly blockers: BlockersResult;
	readonly themes: WeekDetails['themes'];
}

/**
 * Every figure of the week with its ticket set, in export order. A figure's value is here at
 * once; its tickets, each with the reason it counts, are worked out the first time they are
 * read (a drill-down, an export, a freeze) and kept: most weeks a review computes are never
 * opened, and the reasons cost as much as the figures. Everything they read is fixed when the
 * week is computed (the ids, the context), so the list is the same whenever it is read.
 */
export function buildFigures(sources: FigureSources): Figure[] {
	const figures: Figure[] = [];
	const {context} = sources;
	let byId: ReadonlyMap<string, Ticket> | undefined;
	// A reason is a pure function of the ticket, and most tickets are counted by several figures
	// with the same reason (a category and its share, due and on time): each is worked out once.
	const reasonsByFunction = new Map<(ticket: Ticket) => string, Map<string, string>>();
	const countedTickets = (ids: readonly string[], reason: (ticket: Ticket) => string): CountedTicket[] => {
		byId ??= sources.ticketsById();
		const tickets: CountedTicket[] = [];
		let reasons = reasonsByFunction.get(reason);
		if (!reasons) {
			reasons = new Map();
			reasonsByFunction.set(reason, reasons);
		}
		for (const id of new Set(ids)) {
			const ticket = byId.get(id);
			if (!ticket) continue;
			let text = reasons.get(id);
			if (text === undefined) {
				text = reason(ticket);
				reasons.set(id, text);
			}
			tickets.push({ticketId: id, why: text});
		}
		return tickets;
	};
	const add: Add = (path, unit, value, ids, reason) => {
		let tickets: readonly CountedTicket[] | undefined;
		figures.push({
			path,
			unit,
			value,
			get tickets() {
				tickets ??= countedTickets(typeof ids === 'function' ? ids() : ids, reason);
				return tickets;
			},
		});
	};

	allocationFigures(sources, add);
	predictabilityFigures(sources.predictability, context, add);
	delegationFigures(sources.delegation, context, add);
	blockerFigures(sources.blockers, sources.blockers.figures, add);
	sources.themes.forEach((theme, index) => {
		const reason = (ticket: Ticket) => why.themeReason(ticket, context, theme.name);
		add(`themes[${index}].count`, 'count', theme.count, theme.ticketIds, reason);
		add(`themes[${index}].weeks`, 'count', theme.weeks, theme.ticketIds, reason);
	});
	return figures;
}

/** `ids` may be a function when the list is itself built (two lists joined, a filter): it is called on the first read. */
type Add = (path: string, unit: Figure['unit'], value: number | null, ids: readonly string[] | (() => readonly string[]), reason: (ticket: Ticket) => string) => void;

function allocationFigures({allocation, context}: FigureSources, add: Add): void {
	const groups = [
		['completed', allocation.completed, allocation.figures.completed, why.completedCategoryReason],
		['active', allocation.active, allocation.figures.active, why.activeCategoryReason],
		['inProgress', allocation.inProgress, allocation.figures.inProgress, why.activeCategoryReason],
	] as const;
	// One closure per reason, so `add` keeps each ticket's text once for the groups that share it (active, in progress).
	const reasons = new Map<(ticket: Ticket, context: WeekContext) => string, (ticket: Ticket) => string>();
	for (const [name, ids, counts, reasonOf] of groups) {
		let reason = reasons.get(reasonOf);
		if (!reason) {
			reason = (ticket: Ticket) => reasonOf(ticket, context);
			reasons.set(reasonOf, reason);
		}
		add(`allocation.${name}.operational`, 'count', counts.operational, ids.operational, reason);
		add(`allocation.${name}.strategic`, 'count', counts.strategic, ids.strategic, reason);
		add(`allocation.${name}.unclassified`, 'count', counts.unclassified, ids.unclassified, reason);
		add(`allocation.${name}.operationalShare`, 'share', counts.operationalShare, () => [...ids.operational, ...ids.strategic], reason);
	}
}

function predictabilityFigures(result: PredictabilityResult, context: WeekContext, add: Add): void {
	const p: Predictability = result.figures;
	const {ids} = result;
	const due = (ticket: Ticket) => why.currentDueReason(ticket, context);
	const first = (ticket: Ticket) => why.firstDueReason(ticket, context);
	add('predictability.due', 'count', p.due, ids.due, due);
	add('predictability.onTime', 'count', p.onTime, ids.onTime, due);
	add('predictability.late', 'count', p.late, ids.late, due);
	add('predictability.pending', 'count', p.pending, ids.pending, due);
	add('predictability.onTimeRate', 'share', p.onTimeRate, () => [...ids.onTime, ...ids.late], due);
	add('predictability.committed', 'count', p.committed, ids.committed, first);
	add('predictability.kept', 'count', p.kept, ids.kept, first);
	add('predictability.broken', 'count', p.broken, ids.broken, first);
	add('predictability.keptRate', 'share', p.keptRate, () => [...ids.kept, ...ids.broken], first);
	const moves = (ticket: Ticket) => why.postponedReason(result.postponements.filter((move) => move.ticketId === ticket.id), context);
	add('predictability.postponements', 'count', p.postponements, ids.postponed, moves);
	add('predictability.medianSlipDays', 'days', p.medianSlipDays, () => result.slips.map((slip) => slip.ticketId), due);
}

function delegationFigures(result: DelegationResult, context: WeekContext, add: Add): void {
	const d: Delegation = result.figures;
	const held = (what: string, holder: string) => (ticket: Ticket) => why.heldReason(ticket, context, what, holder);
	const completed = (ticket: Ticket) => why.completedCategoryReason(ticket, context);
	add('delegation.director.open', 'count', d.director.open, result.directorOpenIds, held('open', 'assigned to you'));
	add('delegation.director.completed', 'count', d.director.completed, result.directorCompletedIds, completed);
	add('delegation.delegated', 'count', d.delegated, result.delegatedIds, held('handed to a report’s group this week', 'now'));
	add('delegation.takenBack', 'count', d.takenBack, result.takenBackIds, held('taken back from a report’s group this week', 'now'));
	add('delegation.delegationRate', 'share', d.delegationRate, () => [...result.delegatedIds, ...result.directorCompletedIds], (ticket) =>
		result.directorCompletedIds.includes(ticket.id) ? `you completed it: ${completed(ticket)}` : 'delegated this week',
	);
	result.reports.forEach((report, index) => {
		const figures = d.reports[index];
		if (!figures) return;
		const group = `held by ${report.name}’s group`;
		const at = `delegation.reports[${index}]`;
		add(`${at}.delegated`, 'count', figures.delegated, report.delegatedIds, held(`delegated this week`, group));
		add(`${at}.open`, 'count', figures.open, report.openIds, held('open', group));
		add(`${at}.completed`, 'count', figures.completed, report.completedIds, completed);
		add(`${at}.overdue`, 'count', figures.overdue, report.overdueIds, (ticket) => why.currentDueReason(ticket, context));
		add(`${at}.stale`, 'count', figures.stale, report.staleIds, held(`open, no change for ${context.staleDays} days or more`, group));
		add(`${at}.takenBack`, 'count', figures.takenBack, report.takenBackIds, held('taken back this week', 'now'));
		// Tallied with the week's categories (delegation.ts), not read on the first read of the list: a tag changes the classifications in place.
		const classified = result.classifiedCompletedIds[index] ?? [];
		add(`${at}.strategicShare`, 'share', figures.strategicShare, classified, completed);
	});
}

function blockerFigures(result: BlockersResult, b: Blockers, add: Add): void {
	let entries: ReadonlyMap<string, BlockersResult['blocked'][number]> | undefined;
	const reason = (ticket: Ticket) => {
		entries ??= new Map(result.blocked.map((entry) => [entry.ticketId, entry]));
		const entry = entries.get(ticket.id);
		return entry ? why.blockedReason(entry) : 'blocked';
	};
	const now = () => result.blocked.filter((entry) => entry.isBlockedNow).map((entry) => entry.ticketId);
	add('blockers.blocked', 'count', b.blocked, () => result.blocked.map((entry) => entry.ticketId), reason);
	add('blockers.blockedNow', 'count', b.blockedNow, now, reason);
	add('blockers.medianBlockedDays', 'days', b.medianBlockedDays, result.endedIds, reason);
	add('blockers.medianOpenBlockedDays', 'days', b.medianOpenBlockedDays, now, reason);
}
