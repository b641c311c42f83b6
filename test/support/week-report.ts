/**
 * The one week-report builder of the tests: a WeekReport written out literally (no metrics
 * code runs), with quiet defaults — every figure zero or null, the week of 18 Nov 2026 in UTC,
 * one trend week — and any field given instead.
 */
import type {Blockers, Delegation, Predictability, WeekDetails, WeekMetrics} from '../../source/domain/metrics/types.js';
import type {EffortTrend, IterationIntegrity, Version2Metrics} from '../../source/domain/metrics/v2/types.js';
import type {Week} from '../../source/domain/types.js';
import {shiftWeek, weekOfDate} from '../../source/domain/week.js';
import type {WeekReport} from '../../source/domain/week-report.js';

export const week: Week = weekOfDate('2026-11-18', 'UTC');
export const now = Date.UTC(2026, 10, 20, 15);

export function predictability(fields: Partial<Predictability> = {}): Predictability {
	return {due: 0, onTime: 0, late: 0, pending: 0, onTimeRate: null, committed: 0, kept: 0, broken: 0, keptRate: null, postponements: 0, medianSlipDays: null, ...fields};
}

export interface MetricsFields {
	readonly predictability?: Partial<Predictability>;
	readonly delegation?: Partial<Delegation>;
	readonly blockers?: Partial<Blockers>;
	readonly themes?: WeekMetrics['themes'];
}

export function weekMetrics(fields: MetricsFields = {}): WeekMetrics {
	const counts = {operational: 0, strategic: 0, unclassified: 0, operationalShare: null};
	return {
		allocation: {completed: counts, active: counts, inProgress: counts},
		predictability: predictability(fields.predictability),
		delegation: {director: {open: 0, completed: 0}, delegated: 0, takenBack: 0, delegationRate: null, reports: [], ...fields.delegation},
		blockers: {blocked: 0, blockedNow: 0, medianBlockedDays: null, medianOpenBlockedDays: null, ...fields.blockers},
		themes: fields.themes ?? [],
	};
}

export function weekDetails(fields: Partial<WeekDetails> = {}): WeekDetails {
	return {reports: [], directorOpenIds: [], slips: [], brokenPromises: [], postponements: [], blocked: [], themes: [], teams: [], figures: [], ...fields};
}

const noEffort = {operational: 0, strategic: 0, unclassified: 0, operationalShare: null, interruptShare: null, personDays: 0, fteWeeks: 0, unplanned: 0};

export function version2Metrics(fields: Partial<Version2Metrics> = {}): Version2Metrics {
	return {effort: {org: noEffort, reports: []}, iterations: [], promiseRisk: [], aging: [], unownedFires: [], themes: [], figures: {}, ...fields};
}

/** An effort trend of the one week `version2` gives (its effort as the only row), or the rows given. */
export function effortTrend(weekId: string, version2: Version2Metrics, rows?: EffortTrend['rows']): EffortTrend {
	return {rows: rows ?? [{week: weekId, org: version2.effort.org, reports: version2.effort.reports}], figures: {}};
}

/** Any field of the report, except that version 2 may be partial and the effort trend is given by its rows. */
export interface ReportFields extends Partial<Omit<WeekReport, 'version2' | 'effortTrend'>> {
	/** Metrics of the trend weeks, oldest first; the last is the week's own unless `metrics` is given. */
	readonly trendMetrics?: readonly WeekMetrics[];
	readonly iterations?: readonly IterationIntegrity[];
	/** Version 2 figures; `iterations` above fills its iterations when given. */
	readonly version2?: Partial<Version2Metrics>;
	/** The effort trend's rows, oldest first; by default the week's own effort alone. */
	readonly effortTrend?: EffortTrend['rows'];
}

/** The trend rows of `trendMetrics`, the last one in `week`, unless `trend` is given. */
export function weekReport(fields: ReportFields = {}): WeekReport {
	const {iterations, version2, effortTrend: trendRows, ...report} = fields;
	const reportWeek = report.week ?? week;
	const trendMetrics = report.trendMetrics ?? [weekMetrics()];
	const metrics = report.metrics ?? trendMetrics.at(-1) ?? weekMetrics();
	const weeks = trendMetrics.map((_, index) => shiftWeek(reportWeek, index - trendMetrics.length + 1));
	const figures2 = version2Metrics({...version2, ...(iterations ? {iterations} : {})});
	return {
		asOf: now,
		isCurrent: true,
		trend: weeks.map((w, index) => {
			const m = trendMetrics[index] ?? metrics;
			return {
				week: w.id,
				operationalShare: m.allocation.completed.operationalShare,
				onTimeRate: m.predictability.onTimeRate,
				keptRate: m.predictability.keptRate,
				delegated: m.delegation.delegated,
				directorOpen: m.delegation.director.open,
			};
		}),
		tickets: [],
		details: weekDetails(),
		// No group's head figures unless given (an export of a report's 1:1 needs them).
		groupHead: {week: [], weekBefore: null},
		...report,
		week: reportWeek,
		metrics,
		trendMetrics,
		version2: figures2,
		effortTrend: effortTrend(reportWeek.id, figures2, trendRows),
	};
}
