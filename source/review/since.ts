import {sinceLastReview} from '../domain/briefing/since-last-review.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import {parseWeekArgument} from '../domain/week.js';
import type {ProviderName, Week} from '../domain/types.js';
import {buildJsonExportFigures} from '../export/json.js';
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

/**
 * The figures of the JSON export of `weekId` as built now, from today's data, read back as a
 * file would be: what the restatement compares. The lists behind the figures (`tickets`,
 * `figures`, `why`) are no figures (restated.ts), so they are neither computed nor built.
 */
function figuresNow(source: SinceSource, snapshot: ReviewSnapshot, weekId: string): unknown {
	let week: Week;
	try {
		week = parseWeekArgument(weekId, source.now, source.timezone);
	} catch {
		return null;
	}
	// Exactly as of now: a cached week is reused only if it is as of the same instant.
	const report = source.review.weekFiguresAt(week, source.now);
	const figures = buildJsonExportFigures({provider: snapshot.provider, week, metrics: report.metrics, trend: report.trend, version2: report.version2, effortTrend: report.effortTrend, now: source.now});
	return JSON.parse(JSON.stringify(figures)) as unknown;
}
