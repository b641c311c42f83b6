import {durationDays} from '../week.js';
import type {WeekContext} from './context.js';
import {median} from './median.js';
import type {Ticket} from '../types.js';
import type {Blockers, WeekDetails} from './types.js';

export interface BlockersResult {
	readonly figures: Blockers;
	readonly blocked: WeekDetails['blocked'];
	/** Tickets with a spell that ended in W (the median's spells). */
	readonly endedIds: readonly string[];
}

/**
 * Blocked spells against W up to asOf(W) (metrics.md "Blockers"): a spell counts when it
 * overlaps [start of W, asOf(W)]; the median covers whole spells (fractional days) that
 * ended inside W by asOf(W). Spells still open at asOf(W) never reach that median, so
 * their age so far has a median of its own (an extension), shown beside it.
 */
export function computeBlockers(tickets: readonly Ticket[], context: WeekContext): BlockersResult {
	const {week, asOf} = context;
	const blocked: Array<WeekDetails['blocked'][number]> = [];
	const endedSpellDays: number[] = [];
	const openSpellDays: number[] = [];
	const endedIds: string[] = [];
	let blockedNow = 0;

	for (let index = 0; index < tickets.length; index++) {
		const ticket = tickets[index];
		if (ticket === undefined || ticket.blockedSpells.length === 0) continue;
		let days = 0;
		let reason: string | null = null;
		let isBlockedNow = false;
		const spells = ticket.blockedSpells;
		for (let place = 0; place < spells.length; place++) {
			const spell = spells[place];
			if (spell === undefined) continue;
			// Ended in W: its end instant falls in W (start inclusive, end exclusive, as a completion does), by asOf(W).
			// Checked before the overlap: a spell ending at W's first instant blocked nothing in W, yet ended in it.
			if (spell.end !== null && spell.end >= week.startAt && spell.end < week.endAt && spell.end <= asOf) {
				endedSpellDays.push(durationDays(spell.start, spell.end));
				if (endedIds.at(-1) !== ticket.id) endedIds.push(ticket.id);
			}
			if (spell.start >= week.endAt || spell.start > asOf) continue;
			if (spell.end !== null && spell.end <= week.startAt) continue;
			days += durationDays(spell.start, spell.end === null ? asOf : Math.min(spell.end, asOf));
			reason = spell.reason;
			if (spell.end === null || spell.end > asOf) {
				isBlockedNow = true;
				openSpellDays.push(durationDays(spell.start, asOf));
			}
		}
		if (reason === null) continue;
		if (isBlockedNow) blockedNow++;
		blocked.push({ticketId: ticket.id, days, isBlockedNow, reason});
	}

	blocked.sort((a, b) => b.days - a.days || a.ticketId.localeCompare(b.ticketId));
	return {
		figures: {blocked: blocked.length, blockedNow, medianBlockedDays: median(endedSpellDays), medianOpenBlockedDays: median(openSpellDays)},
		blocked,
		endedIds,
	};
}
