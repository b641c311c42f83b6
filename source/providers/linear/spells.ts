import {isBlockedStatusName} from '../../domain/blocked-status.js';
import type {BlockedSpell} from '../../domain/types.js';
import type {RawHistoryEntry, RawIssue, WorkflowStateInfo} from './read.js';

export function sortedHistory(entries: readonly RawHistoryEntry[]): RawHistoryEntry[] {
	return [...entries].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * What the blockers lookup found for keys the history names that no current relation has:
 * when those blockers finished (by their key now), and the key now of one named by a key it
 * had before it moved between teams.
 */
export interface RemovedBlockers {
	readonly finishes: ReadonlyMap<string, number>;
	readonly currentKeys: ReadonlyMap<string, string>;
}

export const noRemovedBlockers: RemovedBlockers = {finishes: new Map(), currentKeys: new Map()};

/**
 * A blocker's key now, for a key the history wrote: Linear writes the key an issue had at the
 * time, so one blocker can be named ENG-1 when the relation was added and OPS-4 when it was
 * removed, after it moved to another team.
 */
function currentKeys(issue: RawIssue, removedBlockers: RemovedBlockers): (key: string) => string {
	const now = new Map(removedBlockers.currentKeys);
	for (const relation of issue.blockingRelations) for (const previous of relation.blockerPreviousKeys) now.set(previous, relation.blockerKey);
	return (key) => now.get(key) ?? key;
}

/**
 * "Blocked by" spells. The relations there now run from their creation to their blocker's
 * finish. Relations since removed are gone from `inverseRelations`, but the issue's history
 * keeps them (`relationChanges` `ab` … `rb`): each such spell runs from the addition to the
 * removal, or to the blocker's finish when that came first (looked up by key, see
 * `removedBlockerKeys`). An addition whose relation is gone without a removal entry (its
 * blocker archived or deleted) runs to the blocker's finish when the lookup finds one. A
 * removal without its addition, or a vanished relation whose blocker never finished, cannot
 * say how long it blocked and yields nothing.
 */
function relationSpells(issue: RawIssue, removedBlockers: RemovedBlockers): BlockedSpell[] {
	const spells: BlockedSpell[] = [];
	const finishOf = new Map<string, number>(removedBlockers.finishes);
	for (const relation of issue.blockingRelations) {
		if (relation.blockerFinishedAt !== null) finishOf.set(relation.blockerKey, relation.blockerFinishedAt);
	}

	const keyNow = currentKeys(issue, removedBlockers);
	const opened = new Map<string, number>();
	for (const entry of sortedHistory(issue.history)) {
		for (const change of entry.relationChanges) {
			if (change.type.slice(1) !== 'b') continue;
			const key = keyNow(change.identifier);
			if (change.type.startsWith('a')) {
				if (!opened.has(key)) opened.set(key, entry.createdAt);
			} else if (change.type.startsWith('r')) {
				const start = opened.get(key);
				opened.delete(key);
				if (start === undefined) continue;
				const finish = finishOf.get(key);
				spells.push({start: Math.max(start, issue.createdAt), end: finish === undefined ? entry.createdAt : Math.min(finish, entry.createdAt), reason: `blocked by ${key}`});
			}
		}
	}

	const current = new Set(issue.blockingRelations.map((relation) => relation.blockerKey));
	for (const [key, start] of opened) {
		const finish = finishOf.get(key);
		if (!current.has(key) && finish !== undefined) spells.push({start: Math.max(start, issue.createdAt), end: finish, reason: `blocked by ${key}`});
	}

	for (const relation of issue.blockingRelations) {
		// A relation can predate the issue it points at only through imports; clamp to the issue's life.
		const start = Math.max(relation.createdAt, issue.createdAt);
		// A blocker in a finished state without a finish time can't say since when: it blocks nothing now.
		// "duplicate" too: Linear's native Duplicate state closes an issue like a canceled one.
		const isFinished = relation.blockerStateType === 'completed' || relation.blockerStateType === 'canceled' || relation.blockerStateType === 'duplicate';
		const end = relation.blockerFinishedAt ?? (isFinished ? start : null);
		spells.push({start, end, reason: `blocked by ${relation.blockerKey}`});
	}

	return spells;
}

/**
 * Blocked spells (metrics.md "Provider readings"): while an unfinished issue `blocks` this one
 * (now, or before the relation was removed),
 * and while this one sits in a state named like "Blocked". A spell never outlasts the blocked
 * issue itself: once it is completed or canceled, nothing blocks it any more.
 */
export function mapBlockedSpells(
	issue: RawIssue,
	states: ReadonlyMap<string, WorkflowStateInfo>,
	removedBlockers: RemovedBlockers = noRemovedBlockers,
): BlockedSpell[] {
	const ownEnd = issue.completedAt ?? issue.canceledAt;
	const spells: BlockedSpell[] = [];
	const add = (start: number, end: number | null, reason: string) => {
		const cappedEnd = ownEnd === null ? end : end === null ? ownEnd : Math.min(end, ownEnd);
		if (cappedEnd === null || cappedEnd > start) spells.push({start, end: cappedEnd, reason});
	};

	for (const spell of relationSpells(issue, removedBlockers)) add(spell.start, spell.end, spell.reason);

	let blockedSince: {at: number; name: string} | null = null;
	let sawStateChange = false;
	for (const entry of sortedHistory(issue.history)) {
		const to = entry.toStateId === null ? undefined : states.get(entry.toStateId);
		if (to === undefined) continue;
		if (!sawStateChange) {
			sawStateChange = true;
			const from = entry.fromStateId === null ? undefined : states.get(entry.fromStateId);
			// Created straight into a Blocked state: the spell starts at creation.
			if (from !== undefined && isBlockedStatusName(from.name)) blockedSince = {at: issue.createdAt, name: from.name};
		}

		if (isBlockedStatusName(to.name)) {
			blockedSince ??= {at: entry.createdAt, name: to.name};
		} else if (blockedSince !== null) {
			add(blockedSince.at, entry.createdAt, `status ${blockedSince.name}`);
			blockedSince = null;
		}
	}

	if (blockedSince === null && !sawStateChange && isBlockedStatusName(issue.stateName)) blockedSince = {at: issue.createdAt, name: issue.stateName};
	if (blockedSince !== null) add(blockedSince.at, null, `status ${blockedSince.name}`);
	return mergeSpells(spells);
}

/** Sorted by start, overlapping or touching spells joined, their reasons listed once. */
export function mergeSpells(spells: readonly BlockedSpell[]): BlockedSpell[] {
	const sorted = [...spells].sort((a, b) => a.start - b.start);
	const merged: BlockedSpell[] = [];
	for (const spell of sorted) {
		const last = merged.at(-1);
		if (last !== undefined && (last.end === null || spell.start <= last.end)) {
			const end = last.end === null || spell.end === null ? null : Math.max(last.end, spell.end);
			const reasons = last.reason.split(', ');
			const reason = reasons.includes(spell.reason) ? last.reason : `${last.reason}, ${spell.reason}`;
			merged[merged.length - 1] = {start: last.start, end, reason};
		} else {
			merged.push(spell);
		}
	}

	return merged;
}

/**
 * Keys of blockers the history names (added or removed "blocked by") that are not among the
 * relations there now: their finish is not in the page.
 */
export function removedBlockerKeys(issue: RawIssue): string[] {
	const current = new Set(issue.blockingRelations.flatMap((relation) => [relation.blockerKey, ...relation.blockerPreviousKeys]));
	const keys = new Set<string>();
	for (const entry of issue.history) {
		for (const change of entry.relationChanges) if (change.type.slice(1) === 'b' && !current.has(change.identifier)) keys.add(change.identifier);
	}

	return [...keys];
}
