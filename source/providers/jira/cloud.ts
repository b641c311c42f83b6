/**
 * Jira Cloud search: POST /rest/api/3/search/jql, paged by `nextPageToken`. The server
 * caps `maxResults` as it likes and gives no total, so only `isLast`/`nextPageToken`
 * decide when to stop. The old /rest/api/2/search is gone on Cloud (410).
 */
import type {JiraIssue} from './shapes.js';
import type {JiraTransport} from './transport.js';
import {ProviderError} from '../provider.js';

export interface CloudSearchPage {
	readonly issues: readonly JiraIssue[];
	/** The token for the page after this one; null when this was the last. */
	readonly nextPageToken: string | null;
}

export interface CloudSearchOptions {
	readonly jql: string;
	readonly fields: readonly string[];
	readonly pageSize: number;
	readonly pageToken: string | null;
	/** Embed each issue's changelog; default true (a blocker lookup needs none). */
	readonly changelog?: boolean;
	readonly signal?: AbortSignal;
}

interface CloudSearchResponse {
	readonly issues?: unknown;
	readonly nextPageToken?: unknown;
	readonly isLast?: unknown;
}

export function malformed(what: string): ProviderError {
	return new ProviderError('jira', 'malformed', `Jira sent an unexpected ${what}`, 'check JIRA_BASE_URL points at Jira; if it does, report this with the Jira version');
}

export function asIssues(value: unknown): JiraIssue[] {
	if (!Array.isArray(value)) throw malformed('search result');
	for (const issue of value) {
		if (typeof issue !== 'object' || issue === null || typeof (issue as {id?: unknown}).id !== 'string' || typeof (issue as {key?: unknown}).key !== 'string') {
			throw malformed('issue in a search result');
		}
	}

	return value as JiraIssue[];
}

export async function* searchCloud(transport: JiraTransport, options: CloudSearchOptions): AsyncGenerator<CloudSearchPage> {
	let pageToken = options.pageToken;
	for (;;) {
		const body = {
			jql: options.jql,
			fields: options.fields,
			...(options.changelog === false ? {} : {expand: 'changelog'}),
			maxResults: options.pageSize,
			// Default false: a field Jira "can't retrieve" is then left out of a 200, and an issue would be stored
			// without its status or links. Failing the request instead is retried like any server fault.
			failFast: true,
			...(pageToken === null ? {} : {nextPageToken: pageToken}),
		};
		const response = (await transport.post('/rest/api/3', '/search/jql', body, options.signal)) as CloudSearchResponse | undefined;
		if (typeof response !== 'object' || response === null) throw malformed('search result');
		const issues = asIssues(response.issues);
		const next = typeof response.nextPageToken === 'string' && response.nextPageToken !== '' ? response.nextPageToken : null;
		// isLast is authoritative; a missing token also ends the pull rather than looping on page one.
		const isLast = response.isLast === true || next === null;
		yield {issues, nextPageToken: isLast ? null : next};
		if (isLast) return;
		pageToken = next;
	}
}

/**
 * `searchCloud` from a page token kept by an interrupted sync. A token lives a limited time:
 * resumed later, Jira refuses it (400 "The provided next page token is invalid or expired")
 * and every later sync would resume into the same refusal. The search starts over instead;
 * the pages it reads again are written again, unchanged.
 */
export async function* searchCloudResumed(transport: JiraTransport, options: CloudSearchOptions): AsyncGenerator<CloudSearchPage> {
	if (options.pageToken === null) {
		yield* searchCloud(transport, options);
		return;
	}

	const resumed = searchCloud(transport, options);
	let first: IteratorResult<CloudSearchPage>;
	try {
		first = await resumed.next();
	} catch (error) {
		if (!(error instanceof ProviderError) || error.kind !== 'config') throw error;
		yield* searchCloud(transport, {...options, pageToken: null});
		return;
	}

	if (first.done) return;
	yield first.value;
	yield* resumed;
}

/**
 * How many issues `jql` matches, as Cloud estimates it (`POST /rest/api/3/search/approximate-count`:
 * "Recent updates might not be immediately visible"), for a pull's progress: search/jql gives no
 * total. Null when Jira will not say (a tenant without the endpoint, a failure after the retries):
 * progress is no reason to stop a sync. Bounded JQL only, as search/jql; ours always is.
 */
export async function approximateCount(transport: JiraTransport, jql: string, signal?: AbortSignal): Promise<number | null> {
	try {
		const response = (await transport.post('/rest/api/3', '/search/approximate-count', {jql}, signal)) as {count?: unknown} | undefined;
		const count = response?.count;
		return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
	} catch (error) {
		if (error instanceof ProviderError && !signal?.aborted) return null;
		throw error;
	}
}
