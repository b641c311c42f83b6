import {trainLearner, classifyAll, type Learner} from '../domain/classify/index.js';
import {computeWeekDetails, computeWeekMetrics, prepareRelevance, ticketsInWeek, trendRow} from '../domain/metrics/compute.js';
import {computeEffortTrendFigures, computeVersion2} from '../domain/metrics/v2/compute-v2.js';
import {resolveRoster} from '../domain/roster.js';
import {asOf, weekOf, weeksUpTo} from '../domain/week.js';
import type {Category, Classification, Iteration, Person, ProviderName, ResolvedRoster, RosterConfig, Tag, Ticket, Week} from '../domain/types.js';
import type {WeekMetrics} from '../domain/metrics/types.js';
import type {ReviewSettings} from './settings.js';
import type {WeekReport} from '../domain/week-report.js';

export type {ReviewSettings} from './settings.js';

/**
 * The review's data in memory: tickets, people, the roster, the director's tags and the
 * classifications derived from them, with week reports computed on demand and cached
 * until the data changes. Pure domain work over what the store loaded.
 */
export class ReviewData {
	readonly ticketsById: ReadonlyMap<string, Ticket>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly roster: ResolvedRoster;
	private readonly tagMap: Map<string, Tag>;
	private classificationMap: Map<string, Classification>;
	private learner: Learner | null;
	private readonly reportCache = new Map<string, WeekReport>();
	private readonly metricsCache = new Map<string, WeekMetrics>();

	constructor(
		readonly provider: ProviderName,
		readonly tickets: readonly Ticket[],
		readonly people: readonly Person[],
		readonly iterations: readonly Iteration[],
		tags: ReadonlyMap<string, Tag>,
		rosterConfig: RosterConfig | null,
		readonly settings: ReviewSettings,
	) {
		this.ticketsById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
		this.peopleById = new Map(people.map((person) => [person.id, person]));
		this.roster = rosterConfig ? resolveRoster(rosterConfig, people) : {directorIds: new Set(), reports: []};
		this.tagMap = new Map(tags);
		this.learner = this.train();
		this.classificationMap = this.classify();
		// Part of loading, like classification: every week read afterwards — the first, a
		// trend, `[` and `]` — reads only the tickets that can touch it.
		prepareRelevance(tickets);
	}

	get tags(): ReadonlyMap<string, Tag> {
		return this.tagMap;
	}

	get classifications(): ReadonlyMap<string, Classification> {
		return this.classificationMap;
	}

	/**
	 * Applies a tag the store has already committed. The tagged ticket's classification
	 * changes at once; the learner is retrained by `relearn()`, which the caller defers
	 * so a key press never waits for it.
	 */
	applyTag(ticketId: string, category: Category | null, at: number): void {
		if (category === null) this.tagMap.delete(ticketId);
		else this.tagMap.set(ticketId, {ticketId, category, taggedAt: at});
		const ticket = this.ticketsById.get(ticketId);
		if (ticket) {
			const [classification] = classifyAll([ticket], this.context()).values();
			if (classification) this.classificationMap.set(ticketId, classification);
		}
		this.invalidate();
	}

	/** Retrains the learner on all tags and reclassifies every ticket. */
	relearn(): void {
		this.learner = this.train();
		this.classificationMap = this.classify();
		this.invalidate();
	}

	weekReport(week: Week, now: number): WeekReport {
		const cached = this.reportCache.get(week.id);
		if (cached) return cached;
		const report = this.buildWeekReport(week, now, (w) => this.metricsFor(w, now));
		this.reportCache.set(week.id, report);
		return report;
	}

	/** The week computed afresh at `now`: it never enters (nor reads) the caches, which may predate a change. */
	weekReportAt(week: Week, now: number): WeekReport {
		return this.buildWeekReport(week, now, (w) => computeWeekMetrics(this.metricInput(w, now)));
	}

	private buildWeekReport(week: Week, now: number, metricsOf: (week: Week) => WeekMetrics): WeekReport {
		const weeks = weeksUpTo(week, this.settings.trendWeeks);
		const trendMetrics = weeks.map((w) => metricsOf(w));
		const metrics = trendMetrics[trendMetrics.length - 1] ?? metricsOf(week);
		const input = this.metricInput(week, now);
		const report: WeekReport = {
			week,
			asOf: asOf(week, now),
			isCurrent: weekOf(now, this.settings.timezone).id === week.id,
			metrics,
			// The trend rows are read off the weeks' metrics already computed, not computed again.
			trend: weeks.map((w, index) => trendRow(w, trendMetrics[index] ?? metrics)),
			trendMetrics,
			tickets: ticketsInWeek(this.tickets, week),
			details: computeWeekDetails(input),
			// The store's people name the director and the responders by display name.
			version2: computeVersion2({...input, people: this.people}),
			effortTrend: computeEffortTrendFigures(input),
		};
		return report;
	}

	private metricsFor(week: Week, now: number): WeekMetrics {
		const cached = this.metricsCache.get(week.id);
		if (cached) return cached;
		const metrics = computeWeekMetrics(this.metricInput(week, now));
		this.metricsCache.set(week.id, metrics);
		return metrics;
	}

	private metricInput(week: Week, now: number) {
		return {
			tickets: this.tickets,
			classifications: this.classificationMap,
			roster: this.roster,
			week,
			iterations: this.iterations,
			settings: {timezone: this.settings.timezone, trendWeeks: this.settings.trendWeeks, staleDays: this.settings.staleDays, now},
		};
	}

	private invalidate(): void {
		this.reportCache.clear();
		this.metricsCache.clear();
	}

	private context() {
		return {tags: this.tagMap, rules: this.settings.rules, threshold: this.settings.threshold, learner: this.learner};
	}

	private train(): Learner | null {
		const examples: Array<{ticket: Ticket; category: Category}> = [];
		for (const tag of this.tagMap.values()) {
			const ticket = this.ticketsById.get(tag.ticketId);
			if (ticket) examples.push({ticket, category: tag.category});
		}
		return trainLearner(examples);
	}

	private classify(): Map<string, Classification> {
		return classifyAll(this.tickets, this.context());
	}
}
