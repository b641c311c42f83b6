import type {SyncPage} from '../domain/sync-page.js';
import type {Iteration, Person, ProviderName} from '../domain/types.js';
import {RunTimeError} from '../errors/app-error.js';

export type {SyncPage} from '../domain/sync-page.js';

export interface StoredTicketPeople {
	readonly assigneeId: string | null;
	readonly creatorId: string | null;
}

export interface PullOptions {
	/**
	 * Only tickets updated at or after this instant (incremental sync; the sync already
	 * subtracts its overlap). null = everything (full sync).
	 */
	readonly updatedSince: number | null;
	/** Resume an interrupted pull from a page cursor a previous pull yielded. */
	readonly resumeCursor: string | null;
	/**
	 * On an incremental sync, the iterations the store holds as running: started, not completed,
	 * whether or not their planned end has passed (a team may close one early, at its review). A
	 * tracker that can close an iteration without touching any of its tickets (Jira: a sprint whose
	 * issues were all done) reads these again; the others ignore them.
	 */
	readonly iterationsRunning?: readonly Iteration[];
	/**
	 * On an incremental sync, every iteration the store holds. A tracker that reads a ticket's
	 * history by its iterations (Linear's cycle roll-over) takes those it did not fetch again
	 * from here instead of asking for them.
	 */
	readonly knownIterations?: readonly Iteration[];
	/**
	 * On an incremental sync, due once a day: list every ticket the scope holds now
	 * (`SyncPage.ticketIdsInScope`), so those that left it or were deleted leave the store. A
	 * tracker whose changes name departures (Linear's `leftScope`, its trash) ignores it.
	 */
	readonly sweepScope?: boolean;
	/**
	 * The assignee and creator the store holds for each of these tickets it holds (those it does
	 * not are left out). A tracker that cannot read them now (Linear: a user the key no longer
	 * sees) takes the stored creator (no one can change it) and the stored assignee when its
	 * history shows the assignee never changed, instead of keeping the whole ticket as stored.
	 */
	readonly storedPeople?: (ticketIds: readonly string[]) => ReadonlyMap<string, StoredTicketPeople>;
	readonly signal?: AbortSignal;
}

/**
 * Every tracker is an adapter behind this one interface (STYLE.md §2). It yields
 * normalised pages (domain/sync-page.ts); nothing outside `providers/<name>/` knows a field
 * id or a GraphQL shape.
 */
export interface Provider {
	readonly name: ProviderName;
	/** A short, secret-free description of where the data comes from ("Linear teams ENG, PLAT"). */
	readonly description: string;
	/**
	 * The version of how this adapter reads the tracker into tickets (absent: 0). Bumped when a
	 * reading changes what a stored ticket holds (a priority name now read): the next sync is then
	 * full, so the tickets synced before are read again rather than kept as the old reading made them.
	 */
	readonly readingVersion?: number;
	pull(options: PullOptions): AsyncIterable<SyncPage>;
	/** Who the credentials belong to (doctor, init). */
	whoAmI(): Promise<Person>;
	/**
	 * Fails with a ProviderError when the configured scope (Linear's team keys) names what the
	 * tracker does not have (doctor, init); absent where the first pull is the only check.
	 */
	checkScope?(): Promise<void>;
	/**
	 * Of the stored tickets a sweep is about to delete (a full sync did not see them, or the daily
	 * listing of the scope left them out), those to keep: `archived`, the tracker still holds them
	 * though its search no longer returns them (Jira's archived issues; the store remembers them and
	 * later sweeps do not ask again), and `unasked`, any past the number it asks about in one sync
	 * (asked by a later sweep). Absent where the search shows everything the tracker holds
	 * (Linear: `includeArchived`); the sweep then deletes them all.
	 */
	ticketsToKeep?(candidateIds: readonly string[], signal?: AbortSignal): Promise<TicketsToKeep>;
	/** The tracker's users (init's roster picker, people discovery). */
	listPeople(): Promise<readonly Person[]>;
}

/** What `Provider.ticketsToKeep` answers: the candidates it found archived, and those it did not ask about this time. */
export interface TicketsToKeep {
	readonly archived: readonly string[];
	readonly unasked: readonly string[];
}

/** A fault the user can act on: one line of cause, one line of hint; exit 1. Never carries secrets. */
export class ProviderError extends RunTimeError {
	constructor(
		readonly provider: ProviderName,
		readonly kind: 'auth' | 'forbidden' | 'not-found' | 'rate-limit' | 'server' | 'network' | 'timeout' | 'malformed' | 'config',
		message: string,
		hint: string,
	) {
		super(message, hint);
	}
}
