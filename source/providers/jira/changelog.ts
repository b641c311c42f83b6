/**
 * Complete changelogs. A search embeds at most a page of each issue's changelog (100
 * entries); only issues cut short cost more. Cloud asks for them in bulk: POST
 * /rest/api/3/changelog/bulkfetch takes up to 1,000 issues a request and pages by
 * `nextPageToken`. Data Center pages each issue's changelog (GET …/issue/{id}/changelog),
 * or, on versions without that endpoint, reads the issue whole with `expand=changelog`.
 */
import {ProviderError} from '../provider.js';
import {malformed} from './cloud.js';
import {mapConcurrently} from './concurrency.js';
import type {JiraDeploymentKind, JiraHistory, JiraIssue} from './shapes.js';
import type {JiraTransport} from './transport.js';

/** Issues per bulk changelog request: the endpoint's documented maximum. */
export const bulkChangelogBatch = 1000;

interface ChangelogPage {
	readonly values?: unknown;
	readonly isLast?: unknown;
	readonly total?: unknown;
	readonly startAt?: unknown;
}

/** The whole changelog of one issue, oldest first, from the paged endpoint (Cloud v3, Data Center ≥ 8). */
export async function fetchPagedChangelog(transport: JiraTransport, prefix: '/rest/api/2' | '/rest/api/3', issueId: string, signal?: AbortSignal): Promise<JiraHistory[]> {
	const histories: JiraHistory[] = [];
	for (;;) {
		const page = (await transport.get(prefix, `/issue/${encodeURIComponent(issueId)}/changelog`, {startAt: histories.length, maxResults: 100}, signal)) as ChangelogPage | undefined;
		if (typeof page !== 'object' || page === null || !Array.isArray(page.values)) throw malformed('changelog page');
		histories.push(...(page.values as JiraHistory[]));
		const total = typeof page.total === 'number' ? page.total : null;
		const done = page.isLast === true || page.values.length === 0 || (total !== null && histories.length >= total);
		if (done) return histories;
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

interface BulkChangelogResponse {
	readonly issueChangeLogs?: unknown;
	readonly nextPageToken?: unknown;
}

/** Whole changelogs of up to `bulkChangelogBatch` issues per request, by issue id, oldest first as Jira sends them. */
export async function fetchBulkChangelogs(transport: JiraTransport, issueIds: readonly string[], signal?: AbortSignal): Promise<Map<string, JiraHistory[]>> {
	const byIssue = new Map<string, JiraHistory[]>(issueIds.map((id) => [id, []]));
	for (let start = 0; start < issueIds.length; start += bulkChangelogBatch) {
		const batch = issueIds.slice(start, start + bulkChangelogBatch);
		let token: string | null = null;
		do {
			const body = {issueIdsOrKeys: batch, maxResults: 1000, ...(token === null ? {} : {nextPageToken: token})};
			const page = (await transport.post('/rest/api/3', '/changelog/bulkfetch', body, signal)) as BulkChangelogResponse | undefined;
			if (typeof page !== 'object' || page === null || !Array.isArray(page.issueChangeLogs)) throw malformed('bulk changelog page');
			for (const entry of page.issueChangeLogs as ReadonlyArray<{issueId?: unknown; changeHistories?: unknown}>) {
				const list = typeof entry.issueId === 'string' ? byIssue.get(entry.issueId) : undefined;
				if (list && Array.isArray(entry.changeHistories)) list.push(...(entry.changeHistories as JiraHistory[]));
			}

			const next = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' ? page.nextPageToken : null;
			// A token that does not move would loop for ever.
			if (next !== null && next === token) throw malformed('bulk changelog page token');
			token = next;
		} while (token !== null);
	}

	return byIssue;
}

/**
 * Cloud embeds only the most recent histories (40 reported on search/jql, 100 on the old
 * search) and documents the embedded `total` as "The number of results on the page": a
 * changelog this long whose `total` says no more cannot be told complete, so it is read whole.
 */
const unverifiableFrom = 20;

function isTruncated(issue: JiraIssue, kind: JiraDeploymentKind): boolean {
	// Every issue here was searched for with its changelog: one the answer left out is read whole, not taken as empty.
	if (!Array.isArray(issue.changelog?.histories)) return true;
	const total = issue.changelog?.total;
	const embedded = issue.changelog?.histories?.length ?? 0;
	if (typeof total === 'number' && embedded < total) return true;
	return kind === 'cloud' && embedded >= unverifiableFrom;
}

/** Each issue's whole changelog, in the order of `issues`. */
export async function completeChangelogs(transport: JiraTransport, kind: JiraDeploymentKind, issues: readonly JiraIssue[], concurrency: number, signal?: AbortSignal): Promise<Array<readonly JiraHistory[]>> {
	const truncated = issues.filter((issue) => isTruncated(issue, kind));
	let bulk: Map<string, JiraHistory[]> | null = null;
	if (kind === 'cloud' && truncated.length > 0) {
		try {
			bulk = await fetchBulkChangelogs(transport, truncated.map((issue) => issue.id), signal);
		} catch (error) {
			// A site without the bulk endpoint (404) pages each issue instead.
			if (!(error instanceof ProviderError) || error.kind !== 'not-found') throw error;
		}
	}

	return mapConcurrently(issues, concurrency, async (issue) => {
		if (!isTruncated(issue, kind)) return issue.changelog?.histories ?? [];
		const fromBulk = bulk?.get(issue.id);
		if (fromBulk) return fromBulk;
		try {
			return kind === 'cloud' ? await fetchPagedChangelog(transport, '/rest/api/3', issue.id, signal) : await fetchDataCenterChangelog(transport, issue.id, signal);
		} catch (error) {
			// Deleted (or hidden) since the search found it: "Issue does not exist or you do not have permission to see it."
			// What the search embedded is all there is; the next sync sees it gone.
			if (error instanceof ProviderError && error.kind === 'not-found') return issue.changelog?.histories ?? [];
			throw error;
		}
	});
}
