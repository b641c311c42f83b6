/** The fake's resolutions, link types and the Cloud bulk changelog endpoint. */
import type {FakeJiraIssue} from './server.js';

export interface FakeJiraResolution {
	readonly id: string;
	readonly name: string;
}

export interface FakeJiraLinkType {
	readonly id: string;
	readonly name: string;
	readonly inward: string;
	readonly outward: string;
}

export const defaultResolutions: readonly FakeJiraResolution[] = [
	{id: '10000', name: 'Done'},
	{id: '10001', name: "Won't Do"},
	{id: '10002', name: 'Duplicate'},
	{id: '10003', name: 'Cannot Reproduce'},
];

/**
 * A Data Center install's resolutions: Jira's own five (Fixed, Won't Fix, Duplicate,
 * Incomplete, Cannot Reproduce, ids 1–5) and the two Jira Software adds (Done, Won't Do).
 */
export const dataCenterResolutions: readonly FakeJiraResolution[] = [
	{id: '1', name: 'Fixed'},
	{id: '2', name: "Won't Fix"},
	{id: '3', name: 'Duplicate'},
	{id: '4', name: 'Incomplete'},
	{id: '5', name: 'Cannot Reproduce'},
	{id: '10000', name: 'Done'},
	{id: '10001', name: "Won't Do"},
];

export const defaultLinkTypes: readonly FakeJiraLinkType[] = [
	{id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks'},
	{id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones'},
	{id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to'},
];

/**
 * POST /rest/api/3/changelog/bulkfetch: at most 1,000 issues a request; pages of at most
 * `pageCap` histories across the issues, continued by `nextPageToken`.
 */
export function bulkChangelogs(issues: readonly FakeJiraIssue[], body: unknown, pageCap: number): {status: number; body: unknown} {
	const request = (body ?? {}) as {issueIdsOrKeys?: unknown; maxResults?: unknown; nextPageToken?: unknown};
	if (!Array.isArray(request.issueIdsOrKeys) || request.issueIdsOrKeys.length === 0) return {status: 400, body: {errorMessages: ['issueIdsOrKeys must not be empty'], errors: {}}};
	if (request.issueIdsOrKeys.length > 1000) return {status: 400, body: {errorMessages: ['The maximum number of issues is 1000.'], errors: {}}};
	const wanted = request.issueIdsOrKeys.map(String);
	const found = wanted.map((reference) => issues.find((issue) => issue.id === reference || issue.key === reference)).filter((issue): issue is FakeJiraIssue => issue !== undefined);
	// "Returns a paginated list of all changelogs for given issues sorted by changelog date and issue IDs, starting
	// from the oldest changelog and smallest issue ID": issues interleave, and one issue's histories span pages.
	const entries = found
		.flatMap((issue) => issue.histories.map((history) => ({issueId: issue.id, history})))
		.sort((a, b) => Date.parse(a.history.created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) - Date.parse(b.history.created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) || Number(a.issueId) - Number(b.issueId));
	let offset = 0;
	if (typeof request.nextPageToken === 'string') {
		offset = Number(Buffer.from(request.nextPageToken, 'base64url').toString('utf8'));
		if (!Number.isInteger(offset) || offset < 0) return {status: 400, body: {errorMessages: ['The provided next page token is invalid.'], errors: {}}};
	}

	const size = Math.min(Number(request.maxResults ?? 1000) || 1000, pageCap);
	const page = entries.slice(offset, offset + size);
	const byIssue = new Map<string, unknown[]>();
	for (const {issueId, history} of page) byIssue.set(issueId, [...(byIssue.get(issueId) ?? []), history]);
	const end = offset + page.length;
	return {
		status: 200,
		body: {
			issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({issueId, changeHistories})),
			...(end < entries.length ? {nextPageToken: Buffer.from(String(end)).toString('base64url')} : {}),
		},
	};
}
