import type {ResolvedRoster, Ticket} from '../types.js';
import {factsByPosition} from './position-facts.js';
import {takenBackFrom} from './ticket-facts.js';
import {delegationEvents, groupsOf, rosterIndex, type DelegationFacts, type RosterIndex} from './delegation.js';

/**
 * A ticket's DelegationFacts (delegation.ts), worked out once per ticket and roster: a trend
 * reads the same ticket in eight weeks, and most tickets were never delegated nor taken back,
 * so a week finds one shared empty object for them at once.
 */

const nothing: DelegationFacts = {events: [], takeBacks: []};

export function delegationFactsOf(ticket: Ticket, roster: ResolvedRoster, index: RosterIndex): DelegationFacts {
	let takeBacks: Array<DelegationFacts['takeBacks'][number]> | null = null;
	const {directorIds} = roster;
	for (const event of ticket.history) {
		const fromId = takenBackFrom(event, directorIds);
		if (fromId === null) continue;
		const groups = groupsOf(index, fromId);
		if (groups.length > 0) (takeBacks ??= []).push({at: event.at, groups});
	}
	const events = delegationEvents(ticket, roster, index);
	if (takeBacks === null && events.length === 0) return nothing;
	return {events, takeBacks: takeBacks ?? []};
}

/** The facts of a store's tickets by position (position-facts.ts), kept while the roster is the same one. */
export function delegationFactsByPosition(store: readonly Ticket[], roster: ResolvedRoster): (position: number, ticket: Ticket) => DelegationFacts {
	const index = rosterIndex(roster);
	return factsByPosition(store, 'delegation', roster, (ticket) => delegationFactsOf(ticket, roster, index));
}
