/**
 * Jira's JSON into the normalised model. Pure: everything it needs (the status
 * categories, the custom field ids, which deployment) is passed in.
 */
import type {BlockedSpell, HistoryEvent, Iteration, Person, Priority, StatusCategory, Ticket} from '../../domain/types.js';

export type JiraDeploymentKind = 'cloud' | 'datacenter';

/** Only the parts of Jira's shapes we read; everything is optional because instances differ. */
export interface JiraUser {
	readonly accountId?: string;
	readonly name?: string;
	readonly key?: string;
	readonly displayName?: string;
	readonly emailAddress?: string;
	readonly active?: boolean;
}

export interface JiraChangelogItem {
	readonly field?: string;
	readonly fieldId?: string;
	readonly from?: string | null;
	readonly fromString?: string | null;
	readonly to?: string | null;
	readonly toString?: string | null;
}

export interface JiraHistory {
	readonly id?: string;
	readonly author?: JiraUser;
	readonly created?: string;
	readonly items?: readonly JiraChangelogItem[];
}

export interface JiraChangelog {
	readonly startAt?: number;
	readonly maxResults?: number;
	readonly total?: number;
	readonly histories?: readonly JiraHistory[];
}

export interface JiraStatusRef {
	readonly id?: string;
	readonly name?: string;
	readonly statusCategory?: {readonly key?: string};
}

export interface JiraIssueLink {
	readonly type?: {readonly name?: string};
	readonly inwardIssue?: {readonly id?: string; readonly key?: string; readonly fields?: {readonly status?: JiraStatusRef}};
}

export interface JiraIssue {
	readonly id: string;
	readonly key: string;
	readonly fields?: Readonly<Record<string, unknown>>;
	readonly changelog?: JiraChangelog;
}

/** The instance's vocabulary, looked up once per pull. */
export interface JiraSchema {
	readonly deployment: JiraDeploymentKind;
	readonly baseUrl: string;
	/** Status id → Jira status category key (`new`, `indeterminate`, `done`). */
	readonly statusCategories: ReadonlyMap<string, string>;
	/** Status name (lower case) → category key, for changelog entries that only name the status. */
	readonly statusCategoriesByName: ReadonlyMap<string, string>;
	readonly sprintField: string | null;
	readonly flaggedField: string | null;
	readonly storyPointsField: string | null;
}

const canceledResolution = /^(won'?t (do|fix)|duplicate|cannot reproduce|can'?t reproduce|declined|cancell?ed|rejected|obsolete|not a bug|invalid)$/i;
const blockedStatus = /blocked/i;

export function isCanceledResolution(name: string | null | undefined): boolean {
	return typeof name === 'string' && canceledResolution.test(name.trim());
}

/** Jira writes `2026-01-05T10:00:00.000+0000`; ECMAScript wants a colon in the offset. */
export function parseJiraInstant(value: unknown): number | null {
	if (typeof value !== 'string' || value === '') return null;
	const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const instant = Date.parse(normalised);
	return Number.isNaN(instant) ? null : instant;
}

function calendarDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /^\d{4}-\d{2}-\d{2}/.exec(value);
	return match ? match[0] : null;
}

/** The person id: the Cloud accountId, or the Data Center key (what changelogs name), else the name. */
export function personId(user: JiraUser | null | undefined, deployment: JiraDeploymentKind): string | null {
	if (!user) return null;
	if (deployment === 'cloud') return user.accountId ?? null;
	return user.key ?? user.name ?? null;
}

export function mapPerson(user: JiraUser, deployment: JiraDeploymentKind): Person | null {
	const id = personId(user, deployment);
	if (id === null) return null;
	return {
		id,
		name: user.displayName ?? user.name ?? id,
		displayName: null,
		email: user.emailAddress ?? null,
		active: user.active ?? true,
	};
}

function mapPriority(name: unknown): Priority | null {
	if (typeof name !== 'string') return null;
	switch (name.trim().toLowerCase()) {
		case 'highest':
		case 'blocker':
		case 'critical':
		case 'urgent': {
			return 'urgent';
		}

		case 'high':
		case 'major': {
			return 'high';
		}

		case 'medium':
		case 'normal': {
			return 'medium';
		}

		case 'low':
		case 'lowest':
		case 'minor':
		case 'trivial': {
			return 'low';
		}

		default: {
			return null;
		}
	}
}

function categoryOf(key: string | undefined, statusName: string | null, canceled: boolean): StatusCategory {
	switch (key) {
		case 'done': {
			return canceled ? 'canceled' : 'completed';
		}

		case 'indeterminate': {
			return 'started';
		}

		default: {
			return statusName !== null && /backlog/i.test(statusName) ? 'backlog' : 'unstarted';
		}
	}
}

function statusCategoryKey(schema: JiraSchema, id: string | null | undefined, name: string | null | undefined): string | undefined {
	if (id) {
		const byId = schema.statusCategories.get(id);
		if (byId) return byId;
	}

	return name ? schema.statusCategoriesByName.get(name.toLowerCase()) : undefined;
}

function text(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

function named(value: unknown): string | null {
	return typeof value === 'object' && value !== null ? text((value as {name?: unknown}).name) : null;
}

/** A sprint as Cloud (objects) or older Data Center (`…Sprint@1a2b[id=1,state=CLOSED,name=…]` strings) returns it. */
interface SprintValue {
	readonly id: string;
	readonly name: string;
	readonly state: string | null;
	readonly boardId: string | null;
	readonly startsAt: number | null;
	readonly endsAt: number | null;
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
				startsAt: parseJiraInstant(parts.startDate === '<null>' ? null : parts.startDate),
				endsAt: parseJiraInstant(parts.endDate === '<null>' ? null : parts.endDate),
			});
		} else if (typeof entry === 'object' && entry !== null) {
			const sprint = entry as {id?: unknown; name?: unknown; state?: unknown; boardId?: unknown; originBoardId?: unknown; startDate?: unknown; endDate?: unknown};
			if (sprint.id === undefined || sprint.id === null) continue;
			const boardId = sprint.boardId ?? sprint.originBoardId;
			sprints.push({
				id: String(sprint.id as string | number),
				name: text(sprint.name) ?? `Sprint ${String(sprint.id as string | number)}`,
				state: text(sprint.state),
				boardId: boardId === undefined || boardId === null ? null : String(boardId as string | number),
				startsAt: parseJiraInstant(sprint.startDate),
				endsAt: parseJiraInstant(sprint.endDate),
			});
		}
	}

	return sprints;
}

/** An iteration needs its dates; a future sprint without them is left out until it starts. */
export function sprintIteration(sprint: SprintValue, team: string | null): Iteration | null {
	if (sprint.startsAt === null || sprint.endsAt === null) return null;
	return {id: sprint.id, name: sprint.name, team, startsAt: sprint.startsAt, endsAt: sprint.endsAt, completedAt: null};
}

interface Interval {
	start: number;
	end: number | null;
	reason: string;
}

/** Sorted, non-overlapping: overlapping causes become one spell naming each cause once. */
export function mergeSpells(intervals: readonly Interval[]): BlockedSpell[] {
	const sorted = intervals.filter((interval) => interval.end === null || interval.end > interval.start).sort((a, b) => a.start - b.start);
	const merged: Interval[] = [];
	for (const interval of sorted) {
		const last = merged.at(-1);
		if (last && (last.end === null || interval.start <= last.end)) {
			last.end = last.end === null || interval.end === null ? null : Math.max(last.end, interval.end);
			if (!last.reason.split(', ').includes(interval.reason)) last.reason = `${last.reason}, ${interval.reason}`;
		} else {
			merged.push({...interval});
		}
	}

	return merged.map((interval) => ({start: interval.start, end: interval.end, reason: interval.reason}));
}

function openSpans(
	timeline: ReadonlyArray<{readonly at: number; readonly on: boolean}>,
	initial: boolean,
	createdAt: number,
	reason: string,
): Interval[] {
	const intervals: Interval[] = [];
	let openSince: number | null = initial ? createdAt : null;
	for (const change of timeline) {
		if (change.on && openSince === null) openSince = change.at;
		if (!change.on && openSince !== null) {
			intervals.push({start: openSince, end: change.at, reason});
			openSince = null;
		}
	}

	if (openSince !== null) intervals.push({start: openSince, end: null, reason});
	return intervals;
}

function isImpediment(value: string | null | undefined): boolean {
	return typeof value === 'string' && /impediment/i.test(value);
}

function flaggedNow(value: unknown): boolean {
	if (!Array.isArray(value)) return false;
	return value.some((option) => isImpediment(typeof option === 'string' ? option : text((option as {value?: unknown} | null)?.value)));
}

/** A resolved blocker named by an "is blocked by" link. */
export interface JiraBlockerRef {
	readonly id: string;
	readonly key: string;
}

export interface MappedIssue {
	readonly ticket: Ticket;
	readonly people: readonly Person[];
	readonly iterations: readonly Iteration[];
	/**
	 * Resolved blockers whose resolution time `resolvedAt` did not know: their spells are
	 * left out until the caller learns the time and maps the issue again.
	 */
	readonly awaitingBlockers: readonly JiraBlockerRef[];
}

/**
 * `resolvedAt` knows when blockers elsewhere in the pull were resolved, so a spell behind a
 * resolved "is blocked by" link can end at the blocker's resolution.
 */
export function mapIssue(issue: JiraIssue, histories: readonly JiraHistory[], schema: JiraSchema, resolvedAt: ReadonlyMap<string, number>): MappedIssue {
	const fields = issue.fields ?? {};
	const {deployment} = schema;
	const createdAt = parseJiraInstant(fields.created) ?? 0;
	const updatedAt = parseJiraInstant(fields.updated) ?? createdAt;
	const status = (fields.status ?? {}) as JiraStatusRef;
	const statusName = status.name ?? 'Unknown';
	const resolutionName = named(fields.resolution);
	const resolutionDate = parseJiraInstant(fields.resolutiondate);
	const canceled = resolutionName !== null && isCanceledResolution(resolutionName);
	const currentCategoryKey = status.statusCategory?.key ?? statusCategoryKey(schema, status.id, status.name);
	const resolvedDone = resolutionName !== null && !canceled;
	let statusCategory = categoryOf(resolvedDone ? 'done' : currentCategoryKey, statusName, canceled);
	if (canceled) statusCategory = 'canceled';

	const sortedHistories = [...histories]
		.map((history) => ({history, at: parseJiraInstant(history.created)}))
		.filter((entry): entry is {history: JiraHistory; at: number} => entry.at !== null)
		.sort((a, b) => a.at - b.at || Number(a.history.id ?? 0) - Number(b.history.id ?? 0));

	const people = new Map<string, Person>();
	const addPerson = (user: unknown) => {
		if (typeof user !== 'object' || user === null) return;
		const person = mapPerson(user as JiraUser, deployment);
		if (person) people.set(person.id, person);
	};

	addPerson(fields.assignee);
	addPerson(fields.creator);
	addPerson(fields.reporter);

	const history: HistoryEvent[] = [];
	const statusTimeline: Array<{at: number; name: string | null}> = [];
	const flagTimeline: Array<{at: number; on: boolean}> = [];
	const linkTimes = new Map<string, number>();
	const linkRemovals = new Map<string, number>();
	let firstStatusFrom: string | null | undefined;
	let firstFlagFrom: string | null | undefined;
	let startedAt: number | null = null;
	let lastDoneAt: number | null = null;

	for (const {history: entry, at} of sortedHistories) {
		const actorId = personId(entry.author, deployment);
		addPerson(entry.author);
		const items = entry.items ?? [];
		const resolutionItem = items.find((item) => (item.fieldId ?? item.field)?.toLowerCase() === 'resolution');
		for (const item of items) {
			const field = (item.fieldId ?? item.field ?? '').toLowerCase();
			const fieldName = item.field ?? '';
			if (field === 'assignee') {
				history.push({at, field: 'assignee', from: item.from ?? null, to: item.to ?? null, actorId});
			} else if (field === 'duedate') {
				history.push({at, field: 'dueDate', from: calendarDate(item.from), to: calendarDate(item.to), actorId});
			} else if (field === 'status') {
				const fromKey = statusCategoryKey(schema, item.from, item.fromString);
				const toKey = statusCategoryKey(schema, item.to, item.toString);
				const toCanceled = isCanceledResolution(resolutionItem?.toString);
				history.push({
					at,
					field: 'status',
					from: categoryOf(fromKey, item.fromString ?? null, false),
					to: categoryOf(toKey, item.toString ?? null, toCanceled),
					actorId,
				});
				if (statusTimeline.length === 0) {
					firstStatusFrom = item.fromString ?? null;
					// Created straight into an in-progress status: started when created.
					if (fromKey === 'indeterminate') startedAt = createdAt;
				}

				if (startedAt === null && toKey === 'indeterminate') startedAt = at;
				if (toKey === 'done') lastDoneAt = at;
				statusTimeline.push({at, name: item.toString ?? null});
			} else if (fieldName.toLowerCase() === 'flagged' || (schema.flaggedField !== null && field === schema.flaggedField)) {
				if (firstFlagFrom === undefined) firstFlagFrom = item.fromString ?? null;
				flagTimeline.push({at, on: isImpediment(item.toString)});
			} else if (field === 'link' || field === 'issuelinks') {
				// Link items name the other issue by key in `to`/`from` and the direction in the string.
				if (item.to && /blocked by/i.test(item.toString ?? '')) linkTimes.set(item.to, at);
				if (item.from && !item.to && /blocked by/i.test(item.fromString ?? '')) linkRemovals.set(item.from, at);
			}
		}
	}

	if (startedAt === null && statusTimeline.length === 0 && currentCategoryKey === 'indeterminate') startedAt = createdAt;

	const completedAt = resolvedDone ? (resolutionDate ?? lastDoneAt ?? updatedAt) : !canceled && currentCategoryKey === 'done' ? (lastDoneAt ?? updatedAt) : null;
	const canceledAt = canceled ? (resolutionDate ?? lastDoneAt ?? updatedAt) : null;

	const intervals: Interval[] = [];
	const initialStatus = firstStatusFrom === undefined ? statusName : firstStatusFrom;
	intervals.push(
		...openSpans(
			statusTimeline.map((change) => ({at: change.at, on: blockedStatus.test(change.name ?? '')})),
			blockedStatus.test(initialStatus ?? ''),
			createdAt,
			'status Blocked',
		),
	);
	const initiallyFlagged = firstFlagFrom === undefined ? schema.flaggedField !== null && flaggedNow(fields[schema.flaggedField]) : isImpediment(firstFlagFrom);
	intervals.push(...openSpans(flagTimeline, initiallyFlagged, createdAt, 'flagged'));

	const links = Array.isArray(fields.issuelinks) ? (fields.issuelinks as readonly JiraIssueLink[]) : [];
	const awaitingBlockers: JiraBlockerRef[] = [];
	for (const link of links) {
		const blocker = link.inwardIssue;
		if (link.type?.name?.toLowerCase() !== 'blocks' || !blocker?.key) continue;
		const start = linkTimes.get(blocker.key) ?? createdAt;
		const reason = `blocked by ${blocker.key}`;
		if (blocker.fields?.status?.statusCategory?.key !== 'done') {
			intervals.push({start, end: null, reason});
			continue;
		}

		// A resolved blocker: the spell is only placed when we know when it was resolved.
		const end = (blocker.id ? resolvedAt.get(blocker.id) : undefined) ?? linkRemovals.get(blocker.key);
		if (end !== undefined) intervals.push({start, end, reason});
		else if (blocker.id) awaitingBlockers.push({id: blocker.id, key: blocker.key});
	}

	for (const [key, removedAt] of linkRemovals) {
		const addedAt = linkTimes.get(key);
		if (addedAt !== undefined && addedAt < removedAt && !links.some((link) => link.inwardIssue?.key === key)) {
			intervals.push({start: addedAt, end: removedAt, reason: `blocked by ${key}`});
		}
	}

	const sprints = schema.sprintField === null ? [] : parseSprints(fields[schema.sprintField]);
	const project = (fields.project ?? {}) as {key?: string};
	const projectKey = project.key ?? issue.key.replace(/-\d+$/, '');
	const iterations = sprints.map((sprint) => sprintIteration(sprint, projectKey)).filter((iteration): iteration is Iteration => iteration !== null);
	const current = sprints.find((sprint) => sprint.state?.toLowerCase() === 'active') ?? sprints.at(-1);
	const iterationId = current && iterations.some((iteration) => iteration.id === current.id) ? current.id : null;

	const storyPoints = schema.storyPointsField === null ? null : fields[schema.storyPointsField];
	const originalEstimate = fields.timeoriginalestimate;
	const estimate = typeof storyPoints === 'number' ? storyPoints : typeof originalEstimate === 'number' ? originalEstimate / 3600 : null;

	const labels = Array.isArray(fields.labels) ? fields.labels.filter((label): label is string => typeof label === 'string') : [];
	const components = Array.isArray(fields.components) ? fields.components.map((component) => named(component)).filter((name): name is string => name !== null) : [];

	const ticket: Ticket = {
		id: issue.id,
		key: issue.key,
		title: text(fields.summary) ?? '',
		url: `${schema.baseUrl}/browse/${encodeURIComponent(issue.key)}`,
		type: named(fields.issuetype),
		priority: mapPriority(named(fields.priority)),
		labels,
		components,
		project: project.key ?? null,
		team: projectKey,
		status: statusName,
		statusCategory,
		createdAt,
		updatedAt,
		startedAt,
		completedAt,
		canceledAt,
		dueDate: calendarDate(fields.duedate),
		assigneeId: personId(fields.assignee as JiraUser | null | undefined, deployment),
		creatorId: personId((fields.creator ?? fields.reporter) as JiraUser | null | undefined, deployment),
		iterationId,
		estimate,
		history,
		blockedSpells: mergeSpells(intervals),
	};

	return {ticket, people: [...people.values()], iterations, awaitingBlockers};
}

/** The fields `blockerResolvedAt` reads: all a blocker lookup asks Jira for. */
export const blockerFields = ['resolutiondate', 'resolution', 'status'] as const;

/**
 * When a blocker fetched on its own was resolved: its `resolutiondate`, as long as it still
 * counts as resolved (a resolution, or a done status). Without a changelog there is no
 * other instant to trust, so anything else is unknown (null).
 */
export function blockerResolvedAt(issue: JiraIssue): number | null {
	const fields = issue.fields ?? {};
	const status = (fields.status ?? {}) as JiraStatusRef;
	const resolved = named(fields.resolution) !== null || status.statusCategory?.key === 'done';
	return resolved ? parseJiraInstant(fields.resolutiondate) : null;
}
