import type {HistoryEvent, Iteration, Priority, StatusCategory, Ticket} from '../../domain/types.js';
import type {RawHistoryEntry, RawIssue, WorkflowStateInfo} from './read.js';
import {mapBlockedSpells, noRemovedBlockers, sortedHistory, type RemovedBlockers} from './spells.js';

/**
 * Linear's issues (as `read.ts` reads them) → the normalised model: priorities, state types,
 * history events; blocked spells live in `spells.ts`.
 */

export {field, MalformedResponse, readBlockingRelations, readConnection, readFinish, readHistoryEntry, readId, readIssue, readIteration, readLabelNames, readPerson, readWorkflowState} from './read.js';
export type {PageInfo, RawIssue, WorkflowStateInfo} from './read.js';
export {mapBlockedSpells, mergeSpells, noRemovedBlockers, removedBlockerKeys} from './spells.js';
export type {RemovedBlockers} from './spells.js';

/** Linear's 0–4: 0 is "No priority". */
export function mapPriority(priority: number): Priority | null {
	switch (priority) {
		case 1: {
			return 'urgent';
		}

		case 2: {
			return 'high';
		}

		case 3: {
			return 'medium';
		}

		case 4: {
			return 'low';
		}

		default: {
			return null;
		}
	}
}

/**
 * Linear's workflow state types. Triage is work nobody has accepted yet, so it counts as
 * backlog; a type this version doesn't know (Linear adds some now and then) counts as
 * unstarted, the least assuming of the open categories.
 */
export function mapStateType(type: string): StatusCategory {
	switch (type) {
		case 'completed':
		case 'canceled':
		case 'started':
		case 'unstarted':
		case 'backlog': {
			return type;
		}

		case 'triage': {
			return 'backlog';
		}

		case 'duplicate': {
			return 'canceled';
		}

		default: {
			return 'unstarted';
		}
	}
}

/** How long after a cycle's completion Linear's roll-over entry may be stamped and still read as that roll-over. */
export const rollOverWindowMs = 60 * 60 * 1000;

/**
 * Linear's roll-over of an unfinished issue: a move by no one (`actorId` null: "a system
 * process", schema) out of a cycle completed within an hour of that instant into another. Linear moves the issue at the end instant, which is the next cycle's start when cycles
 * run back to back; its history stamps the move when the job ran, a little later, and sometimes
 * before the cycle's own `completedAt`. Read as stamped, the issue would have left the old
 * cycle before its end (removed) and joined the new one after its start (added, unplanned).
 * Null when the entry is no roll-over or a cycle is unknown.
 */
export function rollOverInstants(entry: RawHistoryEntry, cycles: ReadonlyMap<string, Iteration>): {leftAt: number; joinedAt: number} | null {
	if (entry.actorId !== null || entry.fromCycleId === null || entry.toCycleId === null || entry.fromCycleId === entry.toCycleId) return null;
	const from = cycles.get(entry.fromCycleId);
	const to = cycles.get(entry.toCycleId);
	if (from === undefined || to === undefined || from.completedAt === null) return null;
	if (Math.abs(entry.createdAt - from.completedAt) > rollOverWindowMs) return null;
	// In the old cycle until its completion (its end in the readings), in the new one from its start.
	return {leftAt: Math.max(entry.createdAt, from.completedAt), joinedAt: Math.min(entry.createdAt, to.startsAt)};
}

/** History entries → assignee, due-date, status and iteration events, oldest first. */
export function mapHistory(entries: readonly RawHistoryEntry[], states: ReadonlyMap<string, WorkflowStateInfo>, cycles: ReadonlyMap<string, Iteration> = new Map()): HistoryEvent[] {
	const events: HistoryEvent[] = [];
	let moved = false;
	for (const entry of sortedHistory(entries)) {
		const base = {at: entry.createdAt, actorId: entry.actorId};
		if (entry.fromAssigneeId !== entry.toAssigneeId) {
			events.push({...base, field: 'assignee', from: entry.fromAssigneeId, to: entry.toAssigneeId});
		}

		if (entry.fromDueDate !== entry.toDueDate) {
			events.push({...base, field: 'dueDate', from: entry.fromDueDate, to: entry.toDueDate});
		}

		// Joined, left or moved between cycles (Linear's roll-over of unfinished issues is a move too).
		const rollOver = rollOverInstants(entry, cycles);
		// A roll-over stamped where it is read anyway stays one move, as Linear recorded it.
		if (rollOver !== null && (rollOver.joinedAt !== entry.createdAt || rollOver.leftAt !== entry.createdAt)) {
			events.push({...base, at: rollOver.joinedAt, field: 'iteration', from: null, to: entry.toCycleId});
			events.push({...base, at: rollOver.leftAt, field: 'iteration', from: entry.fromCycleId, to: null});
			moved = true;
		} else if (entry.fromCycleId !== entry.toCycleId) {
			events.push({...base, field: 'iteration', from: entry.fromCycleId, to: entry.toCycleId});
		}

		const to = entry.toStateId === null ? undefined : states.get(entry.toStateId);
		if (to !== undefined) {
			const from = entry.fromStateId === null ? undefined : states.get(entry.fromStateId);
			const fromCategory = from === undefined ? null : mapStateType(from.type);
			const toCategory = mapStateType(to.type);
			// A move between two states of one category (In Progress → In Review) is no status change here.
			if (fromCategory !== toCategory) events.push({...base, field: 'status', from: fromCategory, to: toCategory});
		}
	}

	// A roll-over's two events moved off the entry's instant: oldest first again (a stable sort).
	return moved ? events.sort((a, b) => a.at - b.at) : events;
}

/**
 * An issue closed without its time: the schema documents `canceledAt` as the move into a
 * *canceled* state, and "duplicate" (Linear's native Duplicate state, where marking an issue a
 * duplicate puts it) as a type of its own, so a duplicate may carry no `canceledAt`. Read as
 * canceled, it takes the time of its last move into a closing state (its history is whole by
 * now), or its last update when the history has none; an open ticket forever otherwise.
 */
function withCloseTime(issue: RawIssue, states: ReadonlyMap<string, WorkflowStateInfo>): RawIssue {
	if (mapStateType(issue.stateType) !== 'canceled' || issue.canceledAt !== null || issue.completedAt !== null) return issue;
	let closedAt: number | null = null;
	for (const entry of sortedHistory(issue.history)) {
		const to = entry.toStateId === null ? undefined : states.get(entry.toStateId);
		if (to !== undefined && mapStateType(to.type) === 'canceled') closedAt = entry.createdAt;
	}

	return {...issue, canceledAt: closedAt ?? issue.updatedAt};
}

/** `removedBlockers`: what the blockers of since-removed relations are called now and when they finished. */
/** `cycles`: the team's cycles by id, to read Linear's roll-overs by (`rollOverInstants`). */
export function mapTicket(raw: RawIssue, states: ReadonlyMap<string, WorkflowStateInfo>, removedBlockers: RemovedBlockers = noRemovedBlockers, cycles: ReadonlyMap<string, Iteration> = new Map()): Ticket {
	const issue = withCloseTime(raw, states);
	return {
		id: issue.id,
		key: issue.identifier,
		title: issue.title,
		url: issue.url,
		type: null,
		priority: mapPriority(issue.priority),
		labels: issue.labels,
		components: [],
		project: issue.project,
		team: issue.team,
		status: issue.stateName,
		statusCategory: mapStateType(issue.stateType),
		createdAt: issue.createdAt,
		updatedAt: issue.updatedAt,
		startedAt: issue.startedAt,
		completedAt: issue.completedAt,
		canceledAt: issue.canceledAt,
		dueDate: issue.dueDate,
		assigneeId: issue.assigneeId,
		creatorId: issue.creatorId,
		iterationId: issue.cycleId,
		estimate: issue.estimate,
		history: mapHistory(issue.history, states, cycles),
		blockedSpells: mapBlockedSpells(issue, states, removedBlockers),
		// Linear's Triage queue holds incoming, unplanned requests: classification evidence.
		...(issue.stateType === 'triage' ? {inTriage: true} : {}),
		...(issue.parentKey ? {parentKey: issue.parentKey} : {}),
		...(typeof issue.slaBreachesAt === 'number' ? {slaBreachesAt: issue.slaBreachesAt} : {}),
	};
}
