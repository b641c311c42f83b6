import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {
	buildSchema,
	execute,
	GraphQLError,
	isEnumType,
	isListType,
	isNonNullType,
	isObjectType,
	isScalarType,
	parse,
	validate,
	type DocumentNode,
	type GraphQLFieldResolver,
	type GraphQLOutputType,
	type GraphQLSchema,
} from 'graphql';
import {createBudget, maxQueryComplexity, type FakeLinearBudget, type FakeLinearBudgetOptions} from './budget.js';
import type {FakeCycle, FakeHistory, FakeIssue, FakeTeam, FakeUser, LinearDataset} from './dataset.js';

/**
 * A fake Linear API: a real HTTP server on 127.0.0.1 that parses every request with
 * `graphql`, validates it against Linear's published schema (the copy next to this file),
 * rejects invalid documents the way Linear does, and executes valid ones over an in-memory
 * dataset with Relay pagination. Any valid document runs, including the SDK's own lazy
 * queries: fields without data resolve to type-correct empty values. Every valid document
 * is charged against Linear's hourly budgets (`budget.ts`): too complex a query, or one
 * costing more than what is left, is refused as Linear refuses it.
 */

const schemaPath = new URL('schema.graphql', import.meta.url);
let cachedSchema: GraphQLSchema | null = null;

/** Building the 1.2 MB schema takes about half a second: once per process. */
export function linearSchema(): GraphQLSchema {
	cachedSchema ??= buildSchema(readFileSync(schemaPath, 'utf8'));
	return cachedSchema;
}

export type LinearFault =
	/** `…ResetAt`: epoch ms on Linear's clock (this machine's plus `clockSkewMs`), as Linear stamps them. */
	| {readonly kind: 'rate-limit'; readonly status?: number; readonly retryAfterSeconds?: number; readonly requestsResetAt?: number; readonly complexityResetAt?: number}
	/** 500 answers like Linear (JSON); 502/503/504 like the load balancer in front of it (HTML). */
	| {readonly kind: 'status'; readonly status: number}
	| {readonly kind: 'forbidden'}
	/**
	 * HTTP 200 whose body carries no data and an `errors` entry of type "internal error" (or "lock
	 * timeout"): how Linear reports a blip in a resolver instead of a 5xx (seen by PostHog's Linear
	 * source, posthog#74062; the SDK names both types in its error map).
	 */
	| {readonly kind: 'graphql-internal-error'; readonly type?: 'internal error' | 'lock timeout'}
	| {readonly kind: 'reset'}
	| {readonly kind: 'hang'}
	| {readonly kind: 'malformed-json'}
	| {readonly kind: 'truncated'};

export interface LoggedRequest {
	readonly number: number;
	readonly operationName: string | null;
	readonly query: string;
	readonly variables: Record<string, unknown>;
	readonly status: number | null;
	readonly fault: LinearFault['kind'] | null;
	/** What the document costs in complexity points (charged or not); null when it never got that far. */
	readonly complexity: number | null;
	/** Refused by the budget (RATELIMITED) or as too complex. */
	readonly refused: 'rate-limited' | 'too-complex' | null;
}

export interface FakeLinearServer {
	/** The GraphQL endpoint, `http://127.0.0.1:<port>/graphql`. */
	readonly url: string;
	readonly apiKey: string;
	readonly dataset: LinearDataset;
	readonly requests: readonly LoggedRequest[];
	readonly requestCount: number;
	/** The API key's hourly buckets, as the `x-ratelimit-*` headers report them. */
	readonly budget: FakeLinearBudget;
	/** Makes request number `number` (1-based, counting every request) fail with `fault`. */
	failRequest(number: number, fault: LinearFault): void;
	/** Makes every request from now on fail with `fault` (null stops it). */
	failAll(fault: LinearFault | null): void;
	close(): Promise<void>;
}

export interface FakeLinearOptions {
	readonly dataset: LinearDataset;
	/** A personal API key (default), or an OAuth access token when it starts with `lin_oauth_`. */
	readonly apiKey?: string;
	/** The API key's budget; default: a personal API key's (5,000 requests, 3,000,000 points an hour), full. */
	readonly budget?: FakeLinearBudgetOptions;
	/**
	 * How far Linear's clock is from this machine's, for the `Date` header every answer carries
	 * (RFC 9110 §6.6.1) and the `updatedAt` a test stamps; default 0. Negative: Linear is behind.
	 */
	readonly clockSkewMs?: number;
	/**
	 * When an OAuth access token (`lin_oauth_…`) stops being accepted, on Linear's clock. Linear
	 * migrated every OAuth application to refresh tokens on 1 April 2026: an access token from an
	 * authorization-code grant lives 24 hours by default, then Linear refuses it as it refuses a
	 * wrong key (linear.app/developers/oauth-2-0-authentication). Default: 24 h after the server
	 * starts. A personal API key does not expire here.
	 */
	readonly accessTokenExpiresAt?: number;
}

export async function startFakeLinear(options: FakeLinearOptions): Promise<FakeLinearServer> {
	const schema = linearSchema();
	const apiKey = options.apiKey ?? 'lin_api_fake_0123456789abcdef';
	const {dataset} = options;
	// Linear's clock: the buckets' resets and the `Date` header are stamped on it.
	const linearNow = () => (options.budget?.now ?? Date.now)() + (options.clockSkewMs ?? 0);
	const budget = createBudget({...options.budget, now: linearNow});
	const requests: LoggedRequest[] = [];
	const faults = new Map<number, LinearFault>();
	let persistentFault: LinearFault | null = null;
	const sockets = new Set<Socket>();
	const accessTokenLifetimeMs = 24 * 60 * 60 * 1000;
	const accessTokenExpiresAt = apiKey.startsWith('lin_oauth_') ? (options.accessTokenExpiresAt ?? linearNow() + accessTokenLifetimeMs) : Infinity;

	const server = createServer((request, response) => {
		void handle(request, response);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		if (options.clockSkewMs) response.setHeader('date', new Date(linearNow()).toUTCString());
		const body = await readBody(request);
		const number = requests.length + 1;
		let payload: {query?: unknown; variables?: unknown; operationName?: unknown} = {};
		try {
			payload = JSON.parse(body) as typeof payload;
		} catch {
			// Logged below and answered as Linear does.
		}

		const query = typeof payload.query === 'string' ? payload.query : '';
		const variables = typeof payload.variables === 'object' && payload.variables !== null ? (payload.variables as Record<string, unknown>) : {};
		const fault = faults.get(number) ?? persistentFault;
		const entry = {
			number,
			operationName: operationNameOf(query),
			query,
			variables,
			status: null as number | null,
			fault: fault?.kind ?? null,
			complexity: null as number | null,
			refused: null as LoggedRequest['refused'],
		};
		requests.push(entry);
		const send = (reply: Reply) => {
			entry.status = reply.status;
			entry.complexity = reply.complexity ?? null;
			entry.refused = reply.refused ?? null;
			const text = JSON.stringify(reply.json);
			response.writeHead(reply.status, {'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...budget.headers(), ...reply.headers});
			response.end(text);
		};

		if (fault?.kind === 'truncated') {
			// Announce the whole body, send half of it, then drop the connection.
			const reply = answer(query, variables, request);
			const text = JSON.stringify(reply.json);
			entry.status = reply.status;
			response.writeHead(reply.status, {'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text)});
			response.write(text.slice(0, Math.floor(text.length / 2)), () => request.socket.destroy());
			return;
		}

		if (fault) {
			const reply = faultReply(fault, request, response, entry, linearNow());
			if (reply) send(reply);
			return;
		}

		send(answer(query, variables, request));
	}

	function answer(query: string, variables: Record<string, unknown>, request: IncomingMessage): Reply {
		// Linear takes a personal API key as the bare Authorization header value, an OAuth access token after "Bearer ".
		const expired = linearNow() >= accessTokenExpiresAt;
		if (expired || request.headers.authorization !== (apiKey.startsWith('lin_oauth_') ? `Bearer ${apiKey}` : apiKey)) {
			return reply(401, {
				errors: [
					{
						message: 'Authentication required, not authenticated',
						extensions: {type: 'authentication error', code: 'AUTHENTICATION_ERROR', statusCode: 401, userError: true, userPresentableMessage: 'You need to authenticate to access this operation.'},
					},
				],
			});
		}

		let document: DocumentNode;
		try {
			document = parse(query);
		} catch (error) {
			return reply(400, {errors: [{message: (error as Error).message, extensions: {code: 'GRAPHQL_PARSE_FAILED', type: 'graphql error'}}]});
		}

		const invalid = validate(schema, document);
		if (invalid.length > 0) {
			return reply(400, {errors: invalid.map((error) => ({message: error.message, locations: error.locations, extensions: {code: 'GRAPHQL_VALIDATION_FAILED', type: 'graphql error'}}))});
		}

		const verdict = budget.charge(schema, document, variables);
		const charged = (answered: Reply): Reply => ({...answered, complexity: verdict.cost, ...(verdict.kind === 'accepted' ? {} : {refused: verdict.kind})});
		if (verdict.kind === 'too-complex') {
			return charged(reply(
				400,
				{
					errors: [
						{
							message: 'Query too complex',
							extensions: {
								code: 'INPUT_ERROR',
								type: 'invalid input',
								userError: true,
								userPresentableMessage: `The query is too complex. Complexity: ${verdict.cost}. Maximum allowed complexity: ${maxQueryComplexity}.`,
								meta: {},
							},
						},
					],
				},
				verdict.headers,
			));
		}

		if (verdict.kind === 'rate-limited') {
			return charged(reply(
				400,
				{errors: [{message: 'Rate limit exceeded', extensions: {type: 'ratelimited', code: 'RATELIMITED', statusCode: 400, userError: true, userPresentableMessage: 'Too many requests.'}}]},
				verdict.headers,
			));
		}

		const result = execute({schema, document, variableValues: variables, contextValue: dataset, fieldResolver: resolveField, typeResolver: resolveType(dataset)});
		if (result instanceof Promise) throw new Error('the fake resolves synchronously');
		if ('errors' in result && result.errors && result.errors.length > 0) {
			return charged(reply(200, {
				data: result.data ?? null,
				errors: result.errors.map((error) => ({
					message: error.message,
					path: error.path,
					extensions: {code: 'INVALID_INPUT', type: 'invalid input', userError: true, userPresentableMessage: error.message, ...error.extensions},
				})),
			}, verdict.headers));
		}

		return charged(reply(200, {data: 'data' in result ? result.data : null}, verdict.headers));
	}

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}/graphql`,
		apiKey,
		dataset,
		requests,
		get requestCount() {
			return requests.length;
		},
		budget,
		failRequest(number, fault) {
			faults.set(number, fault);
		},
		failAll(fault) {
			persistentFault = fault;
		},
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

interface Reply {
	readonly status: number;
	readonly json: unknown;
	readonly headers: Record<string, string>;
	readonly complexity?: number;
	readonly refused?: 'rate-limited' | 'too-complex';
}

function reply(status: number, json: unknown, headers: Record<string, string> = {}): Reply {
	return {status, json, headers};
}

/** Answers a faulted request; null when the fault already dealt with the connection itself. */
function faultReply(fault: Exclude<LinearFault, {kind: 'truncated'}>, request: IncomingMessage, response: ServerResponse, entry: {status: number | null}, linearNow: number): Reply | null {
	switch (fault.kind) {
		case 'rate-limit': {
			const headers: Record<string, string> = {
				'x-ratelimit-requests-limit': '5000',
				'x-ratelimit-requests-remaining': '0',
				'x-ratelimit-requests-reset': String(fault.requestsResetAt ?? linearNow + 3_600_000),
			};
			if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
			if (fault.complexityResetAt !== undefined) {
				headers['x-ratelimit-complexity-remaining'] = '0';
				headers['x-ratelimit-complexity-reset'] = String(fault.complexityResetAt);
				headers['x-ratelimit-requests-remaining'] = '1200';
			}

			return reply(
				fault.status ?? 429,
				{errors: [{message: 'Rate limit exceeded', extensions: {type: 'ratelimited', code: 'RATELIMITED', statusCode: 429, userError: true, userPresentableMessage: 'Too many requests.'}}]},
				headers,
			);
		}

		case 'status': {
			if (fault.status === 500) return reply(500, {errors: [{message: 'Internal server error', extensions: {type: 'internal error', code: 'INTERNAL_SERVER_ERROR'}}]});
			entry.status = fault.status;
			response.writeHead(fault.status, {'content-type': 'text/html'});
			response.end(`<html><body><h1>${fault.status} Service Unavailable</h1></body></html>`);
			return null;
		}

		case 'forbidden': {
			return reply(403, {errors: [{message: 'Forbidden', extensions: {type: 'forbidden', code: 'FORBIDDEN', statusCode: 403, userError: true, userPresentableMessage: 'You do not have access to this resource.'}}]});
		}

		case 'graphql-internal-error': {
			const type = fault.type ?? 'internal error';
			const message = type === 'internal error' ? 'Internal server error' : 'Lock timeout';
			return reply(200, {data: null, errors: [{message, extensions: {type, code: type === 'internal error' ? 'INTERNAL_SERVER_ERROR' : 'LOCK_TIMEOUT', userError: false}}]});
		}

		case 'reset': {
			request.socket.destroy();
			return null;
		}

		case 'hang': {
			// Never answers; close() destroys the socket.
			return null;
		}

		case 'malformed-json': {
			entry.status = 200;
			const text = '{"data": {"issues": {"nodes": [ <html>';
			response.writeHead(200, {'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text)});
			response.end(text);
			return null;
		}
	}
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

function operationNameOf(query: string): string | null {
	return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Execution over the dataset

type Args = Record<string, unknown>;
type Resolver = (source: Record<string, unknown>, args: Args, dataset: LinearDataset) => unknown;

function entityNotFound(type: string): GraphQLError {
	return new GraphQLError(`Entity not found: ${type}`, {extensions: {code: 'INVALID_INPUT', type: 'invalid input', userPresentableMessage: `Could not find referenced ${type}.`}});
}

function find<T extends {id: string}>(items: readonly T[], id: unknown, type: string, alternate?: (item: T) => string): T {
	const found = items.find((item) => item.id === id || (alternate !== undefined && alternate(item) === id));
	if (!found) throw entityNotFound(type);
	return found;
}

/** What Linear answers for an entity the key cannot see: "Entity not found", or FORBIDDEN. */
function hiddenEntity(type: string, as: 'forbidden' | 'not-found'): GraphQLError {
	if (as === 'not-found') return entityNotFound(type);
	return new GraphQLError('Forbidden', {extensions: {code: 'FORBIDDEN', type: 'forbidden', statusCode: 403, userError: true, userPresentableMessage: `You don't have access to this ${type}.`}});
}

/** A reference to a nullable entity; one the key cannot see is an error at this field's path. */
function findOrNull<T extends {id: string}>(items: readonly T[], id: unknown, data?: LinearDataset, type = 'Entity'): T | null {
	if (id === null || id === undefined) return null;
	const hiddenAs = data?.hidden?.get(id as string);
	if (hiddenAs !== undefined) throw hiddenEntity(type, hiddenAs);
	return items.find((item) => item.id === id) ?? null;
}

/** A reference to a non-null entity: one the key cannot see errs here and nulls the nearest nullable parent. */
function findVisible<T extends {id: string}>(items: readonly T[], id: unknown, data: LinearDataset, type: string): T {
	const hiddenAs = data.hidden?.get(id as string);
	if (hiddenAs !== undefined) throw hiddenEntity(type, hiddenAs);
	return find(items, id, type);
}

const resolvers: Record<string, Record<string, Resolver>> = {
	Query: {
		issues: (_source, args, data) => connection(visible(data, data.issues), args, (issue, filter) => issueMatches(issue, filter, data)),
		issue: (_source, args, data) => find(data.issues, args['id'], 'Issue', (issue) => issue.identifier),
		users: (_source, args, data) => connection(visible(data, args['includeDisabled'] === true ? data.users : data.users.filter((user) => user.active)), args, userMatches),
		user: (_source, args, data) => find(data.users, args['id'], 'User'),
		viewer: (_source, _args, data) => find(data.users, data.viewerId, 'User'),
		teams: (_source, args, data) => connection(data.teams, args, teamMatches),
		team: (_source, args, data) => find(data.teams, args['id'], 'Team', (team) => team.key),
		cycles: (_source, args, data) => connection(data.cycles, args, (cycle, filter) => cycleMatches(cycle, filter, data)),
		cycle: (_source, args, data) => find(data.cycles, args['id'], 'Cycle'),
		workflowStates: (_source, args, data) => connection(data.states, args, noFilter('WorkflowState')),
		workflowState: (_source, args, data) => find(data.states, args['id'], 'WorkflowState'),
		issueLabels: (_source, args, data) => connection(data.labels, args, noFilter('IssueLabel')),
		issueLabel: (_source, args, data) => find(data.labels, args['id'], 'IssueLabel'),
		project: (_source, args, data) => find(data.projects, args['id'], 'Project'),
		projects: (_source, args, data) => connection(data.projects, args, noFilter('Project')),
		issueRelation: (_source, args, data) => find(data.relations, args['id'], 'IssueRelation'),
	},
	Issue: {
		url: (issue) => `https://linear.app/fake-org/issue/${String(issue['identifier'])}`,
		team: (issue, _args, data) => findVisible(data.teams, issue['teamId'], data, 'Team'),
		state: (issue, _args, data) => findOrNull(data.states, issue['stateId']),
		assignee: (issue, _args, data) => findOrNull(data.users, issue['assigneeId'], data, 'User'),
		creator: (issue, _args, data) => findOrNull(data.users, issue['creatorId'], data, 'User'),
		cycle: (issue, _args, data) => findOrNull(data.cycles, issue['cycleId'], data, 'Cycle'),
		parent: (issue, _args, data) => findOrNull(data.issues, issue['parentId'], data, 'Issue'),
		project: (issue, _args, data) => findOrNull(data.projects, issue['projectId'], data, 'Project'),
		labels: (issue, args, data) => connection(data.labels.filter((label) => (issue['labelIds'] as string[]).includes(label.id)), args, noFilter('IssueLabel')),
		history: (issue, args, data) => connection(historyOf(data, issue['id'] as string), args, noFilter('IssueHistory')),
		relations: (issue, args, data) => connection(data.relations.filter((relation) => relation.issueId === issue['id']), args, noFilter('IssueRelation')),
		inverseRelations: (issue, args, data) => connection(data.relations.filter((relation) => relation.relatedIssueId === issue['id']), args, noFilter('IssueRelation')),
		priorityLabel: (issue) => ['No priority', 'Urgent', 'High', 'Medium', 'Low'][Number(issue['priority'])] ?? 'No priority',
	},
	IssueHistory: {
		issue: (entry, _args, data) => find(data.issues, entry['issueId'], 'Issue'),
		actor: (entry, _args, data) => findOrNull(data.users, entry['actorId']),
		fromAssignee: (entry, _args, data) => findOrNull(data.users, entry['fromAssigneeId']),
		toAssignee: (entry, _args, data) => findOrNull(data.users, entry['toAssigneeId']),
		fromState: (entry, _args, data) => findOrNull(data.states, entry['fromStateId']),
		toState: (entry, _args, data) => findOrNull(data.states, entry['toStateId']),
		updatedAt: (entry) => entry['createdAt'],
	},
	IssueRelation: {
		issue: (relation, _args, data) => findVisible(data.issues, relation['issueId'], data, 'Issue'),
		relatedIssue: (relation, _args, data) => findVisible(data.issues, relation['relatedIssueId'], data, 'Issue'),
		updatedAt: (relation) => relation['createdAt'],
	},
	Cycle: {
		team: (cycle, _args, data) => find(data.teams, cycle['teamId'], 'Team'),
		issues: (cycle, args, data) => connection(data.issues.filter((issue) => issue.cycleId === cycle['id']), args, (issue, filter) => issueMatches(issue, filter, data)),
	},
	WorkflowState: {
		team: (state, _args, data) => find(data.teams, state['teamId'], 'Team'),
		issues: (state, args, data) => connection(data.issues.filter((issue) => issue.stateId === state['id']), args, (issue, filter) => issueMatches(issue, filter, data)),
	},
	Team: {
		displayName: (team) => team['name'],
		issues: (team, args, data) => connection(data.issues.filter((issue) => issue.teamId === team['id']), args, (issue, filter) => issueMatches(issue, filter, data)),
		cycles: (team, args, data) => connection(data.cycles.filter((cycle) => cycle.teamId === team['id']), args, (cycle, filter) => cycleMatches(cycle, filter, data)),
		states: (team, args, data) => connection(data.states.filter((state) => state.teamId === team['id']), args, noFilter('WorkflowState')),
	},
	User: {
		assignedIssues: (user, args, data) => connection(data.issues.filter((issue) => issue.assigneeId === user['id']), args, (issue, filter) => issueMatches(issue, filter, data)),
		createdIssues: (user, args, data) => connection(data.issues.filter((issue) => issue.creatorId === user['id']), args, (issue, filter) => issueMatches(issue, filter, data)),
		isMe: (user, _args, data) => user['id'] === data.viewerId,
	},
};

/** A list of what the key can see: Linear leaves out what it cannot, rather than erring. */
function visible<T extends {id: string}>(data: LinearDataset, items: readonly T[]): readonly T[] {
	return data.hidden === undefined || data.hidden.size === 0 ? items : items.filter((item) => !data.hidden!.has(item.id));
}

const resolveField: GraphQLFieldResolver<unknown, LinearDataset> = (source, args, dataset, info) => {
	const custom = resolvers[info.parentType.name]?.[info.fieldName];
	const record = (source ?? {}) as Record<string, unknown>;
	const value = custom ? custom(record, args as Args, dataset) : record[info.fieldName];
	return value === undefined ? emptyValue(info.returnType) : value;
};

/** What a field the dataset knows nothing about resolves to: null if it may, else an empty value of its type. */
function emptyValue(type: GraphQLOutputType): unknown {
	if (!isNonNullType(type)) return null;
	const inner = type.ofType;
	if (isListType(inner)) return [];
	if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
	if (isObjectType(inner)) return {};
	if (isScalarType(inner)) {
		switch (inner.name) {
			case 'Int':
			case 'Float': {
				return 0;
			}

			case 'Boolean': {
				return false;
			}

			case 'DateTime': {
				return '1970-01-01T00:00:00.000Z';
			}

			case 'TimelessDate': {
				return '1970-01-01';
			}

			case 'JSON':
			case 'JSONObject': {
				return {};
			}

			default: {
				return '';
			}
		}
	}

	return null;
}

function resolveType(dataset: LinearDataset) {
	return (value: unknown): string | undefined => {
		const record = value as never;
		if (dataset.issues.includes(record)) return 'Issue';
		if (dataset.users.includes(record)) return 'User';
		if (dataset.teams.includes(record)) return 'Team';
		if (dataset.cycles.includes(record)) return 'Cycle';
		if (dataset.states.includes(record)) return 'WorkflowState';
		if (dataset.history.includes(record)) return 'IssueHistory';
		if (dataset.relations.includes(record)) return 'IssueRelation';
		if (dataset.labels.includes(record)) return 'IssueLabel';
		if (dataset.projects.includes(record)) return 'Project';
		return undefined;
	};
}

// ---------------------------------------------------------------------------------------------
// Relay pagination and filters

const maxPageSize = 250;

const historyIndex = new WeakMap<LinearDataset, {readonly size: number; readonly byIssue: Map<string, FakeHistory[]>}>();

/** An issue's history entries, indexed once per dataset state: a 15,000-issue workspace pages in seconds, not minutes. */
function historyOf(data: LinearDataset, issueId: string): FakeHistory[] {
	let index = historyIndex.get(data);
	if (index === undefined || index.size !== data.history.length) {
		const byIssue = new Map<string, FakeHistory[]>();
		for (const entry of data.history) {
			const entries = byIssue.get(entry.issueId) ?? [];
			entries.push(entry);
			byIssue.set(entry.issueId, entries);
		}

		index = {size: data.history.length, byIssue};
		historyIndex.set(data, index);
	}

	return index.byIssue.get(issueId) ?? [];
}

function connection<T extends {id: string}>(items: readonly T[], args: Args, matches: (item: T, filter: Record<string, unknown>) => boolean) {
	if (args['last'] !== undefined && args['last'] !== null) throw new GraphQLError('The fake Linear server pages forward only (first/after)');
	const first = (args['first'] as number | null | undefined) ?? 50;
	if (first < 0 || first > maxPageSize) {
		throw new GraphQLError(`first must be between 0 and ${maxPageSize}`, {extensions: {code: 'INVALID_INPUT', type: 'invalid input'}});
	}

	const filter = args['filter'] as Record<string, unknown> | null | undefined;
	// Like Linear: archived entities (auto-archived issues, trashed ones, removed relations) only with includeArchived.
	const includeArchived = args['includeArchived'] === true;
	const orderBy = args['orderBy'] === 'updatedAt' ? 'updatedAt' : 'createdAt';
	// Like Linear: newest first, by the order field (`createdAt` unless asked `updatedAt`), ids breaking ties.
	const sorted = items
		.filter((item) => includeArchived || !isArchived(item))
		.filter((item) => (filter ? matches(item, filter) : true))
		.sort((a, b) => {
			const difference = timeOf(b, orderBy) - timeOf(a, orderBy);
			return difference === 0 ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : difference;
		});
	let start = 0;
	const after = args['after'];
	if (typeof after === 'string') {
		const index = sorted.findIndex((item) => item.id === after);
		if (index === -1) throw new GraphQLError('Invalid cursor', {extensions: {code: 'INVALID_INPUT', type: 'invalid input'}});
		start = index + 1;
	}

	const nodes = sorted.slice(start, start + first);
	return {
		nodes,
		edges: nodes.map((node) => ({node, cursor: node.id})),
		pageInfo: {
			hasNextPage: start + first < sorted.length,
			hasPreviousPage: start > 0,
			startCursor: nodes[0]?.id ?? null,
			endCursor: nodes.at(-1)?.id ?? null,
		},
	};
}

function isArchived(item: object): boolean {
	const archivedAt = (item as {archivedAt?: unknown}).archivedAt;
	return archivedAt !== null && archivedAt !== undefined;
}

function timeOf(item: object, field: 'createdAt' | 'updatedAt'): number {
	const record = item as Record<string, unknown>;
	const value = record[field] ?? record['createdAt'];
	return typeof value === 'string' ? Date.parse(value) : 0;
}

function noFilter(type: string) {
	return (_item: unknown, filter: Record<string, unknown>): boolean => {
		if (Object.keys(filter).length > 0) throw new GraphQLError(`The fake Linear server does not filter ${type}`);
		return true;
	};
}

type Comparator = Record<string, unknown>;

/** Linear's comparators (StringComparator, DateComparator, IDComparator, NumberComparator, BooleanComparator). */
function compare(value: unknown, comparator: Comparator, path: string): boolean {
	const asComparable = (input: unknown) => (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(input) ? Date.parse(input) : input);
	const actual = asComparable(value);
	return Object.entries(comparator).every(([operator, expected]) => {
		const wanted = asComparable(expected);
		switch (operator) {
			case 'eq': {
				return actual === wanted;
			}

			case 'neq': {
				return actual !== wanted;
			}

			case 'in': {
				return (expected as unknown[]).map(asComparable).includes(actual);
			}

			case 'nin': {
				return !(expected as unknown[]).map(asComparable).includes(actual);
			}

			case 'gt': {
				return actual !== null && (actual as number) > (wanted as number);
			}

			case 'gte': {
				return actual !== null && (actual as number) >= (wanted as number);
			}

			case 'lt': {
				return actual !== null && (actual as number) < (wanted as number);
			}

			case 'lte': {
				return actual !== null && (actual as number) <= (wanted as number);
			}

			case 'eqIgnoreCase': {
				return typeof value === 'string' && typeof expected === 'string' && value.toLowerCase() === expected.toLowerCase();
			}

			case 'null': {
				return (value === null || value === undefined) === expected;
			}

			case 'containsIgnoreCase': {
				return typeof value === 'string' && typeof expected === 'string' && value.toLowerCase().includes(expected.toLowerCase());
			}

			default: {
				throw new GraphQLError(`The fake Linear server does not support the comparator ${path}.${operator}`);
			}
		}
	});
}

function matchAll<T>(item: T, filter: Record<string, unknown>, type: string, fields: Record<string, (item: T, value: unknown) => boolean>): boolean {
	return Object.entries(filter).every(([key, value]) => {
		if (value === null || value === undefined) return true;
		if (key === 'and') return (value as Array<Record<string, unknown>>).every((part) => matchAll(item, part, type, fields));
		if (key === 'or') return (value as Array<Record<string, unknown>>).some((part) => matchAll(item, part, type, fields));
		const test = fields[key];
		if (!test) throw new GraphQLError(`The fake Linear server does not support the filter ${type}.${key}`);
		return test(item, value);
	});
}

const scalar = <T>(read: (item: T) => unknown, path: string) => (item: T, value: unknown) => compare(read(item), value as Comparator, path);

function teamMatches(team: FakeTeam, filter: Record<string, unknown>): boolean {
	return matchAll(team, filter, 'TeamFilter', {
		id: scalar((item) => item.id, 'team.id'),
		key: scalar((item) => item.key, 'team.key'),
		name: scalar((item) => item.name, 'team.name'),
	});
}

function issueMatches(issue: FakeIssue, filter: Record<string, unknown>, data: LinearDataset): boolean {
	return matchAll(issue, filter, 'IssueFilter', {
		id: scalar((item) => item.id, 'issue.id'),
		number: scalar((item) => item.number, 'issue.number'),
		createdAt: scalar((item) => item.createdAt, 'issue.createdAt'),
		updatedAt: scalar((item) => item.updatedAt, 'issue.updatedAt'),
		completedAt: scalar((item) => item.completedAt, 'issue.completedAt'),
		canceledAt: scalar((item) => item.canceledAt, 'issue.canceledAt'),
		archivedAt: scalar((item) => item.archivedAt, 'issue.archivedAt'),
		hasBlockedByRelations: (item, value) =>
			compare(
				data.relations.some((relation) => relation.type === 'blocks' && relation.relatedIssueId === item.id && relation.archivedAt === null),
				value as Comparator,
				'issue.hasBlockedByRelations',
			),
		team: (item, value) => teamMatches(find(data.teams, item.teamId, 'Team'), value as Record<string, unknown>),
	});
}

function cycleMatches(cycle: FakeCycle, filter: Record<string, unknown>, data: LinearDataset): boolean {
	return matchAll(cycle, filter, 'CycleFilter', {
		id: scalar((item) => item.id, 'cycle.id'),
		number: scalar((item) => item.number, 'cycle.number'),
		createdAt: scalar((item) => item.createdAt, 'cycle.createdAt'),
		updatedAt: scalar((item) => item.updatedAt, 'cycle.updatedAt'),
		startsAt: scalar((item) => item.startsAt, 'cycle.startsAt'),
		endsAt: scalar((item) => item.endsAt, 'cycle.endsAt'),
		team: (item, value) => teamMatches(find(data.teams, item.teamId, 'Team'), value as Record<string, unknown>),
	});
}

function userMatches(user: FakeUser, filter: Record<string, unknown>): boolean {
	return matchAll(user, filter, 'UserFilter', {
		id: scalar((item) => item.id, 'user.id'),
		active: scalar((item) => item.active, 'user.active'),
		email: scalar((item) => item.email, 'user.email'),
		name: scalar((item) => item.name, 'user.name'),
		displayName: scalar((item) => item.displayName, 'user.displayName'),
		updatedAt: scalar((item) => item.updatedAt, 'user.updatedAt'),
	});
}

