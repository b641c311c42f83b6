import type {AppConfig} from '../config/schema.js';
import {ticketReach} from '../domain/metrics/ticket-reach.js';
import type {ProviderName, RosterConfig, Week} from '../domain/types.js';
import type {Store} from '../store/store.js';
import type {TicketWindow} from '../store/ticket-window.js';
import {mergeWindows, windowCovers, windowFor} from './load-window.js';
import {ReviewData} from './review-data.js';
import {reviewSettings} from './settings.js';

/**
 * The part of the store a session has loaded: the tickets every week read so far can touch,
 * not the whole history (issue 18). It widens when a week needs older tickets, so the
 * figures of any week are the same as with every ticket loaded.
 */
export class LoadedHistory {
	private window: TicketWindow;
	private readonly coveredWeeks = new Set<string>();

	constructor(
		private readonly store: Store,
		private readonly providerName: ProviderName,
		private readonly config: AppConfig,
		private readonly roster: RosterConfig | null,
		/** When the session started: the previous review is the latest frozen before it (briefing.md). */
		private readonly startedAt: number,
		firstWeek: Week,
	) {
		this.window = this.windowFor(firstWeek);
		this.coveredWeeks.add(firstWeek.id);
	}

	/** Reads the loaded window from the store, classified and indexed. */
	load(): ReviewData {
		return new ReviewData(
			this.providerName,
			this.store.loadTicketsTouching(this.providerName, this.window, ticketReach),
			this.store.loadPeople(this.providerName),
			this.store.loadIterations(this.providerName),
			this.store.getTags(this.providerName),
			this.roster,
			reviewSettings(this.config),
		);
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
