import {sinceLastReviewJson, type SinceLastReviewJson} from '../domain/briefing/since-json.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import type {Ticket} from '../domain/types.js';
import {stripUnsafe} from '../text/sanitize.js';

/** With no review computed (a snapshot without a store), the export says there is no previous review. */
const none: SinceLastReview = {previousReview: null, items: [], restated: []};

/**
 * `sinceLastReview` of the schemaVersion 2 export (cli.md), ticket text stripped of
 * control sequences, and the tickets its items name — they go into `tickets` so every key
 * the section names can be looked up in the file.
 */
export function sinceSectionJson(since: SinceLastReview | undefined, ticketsById: ReadonlyMap<string, Ticket>): {json: SinceLastReviewJson; tickets: Ticket[]} {
	const section = since ?? none;
	const tickets: Ticket[] = [];
	for (const item of section.items) {
		for (const named of item.tickets) {
			const ticket = ticketsById.get(named.id);
			if (ticket !== undefined) tickets.push(ticket);
		}
	}
	const json = sinceLastReviewJson(section);
	const text = (value: string | null | undefined) => (typeof value === 'string' ? stripUnsafe(value) : value);
	return {
		json: {
			...json,
			items: json.items.map((item) => ({
				...item,
				key: text(item.key) ?? null,
				keys: item.keys.map((key) => stripUnsafe(key)),
				report: text(item.report) ?? null,
				person: text(item.person) ?? null,
				...(item.blocker === undefined ? {} : {blocker: stripUnsafe(item.blocker)}),
				...(item.theme === undefined ? {} : {theme: stripUnsafe(item.theme)}),
			})),
		},
		tickets,
	};
}
