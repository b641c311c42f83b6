import {themeTicketsOf, themeWindow} from '../themes.js';
import {completedAtOf} from '../ticket-facts.js';
import {completionIndex, firstCompletedFrom} from './completions.js';
import {assigneeAtLate} from './late-replay.js';
import {element, type FigureCollector} from './paths.js';
import {displayName, type RosterPeople} from './roster-people.js';
import type {Person, Ticket, Week} from '../../types.js';
import type {WeekDetails} from '../types.js';
import type {ThemeResponder} from './types.js';

const singleShare = 0.7;
const singleMinimumTickets = 4;

/**
 * The single responder of each recurring theme (metrics.md Version 2): who completed the most
 * of its tickets (assignee at completion) and their share of all the theme's tickets;
 * `singleResponder` at a share ≥ 0.7 with ≥ 4 tickets. A tie names the first of the tied in
 * name order, so the answer does not depend on ticket order. A roster person's accounts (one
 * roster reference matching several, roster-people.ts) are one person, named by the first of
 * their accounts' names; anyone else is their account.
 */
export function computeResponders(
	themes: WeekDetails['themes'],
	allTickets: readonly Ticket[],
	week: Week,
	people: readonly Person[] | undefined,
	figures?: FigureCollector,
	roster?: RosterPeople,
): ThemeResponder[] {
	// A roster person's number, or the account itself off the roster (a NUL never starts an id).
	const personOf = (holder: string): string => {
		const number = roster?.indexOf.get(holder);
		return number === undefined ? holder : `\u0000${number}`;
	};
	// The store's themes carry their tickets (themes.ts); others are looked up by id among the completions.
	const lists = themeTicketsOf(themes, allTickets) ?? themeTicketLists(themes, allTickets, week);
	// Who held each completed ticket at completion, worked out at load (completions.ts); a ticket of another array is replayed.
	const {holderOf} = completionIndex(allTickets);
	return themes.map((theme, position) => {
		const themeTickets = lists[position] ?? [];
		const byPerson = new Map<string, {name: string; tickets: Ticket[]}>();
		for (let index = 0; index < themeTickets.length; index++) {
			const ticket = themeTickets[index] as Ticket;
			const known = holderOf.get(ticket);
			const completedAt = known === undefined ? completedAtOf(ticket) : 0;
			if (completedAt === null) continue;
			const holder = known === undefined ? assigneeAtLate(ticket, completedAt) : known;
			if (holder === null) continue;
			const person = personOf(holder);
			const name = displayName(holder, people);
			const entry = byPerson.get(person);
			if (entry === undefined) byPerson.set(person, {name, tickets: [ticket]});
			else {
				entry.tickets.push(ticket);
				if (name < entry.name) entry.name = name;
			}
		}
		let top: {name: string; tickets: Ticket[]} | null = null;
		for (const {name, tickets} of byPerson.values()) {
			if (!top || tickets.length > top.tickets.length || (tickets.length === top.tickets.length && name < top.name)) top = {name, tickets};
		}
		const share = top === null || theme.count === 0 ? null : top.tickets.length / theme.count;
		if (figures) {
			const prefix = element('themes', theme.name);
			const keys = (top?.tickets ?? []).map((ticket) => ticket.key);
			figures.addAll(`${prefix}.topResponder`, keys);
			figures.addAll(`${prefix}.topResponderShare`, themeTickets.map((ticket) => ticket.key));
		}
		return {
			name: theme.name,
			count: theme.count,
			weeks: theme.weeks,
			topResponder: top?.name ?? null,
			topResponderShare: share,
			singleResponder: share !== null && share >= singleShare && theme.count >= singleMinimumTickets,
		};
	});
}

/** Each theme's tickets, its ids looked up among the completions of the themes' four weeks (completions.ts); an id not found there is left out. */
function themeTicketLists(themes: WeekDetails['themes'], allTickets: readonly Ticket[], week: Week): Array<readonly Ticket[]> {
	const byId = themeTicketsById(themes, allTickets, week);
	return themes.map((theme) => theme.ticketIds.flatMap((id) => byId.get(id) ?? []));
}

/** The themes' tickets by id, picked from the completions of the themes' four weeks (completions.ts). */
function themeTicketsById(themes: WeekDetails['themes'], allTickets: readonly Ticket[], week: Week): ReadonlyMap<string, Ticket> {
	const wanted = new Set<string>();
	for (const theme of themes) for (const id of theme.ticketIds) wanted.add(id);
	const byId = new Map<string, Ticket>();
	if (wanted.size === 0) return byId;
	const index = completionIndex(allTickets);
	const from = themeWindow(week)[0]?.startAt ?? week.startAt;
	for (let position = firstCompletedFrom(index, from); position < index.tickets.length && (index.completedAt[position] ?? Infinity) < week.endAt; position++) {
		const ticket = index.tickets[position];
		if (ticket && wanted.has(ticket.id)) byId.set(ticket.id, ticket);
	}
	return byId;
}
