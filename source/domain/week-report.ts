import type {GroupHead} from './metrics/group-head.js';
import type {TrendRow, WeekDetails, WeekMetrics} from './metrics/types.js';
import type {EffortTrend, Version2Metrics} from './metrics/v2/types.js';
import type {Ticket, Week} from './types.js';

/** Everything the views and exports show for one week. */
export interface WeekReport {
	readonly week: Week;
	/** asOf(W) = min(now, end of W). */
	readonly asOf: number;
	/** The week contains now: its figures are "so far". */
	readonly isCurrent: boolean;
	readonly metrics: WeekMetrics;
	/** The contract's trend rows, oldest first, ending with W. */
	readonly trend: readonly TrendRow[];
	/** Full metrics of each trend week (same order as `trend`), for sparklines of any figure. */
	readonly trendMetrics: readonly WeekMetrics[];
	/** Tickets completed or active in W. */
	readonly tickets: readonly Ticket[];
	/** The lists behind the figures: drill-downs, worst slips, blocked tickets, themes' tickets. */
	readonly details: WeekDetails;
	/**
	 * The version 2 figures of W (computeVersion2): effort, commitment integrity of the cycles /
	 * sprints completed in W and running at its end, promise risk, aging, unowned fires, the
	 * themes' responders, and `figures` (JSON path → the keys of the tickets each counts).
	 */
	readonly version2: Version2Metrics;
	/** Effort per week over `trendWeeks`, ending with W, with each week's tickets (computeEffortTrendFigures). */
	readonly effortTrend: EffortTrend;
	/**
	 * Each report's group's promises and blockers in W and in the week before, each as of its
	 * own week's end, by one function (group-head.ts): the head of a 1:1 note and its change.
	 */
	readonly groupHead: GroupHead;
}
