import type {Iteration, Person} from '../../domain/types.js';
import {ProviderError, type Provider, type PullOptions, type SyncPage} from '../provider.js';
import type {RetryPolicy} from '../retry.js';
import {createLinearTransport, QueryTooComplex, type LinearTransport} from './client.js';
import {
	blockersDocument,
	cyclesPageDocument,
	directoryDocument,
	directoryPageSize,
	historyOverflowPageSize,
	historyPageSize,
	issueHistoryPageDocument,
	issuesPageDocument,
	issuesPageSize,
	labelsPageSize,
	relationsPageSize,
	usersPageDocument,
	viewerDocument,
	workflowStatesPageDocument,
} from './documents.js';
import {
	field,
	MalformedResponse,
	mapTicket,
	readConnection,
	readHistoryEntry,
	readIssue,
	readFinish,
	readIteration,
	readPerson,
	readWorkflowState,
	removedBlockerKeys,
	type PageInfo,
	type RawIssue,
	type WorkflowStateInfo,
} from './map.js';

export interface LinearProviderOptions {
	readonly apiKey: string;
	readonly apiUrl: string;
	/** Team keys; [] = all teams. */
	readonly teams: readonly string[];
	/** Linear's due dates are calendar dates and its instants UTC: nothing here needs converting. */
	readonly timezone: string;
	readonly retry?: Partial<RetryPolicy>;
	readonly pageSize?: number;
	readonly allowInsecureHttp?: boolean;
	readonly requestTimeoutMs?: number;
	/** The clock the API budget is read with; tests pass the fake server's. */
	readonly now?: () => number;
}

/** What a sync cursor holds: where the next page starts, and the filter the pull was started with. */
interface CursorState {
	readonly after: string;
	readonly since: number | null;
	readonly done: number;
}

interface Directory {
	readonly people: readonly Person[];
	readonly iterations: readonly Iteration[];
	readonly states: ReadonlyMap<string, WorkflowStateInfo>;
}

export function createLinearProvider(options: LinearProviderOptions): Provider {
	const transport = createLinearTransport(options);
	const teams = [...new Set(options.teams.map((team) => team.trim()).filter((team) => team !== ''))];
	const pageSize = options.pageSize ?? issuesPageSize;

	return {
		name: 'linear',
		description: teams.length > 0 ? `Linear teams ${teams.join(', ')}` : 'Linear, all teams',
		pull: (pullOptions) => pull(transport, teams, pageSize, pullOptions),
		async whoAmI() {
			const data = await transport.request(viewerDocument, {});
			return read(() => readPerson(field(data, 'viewer'), 'viewer'));
		},
		async listPeople() {
			return collect(transport, usersPageDocument, 'users', {}, undefined, readPerson);
		},
	};
}

async function* pull(transport: LinearTransport, teams: readonly string[], pageSize: number, options: PullOptions): AsyncIterable<SyncPage> {
	const resumed = options.resumeCursor === null ? null : decodeCursor(options.resumeCursor);
	const since = resumed === null ? options.updatedSince : resumed.since;
	const directory = await loadDirectory(transport, teams, since, options.signal);
	let after = resumed?.after ?? null;
	let done = resumed?.done ?? 0;
	let isFirst = true;
	let first = pageSize;
	for (;;) {
		let data: unknown;
		try {
			data = await transport.request(
				issuesPageDocument,
				{first, after, filter: issueFilter(teams, since), historyFirst: historyPageSize, labelsFirst: labelsPageSize, relationsFirst: relationsPageSize},
				options.signal,
			);
		} catch (error) {
			// Should Linear count a page as over its 10,000 points, fewer issues a page cost less: the cursor stays valid.
			if (error instanceof QueryTooComplex && first > 1) {
				first = Math.max(1, Math.floor(first / 2));
				continue;
			}

			throw error;
		}

		const {issues, pageInfo} = read(() => {
			const connection = readConnection(field(data, 'issues'), 'issues');
			return {issues: connection.nodes.map((node, index) => readIssue(node, `issues.nodes[${index}]`)), pageInfo: connection.pageInfo};
		});
		const complete: RawIssue[] = [];
		const removedTicketIds: string[] = [];
		for (const issue of issues) {
			// A trashed issue was deleted: not a ticket, and gone from the store if it was one.
			// Archived ones (Linear archives old finished issues itself) stay tickets.
			if (issue.trashed) {
				removedTicketIds.push(issue.id);
				continue;
			}

			// Only the few busy issues pay for a second request; the rest came whole with the page.
			complete.push(issue.historyPage.hasNextPage ? await withFullHistory(transport, issue, options.signal) : issue);
		}

		const finishes = await removedBlockerFinishes(transport, complete, options.signal);
		const tickets = read(() => complete.map((issue) => mapTicket(issue, directory.states, finishes)));
		done += tickets.length;
		const next = nextCursor(pageInfo, 'issues');
		yield {
			tickets,
			removedTicketIds,
			people: isFirst ? directory.people : [],
			iterations: isFirst ? directory.iterations : [],
			cursor: next === null ? null : encodeCursor({after: next, since, done}),
			progress: {done, total: null},
		};
		if (next === null) return;
		after = next;
		isFirst = false;
	}
}

/** One request for a page whose issues had "blocked by" relations removed; none otherwise. */
async function removedBlockerFinishes(transport: LinearTransport, issues: readonly RawIssue[], signal?: AbortSignal): Promise<Map<string, number>> {
	const keys = [...new Set(issues.flatMap((issue) => removedBlockerKeys(issue)))].flatMap((key) => {
		const match = /^(.+)-(\d+)$/.exec(key);
		return match ? [{key, team: match[1]!, number: Number(match[2])}] : [];
	});
	const finishes = new Map<string, number>();
	for (let start = 0; start < keys.length; start += directoryPageSize) {
		const batch = keys.slice(start, start + directoryPageSize);
		const filter = {or: batch.map(({team, number}) => ({team: {key: {eq: team}}, number: {eq: number}}))};
		const data = await transport.request(blockersDocument, {first: batch.length, filter}, signal);
		read(() => {
			for (const [index, node] of readConnection(field(data, 'issues'), 'issues').nodes.entries()) {
				const blocker = readFinish(node, `issues.nodes[${index}]`);
				if (blocker.finishedAt !== null) finishes.set(blocker.identifier, blocker.finishedAt);
			}
		});
	}

	return finishes;
}

function issueFilter(teams: readonly string[], since: number | null): Record<string, unknown> | null {
	const filter: Record<string, unknown> = {};
	if (teams.length > 0) filter['team'] = {key: {in: teams}};
	if (since !== null) {
		// A blocker finishing does not touch the issue it blocked: open blocked issues are re-read
		// every time, so their spells end when their blockers do.
		filter['or'] = [
			{updatedAt: {gte: new Date(since).toISOString()}},
			{hasBlockedByRelations: {eq: true}, completedAt: {null: true}, canceledAt: {null: true}},
		];
	}

	return Object.keys(filter).length === 0 ? null : filter;
}

async function loadDirectory(transport: LinearTransport, teams: readonly string[], since: number | null, signal?: AbortSignal): Promise<Directory> {
	const cycleFilter: Record<string, unknown> = {};
	if (teams.length > 0) cycleFilter['team'] = {key: {in: teams}};
	// Cycles are immutable once created except for their dates: an incremental sync needs only the changed ones.
	if (since !== null) cycleFilter['updatedAt'] = {gte: new Date(since).toISOString()};
	const variables = {
		first: directoryPageSize,
		teamFilter: teams.length > 0 ? {key: {in: teams}} : null,
		cycleFilter: Object.keys(cycleFilter).length === 0 ? null : cycleFilter,
	};
	const data = await transport.request(directoryDocument, variables, signal);
	const first = read(() => {
		const foundTeams = new Set(
			readConnection(field(data, 'teams'), 'teams').nodes.map((node, index) => {
				const team = node as {key?: unknown};
				if (typeof team?.key !== 'string') throw new MalformedResponse(`teams.nodes[${index}].key`);
				return team.key;
			}),
		);
		return {
			foundTeams,
			users: readConnection(field(data, 'users'), 'users'),
			cycles: readConnection(field(data, 'cycles'), 'cycles'),
			states: readConnection(field(data, 'workflowStates'), 'workflowStates'),
		};
	});
	const missing = teams.filter((team) => !first.foundTeams.has(team));
	if (missing.length > 0) {
		throw new ProviderError(
			'linear',
			'not-found',
			`Linear has no team with key ${missing.join(', ')} that this API key can see`,
			'check linear.teams in the config: team keys are the prefixes of issue ids, such as ENG in ENG-42',
		);
	}

	const people = await collectRest(transport, usersPageDocument, 'users', {}, first.users, signal, readPerson);
	const iterations = await collectRest(transport, cyclesPageDocument, 'cycles', {filter: variables.cycleFilter}, first.cycles, signal, readIteration);
	const states = await collectRest(transport, workflowStatesPageDocument, 'workflowStates', {}, first.states, signal, readWorkflowState);
	return {people, iterations, states: new Map(states)};
}

/** Pages a root connection from the start. */
async function collect<T>(
	transport: LinearTransport,
	document: string,
	name: string,
	variables: Record<string, unknown>,
	signal: AbortSignal | undefined,
	readNode: (value: unknown, path: string) => T,
): Promise<T[]> {
	const data = await transport.request(document, {...variables, first: directoryPageSize, after: null}, signal);
	return collectRest(transport, document, name, variables, read(() => readConnection(field(data, name), name)), signal, readNode);
}

/** Reads a first page already fetched, then pages the rest with the connection's own document. */
async function collectRest<T>(
	transport: LinearTransport,
	document: string,
	name: string,
	variables: Record<string, unknown>,
	firstPage: {nodes: readonly unknown[]; pageInfo: PageInfo},
	signal: AbortSignal | undefined,
	readNode: (value: unknown, path: string) => T,
): Promise<T[]> {
	const items = read(() => firstPage.nodes.map((node, index) => readNode(node, `${name}.nodes[${index}]`)));
	let after = nextCursor(firstPage.pageInfo, name);
	while (after !== null) {
		const data = await transport.request(document, {...variables, first: directoryPageSize, after}, signal);
		const page = read(() => readConnection(field(data, name), name));
		items.push(...read(() => page.nodes.map((node, index) => readNode(node, `${name}.nodes[${index}]`))));
		after = nextCursor(page.pageInfo, name);
	}

	return items;
}

/** Metrics need an issue's whole history (metrics.md): page it to the end. */
async function withFullHistory(transport: LinearTransport, issue: RawIssue, signal?: AbortSignal): Promise<RawIssue> {
	const history = [...issue.history];
	let after = nextCursor(issue.historyPage, `issue ${issue.identifier} history`);
	while (after !== null) {
		const data = await transport.request(issueHistoryPageDocument, {id: issue.id, first: historyOverflowPageSize, after}, signal);
		const page = read(() => {
			const node = field(data, 'issue') as {history?: unknown} | null;
			const connection = readConnection(node?.history, 'issue.history');
			return {entries: connection.nodes.map((entry, index) => readHistoryEntry(entry, `issue.history.nodes[${index}]`)), pageInfo: connection.pageInfo};
		});
		history.push(...page.entries);
		after = nextCursor(page.pageInfo, `issue ${issue.identifier} history`);
	}

	return {...issue, history, historyPage: {hasNextPage: false, endCursor: null}};
}

function nextCursor(pageInfo: PageInfo, what: string): string | null {
	if (!pageInfo.hasNextPage) return null;
	if (pageInfo.endCursor === null) throw malformed(`${what}.pageInfo.endCursor`);
	return pageInfo.endCursor;
}

/** Runs a reader over response data; a shape we did not ask for becomes a `ProviderError`. */
function read<T>(reader: () => T): T {
	try {
		return reader();
	} catch (error) {
		if (error instanceof MalformedResponse) throw malformed(error.path);
		throw error;
	}
}

function malformed(path: string): ProviderError {
	return new ProviderError('linear', 'malformed', `Linear sent an unexpected response (at ${path})`, 'Linear may have changed its API: update director-review, then sync again');
}

export function encodeCursor(state: CursorState): string {
	return Buffer.from(JSON.stringify({v: 1, ...state}), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorState {
	try {
		const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
		const {v, after, since, done} = value;
		if (v === 1 && typeof after === 'string' && (since === null || typeof since === 'number') && typeof done === 'number') return {after, since, done};
	} catch {
		// Falls through to the error below: a cursor from another version or another provider.
	}

	throw new ProviderError('linear', 'config', 'The saved Linear sync position is not readable', 'run director-review sync --full to start over');
}
