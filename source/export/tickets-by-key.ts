import type {Ticket} from '../domain/types.js';

/**
 * Tickets by key, built once per ticket map (a review's map is built once and never changed):
 * the JSON export's version 2 lists (version2-json.ts), the frozen review's copy of it and each
 * report's 1:1 note look keys up in the same tens of thousands of tickets, and built per call
 * the map cost the freeze ~20 ms at 100,000 tickets (issue 18). A later ticket with the same
 * key wins, as it did in each of them.
 */
const byKeyOf = new WeakMap<ReadonlyMap<string, Ticket>, ReadonlyMap<string, Ticket>>();

export function ticketsByKey(ticketsById: ReadonlyMap<string, Ticket>): ReadonlyMap<string, Ticket> {
	let byKey = byKeyOf.get(ticketsById);
	if (byKey === undefined) {
		const map = new Map<string, Ticket>();
		for (const ticket of ticketsById.values()) map.set(ticket.key, ticket);
		byKey = map;
		byKeyOf.set(ticketsById, byKey);
	}
	return byKey;
}
