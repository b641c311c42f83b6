/**
 * The ids of every issue the configured scope matches now: what an incremental pull lists
 * once a day so the issues that left the scope (moved to another project, edited out of the
 * JQL) or were deleted leave the store (`SyncPage.ticketIdsInScope`). A "changed since" search
 * never sees them again.
 *
 * The cheapest search the docs allow, no field but the id:
 * - Cloud `POST /rest/api/3/search/jql` with `fields: ["id"]`: "The greatest number of items
 *   returned per page is achieved when requesting id or key only. It returns max 5000 issues";
 *   paged by `nextPageToken` until `isLast`.
 * - Data Center `POST /rest/api/2/search` with `fields: ["id"]`: its `maxResults` is capped by
 *   `jira.search.views.default.max` (1,000 by default); read in the result windows the pull's
 *   search uses (datacenter.ts), so a scope past 10,000 issues is listed whole too.
 *
 * Ordered by id, which no edit moves, the listing cannot skip an issue that stays in scope
 * while it runs. One that moves in while it runs (its id already passed) is not listed: a last
 * search for the scope's issues updated since the listing began adds those, so an issue in
 * scope now is never swept. Only a listing read to its end is returned; a failure throws and
 * the page that would sweep is never written.
 */
import {buildSearchJql} from './jql.js';
import {malformed} from './cloud.js';
import {searchDataCenter} from './datacenter.js';
import type {JiraDeploymentKind} from './shapes.js';
import type {JiraTransport} from './transport.js';

export interface ScopeListingOptions {
	readonly transport: JiraTransport;
	readonly kind: JiraDeploymentKind;
	readonly scope: string | null;
	readonly timezone: string | null;
	readonly concurrency: number;
	readonly resultWindow?: number;
	/** Our clock. */
	readonly now: () => number;
	readonly signal?: AbortSignal;
}

/** Cloud's documented most for an id-only page. */
export const cloudIdPageSize = 5000;
/** Data Center's default `jira.search.views.default.max`: the server says its own in each answer's `maxResults`. */
export const dataCenterIdPageSize = 1000;
// Jira's index may show a change a little late: the last search reaches back this far before the listing began.
const indexLagMs = 10 * 60_000;

export async function listScopeIds(options: ScopeListingOptions): Promise<string[]> {
	const startedAt = options.now();
	const ids = new Set(await searchIds(options, null));
	const since = options.transport.clock.since(startedAt - indexLagMs);
	for (const id of await searchIds(options, since)) ids.add(id);
	return [...ids];
}

async function searchIds(options: ScopeListingOptions, updatedSince: number | null): Promise<string[]> {
	const {transport, kind, signal} = options;
	const now = options.now();
	const jqlFor = (window?: Parameters<typeof buildSearchJql>[0]['window']) => buildSearchJql({scope: options.scope, updatedSince, timezone: options.timezone, now, order: 'id', window});
	const ids: string[] = [];
	if (kind === 'datacenter') {
		const pages = searchDataCenter(transport, {
			jqlFor,
			projectWindows: true,
			fields: ['id'],
			pageSize: dataCenterIdPageSize,
			from: {afterId: null, startAt: 0},
			concurrency: options.concurrency,
			changelog: false,
			resultWindow: options.resultWindow,
			signal,
		});
		for await (const page of pages) for (const issue of page.issues) ids.push(issue.id);
		return ids;
	}

	const jql = jqlFor();
	let pageToken: string | null = null;
	for (;;) {
		const body = {jql, fields: ['id'], maxResults: cloudIdPageSize, ...(pageToken === null ? {} : {nextPageToken: pageToken})};
		const response = (await transport.post('/rest/api/3', '/search/jql', body, signal)) as {issues?: unknown; nextPageToken?: unknown; isLast?: unknown} | undefined;
		if (typeof response !== 'object' || response === null || !Array.isArray(response.issues)) throw malformed('search result');
		for (const issue of response.issues as unknown[]) {
			const id = (issue as {id?: unknown} | null)?.id;
			if (typeof id !== 'string' || !/^\d+$/.test(id)) throw malformed('issue in a search result');
			ids.push(id);
		}

		const next = typeof response.nextPageToken === 'string' && response.nextPageToken !== '' ? response.nextPageToken : null;
		// Unlike the pull's search, a listing that cannot tell its end sweeps nothing: only `isLast` ends it.
		if (response.isLast === true) return ids;
		if (next === null) throw malformed('search result');
		pageToken = next;
	}
}
