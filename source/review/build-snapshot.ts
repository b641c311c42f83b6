import type {SinceLastReview} from '../domain/briefing/since-types.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import type {Note, ProviderName, Week} from '../domain/types.js';
import type {WeekReport} from '../domain/week-report.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {ReviewData} from './review-data.js';

/** The slice of the command context a snapshot needs; CommandContext satisfies it. */
export interface SnapshotContext {
	readonly providerName: ProviderName;
	readonly week: Week;
	readonly now: number;
	readonly config: {readonly targets: {readonly firefightingShare: number}};
	readonly store: {listNotes(provider: ProviderName, options?: {readonly undiscussedOnly?: boolean}): Note[]};
}

/** The slice of a review session a snapshot needs; ReviewSession satisfies it. */
export interface SnapshotSession {
	readonly review: Pick<ReviewData, 'ticketsById' | 'peopleById' | 'classifications' | 'roster'>;
	weekReport(week: Week): WeekReport;
	/** Since the previous review, for a snapshot of this session (review/since.ts). */
	sinceFor?(snapshot: ReviewSnapshot): SinceLastReview;
	/** The report's last exported note before this session, of `weekId` or an earlier week (store.reviews.lastIssued). */
	lastIssued?(report: string, weekId: string): IssuedNote | null;
}

export function buildSnapshot(context: SnapshotContext, session: SnapshotSession): ReviewSnapshot {
	const {review} = session;
	const report = session.weekReport(context.week);
	const snapshot: ReviewSnapshot = {
		provider: context.providerName,
		week: context.week,
		report,
		ticketsById: review.ticketsById,
		peopleById: review.peopleById,
		classifications: review.classifications,
		roster: review.roster,
		notes: context.store.listNotes(context.providerName, {undiscussedOnly: true}),
		targets: {firefightingShare: context.config.targets.firefightingShare},
		// A running week's figures are as of the instant they were computed (the session's clock
		// runs on): the export's generatedAt says that instant, so a frozen review can be computed
		// again as of it and differ only by what the data changed (review/since.ts).
		now: report.isCurrent ? report.asOf : context.now,
	};
	const previousNotes = session.lastIssued ? new Map(review.roster.reports.map((report) => [report.name, session.lastIssued?.(report.name, context.week.id) ?? null])) : undefined;
	const withNotes = previousNotes === undefined ? snapshot : {...snapshot, previousNotes};
	return session.sinceFor ? {...withNotes, since: session.sinceFor(withNotes)} : withNotes;
}
