import {describe, expect, it} from 'vitest';
import type {RawHistoryEntry, RawIssue, WorkflowStateInfo} from '../../../source/providers/linear/read.js';
import {mapBlockedSpells} from '../../../source/providers/linear/spells.js';

const hour = 60 * 60 * 1000;
const t = (hours: number) => Date.UTC(2026, 10, 16) + hours * hour;

const states = new Map<string, WorkflowStateInfo>([
	['s-todo', {name: 'Todo', type: 'unstarted'}],
	['s-blocked', {name: 'Blocked', type: 'started'}],
	['s-unblocked', {name: 'Unblocked', type: 'started'}],
	['s-doing', {name: 'In Progress', type: 'started'}],
]);

function move(at: number, from: string, to: string): RawHistoryEntry {
	return {id: `h-${at}`, createdAt: at, actorId: null, fromAssigneeId: null, toAssigneeId: null, fromDueDate: null, toDueDate: null, fromStateId: from, toStateId: to, fromCycleId: null, toCycleId: null, relationChanges: []};
}

function issue(stateName: string, history: readonly RawHistoryEntry[]): RawIssue {
	return {createdAt: t(0), completedAt: null, canceledAt: null, stateName, blockingRelations: [], history} as unknown as RawIssue;
}

describe('Linear: a workflow state named like "Blocked"', () => {
	it('ends the spell when the issue moves on to a state named "Unblocked": that state blocks nothing', () => {
		const spells = mapBlockedSpells(issue('In Progress', [move(t(1), 's-todo', 's-blocked'), move(t(3), 's-blocked', 's-unblocked'), move(t(9), 's-unblocked', 's-doing')]), states);
		expect(spells).toEqual([{start: t(1), end: t(3), reason: 'status Blocked'}]);
	});

	it('an issue sitting in "Unblocked" since its creation is not blocked', () => {
		expect(mapBlockedSpells(issue('Unblocked', []), states)).toEqual([]);
	});
});
