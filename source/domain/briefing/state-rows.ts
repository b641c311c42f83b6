import {firstDueDate} from '../metrics/ticket-facts.js';
import type {WeekDetails} from '../metrics/types.js';
import type {Classification, Person, ResolvedRoster, Ticket} from '../types.js';
import type {ReviewTicketState} from './types.js';

/**
 * Every ticket any figure of the week counts: the week's tickets (completed or active in
 * it) and every ticket named by a list behind a figure.
 */
export function countedTicketIds(tickets: readonly Ticket[], details: WeekDetails): string[] {
	const ids = new Set<string>(tickets.map((ticket) => ticket.id));
	const add = (list: readonly string[]) => {
		for (const id of list) ids.add(id);
	};
	for (const report of details.reports) {
		add(report.delegatedIds);
		add(report.openIds);
		add(report.completedIds);
		add(report.overdueIds);
		add(report.staleIds);
		add(report.takenBackIds);
		add(report.strategicIds);
		add(report.groupCompletedIds);
	}
	add(details.directorOpenIds);
	add(details.slips.map((slip) => slip.ticketId));
	add(details.brokenPromises.map((promise) => promise.ticketId));
	add(details.postponements.map((postponement) => postponement.ticketId));
	add(details.blocked.map((blocked) => blocked.ticketId));
	for (const theme of details.themes) add(theme.ticketIds);
	// Every figure's own ticket set (figures.ts): the JSON export lists these tickets, so the
	// frozen review holds a state row for each ticket its figures count.
	for (const figure of details.figures) add(figure.tickets.map((counted) => counted.ticketId));
	return [...ids].sort();
}

/** The roster report whose group holds the person, or null (the director, or someone outside every group). */
export function reportOfPerson(roster: ResolvedRoster, personId: string | null): string | null {
	if (personId === null) return null;
	return roster.reports.find((report) => report.groupIds.has(personId))?.name ?? null;
}

/** The spell blocking the ticket at `instant`, or null. */
export function blockedSpellAt(ticket: Ticket, instant: number): Ticket['blockedSpells'][number] | null {
	return ticket.blockedSpells.find((spell) => spell.start <= instant && (spell.end === null || spell.end > instant)) ?? null;
}

export interface StateRowInput {
	readonly ticketIds: Iterable<string>;
	readonly ticketsById: ReadonlyMap<string, Ticket>;
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly roster: ResolvedRoster;
	/** The instant the state is read at (the freeze). */
	readonly at: number;
	/** Identities of talking points issued with the review, by ticket id. */
	readonly pointsByTicket?: ReadonlyMap<string, readonly string[]>;
}

/** One state row per ticket, as frozen with a review; ids of tickets not loaded are skipped. */
export function reviewTicketStates(input: StateRowInput): ReviewTicketState[] {
	const rows: ReviewTicketState[] = [];
	for (const id of input.ticketIds) {
		const ticket = input.ticketsById.get(id);
		if (ticket === undefined) continue;
		rows.push(ticketState(ticket, input));
	}
	return rows;
}

export function ticketState(ticket: Ticket, input: Omit<StateRowInput, 'ticketIds' | 'ticketsById'>): ReviewTicketState {
	const classification = input.classifications.get(ticket.id);
	const spell = blockedSpellAt(ticket, input.at);
	return {
		ticketId: ticket.id,
		key: ticket.key,
		title: ticket.title,
		category: classification?.category ?? 'unclassified',
		categorySource: classification?.source ?? null,
		assigneeId: ticket.assigneeId,
		assignee: ticket.assigneeId === null ? null : (input.peopleById.get(ticket.assigneeId)?.name ?? null),
		report: reportOfPerson(input.roster, ticket.assigneeId),
		statusCategory: ticket.statusCategory,
		dueDate: ticket.dueDate,
		firstDueDate: firstDueDate(ticket),
		blocked: spell !== null,
		blockedReason: spell?.reason ?? null,
		completedAt: ticket.completedAt,
		canceledAt: ticket.canceledAt,
		talkingPoints: input.pointsByTicket?.get(ticket.id) ?? [],
	};
}
