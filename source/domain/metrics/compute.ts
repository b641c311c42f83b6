import {weeksUpTo} from '../week.js';
import {AllocationTally} from './allocation.js';
import {computeBlockers} from './blockers.js';
import {weekContext} from './context.js';
import {computeDelegation} from './delegation.js';
import {computePredictability} from './predictability.js';
import {computeIterationSayDo} from './say-do.js';
import {computeThemes} from './themes.js';
import {isCompletedBetween} from './ticket-facts.js';
import type {Classification, Iteration, MetricSettings, ResolvedRoster, Ticket, Week} from '../types.js';
import type {Allocation, IterationSayDo, TrendRow, WeekDetails, WeekMetrics} from './types.js';

/**
 * The metric contract (docs/metrics.md) as pure functions of plain data: tickets, the
 * classifications, the roster and a week in. No I/O, no clock: `settings.now` is the
 * instant the figures are computed at.
 */
export interface MetricInput {
	readonly tickets: readonly Ticket[];
	/** By ticket id; a missing entry means unclassified. */
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly roster: ResolvedRoster;
	readonly week: Week;
	readonly settings: MetricSettings;
	readonly iterations?: readonly Iteration[];
}

/** Active in W: in a started state at some moment of W (metrics.md "Tickets"). */
function isActiveIn(ticket: Ticket, week: Week): boolean {
	if (ticket.startedAt === null || ticket.startedAt >= week.endAt) return false;
	const endedAt = ticket.completedAt ?? ticket.canceledAt;
	return endedAt === null || endedAt >= week.startAt;
}

/** Tickets completed or active in W. */
export function ticketsInWeek(tickets: readonly Ticket[], week: Week): Ticket[] {
	return tickets.filter((ticket) => isCompletedBetween(ticket, week.startAt, week.endAt) || isActiveIn(ticket, week));
}

function computeAllocation(input: MetricInput): Allocation {
	const {week, classifications} = input;
	const completed = new AllocationTally();
	const active = new AllocationTally();
	for (const ticket of input.tickets) {
		if (isCompletedBetween(ticket, week.startAt, week.endAt)) completed.add(ticket, classifications);
		if (isActiveIn(ticket, week)) active.add(ticket, classifications);
	}
	return {completed: completed.counts(), active: active.counts()};
}

export function computeWeekMetrics(input: MetricInput): WeekMetrics {
	const context = weekContext(input);
	return {
		allocation: computeAllocation(input),
		predictability: computePredictability(input.tickets, context, false).figures,
		delegation: computeDelegation(input.tickets, context).figures,
		blockers: computeBlockers(input.tickets, context).figures,
		themes: computeThemes(input.tickets, context).map(({name, count, weeks}) => ({name, count, weeks})),
	};
}

export function trendRow(week: Week, metrics: WeekMetrics): TrendRow {
	return {
		week: week.id,
		operationalShare: metrics.allocation.completed.operationalShare,
		onTimeRate: metrics.predictability.onTimeRate,
		keptRate: metrics.predictability.keptRate,
		delegated: metrics.delegation.delegated,
		directorOpen: metrics.delegation.director.open,
	};
}

/** `trendWeeks` rows up to and including W, oldest first. */
export function computeTrend(input: MetricInput): TrendRow[] {
	return weeksUpTo(input.week, input.settings.trendWeeks).map((week) => trendRow(week, computeWeekMetrics({...input, week})));
}

export function computeWeekDetails(input: MetricInput): WeekDetails {
	const context = weekContext(input);
	const predictability = computePredictability(input.tickets, context, true);
	const delegation = computeDelegation(input.tickets, context);
	return {
		reports: delegation.reports,
		directorOpenIds: delegation.directorOpenIds,
		slips: predictability.slips,
		brokenPromises: predictability.brokenPromises,
		postponements: predictability.postponements,
		blocked: computeBlockers(input.tickets, context).blocked,
		themes: computeThemes(input.tickets, context),
		teams: predictability.teams,
	};
}

/** Say-do of the iterations overlapping W. */
export function computeSayDo(input: MetricInput): IterationSayDo[] {
	return computeIterationSayDo(input.tickets, input.iterations ?? [], input.week);
}
