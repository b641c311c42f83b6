/** Metric results: plain data, shaped like the JSON export contract (cli.md, schemaVersion 1). */

export interface AllocationCounts {
	readonly operational: number;
	readonly strategic: number;
	readonly unclassified: number;
	/** operational / (operational + strategic); null when that is 0. */
	readonly operationalShare: number | null;
}

export interface Allocation {
	readonly completed: AllocationCounts;
	readonly active: AllocationCounts;
	/** Extension: started and still open as of asOf(W) — what is in progress, without the week's completions. */
	readonly inProgress: AllocationCounts;
}

export interface Predictability {
	readonly due: number;
	readonly onTime: number;
	readonly late: number;
	readonly pending: number;
	readonly onTimeRate: number | null;
	readonly committed: number;
	readonly kept: number;
	readonly broken: number;
	readonly keptRate: number | null;
	readonly postponements: number;
	readonly medianSlipDays: number | null;
}

export interface ReportDelegation {
	readonly name: string;
	readonly delegated: number;
	readonly open: number;
	readonly completed: number;
	readonly overdue: number;
	readonly stale: number;
	readonly strategicShare: number | null;
	/** Extension: take-backs from this report's group. */
	readonly takenBack: number;
}

export interface Delegation {
	readonly director: { readonly open: number; readonly completed: number };
	readonly delegated: number;
	readonly takenBack: number;
	readonly delegationRate: number | null;
	readonly reports: readonly ReportDelegation[];
}

export interface Blockers {
	readonly blocked: number;
	readonly blockedNow: number;
	readonly medianBlockedDays: number | null;
	/** Extension: median age so far (days, up to asOf(W)) of the spells still open at asOf(W); null when none. */
	readonly medianOpenBlockedDays: number | null;
}

export interface Theme {
	/** `<kind>:<value>`: `component:payments`, `label:dns`, `project:PAY`. */
	readonly name: string;
	readonly count: number;
	readonly weeks: number;
}

/** A recurring theme with its tickets: `ticketWeekIds[i]` is the ISO week `ticketIds[i]` burned in. */
export interface ThemeDetails extends Theme {
	readonly ticketIds: readonly string[];
	readonly ticketWeekIds: readonly string[];
	/** The ISO weeks it burned in, oldest first. */
	readonly weekIds: readonly string[];
}

export interface TrendRow {
	readonly week: string;
	readonly operationalShare: number | null;
	readonly onTimeRate: number | null;
	readonly keptRate: number | null;
	readonly delegated: number;
	readonly directorOpen: number;
}

export interface WeekMetrics {
	readonly allocation: Allocation;
	readonly predictability: Predictability;
	readonly delegation: Delegation;
	readonly blockers: Blockers;
	readonly themes: readonly Theme[];
}

/**
 * The lists behind the headline figures, for drill-downs, exports and talking points.
 * Ticket ids refer to the tickets the metrics were computed from.
 */
export interface WeekDetails {
	/** Per report, in roster order. */
	readonly reports: readonly ReportDetails[];
	/** Tickets open and assigned to the director as of asOf(W). */
	readonly directorOpenIds: readonly string[];
	/** Completed late tickets with their slip, the worst first. */
	readonly slips: ReadonlyArray<{readonly ticketId: string; readonly slipDays: number; readonly dueDate: string; readonly completedDate: string}>;
	/** Tickets whose first due date was in W and whose promise broke, with the days between first and current due date. */
	readonly brokenPromises: ReadonlyArray<{readonly ticketId: string; readonly firstDueDate: string; readonly currentDueDate: string | null}>;
	/** Due-date changes during W that moved a due date later. */
	readonly postponements: ReadonlyArray<{readonly ticketId: string; readonly at: number; readonly from: string; readonly to: string}>;
	/** Tickets blocked at any moment of W: how long (days, up to asOf or the spell's end) and whether still blocked. */
	readonly blocked: ReadonlyArray<{readonly ticketId: string; readonly days: number; readonly isBlockedNow: boolean; readonly reason: string}>;
	/** Recurring themes with their tickets and the ISO weeks they burned in (oldest first). */
	readonly themes: ReadonlyArray<ThemeDetails>;
	/** Predictability per team (ticket.team), teams sorted by name; tickets with no team under "—". */
	readonly teams: ReadonlyArray<{readonly team: string} & Predictability>;
	/** Every figure of the week with the tickets it counts and why (figures.ts). */
	readonly figures: readonly Figure[];
}

export interface ReportDetails {
	readonly name: string;
	readonly slug: string;
	/** Delegated this week (delegation event to the group in W). */
	readonly delegatedIds: readonly string[];
	readonly openIds: readonly string[];
	readonly completedIds: readonly string[];
	readonly overdueIds: readonly string[];
	readonly staleIds: readonly string[];
	readonly takenBackIds: readonly string[];
	/** Strategic tickets completed in W by the group (assignee at completion). */
	readonly strategicIds: readonly string[];
	/** All tickets completed in W by the group (assignee at completion). */
	readonly groupCompletedIds: readonly string[];
	/** Allocation over the group's completed tickets in W. */
	readonly allocation: AllocationCounts;
}

/** A ticket a figure counts, and why it counts, in words. */
export interface CountedTicket {
	readonly ticketId: string;
	readonly why: string;
}

/**
 * One figure of the week with the tickets it counts. `path` is the figure's JSON path in the
 * export (`predictability.onTimeRate`, `delegation.reports[0].open`); `value` is exactly the
 * export's value. A count counts its tickets; a share or median is computed over its tickets.
 */
export interface Figure {
	readonly path: string;
	readonly unit: 'count' | 'share' | 'days';
	readonly value: number | null;
	readonly tickets: readonly CountedTicket[];
}
