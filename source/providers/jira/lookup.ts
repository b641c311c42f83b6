/** Issues by key, for the late blocker lookup and for issues a resumed pull must map again. */
import {ProviderError} from '../provider.js';
import {searchCloud} from './cloud.js';
import {searchDataCenter} from './datacenter.js';
import {buildKeysJql} from './jql.js';
import type {JiraDeploymentKind, JiraIssue} from './shapes.js';
import type {JiraTransport} from './transport.js';

// Keys per lookup: a page size every deployment serves whole, and a short JQL.
const lookupBatchSize = 50;

/**
 * The issues named by `keys`, one `key in (…)` search per batch. Jira rejects the whole
 * query (400) when a key names an issue it cannot find (deleted, archived, out of sight):
 * the batch is halved until that key stands alone, and it alone is left out.
 */
export async function searchByKeys(
	transport: JiraTransport,
	kind: JiraDeploymentKind,
	keys: readonly string[],
	request: {readonly fields: readonly string[]; readonly changelog: boolean; readonly pageSize: number; readonly concurrency: number; readonly scope?: string | null},
	signal?: AbortSignal,
): Promise<JiraIssue[]> {
	const {fields, changelog, pageSize, concurrency} = request;
	const batch = Math.max(1, Math.min(pageSize, lookupBatchSize));
	const searchBatch = async (batchKeys: readonly string[]): Promise<JiraIssue[]> => {
		const jql = buildKeysJql(batchKeys, request.scope ?? null);
		const found: JiraIssue[] = [];
		try {
			if (kind === 'cloud') {
				for await (const page of searchCloud(transport, {jql, fields, pageSize: batch, pageToken: null, changelog, signal})) found.push(...page.issues);
			} else {
				for await (const page of searchDataCenter(transport, {jqlFor: () => jql, fields, pageSize: batch, from: {afterId: null, startAt: 0}, concurrency, changelog, signal})) found.push(...page.issues);
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

