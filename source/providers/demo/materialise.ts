import type {BlockedSpell, HistoryEvent, StatusCategory, Ticket} from '../../domain/types.js';
import {type DemoCalendar} from './calendar.js';
import type {TicketIdentity, TicketPlan} from './plan.js';

export const demoUrlBase = 'https://demo.director-review.invalid/issue/';

/**
 * The ticket as the tracker shows it at `now`: the plan's events up to `now`, replayed.
 * Returns null for a ticket not filed yet. Nothing after `now` leaks out: not an event,
 * not a date, not the end of a blocked spell.
 */
export function materialise(plan: TicketPlan, identity: TicketIdentity, now: number, calendar: DemoCalendar): Ticket | null {
	const createdAt = calendar.instantOf(plan.created);
	if (createdAt > now) return null;
	const atOrBeforeNow = (localMinute: number | null): number | null => {
		if (localMinute === null) return null;
		const instant = calendar.instantOf(localMinute);
		return instant <= now ? instant : null;
	};

	let assigneeId = plan.initialAssigneeId;
	let dueDate = plan.initialDueDate;
	let statusCategory: StatusCategory = plan.initialStatus;
	let updatedAt = createdAt;
	const history: HistoryEvent[] = [];
	for (const event of plan.events) {
		const at = calendar.instantOf(event.at);
		if (at > now) break;
		const from = event.field === 'assignee' ? assigneeId : event.field === 'dueDate' ? dueDate : statusCategory;
		if (from === event.to) continue;
		history.push({at, field: event.field, from, to: event.to, actorId: event.actorId});
		if (event.field === 'assignee') assigneeId = event.to;
		else if (event.field === 'dueDate') dueDate = event.to;
		else statusCategory = event.to as StatusCategory;
		updatedAt = Math.max(updatedAt, at);
	}

	const blockedSpells: BlockedSpell[] = [];
	let isBlockedByStatus = false;
	for (const spell of plan.spells) {
		const start = atOrBeforeNow(spell.start);
		if (start === null) break;
		const end = atOrBeforeNow(spell.end);
		const blocker = identity.keyNumber - spell.blockerOffset;
		const reason = spell.reason ?? (blocker >= 1 ? `blocked by ${plan.team}-${blocker}` : 'flagged');
		blockedSpells.push({start, end, reason});
		updatedAt = Math.max(updatedAt, end ?? start);
		if (end === null && reason === 'status Blocked') isBlockedByStatus = true;
	}

	// Cycle moves: planning, additions, removals and roll-overs, up to now.
	let iterationId: string | null = null;
	let hasMoved = false;
	for (const move of plan.iterationMoves) {
		const at = calendar.instantOf(move.at);
		if (at > now) break;
		if (move.to === iterationId) continue;
		history.push({at, field: 'iteration', from: iterationId, to: move.to, actorId: move.actorId});
		iterationId = move.to;
		hasMoved = true;
		updatedAt = Math.max(updatedAt, at);
	}

	if (hasMoved) history.sort((left, right) => left.at - right.at);
	return {
		id: identity.id,
		key: identity.key,
		title: plan.title,
		url: `${demoUrlBase}${identity.key}`,
		type: plan.type,
		priority: plan.priority,
		labels: plan.labels,
		components: plan.components,
		project: plan.project,
		team: plan.team,
		status: statusName(statusCategory, isBlockedByStatus, plan.startedStatusName),
		statusCategory,
		createdAt,
		updatedAt,
		startedAt: statusCategory === 'backlog' || statusCategory === 'unstarted' ? null : atOrBeforeNow(plan.started),
		completedAt: statusCategory === 'completed' ? atOrBeforeNow(plan.completed) : null,
		canceledAt: statusCategory === 'canceled' ? atOrBeforeNow(plan.canceled) : null,
		dueDate,
		assigneeId,
		creatorId: plan.creatorId,
		iterationId,
		estimate: plan.estimate,
		history,
		blockedSpells,
	};
}

function statusName(category: StatusCategory, isBlockedByStatus: boolean, startedName: string): string {
	switch (category) {
		case 'backlog': {
			return 'Backlog';
		}

		case 'unstarted': {
			return 'Todo';
		}

		case 'started': {
			return isBlockedByStatus ? 'Blocked' : startedName;
		}

		case 'completed': {
			return 'Done';
		}

		case 'canceled': {
			return 'Canceled';
		}
	}
}
