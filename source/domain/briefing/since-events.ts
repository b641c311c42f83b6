import {delegationEvents, rosterIndex} from '../metrics/delegation.js';
import {assigneeAt} from '../metrics/ticket-facts.js';
import {daysBetweenDates} from '../week.js';
import type {Ticket} from '../types.js';
import type {SinceContext} from './since-context.js';
import type {SinceItem} from './since-types.js';

/**
 * Event items (briefing.md "Readings"): read from the history after the previous review
 * was frozen — new fires, finished, postponed, blocked and unblocked, delegated, taken back.
 */
export function eventItems(ticket: Ticket, c: SinceContext): SinceItem[] {
	const items: SinceItem[] = [];
	const category = c.input.classifications.get(ticket.id)?.category ?? 'unclassified';

	const fireAt = c.isSince(ticket.createdAt) ? ticket.createdAt : c.isSince(ticket.startedAt) ? ticket.startedAt : null;
	if (category === 'operational' && fireAt !== null) items.push(c.item('new-fire', ticket, fireAt));

	if (c.isSince(ticket.canceledAt)) items.push(c.item('finished', ticket, ticket.canceledAt, {outcome: 'canceled'}));
	else if (ticket.canceledAt === null && c.isSince(ticket.completedAt)) items.push(c.item('finished', ticket, ticket.completedAt, {outcome: 'completed'}));

	for (const event of ticket.history) {
		if (!c.isSince(event.at)) continue;
		if (event.field === 'dueDate' && event.from !== null && event.to !== null && event.to > event.from) {
			items.push(c.item('postponed', ticket, event.at, {person: c.nameOf(event.actorId), from: event.from, to: event.to, days: daysBetweenDates(event.from, event.to)}));
		}
		if (event.field === 'assignee' && c.isDirector(event.to) && !c.isDirector(event.from) && c.reportOf(event.from) !== null) {
			items.push(c.item('taken-back', ticket, event.at, {person: c.nameOf(event.from), report: c.reportOf(event.from)}));
		}
	}

	for (const spell of ticket.blockedSpells) {
		if (c.isSince(spell.start)) items.push(c.item('newly-blocked', ticket, spell.start, {blocker: spell.reason}));
		if (c.isSince(spell.end)) items.push(c.item('unblocked', ticket, spell.end, {blocker: spell.reason}));
	}

	const {roster} = c.input;
	for (const event of delegationEvents(ticket, roster, rosterIndex(roster))) {
		if (!c.isSince(event.at)) continue;
		const report = roster.reports[event.reports[0] ?? -1]?.name ?? null;
		items.push(c.item('delegated', ticket, event.at, {person: c.nameOf(assigneeAt(ticket, event.at)), report}));
	}
	return items;
}
