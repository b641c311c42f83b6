/**
 * Archived issues: hidden from search, not gone. Atlassian: archived issues are "removed from
 * … search results" (Data Center issue archiving since 8.1, project archiving since 7.10) and,
 * on Cloud Premium/Enterprise, "will only appear in Archived work items"; they stay readable,
 * read-only, "with a direct link". So a sweep (a full sync's, or the daily listing of the scope)
 * would delete a ticket for an issue an admin merely archived, and every past week it counted
 * in would change. Before a sweep deletes, the stored tickets it would delete are asked about
 * one by one, `GET /issue/{id}?fields=archiveddate` (the cheapest request that tells them apart):
 * - 200 with `archiveddate` set (the system field "Archived", a date): archived, kept as stored;
 * - 200 without it: the issue exists but the scope's search no longer matches it (moved out,
 *   edited out of the JQL): it leaves;
 * - 404: deleted, or no longer visible to these credentials: it leaves.
 * Any other failure throws: the sweep waits for a sync that can ask.
 */
import {ProviderError, type TicketsToKeep} from '../provider.js';
import {mapConcurrently} from './concurrency.js';
import type {JiraDeploymentKind} from './shapes.js';
import type {JiraTransport} from './transport.js';

/**
 * The most stored tickets one sync asks about; those past it are kept this time and asked
 * about by a later sweep. Newest ids first: a moved or deleted issue is usually recent work,
 * an archived one old finished work. Each one asked about either leaves or is remembered as
 * archived (the store's `tickets.archived_at`) and never asked about again, so a store with
 * more archived tickets than this still reaches the ones behind them, a bound's worth a sync.
 */
export const archiveChecksPerSync = 500;

export async function ticketsToKeep(
	transport: JiraTransport,
	kind: JiraDeploymentKind,
	candidateIds: readonly string[],
	concurrency: number,
	signal?: AbortSignal,
	limit = archiveChecksPerSync,
): Promise<TicketsToKeep> {
	const newestFirst = [...new Set(candidateIds)].sort((a, b) => Number(b) - Number(a));
	const asked = newestFirst.slice(0, limit);
	const archived = await mapConcurrently(asked, concurrency, async (id) => isArchived(transport, kind, id, signal));
	return {archived: asked.filter((_, index) => archived[index]), unasked: newestFirst.slice(limit)};
}

async function isArchived(transport: JiraTransport, kind: JiraDeploymentKind, id: string, signal?: AbortSignal): Promise<boolean> {
	try {
		const issue = (await transport.get(kind === 'cloud' ? '/rest/api/3' : '/rest/api/2', `/issue/${encodeURIComponent(id)}`, {fields: 'archiveddate'}, signal)) as {fields?: {archiveddate?: unknown}} | undefined;
		const archivedAt = issue?.fields?.archiveddate;
		return typeof archivedAt === 'string' && archivedAt !== '';
	} catch (error) {
		if (error instanceof ProviderError && error.kind === 'not-found') return false;
		throw error;
	}
}
