import {countedTicketIds, reviewTicketStates} from '../domain/briefing/state-rows.js';
import type {DiscussedNote, ReviewTrigger} from '../domain/briefing/types.js';
import {jsonInput} from '../export/build-exports.js';
import {buildJsonExport} from '../export/json.js';
import {memberText} from '../export/member-texts.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {Store} from '../store/store.js';

/**
 * Freezes the review of the snapshot's week (briefing.md "Reviews are frozen"): its
 * figures exactly as the JSON export shows them, and the state of every ticket a figure
 * counts, and the director's notes the 1:1 notes exported with it discussed. Returns the new
 * review's id; freezing the week again adds a newer review.
 */
export function freezeReview(
	store: Pick<Store, 'reviews'>,
	snapshot: ReviewSnapshot,
	trigger: ReviewTrigger,
	pointsByTicket?: ReadonlyMap<string, readonly string[]>,
	discussedNotes: readonly DiscussedNote[] = [],
): number {
	// The JSON export's own object (schemaVersion 2), not its file read back: the store writes it
	// as JSON, the same document, without a second copy of a week's export in memory.
	const figures = buildJsonExport(jsonInput(snapshot));
	const tickets = reviewTicketStates({
		ticketIds: countedTicketIds(snapshot.report.tickets, snapshot.report.details),
		ticketsById: snapshot.ticketsById,
		classifications: snapshot.classifications,
		peopleById: snapshot.peopleById,
		roster: snapshot.roster,
		at: snapshot.now,
		pointsByTicket,
	});
	return store.reviews.freeze(snapshot.provider, {week: snapshot.week.id, trigger, figures, tickets, memberText, discussedNotes});
}
