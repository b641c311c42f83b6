/**
 * Builders for the fake Jira's data, in the JSON shapes each deployment really sends:
 * Cloud users are accountIds, Data Center users names/keys; Cloud sprints are objects,
 * older Data Center sprints `…Sprint@hash[…]` strings.
 */
import type {FakeJiraField, FakeJiraHistory, FakeJiraIssue, FakeJiraStatus, FakeJiraUser} from './server.js';

export type Deployment = 'cloud' | 'datacenter';

export const statuses: readonly FakeJiraStatus[] = [
	{id: '10000', name: 'Backlog', category: 'new'},
	{id: '1', name: 'To Do', category: 'new'},
	{id: '3', name: 'In Progress', category: 'indeterminate'},
	{id: '10100', name: 'Blocked', category: 'indeterminate'},
	{id: '10001', name: 'Done', category: 'done'},
];

export const sprintFieldId = 'customfield_10020';
export const flaggedFieldId = 'customfield_10021';
export const storyPointsFieldId = 'customfield_10016';
/** Epic Link: where Data Center keeps an epic child's epic (its key); `parent` there is only a sub-task's. */
export const epicLinkFieldId = 'customfield_10014';

export const fields: readonly FakeJiraField[] = [
	{id: 'summary', name: 'Summary', custom: false, schema: {type: 'string', system: 'summary'}},
	{id: 'status', name: 'Status', custom: false, schema: {type: 'status', system: 'status'}},
	{id: 'duedate', name: 'Due date', custom: false, schema: {type: 'date', system: 'duedate'}},
	{id: sprintFieldId, name: 'Sprint', custom: true, schema: {type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020}},
	{id: flaggedFieldId, name: 'Flagged', custom: true, schema: {type: 'array', items: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes', customId: 10021}},
	{id: 'customfield_10030', name: 'Approvals', custom: true, schema: {type: 'array', items: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes', customId: 10030}},
	{id: storyPointsFieldId, name: 'Story point estimate', custom: true, schema: {type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016}},
	{id: epicLinkFieldId, name: 'Epic Link', custom: true, schema: {type: 'any', custom: 'com.pyxis.greenhopper.jira:gh-epic-link', customId: 10014}},
];

export function users(deployment: Deployment): {dana: FakeJiraUser; alex: FakeJiraUser; sam: FakeJiraUser} {
	const user = (handle: string, displayName: string, accountId: string): FakeJiraUser =>
		deployment === 'cloud'
			? {accountId, accountType: 'atlassian', displayName, emailAddress: `${handle}@acme.example`, active: true}
			: {name: handle, key: `JIRAUSER${accountId.slice(-5)}`, displayName, emailAddress: `${handle}@acme.example`, active: true};
	return {
		dana: user('dana', 'Dana Director', '5b10ac8d82e05b22cc710001'),
		alex: user('alex', 'Alex Kim', '5b10ac8d82e05b22cc710002'),
		sam: user('sam', 'Sam Patel', '5b10ac8d82e05b22cc710003'),
	};
}

/** The id a deployment's changelog uses for a user. */
export function userRef(user: FakeJiraUser, deployment: Deployment): string {
	return (deployment === 'cloud' ? user.accountId : user.key) ?? '';
}

/** Jira's timestamp format: `2026-01-05T10:00:00.000+0000`. */
export function jiraTime(iso: string): string {
	return new Date(iso).toISOString().replace('Z', '+0000');
}

type Item = FakeJiraHistory['items'][number];

export const item = {
	status(from: string, to: string): Item {
		const id = (name: string) => statuses.find((status) => status.name === name)?.id ?? '0';
		return {field: 'status', fieldtype: 'jira', fieldId: 'status', from: id(from), fromString: from, to: id(to), toString: to};
	},
	assignee(from: FakeJiraUser | null, to: FakeJiraUser | null, deployment: Deployment): Item {
		return {
			field: 'assignee',
			fieldtype: 'jira',
			fieldId: 'assignee',
			from: from ? userRef(from, deployment) : null,
			fromString: from?.displayName ?? null,
			to: to ? userRef(to, deployment) : null,
			toString: to?.displayName ?? null,
			// Cloud names the accounts again in tmpFrom/tmpToAccountId.
			...(deployment === 'cloud' ? {tmpFromAccountId: from?.accountId ?? null, tmpToAccountId: to?.accountId ?? null} : {}),
		};
	},
	duedate(from: string | null, to: string | null): Item {
		return {field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from, fromString: from ? `${from} 00:00:00.0` : null, to, toString: to ? `${to} 00:00:00.0` : null};
	},
	resolution(to: string): Item {
		return {field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: to};
	},
	flagged(on: boolean): Item {
		return {field: 'Flagged', fieldtype: 'custom', fieldId: flaggedFieldId, from: null, fromString: on ? null : 'Impediment', to: null, toString: on ? 'Impediment' : null};
	},
	/**
	 * The Sprint field changing, as Jira records it: `from`/`to` the comma-separated ids of
	 * every sprint in the field before and after (closed sprints a ticket was carried over
	 * from stay in it), the names in `fromString`/`toString`. Data Center names the field
	 * without its id.
	 */
	sprint(from: ReadonlyArray<{readonly id: number; readonly name: string}>, to: ReadonlyArray<{readonly id: number; readonly name: string}>, deployment: Deployment): Item {
		const ids = (list: ReadonlyArray<{readonly id: number}>) => list.map((sprint) => String(sprint.id)).join(', ');
		const names = (list: ReadonlyArray<{readonly name: string}>) => list.map((sprint) => sprint.name).join(', ');
		return {
			field: 'Sprint',
			fieldtype: 'custom',
			...(deployment === 'cloud' ? {fieldId: sprintFieldId} : {}),
			from: ids(from),
			fromString: names(from),
			to: ids(to),
			toString: names(to),
		};
	},
	blockedBy(key: string): Item {
		return {field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: key, toString: `This issue is blocked by ${key}`};
	},
};

let historyIds = 20_000;

export function change(author: FakeJiraUser, at: string, ...items: Item[]): FakeJiraHistory {
	return {id: String(historyIds++), author, created: jiraTime(at), items};
}

export interface SprintSpec {
	readonly id: number;
	readonly name: string;
	readonly state: string;
	readonly start: string;
	readonly end: string;
	/** When a closed sprint was completed. */
	readonly complete?: string;
	/**
	 * When it was really started, where that is not its planned `start`: Data Center keeps the planned
	 * start in `startDate` and the start in `activatedDate`; Cloud has no such field (apache/devlake#3250).
	 */
	readonly activated?: string;
	readonly boardId: number;
}

/** A Sprint field value: Cloud objects, Data Center `…Sprint@hash[…]` strings. */
function sprintFieldValue(deployment: Deployment, sprint: SprintSpec): unknown {
	const complete = sprint.complete === undefined ? undefined : new Date(sprint.complete).toISOString();
	return deployment === 'cloud'
		? {
				id: sprint.id,
				name: sprint.name,
				state: sprint.state,
				boardId: sprint.boardId,
				goal: '',
				startDate: new Date(sprint.start).toISOString(),
				endDate: new Date(sprint.end).toISOString(),
				...(complete === undefined ? {} : {completeDate: complete}),
			}
		: `com.atlassian.greenhopper.service.sprint.Sprint@6a1b2c3d[id=${sprint.id},rapidViewId=${sprint.boardId},state=${sprint.state.toUpperCase()},name=${sprint.name},goal=,startDate=${new Date(sprint.start).toISOString()},endDate=${new Date(sprint.end).toISOString()},completeDate=${complete ?? '<null>'},activatedDate=${sprint.activated === undefined ? '<null>' : new Date(sprint.activated).toISOString()},sequence=${sprint.id},synced=false,autoStartStop=false]`;
}

export interface IssueSpec {
	readonly id: number;
	readonly project?: string;
	readonly summary?: string;
	readonly type?: string;
	readonly priority?: string;
	readonly labels?: readonly string[];
	readonly components?: readonly string[];
	readonly status?: string;
	readonly resolution?: string | null;
	readonly resolved?: string;
	readonly created: string;
	readonly updated?: string;
	readonly due?: string | null;
	readonly assignee?: FakeJiraUser | null;
	readonly creator?: FakeJiraUser;
	readonly flagged?: boolean;
	readonly blockedBy?: ReadonlyArray<{readonly id: number; readonly key: string; readonly status: string}>;
	readonly sprint?: SprintSpec;
	/** Every sprint in the Sprint field, oldest first (a ticket carried over keeps the closed ones); overrides `sprint`. */
	readonly sprints?: readonly SprintSpec[];
	readonly points?: number;
	readonly histories?: readonly FakeJiraHistory[];
	/** The parent issue (a sub-task's, or an epic child's epic), as Jira returns it under `parent`. */
	readonly parent?: {readonly id: number; readonly key: string; readonly type: string};
	/** The epic's key in the Epic Link field, as Data Center keeps an epic child's epic. */
	readonly epic?: string;
}

function statusRef(name: string) {
	const status = statuses.find((candidate) => candidate.name === name) ?? statuses[1];
	const category = status?.category ?? 'new';
	return {
		self: `/rest/api/2/status/${status?.id ?? '1'}`,
		id: status?.id ?? '1',
		name: status?.name ?? name,
		statusCategory: {id: category === 'new' ? 2 : category === 'indeterminate' ? 4 : 3, key: category, name: category === 'new' ? 'To Do' : category === 'indeterminate' ? 'In Progress' : 'Done'},
	};
}

export function makeIssue(deployment: Deployment, spec: IssueSpec): FakeJiraIssue {
	const project = spec.project ?? 'ENG';
	const key = `${project}-${spec.id}`;
	const sprints = spec.sprints ?? (spec.sprint ? [spec.sprint] : []);
	// Jira sends null for an empty Sprint field.
	const sprintValue = sprints.length === 0 ? null : sprints.map((sprint) => sprintFieldValue(deployment, sprint));
	return {
		id: String(spec.id),
		key,
		histories: spec.histories ?? [],
		fields: {
			summary: spec.summary ?? `Ticket ${key}`,
			issuetype: {id: '10001', name: spec.type ?? 'Story', subtask: false},
			priority: priorityOf(spec.priority ?? 'Medium'),
			labels: [...(spec.labels ?? [])],
			components: (spec.components ?? []).map((name, index) => ({id: String(10_000 + index), name})),
			project: {id: '10000', key: project, name: `${project} project`, projectTypeKey: 'software'},
			status: statusRef(spec.status ?? 'To Do'),
			resolution: spec.resolution ? {id: '10000', name: spec.resolution, description: ''} : null,
			resolutiondate: spec.resolved ? jiraTime(spec.resolved) : null,
			created: jiraTime(spec.created),
			updated: jiraTime(spec.updated ?? spec.created),
			duedate: spec.due ?? null,
			assignee: spec.assignee ?? null,
			creator: spec.creator ?? null,
			reporter: spec.creator ?? null,
			issuelinks: (spec.blockedBy ?? []).map((blocker, index) => ({
				id: String(30_000 + index),
				type: {id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks'},
				inwardIssue: {id: String(blocker.id), key: blocker.key, fields: {summary: `Blocker ${blocker.key}`, status: statusRef(blocker.status)}},
			})),
			timeoriginalestimate: null,
			// Jira leaves `parent` out of an issue that has none.
			...(spec.parent ? {parent: {id: String(spec.parent.id), key: spec.parent.key, fields: {summary: `Parent ${spec.parent.key}`, issuetype: {id: '10000', name: spec.parent.type, subtask: false}}}} : {}),
			[sprintFieldId]: sprintValue,
			[flaggedFieldId]: spec.flagged ? [{self: '/rest/api/2/customFieldOption/10019', value: 'Impediment', id: '10019'}] : null,
			[storyPointsFieldId]: spec.points ?? null,
			[epicLinkFieldId]: spec.epic ?? null,
		},
	};
}

// The stock priorities' ids, the same on Cloud and Data Center; a priority an admin adds gets an id of 10000 and up.
const stockPriorityIds: Readonly<Record<string, string>> = {highest: '1', blocker: '1', high: '2', critical: '2', medium: '3', major: '3', low: '4', minor: '4', lowest: '5', trivial: '5'};

function priorityOf(name: string): {id: string; name: string} {
	return {id: stockPriorityIds[name.toLowerCase()] ?? '10000', name};
}
