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
}

export interface Theme {
	/** `<kind>:<value>`: `component:payments`, `label:dns`, `project:PAY`. */
	readonly name: string;
	readonly count: number;
	readonly weeks: number;
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
