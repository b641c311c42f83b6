import {resolveRoster} from '../../../source/domain/roster.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import type {MetricInput} from '../../../source/domain/metrics/compute.js';
import type {Category, Classification, Iteration, ResolvedRoster, Ticket, Week} from '../../../source/domain/types.js';
import {at, makePerson} from '../../support/ticket-builder.js';

export const berlin = 'Europe/Berlin';

/** 2026-W47 in Berlin: Monday 16 to Sunday 22 November 2026, UTC+1. */
export const week47: Week = parseWeekArgument('2026-W47', 0, berlin);

/** Long after W47: asOf(W47) is its end. */
export const afterWeek47 = at('2026-12-07T12:00:00+01:00');

export const people = [
	makePerson({id: 'u-dana', name: 'Dana Director', displayName: 'dana', email: 'dana@example.com'}),
	makePerson({id: 'u-alex', name: 'Alex Kim', displayName: 'alexk', email: 'alex@example.com'}),
	makePerson({id: 'u-sam', name: 'Sam Lee', email: 'sam@example.com'}),
	makePerson({id: 'u-bo', name: 'Bo Chen', email: 'bo@example.com'}),
	makePerson({id: 'u-eve', name: 'Eve Outsider', email: 'eve@example.com'}),
];

/** Dana directs; Alex leads Sam; Bo has no team. References by email, display name and id. */
export const roster: ResolvedRoster = resolveRoster(
	{
		director: 'dana@example.com',
		reports: [
			{name: 'Alex Kim', id: 'alexk', team: ['sam@example.com']},
			{name: 'Bo Chen', id: 'u-bo', team: []},
		],
	},
	people,
);

export function classify(entries: ReadonlyArray<readonly [Ticket, Category]>): Map<string, Classification> {
	return new Map(entries.map(([ticket, category]) => [ticket.id, {category, source: 'manual', reason: 'manual', confidence: 1, suggestion: null}]));
}

export function metricInput(
	tickets: readonly Ticket[],
	options: {now?: number; week?: Week; classifications?: ReadonlyMap<string, Classification>; iterations?: readonly Iteration[]; staleDays?: number; trendWeeks?: number} = {},
): MetricInput {
	const week = options.week ?? week47;
	return {
		tickets,
		classifications: options.classifications ?? new Map(),
		roster,
		week,
		iterations: options.iterations ?? [],
		settings: {timezone: week.timezone, trendWeeks: options.trendWeeks ?? 8, staleDays: options.staleDays ?? 14, now: options.now ?? afterWeek47},
	};
}
