import type {Note} from '../types.js';
import type {IssuedNote, IssuedPoint, PointStatus} from './types.js';

/** A talking point as a rule raises it this week, before it is compared with last time. */
export interface RaisedPoint {
	/** The rule that raised it: `overdue`, `recurring-theme`, `firefighting-rose`. */
	readonly rule: string;
	/** What it is about: a ticket id, a theme name, a report's figure (`firefightingShare`). */
	readonly subject: string;
	readonly text: string;
	readonly ticketIds: readonly string[];
}

/** A point in this week's note: new, continuing since a week, or resolved (listed this once). */
export interface ContinuedPoint extends IssuedPoint {
	/** Weeks the point has been raised, counting this one (1 for a new point). */
	readonly weeks: number;
	/**
	 * Still true but not asked on its own this week (a theme the firefighting rise names): not
	 * on the page as itself, yet recorded as continuing, so it is neither called resolved nor
	 * new again when it comes back.
	 */
	readonly quiet?: boolean;
}

/** The stable identity of a talking point: the same question about the same thing, week after week. */
export function pointIdentity(rule: string, subject: string): string {
	return `${rule}:${subject}`;
}

/**
 * Compares this week's points for a report with the ones issued in the report's previous
 * exported note (briefing.md "1:1 continuity"): a point raised before and still raised is
 * continuing since the week it was first raised; one raised before whose condition no
 * longer holds is resolved — listed once, and dropped from the note after; one whose
 * condition still holds (`stillHolding`) though no rule raised it on its own is carried
 * quietly. Points come out as raised, then the others in the previous note's order.
 */
export function continuePoints(raised: readonly RaisedPoint[], previous: IssuedNote | null, week: string, stillHolding: ReadonlySet<string> = new Set()): ContinuedPoint[] {
	const open = new Map<string, IssuedPoint>();
	for (const point of previous?.points ?? []) if (point.status !== 'resolved') open.set(point.identity, point);

	const seen = new Set<string>();
	const points: ContinuedPoint[] = [];
	for (const point of raised) {
		const identity = pointIdentity(point.rule, point.subject);
		// One rule may word the same subject twice; the note carries it once.
		if (seen.has(identity)) continue;
		seen.add(identity);
		const before = open.get(identity);
		const status: PointStatus = before === undefined ? 'new' : 'continuing';
		const sinceWeek = before?.sinceWeek ?? week;
		points.push({identity, rule: point.rule, subject: point.subject, status, sinceWeek, text: point.text, ticketIds: point.ticketIds, weeks: weeksSpanned(sinceWeek, week)});
	}
	for (const [identity, before] of open) {
		if (seen.has(identity)) continue;
		// Resolved means its condition no longer holds (briefing.md), not that another point took it in.
		if (stillHolding.has(identity)) points.push({...before, status: 'continuing', quiet: true, weeks: weeksSpanned(before.sinceWeek, week)});
		else points.push({...before, status: 'resolved', weeks: weeksSpanned(before.sinceWeek, week)});
	}
	return points;
}

/** What an export records for the report's next note to compare with. */
export function issuedNote(report: string, week: string, issuedAt: number, points: readonly ContinuedPoint[]): IssuedNote {
	return {
		report,
		week,
		issuedAt,
		points: points.map(({identity, rule, subject, status, sinceWeek, text, ticketIds}) => ({identity, rule, subject, status, sinceWeek, text, ticketIds})),
	};
}

/** "continuing (since 2026-W47, 3 weeks)", "new", "resolved". */
export function statusLabel(point: ContinuedPoint): string {
	if (point.status !== 'continuing') return point.status;
	return `continuing (since ${point.sinceWeek}, ${point.weeks} ${point.weeks === 1 ? 'week' : 'weeks'})`;
}

/** Why a note is carried into the next 1:1 note: never discussed, or flagged for follow-up after it was. */
export function carriedBecause(note: Note): 'undiscussed' | 'follow-up' | null {
	if (note.discussedAt === null) return 'undiscussed';
	return note.followUpAt !== undefined && note.followUpAt !== null ? 'follow-up' : null;
}

const weekId = /^(\d{4})-W(\d{2})$/;

/** The Monday of an ISO week as a UTC day number, or null for a malformed id. */
function isoWeekMonday(id: string): number | null {
	const match = weekId.exec(id);
	if (match === null) return null;
	const year = Number(match[1]);
	const week = Number(match[2]);
	// 4 January is always in week 1; its Monday starts the ISO year.
	const jan4 = Date.UTC(year, 0, 4) / 86_400_000;
	const jan4Weekday = (new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7;
	return jan4 - jan4Weekday + (week - 1) * 7;
}

/** Weeks from `since` to `week`, both counted; 1 when they are the same or unreadable. */
export function weeksSpanned(since: string, week: string): number {
	const from = isoWeekMonday(since);
	const to = isoWeekMonday(week);
	if (from === null || to === null || to < from) return 1;
	return Math.round((to - from) / 7) + 1;
}
