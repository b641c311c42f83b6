/**
 * The Jira adapter (Cloud and Data Center) behind the Provider interface. jira-client
 * builds the requests, transport.ts carries them; cloud.ts and datacenter.ts page the
 * search; map.ts turns Jira's JSON into tickets.
 */
import type {Iteration, Person, Ticket} from '../../domain/types.js';
import {ProviderError, type Provider, type PullOptions, type SyncPage} from '../provider.js';
import type {RetryPolicy} from '../retry.js';
import {fetchPagedChangelog, malformed, searchCloud} from './cloud.js';
import {fetchDataCenterChangelog, searchDataCenter} from './datacenter.js';
import {buildKeysJql, buildSearchJql} from './jql.js';
import {
	blockerFields,
	blockerResolvedAt,
	mapIssue,
	mapPerson,
	parseJiraInstant,
	type JiraBlockerRef,
	type JiraDeploymentKind,
	type JiraHistory,
	type JiraIssue,
	type JiraSchema,
	type JiraUser,
	type MappedIssue,
} from './map.js';
import {createJiraTransport, type JiraAuth, type JiraTransport} from './transport.js';

export {quoteJqlValue} from './jql.js';

export interface JiraProviderOptions {
	readonly baseUrl: string;
	readonly deployment: 'cloud' | 'datacenter' | 'auto';
	/** The configured scope; null → every issue the credentials can see. */
	readonly jql: string | null;
	/** Cloud basic auth. */
	readonly email: string | null;
	readonly apiToken: string | null;
	/** Data Center bearer token. */
	readonly pat: string | null;
	/** The director's time zone: incremental JQL dates are written in it. */
	readonly timezone: string;
	readonly retry?: Partial<RetryPolicy>;
	readonly pageSize?: number;
	readonly allowInsecureHttp?: boolean;
	readonly requestTimeoutMs?: number;
	/** Data Center search pages and changelog fetches in flight at once. */
	readonly concurrency?: number;
}

const baseFields = [
	'summary',
	'issuetype',
	'priority',
	'labels',
	'components',
	'project',
	'status',
	'resolution',
	'resolutiondate',
	'created',
	'updated',
	'duedate',
	'assignee',
	'creator',
	'reporter',
	'issuelinks',
	'timeoriginalestimate',
];

// Keys per blocker lookup: a page size every deployment serves whole, and a short JQL.
const lookupBatchSize = 50;

const sprintSchema = 'com.pyxis.greenhopper.jira:gh-sprint';
const multiCheckboxSchema = 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes';
const storyPointSchemas = new Set(['com.atlassian.jira.plugin.system.customfieldtypes:float', 'com.pyxis.greenhopper.jira:jsw-story-points']);

interface PullCursor {
	readonly v: 1;
	readonly deployment: JiraDeploymentKind;
	readonly since: number | null;
	readonly done: number;
	/**
	 * Where the issue search resumes; 'blockers' once only the late blocker lookup is left,
	 * 'sprints' once only the sprint lookup is.
	 */
	readonly next: {readonly token: string} | {readonly startAt: number} | 'blockers' | 'sprints';
	/** Keys of issues already yielded whose resolved blockers' resolution times were unknown. */
	readonly awaiting?: readonly string[];
}

function encodeCursor(cursor: PullCursor): string {
	return JSON.stringify(cursor);
}

function decodeCursor(value: string | null, deployment: JiraDeploymentKind): PullCursor | null {
	if (value === null) return null;
	try {
		const cursor = JSON.parse(value) as Partial<PullCursor>;
		// A cursor from another deployment (the config changed) cannot resume: start over.
		if (cursor.v !== 1 || cursor.deployment !== deployment || cursor.next === undefined) return null;
		if (cursor.awaiting !== undefined && !(Array.isArray(cursor.awaiting) && cursor.awaiting.every((key) => typeof key === 'string'))) return null;
		return cursor as PullCursor;
	} catch {
		return null;
	}
}

/** An issue yielded with a resolved blocker's spell left out, kept so it can be mapped again. */
interface AwaitingIssue {
	readonly issue: JiraIssue;
	readonly histories: readonly JiraHistory[];
	readonly schema: JiraSchema;
	readonly blockers: readonly JiraBlockerRef[];
}

interface Field {
	readonly id?: string;
	readonly name?: string;
	readonly schema?: {readonly custom?: string};
}

interface Status {
	readonly id?: string;
	readonly name?: string;
	readonly statusCategory?: {readonly key?: string};
}

function chooseAuth(options: JiraProviderOptions, deployment: JiraDeploymentKind | null): JiraAuth {
	const basic = options.email && options.apiToken ? ({kind: 'basic', email: options.email, apiToken: options.apiToken} as const) : null;
	const bearer = options.pat ? ({kind: 'bearer', pat: options.pat} as const) : null;
	if (deployment === 'cloud' && basic) return basic;
	if (deployment === 'datacenter' && bearer) return bearer;
	if (deployment === null && (basic ?? bearer)) return (bearer ?? basic) as JiraAuth;
	throw new ProviderError(
		'jira',
		'auth',
		'Jira credentials are missing',
		deployment === 'cloud'
			? 'set JIRA_EMAIL and JIRA_API_TOKEN (Jira Cloud)'
			: deployment === 'datacenter'
				? 'set JIRA_PAT (a Data Center personal access token)'
				: 'set JIRA_EMAIL and JIRA_API_TOKEN (Cloud) or JIRA_PAT (Data Center)',
	);
}

function isAtlassianCloudHost(baseUrl: string): boolean {
	try {
		return /\.(atlassian\.net|jira\.com)$/i.test(new URL(baseUrl).hostname);
	} catch {
		return false;
	}
}

async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = Array.from({length: items.length});
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};

	await Promise.all(Array.from({length: Math.min(Math.max(1, limit), items.length)}, worker));
	return results;
}

export function createJiraProvider(options: JiraProviderOptions): Provider {
	const baseUrl = options.baseUrl.replace(/\/+$/, '');
	const pageSize = options.pageSize ?? 100;
	const concurrency = options.concurrency ?? 4;
	const configured: JiraDeploymentKind | null = options.deployment === 'auto' ? (isAtlassianCloudHost(baseUrl) ? 'cloud' : null) : options.deployment;
	const transports = new Map<string, JiraTransport>();
	const transportFor = (auth: JiraAuth) => {
		let transport = transports.get(auth.kind);
		if (!transport) {
			transport = createJiraTransport({baseUrl, auth, retry: options.retry, requestTimeoutMs: options.requestTimeoutMs, allowInsecureHttp: options.allowInsecureHttp});
			transports.set(auth.kind, transport);
		}

		return transport;
	};

	// Fail on a missing credential or an unusable URL now, not on the first request.
	transportFor(chooseAuth(options, configured));

	// Looked up once per provider and kept: a process's later syncs skip them.
	let deploymentLookup: Promise<JiraDeploymentKind> | null = null;
	let fieldsLookup: Promise<Pick<JiraSchema, 'sprintField' | 'flaggedField' | 'storyPointsField'>> | null = null;
	let statusLookup: Promise<Pick<JiraSchema, 'statusCategories' | 'statusCategoriesByName'>> | null = null;

	const once = <T>(lookup: () => Promise<T>, reset: () => void) =>
		lookup().catch((error: unknown) => {
			// A failed lookup is not cached: the next call asks again.
			reset();
			throw error;
		});

	async function deployment(signal?: AbortSignal): Promise<JiraDeploymentKind> {
		if (configured !== null) return configured;
		deploymentLookup ??= once(
			async () => {
				const info = (await transportFor(chooseAuth(options, null)).get('/rest/api/2', '/serverInfo', undefined, signal)) as {deploymentType?: unknown} | undefined;
				const type = typeof info?.deploymentType === 'string' ? info.deploymentType.toLowerCase() : null;
				if (type === null) throw malformed('server info');
				return type === 'cloud' ? 'cloud' : 'datacenter';
			},
			() => {
				deploymentLookup = null;
			},
		);
		return deploymentLookup;
	}

	async function client(signal?: AbortSignal): Promise<{transport: JiraTransport; kind: JiraDeploymentKind}> {
		const kind = await deployment(signal);
		return {transport: transportFor(chooseAuth(options, kind)), kind};
	}

	async function fields(transport: JiraTransport, signal?: AbortSignal) {
		fieldsLookup ??= once(
			async () => {
				const list = (await transport.get('/rest/api/2', '/field', undefined, signal)) as unknown;
				if (!Array.isArray(list)) throw malformed('field list');
				const all = list as readonly Field[];
				const sprint = all.find((field) => field.schema?.custom === sprintSchema);
				const flagged = all.find((field) => field.schema?.custom === multiCheckboxSchema && field.name?.toLowerCase() === 'flagged');
				const points = all.find((field) => storyPointSchemas.has(field.schema?.custom ?? '') && /^story points?( estimate)?$/i.test(field.name ?? ''));
				return {sprintField: sprint?.id ?? null, flaggedField: flagged?.id ?? null, storyPointsField: points?.id ?? null};
			},
			() => {
				fieldsLookup = null;
			},
		);
		return fieldsLookup;
	}

	async function statuses(transport: JiraTransport, signal?: AbortSignal) {
		statusLookup ??= once(
			async () => {
				const list = (await transport.get('/rest/api/2', '/status', undefined, signal)) as unknown;
				if (!Array.isArray(list)) throw malformed('status list');
				const byId = new Map<string, string>();
				const byName = new Map<string, string>();
				for (const status of list as readonly Status[]) {
					const key = status.statusCategory?.key;
					if (!key) continue;
					if (status.id) byId.set(status.id, key);
					if (status.name) byName.set(status.name.toLowerCase(), key);
				}

				return {statusCategories: byId, statusCategoriesByName: byName};
			},
			() => {
				statusLookup = null;
			},
		);
		return statusLookup;
	}

	/** Only issues whose embedded changelog was cut short cost extra requests. */
	async function completeChangelogs(transport: JiraTransport, kind: JiraDeploymentKind, issues: readonly JiraIssue[], signal?: AbortSignal): Promise<Array<readonly JiraHistory[]>> {
		return mapConcurrently(issues, concurrency, async (issue) => {
			const embedded = issue.changelog?.histories ?? [];
			const total = issue.changelog?.total;
			if (typeof total !== 'number' || embedded.length >= total) return embedded;
			return kind === 'cloud' ? fetchPagedChangelog(transport, '/rest/api/3', issue.id, signal) : fetchDataCenterChangelog(transport, issue.id, signal);
		});
	}

	async function boardSprints(transport: JiraTransport, projects: ReadonlySet<string>, signal?: AbortSignal): Promise<Iteration[]> {
		interface Board {
			readonly id?: number;
			readonly name?: string;
			readonly location?: {readonly projectKey?: string};
		}
		const boards: Board[] = [];
		try {
			for (let startAt = 0; ; ) {
				const page = (await transport.get('/rest/agile/1.0', '/board', {type: 'scrum', startAt, maxResults: 50}, signal)) as {values?: unknown; isLast?: unknown} | undefined;
				const values = Array.isArray(page?.values) ? (page.values as Board[]) : [];
				boards.push(...values);
				startAt += values.length;
				if (page?.isLast !== false || values.length === 0) break;
			}
		} catch (error) {
			// No Jira Software on the instance (404) or no access to boards: sprints come from the issues alone.
			if (error instanceof ProviderError && (error.kind === 'not-found' || error.kind === 'forbidden' || error.kind === 'config')) return [];
			throw error;
		}

		const relevant = boards.filter((board) => typeof board.id === 'number' && (board.location?.projectKey === undefined || projects.has(board.location.projectKey)));
		const perBoard = await mapConcurrently(relevant, concurrency, async (board) => {
			const iterations: Iteration[] = [];
			const team = board.location?.projectKey ?? board.name ?? null;
			try {
				for (let startAt = 0; ; ) {
					const page = (await transport.get('/rest/agile/1.0', `/board/${String(board.id)}/sprint`, {startAt, maxResults: 50}, signal)) as {values?: unknown; isLast?: unknown} | undefined;
					const values = Array.isArray(page?.values) ? (page.values as Array<{id?: unknown; name?: unknown; startDate?: unknown; endDate?: unknown}>) : [];
					for (const sprint of values) {
						const startsAt = parseJiraInstant(sprint.startDate);
						const endsAt = parseJiraInstant(sprint.endDate);
						if (sprint.id === undefined || startsAt === null || endsAt === null) continue;
						iterations.push({id: String(sprint.id as number), name: typeof sprint.name === 'string' ? sprint.name : `Sprint ${String(sprint.id as number)}`, team, startsAt, endsAt, completedAt: null});
					}

					startAt += values.length;
					if (page?.isLast !== false || values.length === 0) break;
				}
			} catch (error) {
				// A board that does not support sprints answers 400; a removed one 404.
				if (error instanceof ProviderError && (error.kind === 'not-found' || error.kind === 'config' || error.kind === 'forbidden')) return iterations;
				throw error;
			}

			return iterations;
		});
		return perBoard.flat();
	}

	/**
	 * The issues named by `keys`, one `key in (…)` search per batch. Jira rejects the whole
	 * query (400) when a key names an issue it cannot find (deleted, archived, out of sight):
	 * the batch is halved until that key stands alone, and it alone is left out.
	 */
	async function searchByKeys(transport: JiraTransport, kind: JiraDeploymentKind, keys: readonly string[], fields: readonly string[], changelog: boolean, signal?: AbortSignal): Promise<JiraIssue[]> {
		const batch = Math.max(1, Math.min(pageSize, lookupBatchSize));
		const searchBatch = async (batchKeys: readonly string[]): Promise<JiraIssue[]> => {
			const jql = buildKeysJql(batchKeys);
			const found: JiraIssue[] = [];
			try {
				if (kind === 'cloud') {
					for await (const page of searchCloud(transport, {jql, fields, pageSize: batch, pageToken: null, changelog, signal})) found.push(...page.issues);
				} else {
					for await (const page of searchDataCenter(transport, {jql, fields, pageSize: batch, startAt: 0, concurrency, changelog, signal})) found.push(...page.issues);
				}
			} catch (error) {
				if (!(error instanceof ProviderError) || error.kind !== 'config') throw error;
				if (batchKeys.length === 1) return [];
				const half = Math.ceil(batchKeys.length / 2);
				return [...(await searchBatch(batchKeys.slice(0, half))), ...(await searchBatch(batchKeys.slice(half)))];
			}

			return found;
		};

		const issues: JiraIssue[] = [];
		for (let start = 0; start < keys.length; start += batch) issues.push(...(await searchBatch(keys.slice(start, start + batch))));
		return issues;
	}

	async function* pull(pullOptions: PullOptions): AsyncGenerator<SyncPage> {
		const {signal} = pullOptions;
		const {transport, kind} = await client(signal);
		const resumed = decodeCursor(pullOptions.resumeCursor, kind);
		const since = resumed ? resumed.since : pullOptions.updatedSince;
		const jql = buildSearchJql(options.jql, since, options.timezone);
		const fieldIds = await fields(transport, signal);
		const requested = [...baseFields, fieldIds.sprintField, fieldIds.flaggedField, fieldIds.storyPointsField].filter((field): field is string => field !== null);
		// Sprints from the agile API on full syncs; incremental ones read them off the issues.
		const withBoardSprints = since === null;
		const resolvedAt = new Map<string, number>();
		const projects = new Set<string>();
		let done = resumed?.done ?? 0;
		// By issue id: yielded with a resolved blocker's spell left out, to be mapped again once its time is known.
		const awaiting = new Map<string, AwaitingIssue>();
		// Yielded by the pull this one resumes: only their keys survived, in the cursor.
		const awaitingElsewhere = new Set<string>(resumed?.awaiting ?? []);

		const schemaFor = async (needsStatuses: boolean): Promise<JiraSchema> => ({
			deployment: kind,
			baseUrl,
			...fieldIds,
			...(needsStatuses ? await statuses(transport, signal) : {statusCategories: new Map(), statusCategoriesByName: new Map()}),
		});

		/** Maps issues, remembering resolutions and the issues still awaiting a blocker's. */
		const mapAll = async (issues: readonly JiraIssue[]): Promise<MappedIssue[]> => {
			const schema = await schemaFor(issues.length > 0);
			const histories = await completeChangelogs(transport, kind, issues, signal);
			return issues.map((issue, index) => {
				const issueHistories = histories[index] ?? [];
				const mapped = mapIssue(issue, issueHistories, schema, resolvedAt);
				const resolution = mapped.ticket.completedAt ?? mapped.ticket.canceledAt;
				if (resolution !== null) resolvedAt.set(mapped.ticket.id, resolution);
				// This copy is the newest: it replaces whatever was awaiting for the issue.
				awaitingElsewhere.delete(issue.key);
				awaiting.delete(issue.id);
				if (mapped.awaitingBlockers.length > 0) awaiting.set(issue.id, {issue, histories: issueHistories, schema, blockers: mapped.awaitingBlockers});
				return mapped;
			});
		};

		/** Maps again the awaiting issues one of whose blockers' resolution is now known. */
		const remapAwaiting = (): MappedIssue[] => {
			const remapped: MappedIssue[] = [];
			for (const [id, entry] of awaiting) {
				if (!entry.blockers.some((blocker) => resolvedAt.has(blocker.id))) continue;
				const mapped = mapIssue(entry.issue, entry.histories, entry.schema, resolvedAt);
				if (mapped.awaitingBlockers.length > 0) awaiting.set(id, {...entry, blockers: mapped.awaitingBlockers});
				else awaiting.delete(id);
				remapped.push(mapped);
			}

			return remapped;
		};

		const pageOf = (mapped: Iterable<MappedIssue>) => {
			const people = new Map<string, Person>();
			const iterations = new Map<string, Iteration>();
			const tickets: Ticket[] = [];
			for (const {ticket, people: ticketPeople, iterations: ticketIterations} of mapped) {
				if (ticket.project) projects.add(ticket.project);
				for (const person of ticketPeople) people.set(person.id, person);
				for (const iteration of ticketIterations) iterations.set(iteration.id, iteration);
				tickets.push(ticket);
			}

			return {tickets, people: [...people.values()], iterations: [...iterations.values()]};
		};

		const mapPage = async (issues: readonly JiraIssue[]) => {
			const byId = new Map((await mapAll(issues)).map((mapped) => [mapped.ticket.id, mapped]));
			// Pages come oldest update first, so a blocker resolved after the blocked issue last
			// changed comes later, in this page or a later one: the blocked issue goes again,
			// in place when it is in this page, else with this page.
			for (const mapped of remapAwaiting()) byId.set(mapped.ticket.id, mapped);
			done += issues.length;
			return pageOf(byId.values());
		};

		/**
		 * After the last search page: ask Jira, in batches, when the blockers the pull never
		 * brought were resolved, and map their blocked issues again. Issues only known by key
		 * (yielded before an interruption) are fetched again whole first.
		 */
		const resolveLateBlockers = async () => {
			const corrected = new Map<string, MappedIssue>();
			if (awaitingElsewhere.size > 0) {
				const refetched = await searchByKeys(transport, kind, [...awaitingElsewhere], requested, true, signal);
				awaitingElsewhere.clear();
				for (const mapped of await mapAll(refetched)) corrected.set(mapped.ticket.id, mapped);
			}

			const missing = new Map<string, string>();
			for (const entry of awaiting.values()) for (const blocker of entry.blockers) if (!resolvedAt.has(blocker.id)) missing.set(blocker.id, blocker.key);
			if (missing.size > 0) {
				for (const blocker of await searchByKeys(transport, kind, [...missing.values()], blockerFields, false, signal)) {
					const resolution = blockerResolvedAt(blocker);
					if (resolution !== null) resolvedAt.set(blocker.id, resolution);
				}
			}

			for (const mapped of remapAwaiting()) corrected.set(mapped.ticket.id, mapped);
			// Whatever is still unknown (a blocker Jira would not show, or without a resolution date) stays out.
			awaiting.clear();
			return pageOf(corrected.values());
		};

		const awaitingKeys = () => [...[...awaiting.values()].map((entry) => entry.issue.key), ...awaitingElsewhere];
		const sprintsCursor = () => (withBoardSprints ? encodeCursor({v: 1, deployment: kind, since, done, next: 'sprints'}) : null);
		const cursorAfter = (next: {readonly token: string} | {readonly startAt: number} | null): string | null => {
			const keys = awaitingKeys();
			const base = {v: 1, deployment: kind, since, done, ...(keys.length > 0 ? {awaiting: keys} : {})} as const;
			if (next !== null) return encodeCursor({...base, next});
			// Only the last page has no cursor: a blocker lookup still to come keeps this one open.
			if (keys.length > 0) return encodeCursor({...base, next: 'blockers'});
			return sprintsCursor();
		};

		if (resumed?.next !== 'sprints') {
			if (resumed?.next !== 'blockers') {
				if (kind === 'cloud') {
					const token = resumed && typeof resumed.next === 'object' && 'token' in resumed.next ? resumed.next.token : null;
					for await (const page of searchCloud(transport, {jql, fields: requested, pageSize, pageToken: token, signal})) {
						const mapped = await mapPage(page.issues);
						yield {...mapped, cursor: cursorAfter(page.nextPageToken === null ? null : {token: page.nextPageToken}), progress: {done, total: null}};
					}
				} else {
					const startAt = resumed && typeof resumed.next === 'object' && 'startAt' in resumed.next ? resumed.next.startAt : 0;
					for await (const page of searchDataCenter(transport, {jql, fields: requested, pageSize, startAt, concurrency, signal})) {
						const mapped = await mapPage(page.issues);
						yield {...mapped, cursor: cursorAfter(page.nextStartAt === null ? null : {startAt: page.nextStartAt}), progress: {done, total: page.total}};
					}
				}
			}

			if (resumed?.next === 'blockers' || awaiting.size > 0 || awaitingElsewhere.size > 0) {
				const corrected = await resolveLateBlockers();
				yield {...corrected, cursor: sprintsCursor(), progress: {done, total: done}};
			}
		}

		if (withBoardSprints) {
			const iterations = await boardSprints(transport, projects, signal);
			yield {tickets: [], people: [], iterations, cursor: null, progress: {done, total: done}};
		}
	}

	function describe(): string {
		const host = (() => {
			try {
				return new URL(baseUrl).host;
			} catch {
				return baseUrl;
			}
		})();
		return options.jql ? `Jira · ${host} · ${options.jql}` : `Jira · ${host} · all visible issues`;
	}

	return {
		name: 'jira',
		description: describe(),
		pull,
		async whoAmI() {
			const {transport, kind} = await client();
			const user = (await transport.get('/rest/api/2', '/myself')) as JiraUser | undefined;
			const person = user ? mapPerson(user, kind) : null;
			if (!person) throw malformed('answer about the current user');
			return person;
		},
		async listPeople() {
			const {transport, kind} = await client();
			const people = new Map<string, Person>();
			for (let startAt = 0; ; ) {
				// Data Center needs a search term; "." matches every user there.
				const page =
					kind === 'cloud'
						? await transport.get('/rest/api/3', '/users/search', {startAt, maxResults: 100})
						: await transport.get('/rest/api/2', '/user/search', {username: '.', startAt, maxResults: 100});
				if (!Array.isArray(page)) throw malformed('user list');
				for (const user of page as ReadonlyArray<JiraUser & {accountType?: string}>) {
					// Cloud lists apps and service-desk customers too; only Atlassian accounts do tickets.
					if (kind === 'cloud' && user.accountType !== undefined && user.accountType !== 'atlassian') continue;
					const person = mapPerson(user, kind);
					if (person) people.set(person.id, person);
				}

				if (page.length === 0) break;
				startAt += page.length;
			}

			return [...people.values()];
		},
	};
}
