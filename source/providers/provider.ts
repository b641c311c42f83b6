import type {Iteration, Person, ProviderName, Ticket} from '../domain/types.js';
import {RunTimeError} from '../errors/app-error.js';

/**
 * Every tracker is an adapter behind this one interface (STYLE.md §2). It yields
 * normalised pages; nothing outside `providers/<name>/` knows a field id or a GraphQL shape.
 */
export interface SyncPage {
	readonly tickets: readonly Ticket[];
	/** Tickets the tracker says are gone (Linear's trash): the store deletes them with the page. */
	readonly removedTicketIds?: readonly string[];
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

export interface PullOptions {
	/**
	 * Only tickets updated at or after this instant (incremental sync; the sync already
	 * subtracts its overlap). null = everything (full sync).
	 */
	readonly updatedSince: number | null;
	/** Resume an interrupted pull from a page cursor a previous pull yielded. */
	readonly resumeCursor: string | null;
	readonly signal?: AbortSignal;
}

export interface Provider {
	readonly name: ProviderName;
	/** A short, secret-free description of where the data comes from ("Linear teams ENG, PLAT"). */
	readonly description: string;
	pull(options: PullOptions): AsyncIterable<SyncPage>;
	/** Who the credentials belong to (doctor, init). */
	whoAmI(): Promise<Person>;
	/** The tracker's users (init's roster picker, people discovery). */
	listPeople(): Promise<readonly Person[]>;
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
