import {themeWindowWeeks} from '../domain/metrics/themes.js';
import {sampleWeeks} from '../domain/metrics/v2/cycle-sample.js';
import {parseWeekArgument, shiftWeek} from '../domain/week.js';
import type {Week} from '../domain/types.js';
import type {FrozenReviewOutline} from '../domain/briefing/types.js';
import type {TicketWindow} from '../store/ticket-window.js';

/**
 * Weeks before the earliest trend week that its figures can still read: every trend week's
 * version 1 figures and effort read the themes' four-week window, plus a week of margin for
 * reads that start at a day rather than a week boundary (stale days, due dates).
 */
const trendReadBackWeeks = themeWindowWeeks + 1;

/**
 * Weeks before W itself that W's figures read: version 2, computed for W alone (never for the
 * other trend weeks), reads the twelve-week cycle-time sample; the same week of margin.
 */
const weekReadBackWeeks = sampleWeeks + 1;

/** The earliest instant any figure of `week` (with its trend) reads. */
export function firstInstantRead(week: Week, trendWeeks: number): number {
	return Math.min(shiftWeek(week, -(trendWeeks + trendReadBackWeeks)).startAt, shiftWeek(week, -weekReadBackWeeks).startAt);
}

/**
 * What a review of `week` must load (issue 18): every ticket that can touch its figures
 * and trend, and — when a previous review exists — everything "since last review" reads:
 * the tickets changed since it was frozen, its ticket rows by id, and its own week with
 * its trend (the restated figures are that week computed now).
 */
export function windowFor(week: Week, trendWeeks: number, previous: Pick<FrozenReviewOutline, 'week' | 'frozenAt' | 'ticketIds'> | null, timezone: string, now: number): TicketWindow {
	let from = firstInstantRead(week, trendWeeks);
	if (previous === null) return {from, ticketIds: []};
	from = Math.min(from, previous.frozenAt);
	try {
		from = Math.min(from, firstInstantRead(parseWeekArgument(previous.week, now, timezone), trendWeeks));
	} catch {
		// A stored week id this version cannot read: its figures are not restated (since.ts), so they read nothing.
	}

	return {from, ticketIds: previous.ticketIds};
}

/** Whether loading `outer` also loads everything `inner` needs. */
export function windowCovers(outer: TicketWindow, inner: TicketWindow): boolean {
	if (inner.from < outer.from) return false;
	const ids = new Set(outer.ticketIds);
	return inner.ticketIds.every((id) => ids.has(id));
}

/** The smallest window that loads what both need. */
export function mergeWindows(a: TicketWindow, b: TicketWindow): TicketWindow {
	return {from: Math.min(a.from, b.from), ticketIds: [...new Set([...a.ticketIds, ...b.ticketIds])]};
}
