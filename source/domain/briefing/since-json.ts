import type {SinceItem, SinceLastReview} from './since-types.js';

/** `sinceLastReview` of the JSON export, schemaVersion 2 (cli.md "Version 2 fields"). */
export interface SinceLastReviewJson {
	readonly previousReview: {readonly week: string; readonly frozenAt: string} | null;
	readonly items: readonly SinceItemJson[];
	readonly restated: ReadonlyArray<{readonly figure: string; readonly frozen: number | null; readonly now: number | null}>;
}

export interface SinceItemJson {
	readonly kind: SinceItem['kind'];
	/** The first ticket's key; null for an item about a theme with no ticket named. */
	readonly key: string | null;
	/** Every ticket the item names (a theme names several). */
	readonly keys: readonly string[];
	readonly report: string | null;
	readonly person: string | null;
	readonly at: string | null;
	readonly from?: string | null;
	readonly to?: string | null;
	readonly days?: number;
	readonly blocker?: string;
	readonly theme?: string;
	readonly outcome?: 'completed' | 'canceled';
}

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
