import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../../source/domain/classify/index.js';
import {weekContext} from '../../../../source/domain/metrics/context.js';
import {collectEffortFigures, type EffortResult} from '../../../../source/domain/metrics/v2/effort.js';
import {computeEffortIndexed} from '../../../../source/domain/metrics/v2/effort-index.js';
import {effortFacts, holderIdAt, isCanceledAt, latestChangeAtOf} from '../../../../source/domain/metrics/v2/effort-facts.js';
import {assigneeAt, firstDueDate, isCanceled, latestChangeAt} from '../../../../source/domain/metrics/ticket-facts.js';
import {latestChangeAtLate} from '../../../../source/domain/metrics/v2/late-replay.js';
import {computeEffortTrend} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {FigureCollector} from '../../../../source/domain/metrics/v2/paths.js';
import {iterationsById, isUnplannedBy, unplannedFrom} from '../../../../source/domain/metrics/v2/timeline.js';
import {resolveRoster} from '../../../../source/domain/roster.js';
import {shiftWeek, weekOf, weeksUpTo} from '../../../../source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../../../../source/providers/demo/index.js';
import type {HistoryEvent, Iteration, Ticket} from '../../../../source/domain/types.js';
import {computeEffort} from '../../../support/reference-metrics.js';
import {makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, week47} from '../fixture.js';

/**
 * The indexed effort (per-ticket facts built once per array, effort-index.ts) against the
 * replay of every ticket's history (effort.ts `computeEffort`): the same figures to the bit
 * and the same tickets behind each figure, in the same order.
 */

const day = 86_400_000;
const hour = 3_600_000;

/** Every figure and every figure's tickets of an effort result. */
function observed(effort: EffortResult): unknown {
	const figures = new FigureCollector();
	collectEffortFigures(
		effort,
		effort.reports.map((_, position) => `r${position}`),
		figures,
	);
	return {org: effort.org.figures(), reports: effort.reports.map((tally) => tally.figures()), tickets: figures.toRecord()};
}

const iterations: Iteration[] = [
	{id: 'it1', name: 'Sprint 1', team: 'ENG', startsAt: week47.startAt - 7 * day, endsAt: week47.startAt + 4 * day, completedAt: week47.startAt + 4 * day},
	{id: 'it2', name: 'Sprint 2', team: 'ENG', startsAt: week47.startAt + 4 * day, endsAt: week47.startAt + 18 * day, completedAt: null},
];
const person = fc.constantFrom<string | null>('u-dana', 'u-alex', 'u-sam', 'u-bo', 'u-eve', null);
const anyHour = fc.integer({min: -20 * 24, max: 20 * 24}).map((hours) => week47.startAt + hours * hour);
// Instants land on the weeks' and iterations' edges often: that is where a reading can slip.
const edges = [-1, 0, 1, 2].flatMap((weeks) => [shiftWeek(week47, weeks).startAt, shiftWeek(week47, weeks).startAt - 1]);
const instant = fc.oneof(anyHour, fc.constantFrom(...edges, ...iterations.map((iteration) => iteration.startsAt)));
const ticket = fc
	.record({
		createdAt: instant,
		startedAt: fc.option(instant, {nil: null}),
		endedAt: fc.option(instant, {nil: null}),
		canceled: fc.boolean(),
		assigneeId: person,
		iterationId: fc.constantFrom<string | null>('it1', 'it2', 'gone', null),
		changes: fc.array(fc.tuple(instant, fc.constantFrom<'assignee' | 'iteration' | 'status'>('assignee', 'iteration', 'status'), person, fc.constantFrom<string | null>('it1', 'it2', null)), {maxLength: 4}),
		category: fc.constantFrom('operational', 'strategic', null),
	})
	.map((spec) => {
		const history: HistoryEvent[] = spec.changes
			.map(([at, field, who, sprint]): HistoryEvent => ({at, field, from: field === 'iteration' ? sprint : field === 'assignee' ? who : 'Todo', to: field === 'assignee' ? spec.assigneeId : field === 'iteration' ? spec.iterationId : 'In Progress', actorId: null}))
			.sort((a, b) => a.at - b.at);
		const made = makeTicket({
			createdAt: spec.createdAt,
			startedAt: spec.startedAt,
			completedAt: spec.canceled ? null : spec.endedAt,
			canceledAt: spec.canceled ? spec.endedAt : null,
			assigneeId: spec.assigneeId,
			iterationId: spec.iterationId,
			history,
		});
		return {ticket: made, category: spec.category};
	});

describe('effort read off per-ticket facts', () => {
	it('equals the replay of every ticket, in every week around the tickets, at any now', () => {
		fc.assert(
			fc.property(fc.array(ticket, {maxLength: 30}), fc.integer({min: -7 * 24, max: 14 * 24}), (generated, nowHours) => {
				const tickets: Ticket[] = generated.map((entry) => entry.ticket);
				const classifications = classify(generated.flatMap((entry) => (entry.category === null ? [] : [[entry.ticket, entry.category] as const])));
				const byId = iterationsById(iterations);
				for (const week of [shiftWeek(week47, -1), week47, shiftWeek(week47, 1)]) {
					const context = weekContext(metricInput(tickets, {classifications, iterations, week, now: week47.startAt + nowHours * hour}));
					expect(observed(computeEffortIndexed(tickets, context, byId, true))).toEqual(observed(computeEffort(tickets, context, byId, true)));
				}
				// Unplanned by a week's end, for every end that can matter: the ticket's own instants and their neighbours.
				for (const entry of tickets) {
					for (const at of [entry.createdAt, ...entry.history.map((event) => event.at)]) {
						for (const end of [at - 1, at, at + 1]) expect(unplannedFrom(entry, byId) <= end).toBe(isUnplannedBy(entry, byId, end));
					}
				}
			}),
			{numRuns: 300},
		);
	});

	it('counts a ticket that joins a running iteration at the very end of the week as unplanned in it', () => {
		// Created two weeks before, started on Monday (no quick start), joined Sprint 2 (started on Friday) at the week's last instant.
		const late = makeTicket({
			createdAt: week47.startAt - 14 * day,
			startedAt: week47.startAt + 9 * hour,
			assigneeId: 'u-alex',
			iterationId: 'it2',
			history: [{at: week47.endAt, field: 'iteration', from: null, to: 'it2', actorId: null}],
		});
		const context = weekContext(metricInput([late], {iterations, classifications: classify([[late, 'operational']])}));
		const byId = iterationsById(iterations);
		const indexed = computeEffortIndexed([late], context, byId, true);
		expect(indexed.org.figures().unplanned).toBe(5);
		expect(observed(indexed)).toEqual(observed(computeEffort([late], context, byId, true)));
	});

	it('gives every week of the demo org’s trend the replay’s effort', () => {
		const timezone = 'Europe/Berlin';
		const now = Date.UTC(2026, 10, 25, 12);
		const org = generateDemoOrg({now, timezone, ticketCount: 3000});
		const demo = resolveRoster(demoRoster, org.people);
		const classifications = classifyAll(org.tickets, {tags: new Map(), rules: [], threshold: 0.6, learner: null});
		const byId = iterationsById(org.iterations);
		for (const at of [now, now - 17 * day]) {
			const input = {...metricInput(org.tickets, {classifications, iterations: org.iterations, week: weekOf(at, timezone), now: at, trendWeeks: 14}), roster: demo};
			const trend = computeEffortTrend(input);
			const weeks = weeksUpTo(input.week, 14);
			expect(trend.map((row) => row.week)).toEqual(weeks.map((week) => week.id));
			weeks.forEach((week, position) => {
				const reference = computeEffort(org.tickets, weekContext({...input, week}), byId);
				expect(trend[position]?.org).toEqual(reference.org.figures());
				expect(trend[position]?.reports.map(({name: _, ...figures}) => figures)).toEqual(reference.reports.map((tally) => tally.figures()));
			});
		}
	});

	it('numbers each ticket’s first due date as the replay of its history finds it', () => {
		const due = fc.constantFrom<string | null>('2026-11-20', '2026-11-27', '2026-12-04', null);
		const event = fc.record({at: anyHour, field: fc.constantFrom('dueDate', 'assignee', 'state'), from: due, to: due});
		fc.assert(
			fc.property(fc.array(fc.record({dueDate: due, history: fc.array(event, {maxLength: 5})}), {maxLength: 8}), (specs) => {
				const tickets = specs.map((spec, position) =>
					makeTicket({key: `ENG-${position}`, dueDate: spec.dueDate, history: spec.history.map((change) => ({...change, actorId: null, from: change.field === 'state' ? 'Todo' : change.from, to: change.field === 'state' ? 'Done' : change.to}) as HistoryEvent)}),
				);
				const {firstDueDates, dueDates} = effortFacts(tickets);
				tickets.forEach((each, position) => {
					expect(firstDueDates[position]).toBe(firstDueDate(each));
					expect(dueDates[position]).toBe(each.dueDate);
				});
			}),
		);
	});

	it('reads canceled, the holder and the latest change off the facts as the ticket says them', () => {
		const instant = fc.option(anyHour);
		fc.assert(
			fc.property(fc.array(fc.record({completed: instant, canceled: instant, assignee: fc.constantFrom('a', 'b', null), changes: fc.array(anyHour, {maxLength: 3})}), {minLength: 1, maxLength: 8}), anyHour, (specs, at) => {
				const tickets = specs.map((spec, position) =>
					makeTicket({
						key: `ENG-${position}`,
						completedAt: spec.completed,
						canceledAt: spec.canceled,
						assigneeId: spec.assignee,
						history: [...spec.changes].sort((a, b) => a - b).map((changeAt, step) => ({at: changeAt, field: 'assignee', from: `p${step}`, to: `p${step + 1}`, actorId: null}) as HistoryEvent),
					}),
				);
				const facts = effortFacts(tickets);
				tickets.forEach((each, position) => {
					expect(isCanceledAt(facts, position)).toBe(isCanceled(each));
					expect(holderIdAt(facts, position, at)).toBe(assigneeAt(each, at));
					expect(latestChangeAtOf(facts, position, each, at)).toBe(latestChangeAt(each, at));
				});
			}),
		);
	});

	it('reads the latest change at an instant off the facts as the replay from the end finds it, whenever every change is by then', () => {
		const event = fc.record({at: anyHour, field: fc.constantFrom('dueDate', 'assignee', 'state')});
		fc.assert(
			fc.property(
				fc.array(fc.record({created: anyHour, started: fc.option(anyHour), updated: anyHour, history: fc.array(event, {maxLength: 5})}), {minLength: 1, maxLength: 8}),
				anyHour,
				(specs, instant) => {
					const tickets = specs.map((spec, position) =>
						makeTicket({
							key: `ENG-${position}`,
							createdAt: spec.created,
							startedAt: spec.started,
							updatedAt: spec.updated,
							history: spec.history.map((change) => ({...change, actorId: null, from: null, to: null}) as HistoryEvent),
						}),
					);
					const {latestChangeAt, changesUntil} = effortFacts(tickets);
					tickets.forEach((each, position) => {
						const until = changesUntil[position] ?? Number.NaN;
						// Every change of the ticket is at or before its bound, and the bound is one of them.
						expect([each.createdAt, each.updatedAt, each.startedAt, ...each.history.map((change) => change.at)]).toContain(until);
						for (const at of [each.createdAt, each.updatedAt, each.startedAt ?? -Infinity, ...each.history.map((change) => change.at)]) expect(at).toBeLessThanOrEqual(until);
						expect(latestChangeAt[position]).toBe(latestChangeAtLate(each, Math.max(instant, until)));
					});
				},
			),
		);
	});
});
