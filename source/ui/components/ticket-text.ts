import type {EffectiveCategory, Ticket} from '../../domain/types.js';
import type {ReviewData} from '../../review/review-data.js';
import {toTerminalLine} from '../../text/sanitize.js';
import {shortDate} from '../format.js';

/** The words the views use for a category: the director's vocabulary, not the enum. */
export const categoryWords: Record<EffectiveCategory, string> = {
	operational: 'firefighting',
	strategic: 'improvement',
	unclassified: 'unsorted',
};

/** A ticket's text as a view shows it: every field from the tracker made safe for the terminal. */
export interface TicketText {
	readonly id: string;
	readonly key: string;
	readonly title: string;
	readonly assignee: string;
	readonly due: string;
	readonly category: EffectiveCategory;
	readonly categoryWord: string;
}

export type ReviewMaps = Pick<ReviewData, 'ticketsById' | 'peopleById' | 'classifications'>;

export function ticketText(ticket: Ticket, review: ReviewMaps): TicketText {
	const assignee = ticket.assigneeId === null ? null : review.peopleById.get(ticket.assigneeId);
	const category = review.classifications.get(ticket.id)?.category ?? 'unclassified';
	return {
		id: ticket.id,
		key: toTerminalLine(ticket.key),
		title: toTerminalLine(ticket.title),
		assignee: ticket.assigneeId === null ? 'unassigned' : toTerminalLine(assignee?.name ?? ticket.assigneeId),
		due: shortDate(ticket.dueDate),
		category,
		categoryWord: categoryWords[category],
	};
}

/** The tickets behind a list of ids, in order; ids the review does not hold (yet) are skipped. */
export function ticketsOf(ids: readonly string[], review: ReviewMaps): Ticket[] {
	const tickets: Ticket[] = [];
	for (const id of ids) {
		const ticket = review.ticketsById.get(id);
		if (ticket) tickets.push(ticket);
	}
	return tickets;
}
