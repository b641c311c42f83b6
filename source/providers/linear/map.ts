import type {BlockedSpell, HistoryEvent, Iteration, Person, Priority, StatusCategory, Ticket} from '../../domain/types.js';

/**
 * Linear's GraphQL shapes (as our documents ask for them) → the normalised model. Every
 * response is read as `unknown` and checked field by field: a missing or mistyped field is
 * a `MalformedResponse`, never a silent `undefined` in the store.
 */

export class MalformedResponse extends Error {
	constructor(readonly path: string) {
		super(`unexpected value at ${path}`);
		this.name = 'MalformedResponse';
	}
}

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
}

export interface RawBlockingRelation {
	readonly createdAt: number;
	readonly blockerKey: string;
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
	readonly team: string | null;
	readonly project: string | null;
	readonly cycleId: string | null;
	readonly stateName: string;
	readonly stateType: string;
	readonly assigneeId: string | null;
	readonly creatorId: string | null;
	readonly labels: readonly string[];
	readonly blockingRelations: readonly RawBlockingRelation[];
	readonly history: readonly RawHistoryEntry[];
	readonly historyPage: PageInfo;
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedResponse(path);
	return value as Json;
}

function nullableObject(value: unknown, path: string): Json | null {
	return value === null || value === undefined ? null : object(value, path);
}

function array(value: unknown, path: string): readonly unknown[] {
	if (!Array.isArray(value)) throw new MalformedResponse(path);
	return value;
}

function string(value: unknown, path: string): string {
	if (typeof value !== 'string') throw new MalformedResponse(path);
	return value;
}

/** Ids and keys: an empty one would make a ticket nobody can tag, link or tell apart. */
function identity(value: unknown, path: string): string {
	if (typeof value !== 'string' || value.trim() === '') throw new MalformedResponse(path);
	return value;
}

function nullableString(value: unknown, path: string): string | null {
	return value === null || value === undefined ? null : string(value, path);
}

function number(value: unknown, path: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new MalformedResponse(path);
	return value;
}

function nullableNumber(value: unknown, path: string): number | null {
	return value === null || value === undefined ? null : number(value, path);
}

function boolean(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') throw new MalformedResponse(path);
	return value;
}

function instant(value: unknown, path: string): number {
	const parsed = Date.parse(string(value, path));
	if (Number.isNaN(parsed)) throw new MalformedResponse(path);
	return parsed;
}

function nullableInstant(value: unknown, path: string): number | null {
	return value === null || value === undefined ? null : instant(value, path);
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** Linear's TimelessDate is already a calendar date: no time zone is involved. */
function nullableDate(value: unknown, path: string): string | null {
	const text = nullableString(value, path);
	if (text !== null && !calendarDate.test(text)) throw new MalformedResponse(path);
	return text;
}

function idOf(value: unknown, path: string): string | null {
	const node = nullableObject(value, path);
	return node === null ? null : string(node['id'], `${path}.id`);
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
	};
}

export function readIssue(value: unknown, path: string): RawIssue {
	const issue = object(value, path);
	const state = object(issue['state'], `${path}.state`);
	const team = nullableObject(issue['team'], `${path}.team`);
	const project = nullableObject(issue['project'], `${path}.project`);
	const labels = readConnection(issue['labels'], `${path}.labels`).nodes.map((label, index) =>
		string(object(label, `${path}.labels.nodes[${index}]`)['name'], `${path}.labels.nodes[${index}].name`),
	);
	const blockingRelations: RawBlockingRelation[] = [];
	for (const [index, node] of readConnection(issue['inverseRelations'], `${path}.inverseRelations`).nodes.entries()) {
		const relationPath = `${path}.inverseRelations.nodes[${index}]`;
		const relation = object(node, relationPath);
		// Seen from the blocked issue, a "blocks" relation is an *inverse* relation whose `issue` is the blocker.
		if (string(relation['type'], `${relationPath}.type`) !== 'blocks') continue;
		const blocker = object(relation['issue'], `${relationPath}.issue`);
		const completedAt = nullableInstant(blocker['completedAt'], `${relationPath}.issue.completedAt`);
		const canceledAt = nullableInstant(blocker['canceledAt'], `${relationPath}.issue.canceledAt`);
		blockingRelations.push({
			createdAt: instant(relation['createdAt'], `${relationPath}.createdAt`),
			blockerKey: string(blocker['identifier'], `${relationPath}.issue.identifier`),
			blockerFinishedAt: completedAt ?? canceledAt,
			blockerStateType: string(object(blocker['state'], `${relationPath}.issue.state`)['type'], `${relationPath}.issue.state.type`),
		});
	}

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
		team: team === null ? null : string(team['key'], `${path}.team.key`),
		project: project === null ? null : string(project['name'], `${path}.project.name`),
		cycleId: idOf(issue['cycle'], `${path}.cycle`),
		stateName: string(state['name'], `${path}.state.name`),
		stateType: string(state['type'], `${path}.state.type`),
		assigneeId: idOf(issue['assignee'], `${path}.assignee`),
		creatorId: idOf(issue['creator'], `${path}.creator`),
		labels,
		blockingRelations,
		history: history.nodes.map((entry, index) => readHistoryEntry(entry, `${path}.history.nodes[${index}]`)),
		historyPage: history.pageInfo,
	};
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

const blockedStateName = /blocked/i;

/** History entries → assignee, due-date and status events, oldest first. */
export function mapHistory(entries: readonly RawHistoryEntry[], states: ReadonlyMap<string, WorkflowStateInfo>): HistoryEvent[] {
	const events: HistoryEvent[] = [];
	for (const entry of sortedHistory(entries)) {
		const base = {at: entry.createdAt, actorId: entry.actorId};
		if (entry.fromAssigneeId !== entry.toAssigneeId) {
			events.push({...base, field: 'assignee', from: entry.fromAssigneeId, to: entry.toAssigneeId});
		}

		if (entry.fromDueDate !== entry.toDueDate) {
			events.push({...base, field: 'dueDate', from: entry.fromDueDate, to: entry.toDueDate});
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

	return events;
}

function sortedHistory(entries: readonly RawHistoryEntry[]): RawHistoryEntry[] {
	return [...entries].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Blocked spells (metrics.md "Provider readings"): while an unfinished issue `blocks` this one,
 * and while this one sits in a state named like "Blocked". A spell never outlasts the blocked
 * issue itself: once it is completed or canceled, nothing blocks it any more.
 */
export function mapBlockedSpells(issue: RawIssue, states: ReadonlyMap<string, WorkflowStateInfo>): BlockedSpell[] {
	const ownEnd = issue.completedAt ?? issue.canceledAt;
	const spells: BlockedSpell[] = [];
	const add = (start: number, end: number | null, reason: string) => {
		const cappedEnd = ownEnd === null ? end : end === null ? ownEnd : Math.min(end, ownEnd);
		if (cappedEnd === null || cappedEnd > start) spells.push({start, end: cappedEnd, reason});
	};

	for (const relation of issue.blockingRelations) {
		// A relation can predate the issue it points at only through imports; clamp to the issue's life.
		const start = Math.max(relation.createdAt, issue.createdAt);
		// A blocker in a finished state without a finish time can't say since when: it blocks nothing now.
		const isFinished = relation.blockerStateType === 'completed' || relation.blockerStateType === 'canceled';
		const end = relation.blockerFinishedAt ?? (isFinished ? start : null);
		add(start, end, `blocked by ${relation.blockerKey}`);
	}

	let blockedSince: {at: number; name: string} | null = null;
	let sawStateChange = false;
	for (const entry of sortedHistory(issue.history)) {
		const to = entry.toStateId === null ? undefined : states.get(entry.toStateId);
		if (to === undefined) continue;
		if (!sawStateChange) {
			sawStateChange = true;
			const from = entry.fromStateId === null ? undefined : states.get(entry.fromStateId);
			// Created straight into a Blocked state: the spell starts at creation.
			if (from !== undefined && blockedStateName.test(from.name)) blockedSince = {at: issue.createdAt, name: from.name};
		}

		if (blockedStateName.test(to.name)) {
			blockedSince ??= {at: entry.createdAt, name: to.name};
		} else if (blockedSince !== null) {
			add(blockedSince.at, entry.createdAt, `status ${blockedSince.name}`);
			blockedSince = null;
		}
	}

	if (blockedSince === null && !sawStateChange && blockedStateName.test(issue.stateName)) blockedSince = {at: issue.createdAt, name: issue.stateName};
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

export function mapTicket(issue: RawIssue, states: ReadonlyMap<string, WorkflowStateInfo>): Ticket {
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
		history: mapHistory(issue.history, states),
		blockedSpells: mapBlockedSpells(issue, states),
	};
}
