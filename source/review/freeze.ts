import {countedTicketIds, reviewTicketStates} from '../domain/briefing/state-rows.js';
import type {DiscussedNote, ReviewTrigger} from '../domain/briefing/types.js';
import {jsonInput} from '../export/build-exports.js';
import {buildJsonExport} from '../export/json.js';
import {memberText} from '../export/member-texts.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {Store} from '../store/store.js';
import {stripUnsafe} from '../text/sanitize.js';

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
		ticketIds: figureTicketIds(snapshot, figures.figures),
		ticketsById: snapshot.ticketsById,
		classifications: snapshot.classifications,
		peopleById: snapshot.peopleById,
		roster: snapshot.roster,
		at: snapshot.now,
		pointsByTicket,
	});
	return store.reviews.freeze(snapshot.provider, {week: snapshot.week.id, trigger, figures, tickets, memberText, discussedNotes});
}

/**
 * Every ticket any figure of the week counts: the version 1 figures' tickets
 * (`countedTicketIds`) and those only a version 2 figure counts (effort, iterations,
 * promise risk, aging: the export's `figures` names them by key), so the review holds a
 * state row for every ticket its JSON export's `figures` lists.
 */
function figureTicketIds(snapshot: ReviewSnapshot, figures: Readonly<Record<string, readonly string[]>>): string[] {
	const ids = new Set(countedTicketIds(snapshot.report.tickets, snapshot.report.details));
	const keys = new Set(Object.values(figures).flat());
	for (const ticket of snapshot.ticketsById.values()) if (!ids.has(ticket.id) && keys.has(stripUnsafe(ticket.key))) ids.add(ticket.id);
	return [...ids].sort();
}
