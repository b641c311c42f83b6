import {trainLearner, classifyAll, classifyTicket, type Learner} from '../domain/classify/index.js';
import {forgetCategories} from '../domain/metrics/categories.js';
import {computeWeekDetails, computeWeekMetrics, computeWeekMetricsAndDetails, prepareRelevance, ticketsInWeek, trendRow} from '../domain/metrics/compute.js';
import {computeEffortTrend, computeEffortTrendFigures, computeVersion2, computeWeekEffort, type EffortOfWeek} from '../domain/metrics/v2/compute-v2.js';
import type {EffortResult} from '../domain/metrics/v2/effort.js';
import {resolveRoster} from '../domain/roster.js';
import {groupHeadOf, type GroupHead, type GroupHeadParts} from '../domain/metrics/group-head.js';
import {asOf, shiftWeek, weekOf, weeksUpTo} from '../domain/week.js';
import type {Category, Classification, EffectiveCategory, Iteration, Person, ProviderName, ResolvedRoster, RosterConfig, Tag, Ticket, Week} from '../domain/types.js';
import type {WeekMetrics} from '../domain/metrics/types.js';
import type {ReviewSettings} from './settings.js';
import type {WeekReport} from '../domain/week-report.js';

/** What the JSON export's figures of a week read (weekFiguresAt). */
export type WeekFigures = Pick<WeekReport, 'week' | 'metrics' | 'trend' | 'version2' | 'effortTrend'>;

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
	/** A week's metrics and the instant they are as of (asOf(W, now)): the trends of neighbouring weeks share them. */
	private readonly metricsCache = new Map<string, {readonly asOf: number; readonly metrics: WeekMetrics}>();
	/** A week's effort with its tickets and the instant it is as of: version 2 of W and the effort trends of W and its neighbours share it. */
	private readonly effortCache = new Map<string, {readonly asOf: number; readonly effort: EffortResult}>();

	constructor(
		readonly provider: ProviderName,
		readonly tickets: readonly Ticket[],
		readonly people: readonly Person[],
		readonly iterations: readonly Iteration[],
		tags: ReadonlyMap<string, Tag>,
		rosterConfig: RosterConfig | null,
		readonly settings: ReviewSettings,
		/** Verdicts already worked out under this data's rules, tags and learner (the store's, issue 18): not classified again. */
		known?: ReadonlyMap<string, Classification>,
		/** False: the week computations build their indexes when they first read them (the same values), not now. */
		indexNow = true,
	) {
		this.ticketsById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
		this.peopleById = new Map(people.map((person) => [person.id, person]));
		this.roster = rosterConfig ? resolveRoster(rosterConfig, people) : {directorIds: new Set(), reports: []};
		this.tagMap = new Map(tags);
		this.learner = this.train();
		this.classificationMap = this.classify(known);
		// Part of loading, like classification: every week read afterwards — the first, a
		// trend, `[` and `]` — reads only the tickets that can touch it.
		if (indexNow) prepareRelevance(tickets, this.classificationMap, this.roster);
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
			// The map changed in place: the categories the weeks read by position are read again.
			forgetCategories(this.classificationMap);
		}
		this.invalidate();
	}

	/** What the rules and the learner say of a ticket without the director's tag on it. */
	untaggedCategory(ticketId: string): EffectiveCategory | null {
		const ticket = this.ticketsById.get(ticketId);
		if (ticket === undefined) return null;
		const tags = new Map(this.tagMap);
		tags.delete(ticketId);
		const parent = ticket.parentKey ? ([...this.ticketsById.values()].find((each) => each.key === ticket.parentKey && each !== ticket) ?? null) : null;
		return classifyTicket(ticket, {...this.context(), tags}, parent).category;
	}

	/** Retrains the learner on all tags and reclassifies every ticket. */
	relearn(): void {
		this.learner = this.train();
		this.classificationMap = this.classify();
		prepareRelevance(this.tickets, this.classificationMap);
		this.invalidate();
	}

	/** Whether `week`'s report is computed or adopted (weekReport will not compute it). */
	hasReport(week: Week): boolean {
		return this.reportCache.has(week.id);
	}

	/** Takes a report of this very data kept from an earlier run (review/stored-report.ts) as `week`'s. */
	adoptReport(report: WeekReport): void {
		this.reportCache.set(report.week.id, report);
	}

	/**
	 * Takes the metrics and effort of `week`, ended, that an earlier run computed from this very
	 * data (review/week-facts.ts): as of its end, which is what any later `now` reads.
	 */
	adoptFacts(week: Week, metrics: WeekMetrics, effort: EffortResult): void {
		if (!this.metricsCache.has(week.id)) this.metricsCache.set(week.id, {asOf: week.endAt, metrics});
		if (!this.effortCache.has(week.id)) this.effortCache.set(week.id, {asOf: week.endAt, effort});
	}

	/** The metrics and effort computed for `week` as of its end, if it ended by `now` and both are; else null. */
	endedFacts(week: Week, now: number): {readonly metrics: WeekMetrics; readonly effort: EffortResult} | null {
		if (now < week.endAt) return null;
		const metrics = this.metricsCache.get(week.id);
		const effort = this.effortCache.get(week.id);
		return metrics?.asOf === week.endAt && effort?.asOf === week.endAt ? {metrics: metrics.metrics, effort: effort.effort} : null;
	}

	weekReport(week: Week, now: number): WeekReport {
		const cached = this.reportCache.get(week.id);
		if (cached) return cached;
		const report = this.buildWeekReport(week, now);
		this.reportCache.set(week.id, report);
		return report;
	}

	/**
	 * The figures of the JSON export of `week` (its metrics, trend and version 2 figures)
	 * exactly as of `now`, without the week's figure lists and tickets. A week's figures depend
	 * on `now` only through asOf(W, now), and every data change empties the caches, so a cached
	 * report or week whose asOf is the same is what a fresh computation gives (a week that has
	 * ended is the same at any later `now`); anything else is computed.
	 */
	weekFiguresAt(week: Week, now: number): WeekFigures {
		const cached = this.reportCache.get(week.id);
		if (cached && cached.asOf === asOf(week, now)) return cached;
		const {metrics, trend} = this.trendOf(week, now);
		// The effort trend's rows without its ticket lists: the figures compare values only.
		return {week, metrics, trend, version2: this.version2Of(week, now), effortTrend: {rows: computeEffortTrend(this.metricInput(week, now), undefined, this.effortOf(now)), figures: {}}};
	}

	private buildWeekReport(week: Week, now: number): WeekReport {
		const input = this.metricInput(week, now);
		// W's metrics and details in one pass, unless its metrics are already kept (the trend of a later week computed them).
		const at = asOf(week, now);
		let details: WeekReport['details'];
		if (this.metricsCache.get(week.id)?.asOf === at) details = computeWeekDetails(input);
		else {
			const both = computeWeekMetricsAndDetails(input);
			this.metricsCache.set(week.id, {asOf: at, metrics: both.metrics});
			details = both.details;
		}
		const {metrics, trend, trendMetrics} = this.trendOf(week, now);
		const version2 = this.version2Of(week, now);
		const report: Omit<WeekReport, 'groupHead'> = {
			week,
			asOf: asOf(week, now),
			isCurrent: weekOf(now, this.settings.timezone).id === week.id,
			metrics,
			trend,
			trendMetrics,
			tickets: ticketsInWeek(this.tickets, week),
			details,
			version2,
			effortTrend: computeEffortTrendFigures(input, this.effortOf(now)),
		};
		// Only a 1:1 note reads the groups' head figures, and the week before's cost a second
		// week's details and version 2 figures: worked out on first read (an export, a kept
		// report's serialisation), not on the way to the TUI's first frame. Enumerable, so the
		// report reads, copies and serialises as plain data.
		let head: GroupHead | undefined;
		return Object.defineProperty(report, 'groupHead', {
			enumerable: true,
			get: () => (head ??= this.groupHeadOf({details, version2, asOf: at}, week, now)),
		}) as WeekReport;
	}

	/**
	 * Each group's head figures of W, and of the week before by the same function over the
	 * same tickets, as of that week's end: its details and version 2 figures as its own
	 * report computes them (taken from that report when it is kept as of the same instant).
	 */
	private groupHeadOf(parts: GroupHeadParts, week: Week, now: number): GroupHead {
		const before = shiftWeek(week, -1);
		const at = asOf(before, now);
		const kept = this.reportCache.get(before.id);
		const beforeParts: GroupHeadParts =
			kept?.asOf === at ? {details: kept.details, version2: kept.version2, asOf: at} : {details: computeWeekDetails(this.metricInput(before, now)), version2: this.version2Of(before, now), asOf: at};
		return {week: groupHeadOf(parts, this.roster, this.ticketsById), weekBefore: groupHeadOf(beforeParts, this.roster, this.ticketsById)};
	}

	/** The trend's weeks up to `week`, the last one `week` itself. */
	private trendOf(week: Week, now: number): {metrics: WeekMetrics; trend: WeekReport['trend']; trendMetrics: WeekMetrics[]} {
		const weeks = weeksUpTo(week, this.settings.trendWeeks);
		const trendMetrics = weeks.map((w) => this.metricsFor(w, now));
		const metrics = trendMetrics[trendMetrics.length - 1] ?? this.metricsFor(week, now);
		// The trend rows are read off the weeks' metrics already computed, not computed again.
		return {metrics, trend: weeks.map((w, index) => trendRow(w, trendMetrics[index] ?? metrics)), trendMetrics};
	}

	private version2Of(week: Week, now: number): WeekReport['version2'] {
		// The store's people name the director and the responders by display name.
		return computeVersion2({...this.metricInput(week, now), people: this.people}, this.effortOf(now));
	}

	/** A week's effort with its tickets as of `now` exactly: a cached week only if it is as of the same instant. */
	private effortOf(now: number): EffortOfWeek {
		return (week) => {
			const at = asOf(week, now);
			const cached = this.effortCache.get(week.id);
			if (cached && cached.asOf === at) return cached.effort;
			const effort = computeWeekEffort(this.metricInput(week, now));
			this.effortCache.set(week.id, {asOf: at, effort});
			return effort;
		};
	}

	/** The week's metrics as of `now` exactly: a cached week only if it is as of the same instant. */
	private metricsFor(week: Week, now: number): WeekMetrics {
		const at = asOf(week, now);
		const cached = this.metricsCache.get(week.id);
		if (cached && cached.asOf === at) return cached.metrics;
		const metrics = computeWeekMetrics(this.metricInput(week, now));
		this.metricsCache.set(week.id, {asOf: at, metrics});
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
		this.effortCache.clear();
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

	private classify(known?: ReadonlyMap<string, Classification>): Map<string, Classification> {
		return classifyAll(this.tickets, this.context(), known);
	}
}
