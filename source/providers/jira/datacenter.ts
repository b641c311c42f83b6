/**
 * Jira Data Center search: POST /rest/api/2/search, paged by `startAt` with a `total`.
 * Once the first page tells the total and the page size the server really uses, the
 * remaining pages are fetched a few at a time and handed out in order (issue 8).
 */
import {ProviderError} from '../provider.js';
import {asIssues, fetchPagedChangelog, malformed} from './cloud.js';
import type {JiraHistory, JiraIssue} from './map.js';
import type {JiraTransport} from './transport.js';

export interface DataCenterSearchPage {
	readonly issues: readonly JiraIssue[];
	readonly startAt: number;
	/** Where the page after this one starts; null when this was the last. */
	readonly nextStartAt: number | null;
	readonly total: number;
}

export interface DataCenterSearchOptions {
	readonly jql: string;
	readonly fields: readonly string[];
	readonly pageSize: number;
	readonly startAt: number;
	readonly concurrency: number;
	/** Embed each issue's changelog; default true (a blocker lookup needs none). */
	readonly changelog?: boolean;
	readonly signal?: AbortSignal;
}

interface DataCenterSearchResponse {
	readonly issues?: unknown;
	readonly startAt?: unknown;
	readonly maxResults?: unknown;
	readonly total?: unknown;
}

interface FetchedPage {
	readonly issues: JiraIssue[];
	readonly maxResults: number;
	readonly total: number;
}

async function fetchPage(transport: JiraTransport, options: DataCenterSearchOptions, startAt: number): Promise<FetchedPage> {
	const body = {jql: options.jql, startAt, maxResults: options.pageSize, fields: options.fields, ...(options.changelog === false ? {} : {expand: ['changelog']})};
	const response = (await transport.post('/rest/api/2', '/search', body, options.signal)) as DataCenterSearchResponse | undefined;
	if (typeof response !== 'object' || response === null || typeof response.total !== 'number') throw malformed('search result');
	const issues = asIssues(response.issues);
	const maxResults = typeof response.maxResults === 'number' && response.maxResults > 0 ? response.maxResults : Math.max(issues.length, 1);
	return {issues, maxResults, total: response.total};
}

export async function* searchDataCenter(transport: JiraTransport, options: DataCenterSearchOptions): AsyncGenerator<DataCenterSearchPage> {
	const first = await fetchPage(transport, options, options.startAt);
	// The server's page size, not ours: Jira caps maxResults (often at 50) without saying so elsewhere.
	const step = first.maxResults;
	const {total} = first;
	const firstEnd = options.startAt + first.issues.length;
	const firstIsLast = first.issues.length === 0 || firstEnd >= total;
	yield {issues: first.issues, startAt: options.startAt, nextStartAt: firstIsLast ? null : firstEnd, total};
	if (firstIsLast) return;

	const offsets: number[] = [];
	for (let offset = options.startAt + step; offset < total; offset += step) offsets.push(offset);
	const inFlight = new Map<number, Promise<FetchedPage>>();
	let launched = 0;
	const launch = () => {
		while (launched < offsets.length && inFlight.size < Math.max(1, options.concurrency)) {
			const offset = offsets[launched++] as number;
			const promise = fetchPage(transport, options, offset);
			// Awaited in order below; this only keeps a later page's failure from being reported as unhandled first.
			promise.catch(() => undefined);
			inFlight.set(offset, promise);
		}
	};

	for (const offset of offsets) {
		launch();
		const pending = inFlight.get(offset);
		if (!pending) break;
		const page = await pending;
		inFlight.delete(offset);
		const end = offset + page.issues.length;
		// Issues can leave the result set mid-pull; an empty page means we ran past the end.
		const isLast = page.issues.length === 0 || end >= total || offset === offsets.at(-1);
		yield {issues: page.issues, startAt: offset, nextStartAt: isLast ? null : offset + step, total};
		if (isLast) return;
	}
}

/**
 * The whole changelog of a Data Center issue: the paged endpoint where the version has
 * it, else the issue itself with `expand=changelog`, which Data Center returns complete.
 */
export async function fetchDataCenterChangelog(transport: JiraTransport, issueId: string, signal?: AbortSignal): Promise<JiraHistory[]> {
	try {
		return await fetchPagedChangelog(transport, '/rest/api/2', issueId, signal);
	} catch (error) {
		if (!(error instanceof ProviderError) || error.kind !== 'not-found') throw error;
	}

	const issue = (await transport.get('/rest/api/2', `/issue/${encodeURIComponent(issueId)}`, {expand: 'changelog', fields: 'created'}, signal)) as JiraIssue | undefined;
	const histories = issue?.changelog?.histories;
	if (!Array.isArray(histories)) throw malformed('issue changelog');
	return [...histories];
}
