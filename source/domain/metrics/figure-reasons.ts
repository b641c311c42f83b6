import {formatDay, formatDays} from '../figure-format.js';
import {localDate} from '../week.js';
import {categoryOf, type WeekContext} from './context.js';
import {completedAtOf, completedDate, firstDueDate} from './ticket-facts.js';
import type {Ticket} from '../types.js';

/**
 * Why a ticket counts in a figure, in one line a director can check against the tracker:
 * "due Tue 17 Nov, completed Thu 19 Nov: late by 2 d". Pure: dates are calendar dates in
 * the week's time zone.
 */

const categoryWords = {operational: 'firefighting', strategic: 'improvement', unclassified: 'unsorted'} as const;

function completedText(ticket: Ticket, context: WeekContext): string {
	const done = completedDate(ticket, context.timezone);
	return done === null ? `not completed by ${formatDay(context.asOfDate)}` : `completed ${formatDay(done)}`;
}

/** Against a due date: on time, late by n d, late (still open), or not yet due. */
export function dueReason(ticket: Ticket, dueDate: string, context: WeekContext, label = 'due'): string {
	const done = completedDate(ticket, context.timezone);
	const head = `${label} ${formatDay(dueDate)}, ${completedText(ticket, context)}`;
	if (done !== null) {
		const slip = Math.round((Date.parse(`${done}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
		return slip <= 0 ? `${head}: on time` : `${head}: late by ${formatDays(slip)}`;
	}
	return dueDate < context.asOfDate ? `${head}: late, still open` : `${head}: not yet due`;
}

export function currentDueReason(ticket: Ticket, context: WeekContext): string {
	return ticket.dueDate === null ? 'no due date' : dueReason(ticket, ticket.dueDate, context);
}

export function firstDueReason(ticket: Ticket, context: WeekContext): string {
	const first = firstDueDate(ticket);
	return first === null ? 'no first due date' : dueReason(ticket, first, context, 'first due');
}

export function postponedReason(moves: ReadonlyArray<{readonly from: string; readonly to: string; readonly at: number}>, context: WeekContext): string {
	return moves.map((move) => `due ${formatDay(move.from)} → ${formatDay(move.to)} on ${formatDay(localDate(move.at, context.timezone))}`).join('; ');
}

/** "completed Wed 18 Nov, firefighting (rule: label incident)". */
export function completedCategoryReason(ticket: Ticket, context: WeekContext): string {
	return `${completedText(ticket, context)}, ${categoryReason(ticket, context)}`;
}

/** "started Mon 9 Nov, still open, improvement (tag)". */
export function activeCategoryReason(ticket: Ticket, context: WeekContext): string {
	const started = ticket.startedAt === null ? 'not started' : `started ${formatDay(localDate(ticket.startedAt, context.timezone))}`;
	const end = completedAtOf(ticket) !== null ? completedText(ticket, context) : ticket.canceledAt !== null ? `canceled ${formatDay(localDate(ticket.canceledAt, context.timezone))}` : 'not completed';
	return `${started}, ${end}, ${categoryReason(ticket, context)}`;
}

function categoryReason(ticket: Ticket, context: WeekContext): string {
	const classification = context.classifications.get(ticket.id);
	const category = categoryOf(ticket, context.classifications);
	if (classification === undefined || category === 'unclassified') return categoryWords.unclassified;
	const source = classification.source === null ? '' : ` (${classification.source}${classification.reason === '' ? '' : `: ${classification.reason}`})`;
	return `${categoryWords[category]}${source}`;
}

/** "open, held by Alex Kim’s group as of Sun 22 Nov, due Tue 17 Nov". */
export function heldReason(ticket: Ticket, context: WeekContext, what: string, holder: string): string {
	const due = ticket.dueDate === null ? '' : `, due ${formatDay(ticket.dueDate)}`;
	return `${what}, ${holder} as of ${formatDay(context.asOfDate)}${due}`;
}

export function blockedReason(entry: {readonly days: number; readonly isBlockedNow: boolean; readonly reason: string}): string {
	return `blocked ${formatDays(entry.days)} ${entry.isBlockedNow ? 'and still blocked' : 'until it was unblocked'}: ${entry.reason}`;
}

export function themeReason(ticket: Ticket, context: WeekContext, theme: string): string {
	return `${completedText(ticket, context)}, firefighting, ${theme.replace(':', ' ')}`;
}
