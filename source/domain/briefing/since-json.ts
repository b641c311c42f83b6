import type {SinceItem, SinceLastReview} from './since-types.js';

/** `sinceLastReview` of the JSON export, schemaVersion 2 (cli.md "Version 2 fields"). */
export interface SinceLastReviewJson {
	readonly previousReview: {readonly week: string; readonly frozenAt: string} | null;
	readonly items: readonly SinceItemJson[];
	readonly restated: ReadonlyArray<{readonly figure: string; readonly frozen: number | null; readonly now: number | null}>;
}

/** A since item as the JSON export writes it: its tickets as keys, its instant as ISO text. */
export type SinceItemJson = Omit<SinceItem, 'tickets' | 'at'> & {
	/** The first ticket's key; null for an item about a theme with no ticket named. */
	readonly key: string | null;
	/** Every ticket the item names (a theme names several). */
	readonly keys: readonly string[];
	readonly at: string | null;
};

export function sinceLastReviewJson(since: SinceLastReview): SinceLastReviewJson {
	const {previousReview} = since;
	return {
		previousReview: previousReview === null ? null : {week: previousReview.week, frozenAt: new Date(previousReview.frozenAt).toISOString()},
		items: since.items.map((item) => {
			const {kind, tickets, report, person, at, ...detail} = item;
			return {kind, key: tickets[0]?.key ?? null, keys: tickets.map((ticket) => ticket.key), report, person, at: at === null ? null : new Date(at).toISOString(), ...detail};
		}),
		restated: since.restated.map((figure) => ({...figure})),
	};
}
