import {computeTrend, computeWeekDetails, computeWeekMetrics, ticketsInWeek, type MetricInput} from '../../source/domain/metrics/compute.js';
import {computeEffortTrendFigures, computeVersion2} from '../../source/domain/metrics/v2/compute-v2.js';
import type {Person} from '../../source/domain/types.js';
import {asOf} from '../../source/domain/week.js';
import {buildJsonExport, type JsonExport} from '../../source/export/json.js';

/**
 * The schemaVersion 2 JSON export of `input`'s week: every figure computed from the input alone
 * (its tickets, tags, roster, week and clock), the people named from `input.people`. The
 * hand-worked metric readings compare their expected keys with its `figures`.
 */
export function jsonExportOf(input: MetricInput & {readonly people: readonly Person[]}): JsonExport {
	const details = computeWeekDetails(input);
	return buildJsonExport({
		provider: 'demo',
		week: input.week,
		metrics: computeWeekMetrics(input),
		trend: computeTrend(input),
		tickets: ticketsInWeek(input.tickets, input.week),
		figures: details.figures,
		version2: computeVersion2(input),
		effortTrend: computeEffortTrendFigures(input),
		ticketsById: new Map(input.tickets.map((ticket) => [ticket.id, ticket])),
		classifications: input.classifications,
		peopleById: new Map(input.people.map((person) => [person.id, person])),
		roster: input.roster,
		now: input.settings.now,
		asOf: asOf(input.week, input.settings.now),
	});
}
