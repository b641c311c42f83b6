/**
 * Jira Data Center search: POST /rest/api/2/search, paged by `startAt` with a `total`.
 * The search platform answers no further than its result window (10,000 by default,
 * `jira.search.platform.max.result.window`): past it a page fails (500 "Search limit
 * exceeded") or comes back empty. So the search runs in windows: within one, pages by
 * `startAt` (a few at a time once the first tells the total and the server's page size);
 * the next window asks again for the issues after the last id seen (`id > N`, the query
 * ordered by id). The pull has reached the end only when a window held every issue its
 * query matched.
 */
import {ProviderError} from '../provider.js';
import {asIssues, malformed} from './cloud.js';
import type {JiraIssue} from './shapes.js';
import type {JiraTransport} from './transport.js';

/** Where a Data Center search resumes: the window after `afterId`, `startAt` into it. */
export interface DataCenterPosition {
	readonly afterId: string | null;
	readonly startAt: number;
}

export interface DataCenterSearchPage {
	readonly issues: readonly JiraIssue[];
	/** Where the page after this one starts; null when this was provably the last. */
	readonly next: DataCenterPosition | null;
	/** Issues the current window's query still held from this page on. */
	readonly remaining: number;
}

export interface DataCenterSearchOptions {
	/** The JQL for the window after an issue id (null: the first), ordered by id. */
	readonly jqlAfter: (afterId: string | null) => string;
	readonly fields: readonly string[];
	readonly pageSize: number;
	readonly from: DataCenterPosition;
	readonly concurrency: number;
	/** Embed each issue's changelog; default true (a blocker lookup needs none). */
	readonly changelog?: boolean;
	/** The search platform's result window; startAt + maxResults never goes past it. */
	readonly resultWindow?: number;
	readonly signal?: AbortSignal;
}

/** Jira Data Center's default `jira.search.platform.max.result.window`. */
export const defaultResultWindow = 10_000;

interface DataCenterSearchResponse {
	readonly issues?: unknown;
	readonly maxResults?: unknown;
	readonly total?: unknown;
}

interface FetchedPage {
	readonly issues: JiraIssue[];
	readonly maxResults: number;
	readonly total: number;
}

async function fetchPage(transport: JiraTransport, options: DataCenterSearchOptions, jql: string, startAt: number, maxResults: number): Promise<FetchedPage> {
	const body = {jql, startAt, maxResults, fields: options.fields, ...(options.changelog === false ? {} : {expand: ['changelog']})};
	const response = (await transport.post('/rest/api/2', '/search', body, options.signal)) as DataCenterSearchResponse | undefined;
	if (typeof response !== 'object' || response === null || typeof response.total !== 'number') throw malformed('search result');
	const issues = asIssues(response.issues);
	const served = typeof response.maxResults === 'number' && response.maxResults > 0 ? response.maxResults : Math.max(issues.length, 1);
	return {issues, maxResults: served, total: response.total};
}

/** Pages of one window, in order; returns whether the window held every issue its query matched. */
async function* searchWindow(transport: JiraTransport, options: DataCenterSearchOptions, afterId: string | null, startAt: number, window: number): AsyncGenerator<{page: FetchedPage; startAt: number; lastInWindow: boolean}, {complete: boolean; lastId: string | null}> {
	const jql = options.jqlAfter(afterId);
	const size = (offset: number) => Math.max(1, Math.min(options.pageSize, window - offset));
	const first = await fetchPage(transport, options, jql, startAt, size(startAt));
	// The server's page size, not ours: Jira caps maxResults (often at 50) without saying so elsewhere.
	const step = Math.min(first.maxResults, size(startAt));
	const {total} = first;
	const end = Math.min(total, window);
	let lastId = first.issues.at(-1)?.id ?? null;
	let seen = startAt + first.issues.length;
	if (first.issues.length === 0 && startAt < end) {
		// Jira says there are issues here but sent none: going on would skip them.
		throw new ProviderError('jira', 'server', 'Jira sent an empty search page before the end of the results', 'run the sync again; if it persists, ask the Jira administrator about the search index');
	}

	const offsets: number[] = [];
	for (let offset = startAt + step; offset < end; offset += step) offsets.push(offset);
	yield {page: first, startAt, lastInWindow: offsets.length === 0};
	const inFlight = new Map<number, Promise<FetchedPage>>();
	let launched = 0;
	const launch = () => {
		while (launched < offsets.length && inFlight.size < Math.max(1, options.concurrency)) {
			const offset = offsets[launched++] as number;
			const promise = fetchPage(transport, options, jql, offset, size(offset));
			// Awaited in order below; this only keeps a later page's failure from being reported as unhandled first.
			promise.catch(() => undefined);
			inFlight.set(offset, promise);
		}
	};

	for (const [index, offset] of offsets.entries()) {
		launch();
		const page = await (inFlight.get(offset) as Promise<FetchedPage>);
		inFlight.delete(offset);
		if (page.total !== total) {
			// The result set changed under the window (an issue left or joined): offsets past this point
			// may skip issues. Drop this page; the next window starts after the last id handed out.
			return {complete: false, lastId};
		}

		if (page.issues.length > 0) lastId = page.issues.at(-1)?.id ?? lastId;
		seen = Math.max(seen, offset + page.issues.length);
		yield {page, startAt: offset, lastInWindow: index === offsets.length - 1};
	}

	// Complete only when the window reached the query's total and nothing shifted under it.
	return {complete: total <= window && seen >= total, lastId};
}

export async function* searchDataCenter(transport: JiraTransport, options: DataCenterSearchOptions): AsyncGenerator<DataCenterSearchPage> {
	const window = options.resultWindow ?? defaultResultWindow;
	let {afterId, startAt} = options.from;
	for (;;) {
		const pages = searchWindow(transport, options, afterId, startAt, window);
		// A window's last page is handed out once the window says whether it held everything: only then is its cursor known.
		let pending: {page: FetchedPage; startAt: number} | null = null;
		for (;;) {
			const step = await pages.next();
			if (!step.done) {
				const {page, startAt: pageStart, lastInWindow} = step.value;
				if (lastInWindow) pending = {page, startAt: pageStart};
				else yield {issues: page.issues, next: {afterId, startAt: pageStart + page.issues.length}, remaining: Math.max(0, page.total - pageStart)};
				continue;
			}

			const {complete, lastId} = step.value;
			const remaining = pending ? Math.max(0, pending.page.total - pending.startAt) : 0;
			if (complete) {
				yield {issues: pending?.page.issues ?? [], next: null, remaining};
				return;
			}

			// The window was full (or issues moved while it was read): the next starts after the last id seen.
			if (lastId === null || lastId === afterId) throw malformed('search window');
			yield {issues: pending?.page.issues ?? [], next: {afterId: lastId, startAt: 0}, remaining};
			afterId = lastId;
			startAt = 0;
			break;
		}
	}
}
