import type {AppConfig} from '../config/schema.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import {ticketReach} from '../domain/metrics/ticket-reach.js';
import {asOf} from '../domain/week.js';
import type {Classification, ProviderName, RosterConfig, Week} from '../domain/types.js';
import type {WeekReport} from '../domain/week-report.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {Store} from '../store/store.js';
import {sinceCandidates} from './narrow-index.js';
import {ReviewData} from './review-data.js';
import {reviewSettings} from './settings.js';
import {sinceLastReviewFor, type SinceSource} from './since.js';
import type {SnapshotSession} from './build-snapshot.js';
import {readKeptRow, withTickets} from './stored-report.js';
import {keepVerdicts, verdictContext} from './verdict-context.js';

/** A read the narrow load does not cover: the caller loads the whole review instead. */
export class NarrowMiss extends Error {}

export interface NarrowWeekOptions {
	readonly store: Store;
	readonly providerName: ProviderName;
	readonly config: AppConfig;
	readonly roster: RosterConfig | null;
	readonly now: () => number;
	readonly week: Week;
}

/**
 * An export of a week whose report is kept (stored-report.ts), without loading the review's
 * window (issue 18): the tickets the report names, the previous review's rows, the tickets
 * its "since last review" can read from their own fields (narrow-index.ts), the tagged ones
 * (the learner trains on them) and the ones notes are about, with their parents — each read
 * by id in the order a whole load gives them, classified as a whole load classifies them.
 * Null when the report is not kept with its index, or the previous review is of another week
 * (its figures restated would be computed) or older than what the index reaches.
 */
export function openNarrowWeek(options: NarrowWeekOptions): NarrowWeek | null {
	const {store, providerName: provider, config, roster, week} = options;
	const startedAt = options.now();
	const stamp = store.changeStamp();
	const generation = store.weekReports.generation(provider);
	// Without the figure lists no export reads (kept-report-parts.ts).
	const row = readKeptRow(options, generation, week, startedAt, false);
	if (row === null || row.narrow === null) return null;
	const previous = store.reviews.previousOutline(provider, week.id, startedAt);
	const since: string[] = [];
	if (previous !== null) {
		if (previous.week !== week.id) return null;
		const candidates = sinceCandidates(row.narrow, previous.frozenAt);
		if (candidates === null) return null;
		since.push(...previous.ticketIds, ...candidates);
	}
	const tags = store.getTags(provider);
	const noted = store.listNotes(provider).flatMap((note) => (note.target.kind === 'ticket' ? [note.target.ticketId] : []));
	const ids = [...new Set([...row.narrow.named, ...since, ...tags.keys(), ...noted])];
	const tickets = store.loadTicketsById(provider, ids, ticketReach);
	const people = store.loadPeople(provider);
	const iterations = store.loadIterations(provider);
	const settings = reviewSettings(config);
	const context = verdictContext(settings, tags, tickets);
	const found = store.loadVerdicts(provider, context, tickets.map((ticket) => ticket.id));
	// One state of the store, as the report's: else the whole load, which reads it whole.
	if (store.weekReports.generation(provider) !== generation) return null;
	const oneState = store.changeStamp() === stamp;
	const kept = oneState ? found : new Map<string, Classification>();
	const data = new ReviewData(provider, tickets, people, iterations, tags, roster, settings, kept, false);
	if (oneState) keepVerdicts(store, {provider, context, stamp}, tickets, data.classifications, kept);
	const report = withTickets(row, data.ticketsById);
	if (report === null) return null;
	data.adoptReport(report);
	return new NarrowWeek(options, data, report, startedAt);
}

/** The slice of a review session an export reads (build-snapshot.ts), over the narrow load. */
export class NarrowWeek implements SnapshotSession {
	constructor(
		private readonly options: NarrowWeekOptions,
		private readonly data: ReviewData,
		private readonly report: WeekReport,
		/** As a session's: the previous review is the latest frozen before it. */
		private readonly startedAt: number,
	) {}

	get review(): ReviewData {
		return this.data;
	}

	weekReport(week: Week): WeekReport {
		if (week.id !== this.report.week.id) throw new NarrowMiss(`only ${this.report.week.id} is loaded`);
		return this.report;
	}

	sinceFor(snapshot: ReviewSnapshot): SinceLastReview {
		const {data, report} = this;
		const review: SinceSource['review'] = {
			ticketsById: data.ticketsById,
			classifications: data.classifications,
			peopleById: data.peopleById,
			roster: data.roster,
			tags: data.tags,
			untaggedCategory: (ticketId) => data.untaggedCategory(ticketId),
			// The restated figures: the kept report when they are its own (an ended week as of its end), never a computation over part of the tickets.
			weekFiguresAt: (week, now) => {
				if (week.id !== report.week.id || asOf(week, now) !== report.asOf) throw new NarrowMiss(`${week.id} as of ${now} is not the kept report`);
				return report;
			},
		};
		const timezone = this.options.config.timezone;
		return sinceLastReviewFor({store: this.options.store, providerName: this.options.providerName, review, timezone, now: this.options.now()}, snapshot, this.startedAt);
	}

	lastIssued(report: string, weekId?: string): IssuedNote | null {
		return this.options.store.reviews.lastIssued(this.options.providerName, report, this.startedAt, weekId);
	}
}
