import {listsNotFigures} from '../domain/briefing/restated.js';
import {sinceLastReview} from '../domain/briefing/since-last-review.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import type {FrozenReview} from '../domain/briefing/types.js';
import {parseWeekArgument} from '../domain/week.js';
import type {EffectiveCategory, ProviderName, Week} from '../domain/types.js';
import {buildJsonExportFigures, type JsonExportFigures} from '../export/json.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {Store} from '../store/store.js';
import type {ReviewData} from './review-data.js';
import {comparedFigures, figuresInstant} from './since-figures.js';

export interface SinceSource {
	readonly store: Pick<Store, 'reviews' | 'tagHistory'>;
	readonly providerName: ProviderName;
	/** What it reads of the review (a narrow export's is guarded: review/narrow-export.ts). */
	readonly review: Pick<ReviewData, 'ticketsById' | 'classifications' | 'peopleById' | 'roster' | 'tags' | 'untaggedCategory' | 'weekFiguresAt'>;
	readonly timezone: string;
	readonly now: number;
}

/**
 * "Since last review" for a session on `week` that started at `sessionStart`: the previous
 * review from the store, today's tickets, and the previous review's week computed now for
 * the restated figures (briefing.md: its value computed now against the frozen one).
 */
export function sinceLastReviewFor(source: SinceSource, snapshot: ReviewSnapshot, sessionStart: number): SinceLastReview {
	// The frozen figures without their lists: neither the restatement nor the themes read them.
	const found = source.store.reviews.previousMembers(source.providerName, snapshot.week.id, sessionStart, listsNotFigures);
	const compared =
		found === null
			? {previous: null, figuresNow: null}
			: found.members === null
				? {previous: found.review, figuresNow: readBack(builtFigures(source, snapshot, found.review.week, figuresAsOf(found.review)))}
				: comparedFigures(found.review, found.members, (asOf) => builtFigures(source, snapshot, found.review.week, asOf));
	const {previous} = compared;
	// The week's themes carry no responders: version 2 reads them (as the JSON export's themes
	// do), and without them no single responder was ever listed as having appeared.
	const responders = new Map((snapshot.report.version2?.themes ?? []).map((theme) => [theme.name, theme]));
	const themesNow = snapshot.report.details.themes.map((theme) => ({
		name: theme.name,
		ticketIds: theme.ticketIds,
		singleResponder: responders.get(theme.name)?.singleResponder ?? false,
		topResponder: responders.get(theme.name)?.topResponder ?? null,
	}));
	return sinceLastReview({
		previous,
		tickets: [...source.review.ticketsById.values()],
		ticketsById: source.review.ticketsById,
		classifications: source.review.classifications,
		peopleById: source.review.peopleById,
		roster: source.review.roster,
		now: source.now,
		timezone: source.timezone,
		themesNow,
		figuresNow: compared.figuresNow,
		categoryAtFreeze: (ticketId, frozenAt) => categoryAtFreeze(source, ticketId, frozenAt),
	});
}

/**
 * A ticket's category at `frozenAt` when the director tagged it since (the frozen review has
 * no row for it: no figure of its week counted it): the tag it had then, or what the rules and
 * the learner say without a tag. null when its tag did not change since (nothing to report).
 */
function categoryAtFreeze(source: SinceSource, ticketId: string, frozenAt: number): EffectiveCategory | null {
	const tag = source.review.tags.get(ticketId);
	if (tag === undefined || tag.taggedAt <= frozenAt) return null;
	const then = source.store
		.tagHistory(source.providerName, ticketId)
		.filter((event) => event.at <= frozenAt)
		.at(-1);
	if (then !== undefined && then.category !== null) return then.category;
	return source.review.untaggedCategory(ticketId);
}

/**
 * The instant the frozen figures were computed at: their `generatedAt` (a review freezes the
 * figures as shown, computed when the session opened, a little before the freeze itself),
 * else the freeze.
 */
export function figuresAsOf(previous: Pick<FrozenReview, 'figures' | 'frozenAt'>): number {
	return figuresInstant((previous.figures as {generatedAt?: unknown} | null)?.generatedAt, previous.frozenAt);
}

/**
 * The figures of the JSON export of `weekId` as built from today's data (readBack: as a file
 * would read; since-figures.ts: member by member): what the restatement compares. The lists behind the figures (`tickets`,
 * `figures`, `why`) are no figures (restated.ts), so they are neither computed nor built.
 *
 * Computed as of the instant the frozen figures were: a restatement is a change of the data
 * the figure counts (late data, a re-tag), not the clock moving on. Read now, every age and
 * every probability of an open ticket would differ from the frozen one by the time passed,
 * and two runs seconds apart would restate different figures.
 */
function builtFigures(source: SinceSource, snapshot: ReviewSnapshot, weekId: string, asOfInstant: number): JsonExportFigures | null {
	let week: Week;
	try {
		week = parseWeekArgument(weekId, source.now, source.timezone);
	} catch {
		return null;
	}
	// Exactly as of the freeze: a cached week is reused only if it is as of the same instant.
	const report = source.review.weekFiguresAt(week, asOfInstant);
	return buildJsonExportFigures({provider: snapshot.provider, week, metrics: report.metrics, trend: report.trend, version2: report.version2, effortTrend: report.effortTrend, now: asOfInstant});
}

/** The figures as a file of them reads back (a review frozen before store version 9 is compared whole). */
function readBack(figures: JsonExportFigures | null): unknown {
	return figures === null ? null : (JSON.parse(JSON.stringify(figures)) as unknown);
}
