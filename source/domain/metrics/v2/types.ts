/**
 * Version 2 results (metrics.md "Version 2 metrics"), shaped like cli.md "Version 2 fields".
 * Extra fields beyond the contract's are marked "extension". Day counts are raw fractions;
 * rounding is the formatter's.
 */

export interface EffortFigures {
	/** Person-days by effective category. */
	readonly operational: number;
	readonly strategic: number;
	readonly unclassified: number;
	/** operational / (operational + strategic); null when that is 0. */
	readonly operationalShare: number | null;
	/** Person-days on unplanned tickets / all person-days; null when there are none. */
	readonly interruptShare: number | null;
	/** Extension: all person-days, and the same as FTE-weeks (person-days / 5). */
	readonly personDays: number;
	readonly fteWeeks: number;
	/** Extension: person-days on unplanned tickets. */
	readonly unplanned: number;
}

export interface ReportEffort extends EffortFigures {
	readonly name: string;
	/** Extension: the group's kept-promise rate this week and the week before (see docs/metrics.md). */
	readonly keptRate: number | null;
	readonly previousKeptRate: number | null;
}

export interface Effort {
	readonly org: EffortFigures;
	readonly reports: readonly ReportEffort[];
}

export interface IterationIntegrity {
	/** Extension: the provider's iteration id, the key of its figure paths. */
	readonly id: string;
	readonly name: string;
	readonly team: string | null;
	/** Local calendar dates: the first day, and the last day (of its completion, or planned while running). */
	readonly start: string;
	readonly end: string;
	readonly running: boolean;
	readonly planned: number;
	readonly added: number;
	readonly removed: number;
	readonly completedPlanned: number;
	readonly planningAccuracy: number | null;
	readonly scopeChange: number | null;
}

export interface PromiseRisk {
	readonly key: string;
	readonly report: string;
	readonly dueDate: string;
	readonly firstDueDate: string | null;
	readonly onTimeProbability: number | null;
	readonly keptProbability: number | null;
	readonly atRisk: boolean;
}

export interface AgingTicket {
	readonly key: string;
	readonly report: string;
	readonly ageDays: number;
	readonly aging: boolean;
	readonly stalled: boolean;
}

export interface UnownedFire {
	readonly key: string;
	/** null, or the director's display name. */
	readonly assignee: string | null;
	readonly ageDays: number;
}

export interface ThemeResponder {
	readonly name: string;
	readonly count: number;
	readonly weeks: number;
	/** The person who completed the most of the theme's tickets (assignee at completion); null when nobody held any. */
	readonly topResponder: string | null;
	readonly topResponderShare: number | null;
	readonly singleResponder: boolean;
}

/** A figure's JSON path (docs/metrics.md "Figure paths") → the keys of the tickets it counts. */
export type FigureTickets = Readonly<Record<string, readonly string[]>>;

export interface Version2Metrics {
	readonly effort: Effort;
	readonly iterations: readonly IterationIntegrity[];
	readonly promiseRisk: readonly PromiseRisk[];
	readonly aging: readonly AgingTicket[];
	readonly unownedFires: readonly UnownedFire[];
	readonly themes: readonly ThemeResponder[];
	readonly figures: FigureTickets;
}

export interface EffortTrendRow {
	readonly week: string;
	readonly org: EffortFigures;
	readonly reports: ReadonlyArray<EffortFigures & {readonly name: string}>;
}

/** Effort over the `trendWeeks` weeks up to and including W, oldest first, with each figure's tickets (paths `effortTrend[<week>]…`). */
export interface EffortTrend {
	readonly rows: readonly EffortTrendRow[];
	readonly figures: FigureTickets;
}
