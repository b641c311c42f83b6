import type {Iteration, Person, Ticket} from './types.js';

/** One normalised page a provider yields and the store writes in one transaction (providers/provider.ts); plain data, so the store need not know the providers. */
export interface SyncPage {
	readonly tickets: readonly Ticket[];
	/** Tickets the tracker says are gone (Linear's trash): the store deletes them with the page. */
	readonly removedTicketIds?: readonly string[];
	/**
	 * Every ticket the configured scope holds now, by id, listed to the end (a provider that
	 * cannot see departures otherwise: Jira). The store deletes the provider's tickets not
	 * listed with the page, as a full sync's sweep would; their tags and notes stay.
	 */
	readonly ticketIdsInScope?: readonly string[];
	/**
	 * Stored tickets the listing left out that stay this time all the same: not asked about yet
	 * whether the tracker still holds them (past the number one sync asks; `Provider.ticketsToKeep`). Left as stored.
	 */
	readonly ticketIdsKept?: readonly string[];
	/**
	 * Tickets the tracker listed but could not give whole to this key (Linear: a person or team
	 * it cannot see, where no other reading is right): none is written; a stored one is also in
	 * `ticketIdsKept` and stays as stored. Counted for the director (`SyncResult.unreadable`).
	 */
	readonly ticketIdsUnreadable?: readonly string[];
	/**
	 * Stored tickets the listing left out that the tracker holds archived (`Provider.ticketsToKeep`):
	 * left as stored and remembered as archived, so later sweeps keep them without asking again,
	 * until a search returns them again (unarchived).
	 */
	readonly ticketIdsArchived?: readonly string[];
	/** Iterations the tracker says are gone (a deleted Jira sprint): the store deletes them with the page. */
	readonly removedIterationIds?: readonly string[];
	readonly people: readonly Person[];
	readonly iterations: readonly Iteration[];
	/**
	 * Opaque resume point *after* this page. The sync persists it in the same transaction
	 * as the page, so an interrupted sync resumes here. null on the last page.
	 */
	readonly cursor: string | null;
	/** Progress so far, for the progress bar; total null when the tracker can't say. */
	readonly progress: { readonly done: number; readonly total: number | null };
}
