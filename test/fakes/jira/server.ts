/**
 * A fake Jira (Cloud or Data Center) on 127.0.0.1 that speaks Jira's real JSON shapes,
 * checks credentials, caps page sizes like the real server, and can be told to fail.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {replyWithFault} from './faults.js';
import {jiraTime} from './fixtures.js';
import {errorBody, parseJiraDate, send} from './http.js';
import {JqlError, parseJql, type JqlIssueView} from './jql.js';
import {answerLocale, translate} from './locale.js';
import type {FakeFault, FakeJira, FakeJiraIssue, FakeJiraOptions, FakeJiraRequest, FakeJiraUser} from './types.js';
import {bulkChangelogs, dataCenterResolutions, defaultLinkTypes, defaultResolutions} from './vocabulary.js';

export type * from './types.js';

/**
 * Data Center's `jira.option.emailvisible` as its REST user beans apply it (EmailFormatterImpl):
 * `mask` writes every `@` as " at " and every `.` as " dot "; `hide` leaves the address out.
 */
function formatDataCenterEmails(value: unknown, visibility: 'mask' | 'hide'): unknown {
	if (Array.isArray(value)) return value.map((entry) => formatDataCenterEmails(entry, visibility));
	if (typeof value !== 'object' || value === null) return value;
	const entries = Object.entries(value as Record<string, unknown>).map(([key, entry]): [string, unknown] =>
		key === 'emailAddress' && typeof entry === 'string'
			? [key, visibility === 'mask' ? entry.replaceAll('@', ' at ').replaceAll('.', ' dot ') : null]
			: [key, formatDataCenterEmails(entry, visibility)],
	);
	return Object.fromEntries(entries.filter(([key, entry]) => !(key === 'emailAddress' && entry === null)));
}

export const fakeCredentials = {email: 'dana@acme.example', apiToken: 'cloud-token-s3cr3t', pat: 'dc-pat-s3cr3t'} as const;

export async function startFakeJira(options: FakeJiraOptions): Promise<FakeJira> {
	const cloud = options.deployment === 'cloud';
	const basePath = options.basePath ?? '';
	const cap = options.maxResultsCap ?? 50;
	const embeddedLimit = options.embeddedChangelogLimit ?? 100;
	const changelogCap = options.changelogPageCap ?? 100;
	const timezone = options.timezone ?? 'UTC';
	const profileTimeZoneName = options.profileTimeZoneName ?? timezone;
	const email = options.email ?? fakeCredentials.email;
	const apiToken = options.apiToken ?? fakeCredentials.apiToken;
	const pat = options.pat ?? fakeCredentials.pat;
	const statuses = options.statuses ?? [];
	const faults: Array<FakeFault & {remaining: number; skip: number}> = [];
	const requests: FakeJiraRequest[] = [];
	const sockets = new Set<Socket>();
	let inFlight = 0;
	let maxInFlight = 0;
	let url = '';

	const state = {issues: [...(options.issues ?? [])]};
	const fieldLoadFailures = (options.fieldLoadFailures ?? []).map((failure) => ({...failure, remaining: failure.times ?? 1}));

	/**
	 * Sprints are Jira Software's own records: closing or deleting one changes the sprint, never its
	 * issues' `updated` (an issue's Sprint field shows the sprint as it is now). Edits by sprint id.
	 */
	const sprintEdits = new Map<number, Readonly<Record<string, string>> | 'deleted'>();
	const sprintFieldId = (options.fields ?? []).find((field) => field.schema?.custom === 'com.pyxis.greenhopper.jira:gh-sprint')?.id ?? null;
	/** A Sprint field value (Cloud object or Data Center string) as the sprint is now; undefined once deleted. */
	const currentSprintValue = (value: unknown): unknown => {
		if (typeof value === 'string') {
			const id = Number(/\[id=(\d+),/.exec(value)?.[1]);
			const edit = sprintEdits.get(id);
			if (edit === undefined) return value;
			if (edit === 'deleted') return undefined;
			let edited = value;
			for (const [key, changed] of Object.entries(edit)) edited = edited.replace(new RegExp(`,${key}=[^,]*,`), `,${key}=${key === 'state' ? changed.toUpperCase() : changed},`);
			return edited;
		}

		const sprint = value as {id?: number};
		const edit = typeof sprint?.id === 'number' ? sprintEdits.get(sprint.id) : undefined;
		if (edit === undefined) return value;
		return edit === 'deleted' ? undefined : {...sprint, ...edit};
	};
	const currentSprintField = (value: unknown): unknown => {
		if (!Array.isArray(value)) return value;
		const now = value.map((entry) => currentSprintValue(entry)).filter((entry) => entry !== undefined);
		return now.length === 0 ? null : now;
	};
	/** A board's sprint as it is now; undefined once deleted. */
	const currentBoardSprint = <T extends {readonly id: number; readonly activatedDate?: string}>(listed: T): (T & {state?: string; completeDate?: string}) | undefined => {
		// Cloud's agile API has no `activatedDate` (its `startDate` is the start): a test's value for it is Data Center's alone.
		const {activatedDate: _activated, ...cloudSprint} = listed;
		const sprint = options.deployment === 'cloud' ? (cloudSprint as T) : listed;
		const edit = sprintEdits.get(sprint.id);
		if (edit === undefined) return sprint;
		return edit === 'deleted' ? undefined : {...sprint, ...edit};
	};
	/** GET /rest/agile/1.0/sprint/{id}: the sprint as a board lists it, else as an issue's Sprint field shows it. */
	const findSprint = (id: number): Record<string, unknown> | undefined => {
		if (sprintEdits.get(id) === 'deleted') return undefined;
		for (const board of options.boards ?? []) {
			const listed = board.sprints.find((sprint) => sprint.id === id);
			if (listed) return {...currentBoardSprint(listed), originBoardId: listed.originBoardId ?? board.id};
		}

		for (const issue of state.issues) {
			const field = sprintFieldId === null ? null : issue.fields[sprintFieldId];
			for (const value of Array.isArray(field) ? (currentSprintField(field) as unknown[] | null) ?? [] : []) {
				if (typeof value === 'string') {
					const part = (key: string) => {
						const found = new RegExp(`[\\[,]${key}=([^,\\]]*)`).exec(value)?.[1];
						return found === undefined || found === '<null>' ? undefined : found;
					};
					if (Number(part('id')) !== id) continue;
					const complete = part('completeDate');
					const activated = part('activatedDate');
					return {id, state: part('state')?.toLowerCase(), name: part('name'), startDate: part('startDate'), endDate: part('endDate'), ...(complete ? {completeDate: complete} : {}), ...(activated ? {activatedDate: activated} : {}), originBoardId: Number(part('rapidViewId'))};
				}

				const sprint = value as {id?: number; boardId?: number};
				if (sprint.id !== id) continue;
				const {boardId, goal: _goal, ...rest} = sprint as {boardId?: number; goal?: string};
				return {...rest, originBoardId: boardId};
			}
		}

		return undefined;
	};

	const view = (issue: FakeJiraIssue): JqlIssueView => ({
		id: issue.id,
		key: issue.key,
		formerKeys: issue.formerKeys ?? [],
		project: (issue.fields.project as {key?: string} | undefined)?.key ?? issue.key.replace(/-\d+$/, ''),
		summary: typeof issue.fields.summary === 'string' ? issue.fields.summary : '',
		labels: Array.isArray(issue.fields.labels) ? (issue.fields.labels as string[]) : [],
		status: (issue.fields.status as {name?: string} | undefined)?.name ?? '',
		updated: parseJiraDate(issue.fields.updated),
		created: parseJiraDate(issue.fields.created),
	});

	// Issues are replaced, not mutated, so a view per issue object can be kept.
	const views = new WeakMap<FakeJiraIssue, JqlIssueView>();
	const cachedView = (issue: FakeJiraIssue): JqlIssueView => {
		let cached = views.get(issue);
		if (!cached) {
			cached = view(issue);
			views.set(issue, cached);
		}

		return cached;
	};

	/** The issue an id or key names: a key it had before a move still finds it (Jira's historical keys). */
	const findIssue = (reference: string): FakeJiraIssue | undefined => {
		if (/^\d+$/.test(reference)) return state.issues.find((issue) => issue.id === reference);
		const wanted = reference.toLowerCase();
		return state.issues.find((issue) => issue.key.toLowerCase() === wanted) ?? state.issues.find((issue) => issue.formerKeys?.some((key) => key.toLowerCase() === wanted));
	};

	// Like Jira's index: a query's ordered result is computed once until the issues change.
	const searchCache = new Map<string, FakeJiraIssue[]>();
	const search = (jql: string): FakeJiraIssue[] => {
		let found = searchCache.get(jql);
		if (!found) {
			found = searchUncached(jql);
			searchCache.set(jql, found);
		}

		return found;
	};

	const searchUncached = (jql: string): FakeJiraIssue[] => {
		const resolveIssue = (reference: string) => {
			const found = findIssue(reference);
			return found ? cachedView(found) : undefined;
		};
		const parsed = parseJql(jql, timezone, options.projects, resolveIssue);
		// An archived issue is "removed from … search results" (Data Center, Cloud alike); a direct GET still reads it.
		const found = state.issues.filter((issue) => !issue.fields.archiveddate && parsed.matches(cachedView(issue)));
		const orderBy = parsed.orderBy.length > 0 ? parsed.orderBy : [{field: 'key', descending: true}];
		return found.sort((a, b) => {
			for (const {field, descending} of orderBy) {
				const left = cachedView(a);
				const right = cachedView(b);
				const difference =
					field === 'updated' ? left.updated - right.updated : field === 'created' ? left.created - right.created : Number(left.id) - Number(right.id);
				if (difference !== 0) return descending ? -difference : difference;
			}

			return 0;
		});
	};

	/**
	 * Links as Jira renders them: stored once, shown on both issues. On issue X,
	 * `inwardIssue: Y` reads "X <inward description> Y" (X is blocked by Y) and
	 * `outwardIssue: Y` reads "X <outward description> Y" (X blocks Y). A link an issue spec
	 * declares from either side is shown on both, once, with the other issue's status as it is
	 * now: a blocker resolved later changes its own `updated`, never the blocked issue's.
	 */
	type LinkedRef = {id?: string; key?: string; fields?: Record<string, unknown>};
	type RawLink = {id?: string; type?: {id?: string; name?: string}; inwardIssue?: LinkedRef; outwardIssue?: LinkedRef};
	// Built once per request (issues may be edited in place between requests): each issue's links, from both sides.
	let linkIndex: Map<string, RawLink[]> | null = null;
	const links = () => {
		if (linkIndex) return linkIndex;
		const byKey = new Map(state.issues.map((issue) => [issue.key, issue]));
		const ref = (key: string, given: LinkedRef | undefined): LinkedRef => {
			const now = byKey.get(key);
			return now ? {id: now.id, key: now.key, fields: {summary: now.fields.summary, status: now.fields.status}} : (given ?? {key});
		};
		const index = new Map<string, RawLink[]>();
		const seen = new Set<string>();
		const add = (on: string, link: RawLink) => index.set(on, [...(index.get(on) ?? []), link]);
		for (const issue of state.issues) {
			for (const link of (issue.fields.issuelinks ?? []) as RawLink[]) {
				// The stored link: from its outward side (the one whose outward description reads first) to its inward side.
				const other = link.inwardIssue ?? link.outwardIssue;
				if (other?.key === undefined) continue;
				const [from, to] = link.inwardIssue ? [other.key, issue.key] : [issue.key, other.key];
				const id = `${link.type?.id ?? link.type?.name ?? ''} ${from} ${to}`;
				if (seen.has(id)) continue;
				seen.add(id);
				add(to, {id: link.id, type: link.type, inwardIssue: ref(from, link.inwardIssue)});
				add(from, {id: link.id, type: link.type, outwardIssue: ref(to, link.outwardIssue)});
			}
		}

		linkIndex = index;
		return linkIndex;
	};

	const liveLinks = (issue: FakeJiraIssue): unknown[] => links().get(issue.key) ?? [];

	const renderIssue = (issue: FakeJiraIssue, fields: readonly string[] | null, expand: readonly string[]) => {
		const all = fields === null || fields.includes('*all') || fields.includes('*navigable');
		const picked: Record<string, unknown> = {};
		for (const [name, value] of Object.entries(issue.fields)) {
			if (all || fields.includes(name)) picked[name] = name === 'issuelinks' ? liveLinks(issue) : name === sprintFieldId ? currentSprintField(value) : value;
		}

		const rendered: Record<string, unknown> = {expand: 'operations,versionedRepresentations,editmeta,changelog,renderedFields', id: issue.id, self: `${url}/rest/api/2/issue/${issue.id}`, key: issue.key, fields: picked};
		if (expand.includes('changelog') && options.searchEmbedsChangelog !== false) {
			// Cloud embeds the most recent histories, newest first (REST v3 `expand`: "changelog: Returns a list of recent
			// updates to an issue, sorted by date, starting from the most recent"); a search cuts them short.
			const histories = cloud ? issue.histories.slice(-embeddedLimit).reverse() : issue.histories.slice(0, embeddedLimit);
			// PageOfChangelogs documents `total` as "The number of results on the page": 'page' answers as written.
			const total = options.embeddedChangelogTotal === 'page' ? histories.length : issue.histories.length;
			rendered.changelog = {startAt: 0, maxResults: histories.length, total, histories};
		}

		return rendered;
	};

	const hidden = options.hiddenEmails;
	const dataCenterEmails = options.emailVisibility ?? 'show';
	const hideEmails = (value: unknown): unknown => {
		if (!cloud) return dataCenterEmails === 'show' ? value : formatDataCenterEmails(value, dataCenterEmails);
		if (hidden === undefined) return value;
		if (Array.isArray(value)) return value.map((entry) => hideEmails(entry));
		if (typeof value !== 'object' || value === null) return value;
		const object = value as Record<string, unknown>;
		const hides = typeof object.accountId === 'string' && (hidden === 'all' || hidden.includes(object.accountId));
		return Object.fromEntries(Object.entries(object).filter(([key]) => !(hides && key === 'emailAddress')).map(([key, entry]) => [key, hideEmails(entry)]));
	};

	const cloudUser = (user: FakeJiraUser) => ({self: `${url}/rest/api/3/user?accountId=${user.accountId ?? ''}`, ...user, timeZone: profileTimeZoneName});

	const authorised = (request: IncomingMessage): boolean => {
		const header = request.headers.authorization;
		if (cloud) return header === `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
		return header === `Bearer ${pat}`;
	};

	const takeFault = (method: string, path: string): FakeFault | null => {
		for (const fault of faults) {
			if (fault.remaining <= 0) continue;
			if (fault.method && fault.method !== method) continue;
			if (fault.path && !fault.path.test(path)) continue;
			if (fault.skip > 0) {
				fault.skip--;
				continue;
			}

			fault.remaining--;
			return fault;
		}

		return null;
	};

	const expandList = (value: unknown): string[] =>
		Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',').map((part) => part.trim()) : [];

	const route = (incoming: IncomingMessage, method: string, path: string, query: Record<string, string>, body: unknown, response: ServerResponse): number => {
		const locale = answerLocale(incoming, options.locale ?? 'en');
		// Cloud serves its platform API as v3 and v2 alike (the same JSON but for rich text); Data Center only as v2.
		const platform = cloud ? path.replace(/^\/rest\/api\/3\/(field|status|resolution|issueLinkType|serverInfo)$/, '/rest/api/2/$1') : path;
		const reply = (status: number, payload: unknown, headers?: Record<string, string>) => {
			send(response, status, hideEmails(translate(payload, locale)), headers);
			return status;
		};

		if (platform === '/rest/api/2/serverInfo') {
			return reply(200, {
				baseUrl: options.siteUrl ?? url,
				version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.2',
				versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 2],
				deploymentType: cloud ? 'Cloud' : (options.dataCenterDeploymentType ?? 'Server'),
				buildNumber: cloud ? 100_282 : 9_120_002,
				serverTitle: 'Acme Jira',
			});
		}

		if (!authorised(incoming)) {
			return reply(401, errorBody('You are not authenticated. Authentication required to perform this operation.'), {'www-authenticate': cloud ? 'Basic realm="protected-area"' : 'OAuth realm="Jira"'});
		}

		if (/^\/rest\/api\/3\//.test(path) && !cloud) return reply(404, errorBody('null for uri: ' + path));

		if (/^\/rest\/api\/[23]\/search$/.test(path)) {
			if (cloud) {
				return reply(410, errorBody('The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046'));
			}

			if (method !== 'POST' && method !== 'GET') return reply(405, errorBody('Method not allowed'));
			const request = (method === 'POST' ? body : query) as {jql?: string; startAt?: number | string; maxResults?: number | string; fields?: unknown; expand?: unknown};
			let found: FakeJiraIssue[];
			try {
				found = search(request.jql ?? '');
			} catch (error) {
				if (error instanceof JqlError) return reply(400, errorBody(...error.messages));
				throw error;
			}

			const startAt = Number(request.startAt ?? 0);
			const maxResults = Math.min(Number(request.maxResults ?? 50), cap);
			const window = options.resultWindow ?? 10_000;
			if (startAt + maxResults > window) {
				// Data Center's search platform: nothing past its result window.
				return reply(500, errorBody(`Search limit exceeded. We couldn't complete your search because it requests ${(startAt + maxResults).toLocaleString('en')} results which exceeded the search platform limit of ${window.toLocaleString('en')}. Try refining your query or contact your Jira administrator.`));
			}

			const fields = Array.isArray(request.fields) ? request.fields.map(String) : typeof request.fields === 'string' ? request.fields.split(',') : null;
			const served = Math.min(maxResults, options.shortSearchPages?.find((page) => page.startAt === startAt)?.served ?? maxResults);
			return reply(200, {
				expand: 'schema,names',
				startAt,
				maxResults,
				total: found.length,
				issues: found.slice(startAt, startAt + served).map((issue) => renderIssue(issue, fields, expandList(request.expand))),
			});
		}

		// Count issues using JQL (Cloud, POST only, JqlCountRequestBean `{jql}` → JQLCountResultsBean `{count}`):
		// an estimate, "recent updates might not be immediately visible"; bounded JQL only, as search/jql.
		if (path === '/rest/api/3/search/approximate-count' && cloud && method === 'POST' && options.approximateCountOff !== 'missing') {
			const request = body as {jql?: unknown} | undefined;
			if (typeof request?.jql !== 'string') return reply(400, errorBody('Invalid request payload. Refer to the REST API documentation and try again.'));
			try {
				if (!parseJql(request.jql, timezone).bounded) return reply(400, errorBody('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'));
				return reply(200, {count: Math.max(0, search(request.jql).length + (options.approximateCountOff ?? 0))});
			} catch (error) {
				if (error instanceof JqlError) return reply(400, errorBody(...error.messages));
				throw error;
			}
		}

		if (path === '/rest/api/3/search/jql' && cloud) {
			const request = (method === 'POST' ? body : query) as {jql?: string; nextPageToken?: string; maxResults?: number | string; fields?: unknown; expand?: unknown; failFast?: unknown};
			// The enhanced search's POST body (SearchAndReconcileRequestBean): `expand` is one comma-separated string,
			// `fields` an array of strings; Jira refuses a body of other types.
			if (method === 'POST' && ((request.expand !== undefined && typeof request.expand !== 'string') || (request.fields !== undefined && !Array.isArray(request.fields)))) {
				return reply(400, errorBody('Invalid request payload. Refer to the REST API documentation and try again.'));
			}

			let found: FakeJiraIssue[];
			try {
				if (!parseJql(request.jql ?? '', timezone).bounded) return reply(400, errorBody('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'));
				found = search(request.jql ?? '');
			} catch (error) {
				if (error instanceof JqlError) return reply(400, errorBody(...error.messages));
				throw error;
			}

			let offset = 0;
			if (request.nextPageToken) {
				try {
					const token = JSON.parse(Buffer.from(request.nextPageToken, 'base64url').toString('utf8')) as {o: number; q: string};
					if (token.q !== request.jql) throw new Error('token for another query');
					offset = token.o;
				} catch {
					return reply(400, errorBody('The provided next page token is invalid or expired.'));
				}
			}

			const fields = Array.isArray(request.fields) ? request.fields.map(String) : typeof request.fields === 'string' ? request.fields.split(',') : [];
			// "The greatest number of items returned per page is achieved when requesting id or key only. It returns max 5000 issues."
			const idsOnly = fields.every((field) => field === 'id' || field === 'key');
			const maxResults = Math.min(Number(request.maxResults ?? 50), idsOnly ? (options.idsOnlyCap ?? 5000) : cap);
			const page = found.slice(offset, offset + maxResults);
			const end = offset + page.length;
			const isLast = end >= found.length;
			// Fields Jira could not load for an issue of this page: failFast fails the request, else the issue comes without them.
			const unloaded = fieldLoadFailures.filter((failure) => failure.remaining > 0 && page.some((issue) => issue.key === failure.key) && (fields.includes(failure.field) || fields.includes('*all') || fields.includes('*navigable')));
			for (const failure of unloaded) failure.remaining--;
			if (unloaded.length > 0 && (request.failFast === true || request.failFast === 'true')) return reply(500, errorBody('Failed to retrieve field data for some issues.'));
			// Without fields, Cloud's search/jql returns only ids.
			const issues = page.map((issue) => {
				if (fields.length === 0) return {id: issue.id};
				const rendered = renderIssue(issue, fields, expandList(request.expand));
				for (const failure of unloaded) if (failure.key === issue.key) delete (rendered.fields as Record<string, unknown>)[failure.field];
				return rendered;
			});
			return reply(200, {issues, ...(isLast ? {} : {nextPageToken: Buffer.from(JSON.stringify({o: end, q: request.jql})).toString('base64url')}), isLast});
		}

		const changelog = /^\/rest\/api\/([23])\/issue\/([^/]+)\/changelog$/.exec(path);
		if (changelog && method === 'GET') {
			if (!cloud && options.changelogEndpoint === false) return reply(404, errorBody('null for uri: ' + path));
			const issue = findIssue(decodeURIComponent(changelog[2] ?? ''));
			if (!issue) return reply(404, errorBody('Issue does not exist or you do not have permission to see it.'));
			const startAt = Number(query.startAt ?? 0);
			const maxResults = Math.min(Number(query.maxResults ?? 100), changelogCap);
			const values = issue.histories.slice(startAt, startAt + maxResults);
			return reply(200, {self: `${url}${path}`, maxResults, startAt, total: issue.histories.length, isLast: startAt + values.length >= issue.histories.length, values});
		}

		const single = /^\/rest\/api\/([23])\/issue\/([^/]+)$/.exec(path);
		if (single && method === 'GET') {
			// Named by a key it had before a move, Jira answers with the issue as it is now (its key now).
			const issue = findIssue(decodeURIComponent(single[2] ?? ''));
			if (!issue) return reply(404, errorBody('Issue does not exist or you do not have permission to see it.'));
			const rendered = renderIssue(issue, query.fields ? query.fields.split(',') : null, expandList(query.expand));
			// A single issue carries its whole changelog.
			if (expandList(query.expand).includes('changelog')) rendered.changelog = {startAt: 0, maxResults: issue.histories.length, total: issue.histories.length, histories: issue.histories};
			return reply(200, rendered);
		}

		if (platform === '/rest/api/2/status') {
			return reply(
				200,
				statuses.map((status) => ({
					self: `${url}/rest/api/2/status/${status.id}`,
					description: '',
					name: status.name,
					untranslatedName: status.name,
					id: status.id,
					statusCategory: {
						self: `${url}/rest/api/2/statuscategory/${status.category === 'new' ? 2 : status.category === 'indeterminate' ? 4 : 3}`,
						id: status.category === 'new' ? 2 : status.category === 'indeterminate' ? 4 : 3,
						key: status.category,
						colorName: status.category === 'new' ? 'blue-gray' : status.category === 'indeterminate' ? 'yellow' : 'green',
						name: status.category === 'new' ? 'To Do' : status.category === 'indeterminate' ? 'In Progress' : 'Done',
					},
				})),
			);
		}

		if (path === '/rest/api/3/changelog/bulkfetch' && cloud && method === 'POST') {
			const answer = bulkChangelogs(state.issues, body, changelogCap);
			return reply(answer.status, answer.body);
		}

		if (platform === '/rest/api/2/resolution') return reply(200, (options.resolutions ?? (cloud ? defaultResolutions : dataCenterResolutions)).map((resolution) => ({self: `${url}/rest/api/2/resolution/${resolution.id}`, description: '', ...resolution})));
		if (platform === '/rest/api/2/issueLinkType') return reply(200, {issueLinkTypes: (options.linkTypes ?? defaultLinkTypes).map((type) => ({...type, self: `${url}/rest/api/2/issueLinkType/${type.id}`}))});

		if (platform === '/rest/api/2/field') {
			return reply(200, (options.fields ?? []).map((field) => ({...field, orderable: true, navigable: true, searchable: true, clauseNames: [field.name.toLowerCase()]})));
		}

		if (path === '/rest/api/2/myself' || path === '/rest/api/3/myself') {
			const me = options.me ?? options.users?.[0];
			if (!me) return reply(404, errorBody('No current user'));
			return reply(200, cloud ? cloudUser(me) : {self: `${url}/rest/api/2/user?username=${me.name ?? ''}`, ...me, timeZone: profileTimeZoneName});
		}

		if ((cloud && path === '/rest/api/3/users/search') || (!cloud && path === '/rest/api/2/user/search')) {
			if (options.browseUsers === false) return reply(403, errorBody('Browse users and groups permission is required to view users.'));
			if (!cloud && !query.username) return reply(400, errorBody('The username query parameter was not provided'));
			const startAt = Number(query.startAt ?? 0);
			const maxResults = Math.min(Number(query.maxResults ?? 50), cap);
			// Data Center 10+ answers at most 100 users to a user search, however it is paged.
			const searchable = cloud ? (options.users ?? []) : (options.users ?? []).slice(0, 100);
			const users = searchable.slice(startAt, startAt + maxResults);
			return reply(200, cloud ? users.map((user) => cloudUser(user)) : users);
		}

		if (path.startsWith('/rest/agile/1.0/')) {
			if (options.boards === undefined) return reply(404, errorBody('null for uri: ' + path));
			if (path === '/rest/agile/1.0/board') {
				const boards = options.boards.filter((board) => !query.type || board.type === query.type);
				const startAt = Number(query.startAt ?? 0);
				const maxResults = Math.min(Number(query.maxResults ?? 50), cap);
				const values = boards.slice(startAt, startAt + maxResults).map((board) => ({id: board.id, self: `${url}/rest/agile/1.0/board/${board.id}`, name: board.name, type: board.type, location: {projectKey: board.projectKey}}));
				return reply(200, {maxResults, startAt, total: boards.length, isLast: startAt + values.length >= boards.length, values});
			}

			// Get sprint (Jira Software REST): 404 "if the sprint does not exist" (or the caller may not see it).
			const oneSprint = /^\/rest\/agile\/1\.0\/sprint\/([^/]+)$/.exec(path);
			if (oneSprint && method === 'GET') {
				if (!/^\d+$/.test(oneSprint[1] ?? '')) return reply(400, errorBody('The sprint id is not a number.'));
				const sprint = findSprint(Number(oneSprint[1]));
				if (!sprint) return reply(404, errorBody('Sprint does not exist or you do not have permission to view it.'));
				return reply(200, {...sprint, self: `${url}/rest/agile/1.0/sprint/${String(sprint.id)}`});
			}

			// Get board: its type and location (the project it sits in).
			const single = /^\/rest\/agile\/1\.0\/board\/(\d+)$/.exec(path);
			if (single) {
				const found = options.boards.find((candidate) => candidate.id === Number(single[1]));
				if (!found) return reply(404, errorBody('Board does not exist or you do not have permission to see it.'));
				return reply(200, {id: found.id, self: `${url}/rest/agile/1.0/board/${found.id}`, name: found.name, type: found.type, location: {projectKey: found.projectKey}});
			}

			const sprints = /^\/rest\/agile\/1\.0\/board\/(\d+)\/sprint$/.exec(path);
			const board = sprints ? options.boards.find((candidate) => candidate.id === Number(sprints[1])) : undefined;
			if (!board) return reply(404, errorBody('Board does not exist or you do not have permission to see it.'));
			if (board.type === 'kanban') return reply(400, errorBody('The board does not support sprints'));
			// Get all sprints (Jira Software REST): paged by `startAt` (base 0) and `maxResults` (default 50, capped),
			// `isLast` ends it; `state` "filters results to sprints in specified states. Valid values: future,
			// active, closed", several separated by commas; anything else is an invalid request (400).
			const paging = /^\d+$/;
			if ((query.startAt !== undefined && !paging.test(query.startAt)) || (query.maxResults !== undefined && !paging.test(query.maxResults))) return reply(400, errorBody('startAt and maxResults must be non-negative integers.'));
			const states = query.state === undefined ? null : query.state.split(',').map((state) => state.trim());
			if (states?.some((state) => !['future', 'active', 'closed'].includes(state))) return reply(400, errorBody(`The state '${query.state ?? ''}' is not valid. Valid values: future, active, closed.`));
			const startAt = Number(query.startAt ?? 0);
			const maxResults = Math.min(Number(query.maxResults ?? 50), cap);
			const shown = board.sprints
				.map((sprint) => currentBoardSprint(sprint))
				.filter((sprint) => sprint !== undefined)
				.filter((sprint) => states === null || states.includes(sprint.state));
			const values = shown.slice(startAt, startAt + maxResults).map((sprint) => ({...sprint, self: `${url}/rest/agile/1.0/sprint/${sprint.id}`, originBoardId: sprint.originBoardId ?? board.id}));
			return reply(200, {maxResults, startAt, isLast: startAt + values.length >= shown.length, values});
		}

		return reply(404, errorBody('null for uri: ' + path));
	};

	const server = createServer((request, response) => {
		if (options.clockSkewMs) response.setHeader('date', new Date(Date.now() + options.clockSkewMs).toUTCString());
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const parsedUrl = new URL(request.url ?? '/', 'http://127.0.0.1');
			const method = request.method ?? 'GET';
			// Under a context path (a Data Center install at https://host/jira), nothing outside it is Jira.
			const underBase = basePath === '' || parsedUrl.pathname.startsWith(`${basePath}/`);
			const path = underBase ? parsedUrl.pathname.slice(basePath.length) : parsedUrl.pathname;
			const raw = Buffer.concat(chunks).toString('utf8');
			let body: unknown;
			try {
				body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
			} catch {
				body = raw;
			}

			inFlight++;
			const entry: FakeJiraRequest = {method, path, query: Object.fromEntries(parsedUrl.searchParams), body, authorization: request.headers.authorization, inFlightAtArrival: inFlight, outcome: 0};
			requests.push(entry);
			maxInFlight = Math.max(maxInFlight, inFlight);
			response.on('close', () => inFlight--);
			const handle = () => {
				options.onRequest?.(entry);
				linkIndex = null;
				const fault = takeFault(method, path);
				if (fault) {
					entry.outcome = fault.kind;
					replyWithFault(fault, request, response);
					return;
				}

				if (!underBase) {
					entry.outcome = 404;
					send(response, 404, errorBody(`no Jira at ${parsedUrl.pathname}`));
					return;
				}

				try {
					entry.outcome = route(request, method, path, entry.query, body, response);
				} catch (error) {
					entry.outcome = 500;
					send(response, 500, errorBody(`fake Jira failed: ${(error as Error).message}`));
				}
			};

			if (options.latencyMs) setTimeout(handle, options.latencyMs);
			else handle();
		});
	});

	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as AddressInfo;
	url = `http://127.0.0.1:${port}${basePath}`;

	return {
		url,
		requests,
		get maxInFlight() {
			return maxInFlight;
		},
		get issues() {
			return state.issues;
		},
		set issues(issues: FakeJiraIssue[]) {
			searchCache.clear();
			state.issues = issues;
		},
		moveIssue(key: string, project: string, at: string) {
			const issue = state.issues.find((candidate) => candidate.key === key);
			if (!issue) throw new Error(`no issue ${key}`);
			// The next number in the target project; the id stays, the old key is reserved (it still finds the issue).
			const taken = state.issues.filter((candidate) => candidate.key.startsWith(`${project}-`)).map((candidate) => Number(candidate.key.slice(project.length + 1)));
			const moved: FakeJiraIssue = {
				...issue,
				key: `${project}-${Math.max(0, ...taken) + 1}`,
				formerKeys: [...(issue.formerKeys ?? []), issue.key],
				fields: {...issue.fields, project: {...(issue.fields.project as Record<string, unknown>), key: project, name: `${project} project`}, updated: jiraTime(at)},
			};
			searchCache.clear();
			state.issues = state.issues.map((candidate) => (candidate === issue ? moved : candidate));
			return moved.key;
		},
		/**
		 * Archives an issue as Jira does (Data Center 8.1+, Cloud Premium `PUT /rest/api/3/issue/archive`): hidden
		 * from every search, still read by `GET /issue/{id}`, which shows the system fields `archiveddate` and `archivedby`.
		 */
		archiveIssue(key: string, at: string, by?: FakeJiraUser) {
			const issue = state.issues.find((candidate) => candidate.key === key);
			if (!issue) throw new Error(`no issue ${key}`);
			searchCache.clear();
			const archived: FakeJiraIssue = {...issue, fields: {...issue.fields, archiveddate: jiraTime(at), archivedby: by ?? options.me ?? null}};
			state.issues = state.issues.map((candidate) => (candidate === issue ? archived : candidate));
		},
		/** Restores an archived issue (Cloud `PUT /rest/api/3/issue/unarchive`, Data Center `PUT /issue/{key}/restore`): searches find it again. */
		unarchiveIssue(key: string) {
			const issue = state.issues.find((candidate) => candidate.key === key);
			if (!issue?.fields.archiveddate) throw new Error(`no archived issue ${key}`);
			searchCache.clear();
			const {archiveddate: _date, archivedby: _by, ...fields} = issue.fields;
			state.issues = state.issues.map((candidate) => (candidate === issue ? {...issue, fields} : candidate));
		},
		deleteIssue(key: string) {
			if (!state.issues.some((candidate) => candidate.key === key)) throw new Error(`no issue ${key}`);
			searchCache.clear();
			state.issues = state.issues.filter((candidate) => candidate.key !== key);
		},
		closeSprint(id: number, completedAt: string) {
			const edit = sprintEdits.get(id);
			sprintEdits.set(id, {...(edit === 'deleted' ? {} : edit), state: 'closed', completeDate: new Date(completedAt).toISOString()});
		},
		startSprint(id: number, startedAt: string) {
			const at = new Date(startedAt).toISOString();
			// Data Center keeps the planned start and records the start apart; Cloud's start is the startDate.
			sprintEdits.set(id, options.deployment === 'cloud' ? {state: 'active', startDate: at} : {state: 'active', activatedDate: at});
		},
		deleteSprint(id: number) {
			sprintEdits.set(id, 'deleted');
		},
		fail(...added: FakeFault[]) {
			for (const fault of added) faults.push({...fault, remaining: fault.times ?? 1, skip: fault.after ?? 0});
		},
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
			});
		},
	};
}
