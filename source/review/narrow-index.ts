import {sinceReach} from '../domain/briefing/since-reach.js';
import type {Ticket} from '../domain/types.js';
import type {WeekReport} from '../domain/week-report.js';
import {splitLists} from './kept-report-parts.js';

/**
 * What an export of a kept week reads besides the report (review/narrow-export.ts), worked
 * out once by the session that keeps the report, from the data of the report's generation
 * (which no later read of the row can differ from):
 * - `named`: every loaded ticket the report names, by id or by key, anywhere in it but the
 *   figures' ticket lists no export reads (isExportedPath);
 * - `since`: every loaded ticket with its `sinceReach`, latest first, for "since last review"
 *   of any previous review frozen at or after `from`.
 * The keeping session had loaded every ticket open or with a date or due date from `from`
 * on (ticket-window.ts), so no ticket it did not load can reach such a review.
 */
export interface NarrowIndex {
	readonly from: number;
	readonly named: readonly string[];
	/** Ticket ids, latest `sinceReach` first. */
	readonly sinceIds: readonly string[];
	/** Their `sinceReach`, null for one never past (JSON has no Infinity). */
	readonly sinceReaches: ReadonlyArray<number | null>;
}

/**
 * The index of a report kept from `tickets` (all the session loaded, from `from` on). Null
 * when a key the report can name is the key of more than one ticket in the store: a lookup
 * by key would then depend on which of them a load holds.
 */
export function buildNarrowIndex(report: WeekReport, tickets: Iterable<Ticket>, from: number, ticketsWithKeys: (keys: readonly string[]) => number): NarrowIndex | null {
	const strings = new Set<string>();
	// The figures' ticket lists the exports never read (samples, the trend's weeks: version2-json.ts) name no ticket they read.
	const {tickets: _tickets, ...rest} = splitLists(report).head;
	collectStrings(rest, strings);
	for (const ticket of report.tickets) strings.add(ticket.id);
	const named: string[] = [];
	const keys = new Set<string>();
	const reaches: Array<{readonly id: string; readonly reach: number}> = [];
	for (const ticket of tickets) {
		if (strings.has(ticket.id) || strings.has(ticket.key)) {
			named.push(ticket.id);
			keys.add(ticket.key);
		}
		const reach = sinceReach(ticket);
		if (reach >= from) reaches.push({id: ticket.id, reach});
	}
	if (ticketsWithKeys([...keys]) !== keys.size) return null;
	reaches.sort((a, b) => b.reach - a.reach);
	return {from, named, sinceIds: reaches.map((each) => each.id), sinceReaches: reaches.map((each) => (Number.isFinite(each.reach) ? each.reach : null))};
}

/** The tickets "since last review" of a review frozen at `frozenAt` can read from their own fields; null when the index does not reach back that far. */
export function sinceCandidates(index: NarrowIndex, frozenAt: number): string[] | null {
	if (!(frozenAt >= index.from)) return null;
	const ids: string[] = [];
	for (let position = 0; position < index.sinceIds.length; position++) {
		const reach = index.sinceReaches[position] ?? Number.POSITIVE_INFINITY;
		if (reach < frozenAt) break;
		ids.push(index.sinceIds[position] ?? '');
	}
	return ids;
}

/** Whether a value read back from a kept row has the index's shape. */
export function isNarrowIndex(value: unknown): value is NarrowIndex {
	const index = value as Partial<NarrowIndex> | null;
	return (
		typeof index === 'object' &&
		index !== null &&
		typeof index.from === 'number' &&
		Array.isArray(index.named) &&
		Array.isArray(index.sinceIds) &&
		Array.isArray(index.sinceReaches) &&
		index.sinceIds.length === index.sinceReaches.length
	);
}

/** Every string in a report (values and property names): whatever a figure names a ticket by. */
function collectStrings(value: unknown, into: Set<string>): void {
	if (typeof value === 'string') into.add(value);
	else if (Array.isArray(value)) for (const each of value) collectStrings(each, into);
	else if (typeof value === 'object' && value !== null) {
		for (const [key, each] of Object.entries(value)) {
			into.add(key);
			collectStrings(each, into);
		}
	}
}
