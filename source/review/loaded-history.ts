import type {AppConfig} from '../config/schema.js';
import {ticketReach} from '../domain/metrics/ticket-reach.js';
import type {Classification, ProviderName, RosterConfig, Week} from '../domain/types.js';
import type {Store} from '../store/store.js';
import type {TicketWindow} from '../store/ticket-window.js';
import {mergeWindows, windowCovers, windowFor} from './load-window.js';
import {ReviewData} from './review-data.js';
import {reviewSettings} from './settings.js';
import {keepVerdicts, verdictContext} from './verdict-context.js';

/**
 * The part of the store a session has loaded: the tickets every week read so far can touch,
 * not the whole history (issue 18). It widens when a week needs older tickets, so the
 * figures of any week are the same as with every ticket loaded.
 */
export class LoadedHistory {
	private window: TicketWindow;
	private readonly coveredWeeks = new Set<string>();
	/** The store's data generation the last load read (store/week-reports.ts); null when the data changed during the load. */
	generation: number | null = null;

	constructor(
		private readonly store: Store,
		private readonly providerName: ProviderName,
		private readonly config: AppConfig,
		private readonly roster: RosterConfig | null,
		/** When the session started: the previous review is the latest frozen before it (briefing.md). */
		private readonly startedAt: number,
		firstWeek: Week,
		/** Build the indexes week computations read while loading (the TUI: a week then costs the week alone); false: when first read. */
		private readonly indexWhileLoading = true,
	) {
		this.window = this.windowFor(firstWeek);
		this.coveredWeeks.add(firstWeek.id);
	}

	/**
	 * Reads the loaded window from the store, classified and indexed. Verdicts the store kept
	 * for these tickets under the same context are used as they are; the rest are worked out and
	 * kept. The kept ones are used only if no other instance committed during the reads, so
	 * tickets, tags and verdicts all come from one state of the store.
	 */
	load(): ReviewData {
		const {store, providerName: provider} = this;
		const stamp = store.changeStamp();
		const generation = store.weekReports.generation(provider);
		const tickets = store.loadTicketsTouching(provider, this.window, ticketReach);
		const people = store.loadPeople(provider);
		const iterations = store.loadIterations(provider);
		const tags = store.getTags(provider);
		const settings = reviewSettings(this.config);
		const context = verdictContext(settings, tags, tickets);
		const found = store.loadVerdicts(provider, context, tickets.map((ticket) => ticket.id));
		const oneState = store.changeStamp() === stamp;
		this.generation = store.weekReports.generation(provider) === generation ? generation : null;
		const kept = oneState ? found : new Map<string, Classification>();
		const review = new ReviewData(provider, tickets, people, iterations, tags, this.roster, settings, kept, this.indexWhileLoading);
		if (oneState) keepVerdicts(store, {provider, context, stamp}, tickets, review.classifications, kept);
		return review;
	}

	/** The window's earliest instant: every ticket open, or with a date or due date from it on, is loaded (narrow-index.ts). */
	get loadedFrom(): number {
		return this.window.from;
	}

	/**
	 * Makes the window cover `week` (`[` back past it, an export of an old week). True when
	 * the window grew, and what was loaded must be loaded again.
	 */
	cover(week: Week): boolean {
		if (this.coveredWeeks.has(week.id)) return false;
		this.coveredWeeks.add(week.id);
		const needed = this.windowFor(week);
		if (windowCovers(this.window, needed)) return false;
		this.window = mergeWindows(this.window, needed);
		return true;
	}

	/** What a review of `week` must have loaded: its weeks, and what "since last review" reads. */
	private windowFor(week: Week): TicketWindow {
		const previous = this.store.reviews.previousOutline(this.providerName, week.id, this.startedAt);
		return windowFor(week, reviewSettings(this.config).trendWeeks, previous, this.config.timezone, this.startedAt);
	}
}
