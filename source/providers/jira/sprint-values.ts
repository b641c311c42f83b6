/**
 * Sprint values as Jira sends them: Cloud objects, older Data Center
 * `…Sprint@1a2b[id=1,state=CLOSED,name=…]` strings, and the changelog's comma-separated ids.
 */
import type {Iteration} from '../../domain/types.js';
import {parseJiraInstant} from './instant.js';

function text(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

/** A sprint as Cloud (objects) or older Data Center (`…Sprint@1a2b[id=1,state=CLOSED,name=…]` strings) returns it. */
export interface SprintValue {
	readonly id: string;
	readonly name: string;
	readonly state: string | null;
	readonly boardId: string | null;
	readonly startsAt: number | null;
	readonly endsAt: number | null;
	readonly completedAt: number | null;
}

/**
 * When a sprint started: Data Center keeps the planned start in `startDate` and records the start
 * itself, when someone pressed Start (later or earlier than planned), as `activatedDate`
 * (apache/devlake#3250); Cloud has no `activatedDate` and its `startDate` is the start. A future
 * sprint has no `activatedDate` and keeps its planned start.
 */
export function sprintStart(startDate: unknown, activatedDate: unknown): number | null {
	return parseJiraInstant(activatedDate) ?? parseJiraInstant(startDate);
}

const sprintStringKeys = ['id', 'rapidViewId', 'state', 'name', 'goal', 'startDate', 'endDate', 'completeDate', 'activatedDate', 'sequence', 'synced', 'autoStartStop', 'incompleteIssuesDestinationId'];

function parseSprintString(value: string): Record<string, string> {
	const body = /\[(.*)\]$/s.exec(value)?.[1] ?? '';
	const result: Record<string, string> = {};
	// Values may contain commas (sprint names do): a value runs to the next known `,key=`.
	const keyPattern = new RegExp(`(?:^|,)(${sprintStringKeys.join('|')})=`, 'g');
	const matches = [...body.matchAll(keyPattern)];
	for (const [index, match] of matches.entries()) {
		const start = (match.index ?? 0) + match[0].length;
		const end = matches[index + 1]?.index ?? body.length;
		const key = match[1];
		if (key !== undefined) result[key] = body.slice(start, end);
	}

	return result;
}

export function parseSprints(value: unknown): SprintValue[] {
	if (!Array.isArray(value)) return [];
	const sprints: SprintValue[] = [];
	for (const entry of value) {
		if (typeof entry === 'string') {
			const parts = parseSprintString(entry);
			if (!parts.id) continue;
			sprints.push({
				id: parts.id,
				name: parts.name ?? `Sprint ${parts.id}`,
				state: parts.state ?? null,
				boardId: parts.rapidViewId ?? null,
				startsAt: sprintStart(parts.startDate === '<null>' ? null : parts.startDate, parts.activatedDate === '<null>' ? null : parts.activatedDate),
				endsAt: parseJiraInstant(parts.endDate === '<null>' ? null : parts.endDate),
				completedAt: parseJiraInstant(parts.completeDate === '<null>' ? null : parts.completeDate),
			});
		} else if (typeof entry === 'object' && entry !== null) {
			const sprint = entry as {id?: unknown; name?: unknown; state?: unknown; boardId?: unknown; originBoardId?: unknown; startDate?: unknown; activatedDate?: unknown; endDate?: unknown; completeDate?: unknown};
			if (sprint.id === undefined || sprint.id === null) continue;
			const boardId = sprint.boardId ?? sprint.originBoardId;
			sprints.push({
				id: String(sprint.id as string | number),
				name: text(sprint.name) ?? `Sprint ${String(sprint.id as string | number)}`,
				state: text(sprint.state),
				boardId: boardId === undefined || boardId === null ? null : String(boardId as string | number),
				startsAt: sprintStart(sprint.startDate, sprint.activatedDate),
				endsAt: parseJiraInstant(sprint.endDate),
				completedAt: parseJiraInstant(sprint.completeDate),
			});
		}
	}

	return sprints;
}

/** An iteration needs its dates; a future sprint without them is left out until it starts. */
export function sprintIteration(sprint: SprintValue, team: string | null): Iteration | null {
	if (sprint.startsAt === null || sprint.endsAt === null) return null;
	return {id: sprint.id, name: sprint.name, team, startsAt: sprint.startsAt, endsAt: sprint.endsAt, completedAt: sprint.completedAt};
}


/** The sprint ids in a changelog Sprint item's `from`/`to` (`"12, 14"`; empty for none). */
export function parseSprintIds(value: string | null | undefined): string[] {
	if (typeof value !== 'string') return [];
	return value
		.split(',')
		.map((part) => part.trim())
		.filter((part) => /^\d+$/.test(part));
}
