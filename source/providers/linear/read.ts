import type {Iteration, Person} from '../../domain/types.js';
import {object, nullableObject, array, string, identity, nullableString, number, nullableNumber, boolean, instant, nullableInstant, nullableDate, idOf} from './json-read.js';

export {MalformedResponse} from './json-read.js';

/**
 * Linear's GraphQL shapes (as our documents ask for them), read field by field. Every
 * response is read as `unknown` and checked: a missing or mistyped field is a
 * `MalformedResponse`, never a silent `undefined` in the store.
 */


export interface WorkflowStateInfo {
	readonly name: string;
	readonly type: string;
}

export interface PageInfo {
	readonly hasNextPage: boolean;
	readonly endCursor: string | null;
}

export interface RawHistoryEntry {
	readonly id: string;
	readonly createdAt: number;
	readonly actorId: string | null;
	readonly fromAssigneeId: string | null;
	readonly toAssigneeId: string | null;
	readonly fromDueDate: string | null;
	readonly toDueDate: string | null;
	readonly fromStateId: string | null;
	readonly toStateId: string | null;
	/** Null on both sides when the entry did not touch the cycle. */
	readonly fromCycleId: string | null;
	readonly toCycleId: string | null;
	/** Relations added or removed: `type` is the action (`a`/`r`) then the kind (`b` blocked by, `x` blocks, …). */
	readonly relationChanges: ReadonlyArray<{readonly identifier: string; readonly type: string}>;
}

export interface RawBlockingRelation {
	readonly createdAt: number;
	readonly blockerKey: string;
	/** Keys the blocker had before it moved between teams: the history may name it by one. */
	readonly blockerPreviousKeys: readonly string[];
	readonly blockerFinishedAt: number | null;
	readonly blockerStateType: string;
}

/** An issue as read from a sync page, before its history is complete. */
export interface RawIssue {
	readonly id: string;
	readonly identifier: string;
	readonly title: string;
	readonly url: string | null;
	readonly priority: number;
	readonly estimate: number | null;
	readonly dueDate: string | null;
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly startedAt: number | null;
	readonly completedAt: number | null;
	readonly canceledAt: number | null;
	/** In Linear's trash: deleted, not a ticket. */
	readonly trashed: boolean;
	readonly team: string | null;
	readonly project: string | null;
	readonly cycleId: string | null;
	readonly stateName: string;
	readonly stateType: string;
	readonly assigneeId: string | null;
	readonly creatorId: string | null;
	readonly labels: readonly string[];
	/** Says whether the issue has more labels than the first page held. */
	readonly labelsPage: PageInfo;
	readonly blockingRelations: readonly RawBlockingRelation[];
	/** Says whether the issue has more inverse relations than the first page held. */
	readonly relationsPage: PageInfo;
	readonly history: readonly RawHistoryEntry[];
	readonly historyPage: PageInfo;
	/** Classification evidence: the parent issue's identifier and the SLA's breach instant, when Linear has them. */
	readonly parentKey?: string | null;
	readonly slaBreachesAt?: number | null;
}

/** Reads `{nodes, pageInfo}` of a connection at `path`. */
export function readConnection(value: unknown, path: string): {nodes: readonly unknown[]; pageInfo: PageInfo} {
	const connection = object(value, path);
	const nodes = array(connection['nodes'], `${path}.nodes`);
	const pageInfo = connection['pageInfo'] === undefined ? {hasNextPage: false, endCursor: null} : readPageInfo(connection['pageInfo'], `${path}.pageInfo`);
	return {nodes, pageInfo};
}

function readPageInfo(value: unknown, path: string): PageInfo {
	const info = object(value, path);
	return {hasNextPage: boolean(info['hasNextPage'], `${path}.hasNextPage`), endCursor: nullableString(info['endCursor'], `${path}.endCursor`)};
}

/** The field `name` of a response's `data`. */
export function field(data: unknown, name: string): unknown {
	return object(data, 'data')[name];
}

export function readHistoryEntry(value: unknown, path: string): RawHistoryEntry {
	const entry = object(value, path);
	return {
		id: string(entry['id'], `${path}.id`),
		createdAt: instant(entry['createdAt'], `${path}.createdAt`),
		actorId: nullableString(entry['actorId'], `${path}.actorId`),
		fromAssigneeId: nullableString(entry['fromAssigneeId'], `${path}.fromAssigneeId`),
		toAssigneeId: nullableString(entry['toAssigneeId'], `${path}.toAssigneeId`),
		fromDueDate: nullableDate(entry['fromDueDate'], `${path}.fromDueDate`),
		toDueDate: nullableDate(entry['toDueDate'], `${path}.toDueDate`),
		fromStateId: nullableString(entry['fromStateId'], `${path}.fromStateId`),
		toStateId: nullableString(entry['toStateId'], `${path}.toStateId`),
		fromCycleId: nullableString(entry['fromCycleId'], `${path}.fromCycleId`),
		toCycleId: nullableString(entry['toCycleId'], `${path}.toCycleId`),
		relationChanges: (entry['relationChanges'] === null || entry['relationChanges'] === undefined ? [] : array(entry['relationChanges'], `${path}.relationChanges`)).map((change, index) => {
			const changePath = `${path}.relationChanges[${index}]`;
			const payload = object(change, changePath);
			return {identifier: string(payload['identifier'], `${changePath}.identifier`), type: string(payload['type'], `${changePath}.type`)};
		}),
	};
}

export function readIssue(value: unknown, path: string): RawIssue {
	const issue = object(value, path);
	const state = object(issue['state'], `${path}.state`);
	const team = nullableObject(issue['team'], `${path}.team`);
	const project = nullableObject(issue['project'], `${path}.project`);
	const labelsConnection = readConnection(issue['labels'], `${path}.labels`);
	const labels = readLabelNames(labelsConnection.nodes, `${path}.labels`);
	const relations = readConnection(issue['inverseRelations'], `${path}.inverseRelations`);
	const history = readConnection(issue['history'], `${path}.history`);
	return {
		id: identity(issue['id'], `${path}.id`),
		identifier: identity(issue['identifier'], `${path}.identifier`),
		title: string(issue['title'], `${path}.title`),
		url: nullableString(issue['url'], `${path}.url`),
		priority: number(issue['priority'], `${path}.priority`),
		estimate: nullableNumber(issue['estimate'], `${path}.estimate`),
		dueDate: nullableDate(issue['dueDate'], `${path}.dueDate`),
		createdAt: instant(issue['createdAt'], `${path}.createdAt`),
		updatedAt: instant(issue['updatedAt'], `${path}.updatedAt`),
		startedAt: nullableInstant(issue['startedAt'], `${path}.startedAt`),
		completedAt: nullableInstant(issue['completedAt'], `${path}.completedAt`),
		canceledAt: nullableInstant(issue['canceledAt'], `${path}.canceledAt`),
		trashed: issue['trashed'] === null || issue['trashed'] === undefined ? false : boolean(issue['trashed'], `${path}.trashed`),
		team: team === null ? null : string(team['key'], `${path}.team.key`),
		project: project === null ? null : string(project['name'], `${path}.project.name`),
		cycleId: idOf(issue['cycle'], `${path}.cycle`),
		stateName: string(state['name'], `${path}.state.name`),
		stateType: string(state['type'], `${path}.state.type`),
		assigneeId: idOf(issue['assignee'], `${path}.assignee`),
		creatorId: idOf(issue['creator'], `${path}.creator`),
		labels,
		labelsPage: labelsConnection.pageInfo,
		blockingRelations: readBlockingRelations(relations.nodes, `${path}.inverseRelations`),
		relationsPage: relations.pageInfo,
		history: history.nodes.map((entry, index) => readHistoryEntry(entry, `${path}.history.nodes[${index}]`)),
		historyPage: history.pageInfo,
		parentKey: issue['parent'] === null || issue['parent'] === undefined ? null : string(object(issue['parent'], `${path}.parent`)['identifier'], `${path}.parent.identifier`),
		slaBreachesAt: issue['slaBreachesAt'] === null || issue['slaBreachesAt'] === undefined ? null : instant(issue['slaBreachesAt'], `${path}.slaBreachesAt`),
	};
}

/** The names of a page of an issue's labels. */
export function readLabelNames(nodes: readonly unknown[], path: string): string[] {
	return nodes.map((label, index) => string(object(label, `${path}.nodes[${index}]`)['name'], `${path}.nodes[${index}].name`));
}

/** The "blocks" relations among an issue's inverse relations: those of its blockers. */
export function readBlockingRelations(nodes: readonly unknown[], path: string): RawBlockingRelation[] {
	const blockingRelations: RawBlockingRelation[] = [];
	for (const [index, node] of nodes.entries()) {
		const relationPath = `${path}.nodes[${index}]`;
		const relation = object(node, relationPath);
		// Seen from the blocked issue, a "blocks" relation is an *inverse* relation whose `issue` is the blocker.
		if (string(relation['type'], `${relationPath}.type`) !== 'blocks') continue;
		const blocker = object(relation['issue'], `${relationPath}.issue`);
		const finish = readFinish(blocker, `${relationPath}.issue`);
		blockingRelations.push({
			createdAt: instant(relation['createdAt'], `${relationPath}.createdAt`),
			blockerKey: string(blocker['identifier'], `${relationPath}.issue.identifier`),
			blockerPreviousKeys: previousIdentifiers(blocker['previousIdentifiers'], `${relationPath}.issue.previousIdentifiers`),
			blockerFinishedAt: finish.finishedAt,
			// Trashed without a time it was: it blocks nothing now, and cannot say since when.
			blockerStateType: finish.trashed ? 'canceled' : string(object(blocker['state'], `${relationPath}.issue.state`)['type'], `${relationPath}.issue.state.type`),
		});
	}

	return blockingRelations;
}

export function readPerson(value: unknown, path: string): Person {
	const user = object(value, path);
	const displayName = nullableString(user['displayName'], `${path}.displayName`);
	const email = nullableString(user['email'], `${path}.email`);
	return {
		id: string(user['id'], `${path}.id`),
		name: string(user['name'], `${path}.name`),
		displayName: displayName === '' ? null : displayName,
		email: email === '' ? null : email,
		active: boolean(user['active'], `${path}.active`),
		// Missing (an older answer) reads as a person.
		...(user['app'] === true ? {app: true as const} : {}),
	};
}

export function readIteration(value: unknown, path: string): Iteration {
	const cycle = object(value, path);
	const name = nullableString(cycle['name'], `${path}.name`);
	const cycleNumber = number(cycle['number'], `${path}.number`);
	const team = nullableObject(cycle['team'], `${path}.team`);
	return {
		id: string(cycle['id'], `${path}.id`),
		// Most cycles are unnamed in Linear; the app shows them as "Cycle 12".
		name: name !== null && name.trim() !== '' ? name : `Cycle ${cycleNumber}`,
		team: team === null ? null : string(team['key'], `${path}.team.key`),
		startsAt: instant(cycle['startsAt'], `${path}.startsAt`),
		endsAt: instant(cycle['endsAt'], `${path}.endsAt`),
		completedAt: nullableInstant(cycle['completedAt'], `${path}.completedAt`),
	};
}

export function readWorkflowState(value: unknown, path: string): [string, WorkflowStateInfo] {
	const state = object(value, path);
	return [string(state['id'], `${path}.id`), {name: string(state['name'], `${path}.name`), type: string(state['type'], `${path}.type`)}];
}

/** A node asked for its `id` alone. */
export function readId(value: unknown, path: string): string {
	return identity(object(value, path)['id'], `${path}.id`);
}

/** Missing (an older answer) reads as none: the keys only tie history entries together. */
function previousIdentifiers(value: unknown, path: string): string[] {
	if (value === null || value === undefined) return [];
	return array(value, path).map((key, index) => string(key, `${path}[${index}]`));
}

/**
 * A blocker: when it was completed or canceled, if it was, and the keys it had before. One
 * deleted into the trash (Linear archives it then) is no ticket and blocks nothing from then.
 */
export function readFinish(value: unknown, path: string): {identifier: string; previousKeys: string[]; finishedAt: number | null; trashed: boolean} {
	const issue = object(value, path);
	const trashed = issue['trashed'] === true;
	const finishedAt =
		nullableInstant(issue['completedAt'], `${path}.completedAt`) ??
		nullableInstant(issue['canceledAt'], `${path}.canceledAt`) ??
		(trashed ? nullableInstant(issue['archivedAt'], `${path}.archivedAt`) : null);
	return {identifier: identity(issue['identifier'], `${path}.identifier`), previousKeys: previousIdentifiers(issue['previousIdentifiers'], `${path}.previousIdentifiers`), finishedAt, trashed};
}
