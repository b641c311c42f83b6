import {sinceLastReview} from '../domain/briefing/since-last-review.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import {parseWeekArgument} from '../domain/week.js';
import type {ProviderName, Week} from '../domain/types.js';
import {buildExportFiles} from '../export/build-exports.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {Store} from '../store/store.js';
import type {ReviewData} from './review-data.js';

export interface SinceSource {
	readonly store: Pick<Store, 'reviews'>;
	readonly providerName: ProviderName;
	readonly review: ReviewData;
	readonly timezone: string;
	readonly now: number;
}

/**
 * "Since last review" for a session on `week` that started at `sessionStart`: the previous
 * review from the store, today's tickets, and the previous review's week computed now for
 * the restated figures (briefing.md: its value computed now against the frozen one).
 */
export function sinceLastReviewFor(source: SinceSource, snapshot: ReviewSnapshot, sessionStart: number): SinceLastReview {
	const previous = source.store.reviews.previous(source.providerName, snapshot.week.id, sessionStart);
	const themesNow = snapshot.report.details.themes.map((theme) => ({
		name: theme.name,
		ticketIds: theme.ticketIds,
		singleResponder: (theme as {singleResponder?: boolean}).singleResponder,
		topResponder: (theme as {topResponder?: string | null}).topResponder,
	}));
	return sinceLastReview({
		previous,
		tickets: [...source.review.ticketsById.values()],
		classifications: source.review.classifications,
		peopleById: source.review.peopleById,
		roster: source.review.roster,
		now: source.now,
		timezone: source.timezone,
		themesNow,
		figuresNow: previous === null ? null : figuresNow(source, snapshot, previous.week),
	});
}

/** The JSON export of `weekId` as built now, from today's data. */
function figuresNow(source: SinceSource, snapshot: ReviewSnapshot, weekId: string): unknown {
	let week: Week;
	try {
		week = parseWeekArgument(weekId, source.now, source.timezone);
	} catch {
		return null;
	}
	// Computed afresh: the session's cached report of that week may predate a tag.
	const now: ReviewSnapshot = {...snapshot, week, report: source.review.weekReportAt(week, source.now), now: source.now};
	const [json] = buildExportFiles(now, {format: 'json', reports: [], leadership: false});
	return JSON.parse(json?.content ?? 'null') as unknown;
}
