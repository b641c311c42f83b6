/**
 * Reference implementations the tests prove the product's fast paths against; they ship
 * nowhere. Each is the metric read off every ticket, the slow and obvious way: version 1's
 * figures and details and version 2's figures over every ticket (against the relevance
 * selection, relevance.ts), and effort by replaying every ticket's history day by day
 * (against the per-ticket facts, effort-index.ts).
 */
import {weekDetailsOf, weekMetricsOf, type MetricInput, type WeekTickets} from '../../source/domain/metrics/compute.js';
import {categoryOf, weekContext, type WeekContext} from '../../source/domain/metrics/context.js';
import type {Figure} from '../../source/domain/metrics/figures.js';
import type {WeekDetails, WeekMetrics} from '../../source/domain/metrics/types.js';
import {computeThemes} from '../../source/domain/metrics/themes.js';
import {computeCommitment} from '../../source/domain/metrics/v2/commitment.js';
import {version2Of, type Selection, type Version2Input} from '../../source/domain/metrics/v2/compute-v2.js';
import {categories, effortSetup, Holdings, type EffortResult} from '../../source/domain/metrics/v2/effort.js';
import {assigneesOnDays, isUnplannedBy} from '../../source/domain/metrics/v2/timeline.js';
import type {IterationIntegrity, Version2Metrics} from '../../source/domain/metrics/v2/types.js';
import type {Iteration, Ticket} from '../../source/domain/types.js';

function allTickets(input: MetricInput): WeekTickets {
	return {tickets: input.tickets, dueTickets: input.tickets, themes: (context) => computeThemes(input.tickets, context), themeTickets: () => input.tickets};
}

/** Version 1's figures of W read off every ticket. */
export function computeWeekMetricsOverAll(input: MetricInput): WeekMetrics {
	return weekMetricsOf(input, allTickets(input));
}

/** Version 1's details of W read off every ticket. */
export function computeWeekDetailsOverAll(input: MetricInput): WeekDetails {
	return weekDetailsOf(input, allTickets(input)).details;
}

/** Effort of W by replaying every ticket's history: who held it on each counted day. */
export function computeEffort(tickets: readonly Ticket[], context: WeekContext, iterations: ReadonlyMap<string, Iteration>, withTickets = false): EffortResult {
	const {week, classifications} = context;
	const {people, days, org, reports, firstStart, lastEnd} = effortSetup(context, withTickets);
	const dayCount = days.length;
	if (dayCount === 0) return {org, reports};

	const holdings = new Holdings(people.count, dayCount);
	for (const ticket of tickets) {
		const {startedAt} = ticket;
		if (startedAt === null || startedAt >= lastEnd) continue;
		const endedAt = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
		if (endedAt < firstStart) continue;
		const holders = assigneesOnDays(ticket, days);
		if (holders === null) continue;
		// One holder all week: look them up once, and skip the ticket when they are off the roster.
		const sole = typeof holders === 'string' ? people.indexOf.get(holders) : undefined;
		if (typeof holders === 'string' && sole === undefined) continue;
		let place = -1;
		for (let day = 0; day < dayCount; day++) {
			const {startAt, endAt} = days[day] ?? {startAt: 0, endAt: 0};
			if (!(startedAt < endAt && endedAt >= startAt)) continue;
			const onDay = typeof holders === 'string' ? null : holders[day];
			const count = onDay === null ? 1 : (onDay?.length ?? 0);
			for (let which = 0; which < count; which++) {
				const index = onDay === null ? sole : people.indexOf.get(onDay?.[which] ?? '');
				if (index === undefined) continue;
				if (place < 0) place = holdings.ticket(categories.indexOf(categoryOf(ticket, classifications)), isUnplannedBy(ticket, iterations, week.endAt), ticket.key);
				holdings.hold(place, index, day);
			}
		}
	}
	holdings.shareOut(people, org, reports);
	return {org, reports};
}

const everyTicket: Selection = {
	effort: computeEffort,
	tickets: (input) => ({tickets: input.tickets, dueTickets: input.tickets}),
	themes: (input, context) => computeThemes(input.tickets, context),
};

/** Version 2's figures of W read off every ticket, effort by the replay. */
export function computeVersion2OverAll(input: Version2Input): Version2Metrics {
	return version2Of(input, everyTicket);
}

/** Commitment integrity of the iterations W reports on, without figure paths. */
export function computeIterations(input: MetricInput): IterationIntegrity[] {
	return computeCommitment(input.tickets, input.iterations ?? [], input.week, weekContext(input).asOf);
}

/** The figure at a JSON path. */
export function figureAt(figures: readonly Figure[], path: string): Figure | undefined {
	return figures.find((figure) => figure.path === path);
}
