import type {HistoryEvent, ResolvedRoster, Ticket} from '../types.js';
import {delegationEvents, groupsOf, rosterIndex, type DelegationFacts, type RosterIndex} from './delegation.js';

/**
 * A ticket's DelegationFacts (delegation.ts), worked out once per ticket and roster: a trend
 * reads the same ticket in eight weeks, and most open tickets never changed hands, so a week
 * then replays only the few assignee changes a ticket has, not its whole history, and finds
 * no events at once.
 */

const nothing: DelegationFacts = {events: [], takeBacks: [], assigneeChanges: []};

export function delegationFactsOf(ticket: Ticket, roster: ResolvedRoster, index: RosterIndex): DelegationFacts {
	let assigneeChanges: HistoryEvent[] | null = null;
	let takeBacks: Array<DelegationFacts['takeBacks'][number]> | null = null;
	const {directorIds} = roster;
	for (const event of ticket.history) {
		if (event.field !== 'assignee') continue;
		(assigneeChanges ??= []).push(event);
		if (event.to === null || !directorIds.has(event.to) || event.from === null || directorIds.has(event.from)) continue;
		const groups = groupsOf(index, event.from);
		if (groups.length > 0) (takeBacks ??= []).push({at: event.at, groups});
	}
	const events = delegationEvents(ticket, roster, index);
	if (assigneeChanges === null && events.length === 0) return nothing;
	return {events, takeBacks: takeBacks ?? [], assigneeChanges: assigneeChanges ?? []};
}

interface FactsOfStore {
	readonly roster: ResolvedRoster;
	readonly facts: Array<DelegationFacts | undefined>;
}

const stores = new WeakMap<readonly Ticket[], FactsOfStore>();

/**
 * The facts of a store's tickets by position, each worked out the first time a week reads the
 * ticket and kept while the array and the roster are the same ones.
 */
export function delegationFactsByPosition(store: readonly Ticket[], roster: ResolvedRoster): (position: number, ticket: Ticket) => DelegationFacts {
	let kept = stores.get(store);
	if (kept?.roster !== roster || kept.facts.length !== store.length) {
		kept = {roster, facts: new Array<DelegationFacts | undefined>(store.length)};
		stores.set(store, kept);
	}
	const {facts} = kept;
	const index = rosterIndex(roster);
	return (position, ticket) => {
		let known = facts[position];
		if (known === undefined) {
			known = delegationFactsOf(ticket, roster, index);
			facts[position] = known;
		}
		return known;
	};
}
