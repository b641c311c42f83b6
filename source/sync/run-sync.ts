import {ticketReach} from '../domain/metrics/ticket-reach.js';
import type {ProviderName} from '../domain/types.js';
import {ProviderError, type Provider, type SyncPage, type TicketsToKeep} from '../providers/provider.js';
import type {Store} from '../store/store.js';
import type {SweepBound} from '../store/tracker-data.js';

/** Incremental pulls ask for a little more than "since the last sync": clocks drift and trackers index late. */
export const incrementalOverlapMs = 10 * 60_000;

/**
 * How long an incremental sync goes without sweeping the tickets gone from the scope (moved
 * out, no longer matching, deleted) that its "changed since" search cannot see: past it, the
 * provider lists the scope's ids once (a full sync sweeps too). On our clock.
 */
export const scopeSweepIntervalMs = 24 * 3_600_000;

export interface SyncProgress {
	readonly done: number;
	readonly total: number | null;
}

export interface SyncOptions {
	readonly store: Store;
	readonly provider: Provider;
	readonly full: boolean;
	readonly now: () => number;
	readonly onProgress?: (progress: SyncProgress) => void;
	/** Called after each page is committed (the TUI reloads from the store). */
	readonly onPage?: () => void;
	readonly signal?: AbortSignal;
}

export interface SyncResult {
	readonly provider: ProviderName;
	readonly tickets: number;
	readonly pages: number;
	readonly full: boolean;
	readonly resumed: boolean;
	/**
	 * Tickets the tracker listed but could not give whole to this key (SyncPage.ticketIdsUnreadable):
	 * how many, and how many of them the store does not hold at all (the rest stay as last synced).
	 */
	readonly unreadable: {readonly tickets: number; readonly notStored: number};
}

const scope = 'tickets';

/**
 * Pulls pages from the provider into the store. Each page and the cursor after it are
 * written in one transaction, so an interrupted sync leaves a consistent store and the
 * next sync resumes from the last committed page. Tags are never touched.
 */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
	const {store, provider} = options;
	const startedAt = options.now();
	const state = store.getSyncState(provider.name, scope);
	// The stored tickets came from another scope (teams, JQL, site): "changed since" says nothing
	// of tickets that were out of it, and the ones now out of it leave only with a full sync's sweep.
	const scopeKey = `sync-scope:${provider.name}`;
	const scopeChanged = (store.getMeta(scopeKey) ?? provider.description) !== provider.description;
	// The stored tickets were read by another version of the adapter (a store from before it read custom priorities): all are read again.
	const readingKey = `sync-reading:${provider.name}`;
	const reading = String(provider.readingVersion ?? 0);
	const readingChanged = state !== null && (store.getMeta(readingKey) ?? '0') !== reading;
	const interrupted = !scopeChanged && !readingChanged && state !== null && state.phase === 'running' && state.cursor !== null;
	// A full sync that was interrupted resumes as a full sync; so does an incremental one.
	const full = options.full || scopeChanged || readingChanged || state === null || state.lastSyncedAt === null || (interrupted && state.full);
	const resumed = interrupted && (!options.full || state.full);
	const updatedSince = full ? null : resumed ? state.updatedSince : Math.max(0, (state.lastSyncedAt ?? 0) - incrementalOverlapMs);
	const runStartedAt = resumed ? (state.runStartedAt ?? startedAt) : startedAt;

	const generation = full ? (resumed ? state.generation : store.beginFullSync(provider.name)) : null;
	let tickets = 0;
	let pages = 0;
	const emptyLastPage = {tickets: [], people: [], iterations: [], cursor: null, progress: {done: 0, total: 0}};
	// "Changed since" may never show an iteration closing (Jira: a sprint whose issues were all done before
	// it closed): the provider is told which ones the store still holds as running. Before their planned
	// end too: a team often closes one early (at its review), and its week's figures must not wait for the end.
	const knownIterations = full ? [] : store.loadIterations(provider.name);
	const iterationsRunning = knownIterations.filter((iteration) => iteration.completedAt === null && iteration.startsAt <= startedAt);
	// Unchanged until the page with the listing commits: a resumed sync asks for the same sweep.
	const sweptAt = state?.sweptAt ?? null;
	const sweepScope = !full && (sweptAt === null || startedAt - sweptAt >= scopeSweepIntervalMs);
	// Read before the pull (and its listing of the scope) begins: a ticket another process stores after
	// this (cron and the TUI on one store) may be missing from the listing, so no sweep of this sync deletes it.
	const sweep = {writtenUpTo: store.ticketWriteMark(provider.name)};
	// Asked only for a ticket whose people the tracker cannot read now (a user its key no longer sees).
	const storedPeople = (ticketIds: readonly string[]) => new Map(store.loadTicketsById(provider.name, ticketIds, ticketReach).filter((ticket) => ticketIds.includes(ticket.id)).map((ticket) => [ticket.id, {assigneeId: ticket.assigneeId, creatorId: ticket.creatorId}]));
	const pull = provider.pull({updatedSince, resumeCursor: resumed ? state.cursor : null, iterationsRunning, knownIterations, sweepScope, storedPeople, signal: options.signal});
	// A pull with nothing new may yield no page at all: the empty last page still records the sync.
	let reachedEnd = false;
	let sweptNow = sweptAt;
	const unreadable = new Set<string>();
	for await (const pulled of withFinalPage(pull, emptyLastPage, provider.name)) {
		for (const id of pulled.ticketIdsUnreadable ?? []) unreadable.add(id);
		const page = await withTicketsKept(pulled, store, provider, sweep, options.signal);
		const isLast = page.cursor === null;
		reachedEnd = isLast;
		// The listing of the scope is the sweep (its page deletes what it left out); a full sync's is run below.
		if (page.ticketIdsInScope !== undefined || (full && isLast)) sweptNow = runStartedAt;
		store.writePage(provider.name, scope, page, {
			cursor: page.cursor,
			phase: isLast ? 'idle' : 'running',
			full,
			updatedSince,
			runStartedAt,
			generation,
			// The next incremental sync starts from when this one started, not ended: changes
			// made while it ran are picked up next time.
			lastSyncedAt: isLast ? runStartedAt : (state?.lastSyncedAt ?? null),
			sweptAt: sweptNow,
		}, sweep);
		// Recorded once this sync's state is committed: cut short now, it resumes as what it is.
		if (pages === 0) {
			store.setMeta(scopeKey, provider.description);
			store.setMeta(readingKey, reading);
		}
		tickets += page.tickets.length;
		pages++;
		options.onProgress?.(page.progress);
		options.onPage?.();
	}

	// The sweep deletes what the pull did not see: only a pull that provably reached its end may run it.
	// A ticket the tracker still holds though its search hides it (an archived Jira issue) is no departure:
	// asked about before the sweep. After a change of scope the old scope's tickets leave unasked, as before.
	// Tickets remembered as archived are kept unasked, as the daily sweep keeps them; those this sweep finds archived are remembered.
	if (full && generation !== null && reachedEnd) {
		let outcome: TicketsToKeep = {archived: [], unasked: []};
		if (!scopeChanged && provider.ticketsToKeep !== undefined) {
			const candidates = store.unseenTicketIds(provider.name, generation, sweep);
			if (candidates.length > 0) outcome = await provider.ticketsToKeep(candidates, options.signal);
		}

		store.finishFullSync(provider.name, generation, {kept: outcome.unasked, archived: outcome.archived, writtenUpTo: sweep.writtenUpTo, keepArchived: !scopeChanged});
	}
	const stored = unreadable.size === 0 ? 0 : store.loadTicketsById(provider.name, [...unreadable], ticketReach).filter((ticket) => unreadable.has(ticket.id)).length;
	return {provider: provider.name, tickets, pages, full, resumed, unreadable: {tickets: unreadable.size, notStored: unreadable.size - stored}};
}

/**
 * A page listing the scope deletes the stored tickets it leaves out: the provider is asked first
 * which of those it still holds though its search hides them (an archived Jira issue), and the
 * page keeps them. Should the question fail, the page is never written and sweeps nothing.
 */
async function withTicketsKept(page: SyncPage, store: Store, provider: Provider, sweep: SweepBound, signal?: AbortSignal): Promise<SyncPage> {
	if (page.ticketIdsInScope === undefined || provider.ticketsToKeep === undefined) return page;
	// Neither those remembered as archived (kept unasked) nor those written since the sync began (never judged) are asked about.
	const candidates = store.unlistedTicketIds(provider.name, [...page.ticketIdsInScope, ...(page.ticketIdsKept ?? []), ...page.tickets.map((ticket) => ticket.id)], sweep);
	if (candidates.length === 0) return page;
	const {archived, unasked} = await provider.ticketsToKeep(candidates, signal);
	return {...page, ticketIdsKept: [...(page.ticketIdsKept ?? []), ...unasked], ticketIdsArchived: [...(page.ticketIdsArchived ?? []), ...archived]};
}

/**
 * A pull with nothing new may yield no page at all: the empty last page records the sync.
 * A pull that stops after a page that still had a cursor has not reached its end: the
 * sync stays resumable and, being incomplete, sweeps nothing.
 */
async function* withFinalPage(pages: AsyncIterable<SyncPage>, fallback: SyncPage, provider: ProviderName): AsyncIterable<SyncPage> {
	let last: SyncPage | null = null;
	for await (const page of pages) {
		last = page;
		yield page;
	}

	if (last === null) yield fallback;
	else if (last.cursor !== null) throw new ProviderError(provider, 'server', 'the tracker stopped answering before the last page', 'run the sync again: it resumes where it stopped');
}
