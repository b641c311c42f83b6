import {issuedNote} from '../domain/briefing/continuity.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import {selectReports, type ExportSelection} from './build-exports.js';
import {talkingPointsFor} from './one-on-one.js';
import {continuedPoints} from './point-continuity.js';
import {reportScope} from './report-scope.js';
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
