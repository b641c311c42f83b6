import {issuedNote} from '../domain/briefing/continuity.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import {selectReports, type ExportSelection} from './build-exports.js';
import {talkingPointsFor} from './one-on-one.js';
import {continuedPoints} from './point-continuity.js';
import {reportScope, ticketByKey} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';

/**
 * The talking points a Markdown export issued, one note per 1:1 written: recorded
 * (store.reviews.issue) so the report's next note can say new, continuing or resolved.
 */
export function issuedNotes(s: ReviewSnapshot, options: ExportSelection): IssuedNote[] {
	if (options.format !== 'md') return [];
	return selectReports(s, options.reports).map((report) => {
		const scope = reportScope(s, report);
		return issuedNote(report.name, s.week.id, s.now, continuedPoints(s, scope, talkingPointsFor(s, scope)));
	});
}

/**
 * The identities of the issued points by the ticket each is about (briefing.md: a frozen
 * review's state rows hold the talking points issued): the tickets a point names by key
 * and those it was issued with (a theme's, the blocked ones).
 */
export function issuedPointsByTicket(s: ReviewSnapshot, notes: readonly IssuedNote[]): Map<string, string[]> {
	const byTicket = new Map<string, Set<string>>();
	for (const point of notes.flatMap((note) => note.points)) {
		const named = (point.text.match(/\b[A-Z][A-Z0-9]*-\d+\b/g) ?? []).flatMap((key) => ticketByKey(s, key)?.id ?? []);
		for (const id of [...named, ...point.ticketIds]) byTicket.set(id, (byTicket.get(id) ?? new Set()).add(point.identity));
	}
	return new Map([...byTicket].map(([id, identities]) => [id, [...identities]]));
}
