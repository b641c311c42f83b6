import {AllocationTally, strategicShare} from './allocation.js';
import {isDuring, type WeekContext} from './context.js';
import {categoryOfCode} from './categories.js';
import {assigneeAt} from './ticket-facts.js';
import type {TicketReads} from './week-reads.js';
import type {ResolvedRoster, Ticket} from '../types.js';
import type {Delegation, ReportDetails} from './types.js';

const dayMs = 24 * 60 * 60 * 1000;

/** A hand-over from the director to someone in one or more reports' groups. */
export interface DelegationEvent {
	readonly at: number;
	/** Indexes into roster.reports whose group holds the new assignee. */
	readonly reports: readonly number[];
}

export interface RosterIndex {
	/** Person id → the reports whose group(R) holds them. */
	readonly groupsOf: ReadonlyMap<string, readonly number[]>;
}

const rosterIndexes = new WeakMap<ResolvedRoster, RosterIndex>();

export function rosterIndex(roster: ResolvedRoster): RosterIndex {
	let index = rosterIndexes.get(roster);
	if (!index) {
		const groupsOf = new Map<string, number[]>();
		roster.reports.forEach((report, position) => {
			for (const id of report.groupIds) {
				const groups = groupsOf.get(id) ?? [];
				groups.push(position);
				groupsOf.set(id, groups);
			}
		});
		index = {groupsOf};
		rosterIndexes.set(roster, index);
	}
	return index;
}

const none: readonly number[] = [];

export function groupsOf(index: RosterIndex, personId: string | null): readonly number[] {
	return personId === null ? none : (index.groupsOf.get(personId) ?? none);
}

/**
 * Every delegation event of a ticket, oldest first (metrics.md "Delegation"): an assignee
 * change into a group from the director, or from nobody on a ticket the director created;
 * and the creation itself when the director created it already assigned into a group.
 */
export function delegationEvents(ticket: Ticket, roster: ResolvedRoster, index: RosterIndex): readonly DelegationEvent[] {
	const events: DelegationEvent[] = [];
	const {directorIds} = roster;
	if (directorIds.size > 0 && (ticket.creatorId !== null || ticket.history.length > 0)) {
		const isCreatedByDirector = ticket.creatorId !== null && directorIds.has(ticket.creatorId);
		if (isCreatedByDirector) {
			const initial = assigneeAt(ticket, ticket.createdAt);
			const reports = initial !== null && !directorIds.has(initial) ? groupsOf(index, initial) : none;
			if (reports.length > 0) events.push({at: ticket.createdAt, reports});
		}
		for (const event of ticket.history) {
			if (event.field !== 'assignee' || event.to === null || directorIds.has(event.to)) continue;
			const isFromDirector = event.from !== null && directorIds.has(event.from);
			const isFromNobodyOnDirectorsTicket = event.from === null && isCreatedByDirector;
			if (!isFromDirector && !isFromNobodyOnDirectorsTicket) continue;
			const reports = groupsOf(index, event.to);
			if (reports.length > 0) events.push({at: event.at, reports});
		}
		events.sort((a, b) => a.at - b.at);
	}
	return events;
}

/**
 * What delegation reads of a ticket that is the same whatever the week: its delegation events
 * and the director's take-backs from a report's group (built once per ticket and roster by
 * delegation-facts.ts). The assignee as of an instant is read apart (week-reads.ts): most
 * tickets then share one empty facts object, and a week reads no per-ticket object for them.
 */
export interface DelegationFacts {
	readonly events: readonly DelegationEvent[];
	/** Assignee changes to the director from someone in a report's group, in history order: the candidates for `takenBack`. */
	readonly takeBacks: ReadonlyArray<{readonly at: number; readonly groups: readonly number[]}>;
}

/** What a week's delegation reads per ticket by its index in the week's list: its facts and its category code (categories.ts). */
export interface DelegationReads {
	facts(index: number, ticket: Ticket): DelegationFacts;
	category(index: number, ticket: Ticket): number;
	/** Its state at an instant, its id (week-reads.ts). */
	readonly ticket: TicketReads;
}

class ReportTally {
	readonly delegatedIds: string[] = [];
	readonly openIds: string[] = [];
	readonly completedIds: string[] = [];
	readonly overdueIds: string[] = [];
	readonly staleIds: string[] = [];
	readonly takenBackIds: string[] = [];
	takenBack = 0;
	readonly strategicIds: string[] = [];
	readonly groupCompletedIds: string[] = [];
	/** Of groupCompletedIds, the classified ones (operational or strategic). */
	readonly classifiedIds: string[] = [];
	readonly allocation = new AllocationTally();
}

export interface DelegationResult {
	readonly figures: Delegation;
	readonly reports: readonly ReportDetails[];
	readonly directorOpenIds: readonly string[];
	/** Completed in W while assigned to the director. */
	readonly directorCompletedIds: readonly string[];
	/** Delegated in W to any report's group. */
	readonly delegatedIds: readonly string[];
	/** Taken back by the director in W from any report's group (a ticket taken back twice is listed once). */
	readonly takenBackIds: readonly string[];
	/** By report, of its group's completions the classified ones (operational or strategic): its strategic share's tickets. */
	readonly classifiedCompletedIds: ReadonlyArray<readonly string[]>;
}

/**
 * Delegation as of asOf(W) (metrics.md "Delegation" and Readings): `open`, `overdue`,
 * `stale` and `completed` follow the assignee as of asOf(W); the group's strategic share
 * and the director's completions follow the assignee at completion.
 */
export function computeDelegation(tickets: readonly Ticket[], context: WeekContext, reads: DelegationReads): DelegationResult {
	const {roster, week, asOf, asOfDate} = context;
	const index = rosterIndex(roster);
	const {directorIds} = roster;
	const staleMs = context.staleDays * dayMs;
	const tallies = roster.reports.map(() => new ReportTally());
	const delegatedInWeek = new Set<string>();
	const directorOpenIds: string[] = [];
	const directorCompletedIds: string[] = [];
	const takenBackIds: string[] = [];
	let takenBack = 0;
	const read = reads.ticket;

	for (let position = 0; position < tickets.length; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const facts = reads.facts(position, ticket);
		const isOpen = read.isOpenAt(position, ticket, asOf);
		const assigneeAsOf = read.assigneeAt(position, ticket, asOf);
		const isCompletedInWeek = read.isCompletedBetween(position, ticket, week.startAt, week.endAt);
		// By position, off the facts: the ticket object stays unread.
		const id = read.id(position, ticket);

		if (isOpen && assigneeAsOf !== null && directorIds.has(assigneeAsOf)) directorOpenIds.push(id);

		if (isCompletedInWeek) {
			const completedAt = read.completedAt(position, ticket) ?? week.startAt;
			const assigneeAtCompletion = read.assigneeAt(position, ticket, completedAt);
			if (assigneeAtCompletion !== null && directorIds.has(assigneeAtCompletion)) directorCompletedIds.push(id);
			const groups = groupsOf(index, assigneeAtCompletion);
			const code = groups.length > 0 ? reads.category(position, ticket) : 0;
			for (let place = 0; place < groups.length; place++) {
				const tally = tallies[groups[place] ?? -1];
				if (!tally) continue;
				tally.groupCompletedIds.push(id);
				tally.allocation.addIdAs(id, code);
				const category = categoryOfCode(code);
				if (category === 'strategic') tally.strategicIds.push(id);
				if (category !== 'unclassified') tally.classifiedIds.push(id);
			}
		}

		const {events} = facts;
		const firstEvent = events[0];
		if (firstEvent && firstEvent.at <= asOf) {
			for (let place = 0; place < events.length; place++) {
				const event = events[place];
				if (event === undefined || !isDuring(event.at, context)) continue;
				delegatedInWeek.add(id);
				for (const report of event.reports) {
					const ids = tallies[report]?.delegatedIds;
					// A ticket handed over twice in W still counts once.
					if (ids && ids.at(-1) !== id) ids.push(id);
				}
			}

			const holders = groupsOf(index, assigneeAsOf);
			if (holders.length > 0) {
				const dueDate = isOpen ? read.dueDateAt(position, ticket, asOf) : null;
				const isOverdue = dueDate !== null && dueDate < asOfDate;
				const isStale = isOpen && asOf - read.latestChangeAt(position, ticket, asOf) >= staleMs;
				for (let place = 0; place < holders.length; place++) {
					const tally = tallies[holders[place] ?? -1];
					if (!tally) continue;
					if (isOpen) tally.openIds.push(id);
					if (isOverdue) tally.overdueIds.push(id);
					if (isStale) tally.staleIds.push(id);
					if (isCompletedInWeek) tally.completedIds.push(id);
				}
			}
		}

		const {takeBacks} = facts;
		for (let place = 0; place < takeBacks.length; place++) {
			const event = takeBacks[place];
			if (event === undefined || !isDuring(event.at, context)) continue;
			takenBack++;
			if (takenBackIds.at(-1) !== id) takenBackIds.push(id);
			for (const group of event.groups) {
				const tally = tallies[group];
				if (!tally) continue;
				tally.takenBack++;
				if (!tally.takenBackIds.includes(id)) tally.takenBackIds.push(id);
			}
		}
	}

	const delegated = delegatedInWeek.size;
	const directorCompleted = directorCompletedIds.length;
	const reports: ReportDetails[] = roster.reports.map((report, position) => {
		const tally = tallies[position] ?? new ReportTally();
		return {
			name: report.name,
			slug: report.slug,
			delegatedIds: tally.delegatedIds,
			openIds: tally.openIds,
			completedIds: tally.completedIds,
			overdueIds: tally.overdueIds,
			staleIds: tally.staleIds,
			takenBackIds: tally.takenBackIds,
			strategicIds: tally.strategicIds,
			groupCompletedIds: tally.groupCompletedIds,
			allocation: tally.allocation.counts(),
		};
	});
	const figures: Delegation = {
		director: {open: directorOpenIds.length, completed: directorCompleted},
		delegated,
		takenBack,
		delegationRate: delegated + directorCompleted === 0 ? null : delegated / (delegated + directorCompleted),
		reports: reports.map((report, position) => ({
			name: report.name,
			delegated: report.delegatedIds.length,
			open: report.openIds.length,
			completed: report.completedIds.length,
			overdue: report.overdueIds.length,
			stale: report.staleIds.length,
			strategicShare: strategicShare(report.allocation),
			takenBack: tallies[position]?.takenBack ?? 0,
		})),
	};
	const classifiedCompletedIds = tallies.map((tally) => tally.classifiedIds);
	return {figures, reports, directorOpenIds, directorCompletedIds, delegatedIds: [...delegatedInWeek], takenBackIds, classifiedCompletedIds};
}
