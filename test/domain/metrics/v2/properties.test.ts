import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeEffortTrendFigures, computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {resolveRoster} from '../../../../source/domain/roster.js';
import {addDaysToDate, asOf, daysOfWeek, localDate, weeksUpTo} from '../../../../source/domain/week.js';
import type {Category, HistoryEvent, Iteration, Ticket} from '../../../../source/domain/types.js';
import {makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, people, week47} from '../fixture.js';

/**
 * Properties of the version 2 figures over generated orgs around 2026-W47 (Berlin). The
 * generator keeps each ticket's true iteration timeline, so commitment integrity is checked
 * against a replay that does not share the implementation's reading of history.
 */

const day = 86_400_000;
const hour = 3_600_000;
const weekStart = week47.startAt;
const weekEnd = week47.endAt;
/** One person per report, so a report's effort is a person's. */
const soloRoster = resolveRoster({director: 'u-dana', reports: [{name: 'Alex', id: 'u-alex', team: []}, {name: 'Sam', id: 'u-sam', team: []}, {name: 'Bo', id: 'u-bo', team: []}]}, people);
const rosterPeople = ['u-dana', 'u-alex', 'u-sam', 'u-bo'];
const someone = fc.constantFrom<string | null>('u-dana', 'u-alex', 'u-sam', 'u-bo', 'u-eve', null);
const it1: Iteration = {id: 'it1', name: 'Sprint 1', team: 'ENG', startsAt: weekStart - 7 * day, endsAt: weekStart + 4 * day + 18 * hour, completedAt: weekStart + 4 * day + 17 * hour};
const it2: Iteration = {id: 'it2', name: 'Sprint 2', team: 'ENG', startsAt: weekStart + 4 * day + 18 * hour, endsAt: weekStart + 18 * day, completedAt: null};
const iterations = [it1, it2];
const boundary = fc.constantFrom(it1.startsAt, it1.completedAt ?? 0, it2.startsAt, weekEnd);
const sprint = fc.constantFrom<string | null>('it1', 'it2', null);

interface Generated {
	readonly ticket: Ticket;
	readonly category: Category | null;
	/** The iteration it was created in: the truth the history does not record. */
	readonly initialIteration: string | null;
}

const offset = (min: number, max: number) => fc.integer({min: Math.round(min / 60_000), max: Math.round(max / 60_000)}).map((minutes) => minutes * 60_000);

const generatedTicket = fc
	.record({
		created: fc.oneof(offset(-21 * day, 7 * day), fc.constant(it1.startsAt - weekStart)),
		startAfter: fc.option(offset(0, 14 * day), {nil: null}),
		runFor: fc.option(offset(0, 12 * day), {nil: null}),
		canceled: fc.boolean(),
		assignees: fc.array(fc.tuple(offset(0, 20 * day), someone), {maxLength: 3}),
		firstAssignee: someone,
		// Moves land on the iterations' boundaries often: that is where readings differ.
		iterationMoves: fc.array(fc.tuple(fc.oneof(boundary, offset(-21 * day, 21 * day).map((value) => weekStart + value)), sprint), {maxLength: 3}),
		firstIteration: sprint,
		category: fc.constantFrom<Category | null>('operational', 'strategic', null),
		due: fc.option(fc.integer({min: -20, max: 40}), {nil: null}),
		components: fc.subarray(['payments', 'dns']),
	})
	.map((spec): Generated => {
		const createdAt = weekStart + spec.created;
		const startedAt = spec.startAfter === null ? null : createdAt + spec.startAfter;
		const endedAt = startedAt === null || spec.runFor === null ? null : startedAt + spec.runFor;
		const history: HistoryEvent[] = [];
		let assignee = spec.firstAssignee;
		for (const [after, to] of [...spec.assignees].sort((a, b) => a[0] - b[0])) {
			if (to === assignee) continue;
			history.push({at: createdAt + after + 1, field: 'assignee', from: assignee, to, actorId: null});
			assignee = to;
		}
		let iterationId = spec.firstIteration;
		for (const [instant, to] of [...spec.iterationMoves].sort((a, b) => a[0] - b[0])) {
			if (to === iterationId || instant <= createdAt) continue;
			history.push({at: instant, field: 'iteration', from: iterationId, to, actorId: null});
			iterationId = to;
		}
		history.sort((a, b) => a.at - b.at);
		const ticket = makeTicket({
			createdAt,
			updatedAt: createdAt,
			startedAt,
			completedAt: endedAt !== null && !spec.canceled ? endedAt : null,
			canceledAt: endedAt !== null && spec.canceled ? endedAt : null,
			assigneeId: assignee,
			iterationId,
			history,
			components: spec.components,
			dueDate: spec.due === null ? null : addDaysToDate(week47.start, spec.due),
		});
		return {ticket, category: spec.category, initialIteration: spec.firstIteration};
	});

const org = fc.record({generated: fc.array(generatedTicket, {maxLength: 40}), nowOffset: fc.option(offset(0, 7 * day - 1), {nil: null})});

function inputOf(generated: readonly Generated[], nowOffset: number | null) {
	const tickets = generated.map((entry) => entry.ticket);
	const classifications = classify(generated.filter((entry) => entry.category !== null).map((entry) => [entry.ticket, entry.category as Category] as const));
	const now = nowOffset === null ? weekEnd + 3 * day : weekStart + nowOffset;
	return {...metricInput(tickets, {classifications, iterations, now}), roster: soloRoster, people};
}

/** The iteration a ticket was in at an instant, from the generator's truth; `inclusive` applies changes at the instant. */
function iterationAt(entry: Generated, instant: number, inclusive: boolean): string | null {
	if (entry.ticket.createdAt > instant) return null;
	let value = entry.initialIteration;
	for (const event of entry.ticket.history) {
		if (event.field !== 'iteration') continue;
		if (inclusive ? event.at > instant : event.at >= instant) break;
		value = event.to;
	}
	return value;
}

/** A naive holder replay: the assignee at an instant, changes at that instant applied. */
function holderAt(ticket: Ticket, instant: number): string | null {
	const first = ticket.history.find((event) => event.field === 'assignee');
	let holder = first === undefined ? ticket.assigneeId : first.from;
	for (const event of ticket.history) if (event.field === 'assignee' && event.at <= instant) holder = event.to;
	return holder;
}

describe('version 2 properties', () => {
	it('effort: a person never has more person-days than working days so far, and the shares add up', () => {
		fc.assert(
			fc.property(org, ({generated, nowOffset}) => {
				const input = inputOf(generated, nowOffset);
				const {effort} = computeVersion2(input);
				const asOfDate = input.settings.now < weekEnd ? localDate(input.settings.now, week47.timezone) : week47.end;
				const days = daysOfWeek(week47).filter((d) => d.isWorkingDay && d.date <= asOfDate);
				for (const figures of [effort.org, ...effort.reports]) {
					expect(figures.operational + figures.strategic + figures.unclassified).toBeCloseTo(figures.personDays, 9);
					if (figures.operationalShare !== null) expect(figures.operationalShare + figures.strategic / (figures.operational + figures.strategic)).toBeCloseTo(1, 9);
					if (figures.interruptShare !== null) {
						expect(figures.interruptShare).toBeGreaterThanOrEqual(0);
						expect(figures.interruptShare).toBeLessThanOrEqual(1 + 1e-12);
					}
				}
				for (const report of effort.reports) expect(report.personDays).toBeLessThanOrEqual(days.length + 1e-9);
				// Each (person, day) with at least one held ticket in progress is exactly one person-day.
				let busy = 0;
				for (const person of rosterPeople) {
					for (const d of days) {
						const held = input.tickets.some((ticket) => {
							const ended = ticket.completedAt ?? ticket.canceledAt ?? Infinity;
							if (ticket.startedAt === null || ticket.startedAt >= d.endAt || ended < d.startAt) return false;
							const changes = ticket.history.filter((event) => event.field === 'assignee' && event.at >= d.startAt && event.at < d.endAt);
							return holderAt(ticket, d.startAt - 1) === person || changes.some((event) => event.from === person || event.to === person);
						});
						if (held) busy++;
					}
				}
				expect(effort.org.personDays).toBeCloseTo(busy, 9);
			}),
			{numRuns: 150},
		);
	});

	it('effort trend: each week a person has no more person-days than its working days so far, the shares add up, and the last week is the week’s effort', () => {
		fc.assert(
			fc.property(org, ({generated, nowOffset}) => {
				const base = inputOf(generated, nowOffset);
				const input = {...base, settings: {...base.settings, trendWeeks: 3}};
				const trend = computeEffortTrendFigures(input);
				const weeks = weeksUpTo(week47, 3);
				expect(trend.rows.map((row) => row.week)).toEqual(weeks.map((week) => week.id));
				trend.rows.forEach((row, position) => {
					const week = weeks[position] ?? week47;
					const asOfDate = localDate(asOf(week, input.settings.now), week.timezone);
					const days = daysOfWeek(week).filter((d) => d.isWorkingDay && d.date <= asOfDate).length;
					for (const figures of [row.org, ...row.reports]) {
						expect(figures.operational + figures.strategic + figures.unclassified).toBeCloseTo(figures.personDays, 9);
						expect(figures.unplanned).toBeLessThanOrEqual(figures.personDays + 1e-9);
						if (figures.personDays > 0) expect((figures.operational + figures.strategic + figures.unclassified) / figures.personDays).toBeCloseTo(1, 9);
					}
					// One person per report: a report's person-days are that person's.
					for (const report of row.reports) expect(report.personDays).toBeLessThanOrEqual(days + 1e-9);
					expect(row.org.personDays).toBeLessThanOrEqual(rosterPeople.length * days + 1e-9);
					// Every figure names the tickets behind it: none when nobody worked.
					const behind = trend.figures[`effortTrend[${row.week}].org.personDays`] ?? [];
					expect(behind.length === 0).toBe(row.org.personDays === 0);
				});
				const {effort} = computeVersion2(input);
				expect(trend.rows.at(-1)?.org).toEqual(effort.org);
				expect(trend.rows.at(-1)?.reports).toEqual(effort.reports.map(({keptRate: _kept, previousKeptRate: _previous, ...figures}) => figures));
				const keys = new Set(input.tickets.map((ticket) => ticket.key));
				for (const list of Object.values(trend.figures)) for (const key of list) expect(keys.has(key)).toBe(true);
			}),
			{numRuns: 100},
		);
	});

	it('commitment: planned = completed planned + removed planned + still-open planned, against the true timeline', () => {
		fc.assert(
			fc.property(org, ({generated, nowOffset}) => {
				const input = inputOf(generated, nowOffset);
				const {iterations: reported} = computeVersion2(input);
				for (const row of reported) {
					const iteration = row.id === 'it1' ? it1 : it2;
					const endAt = row.running ? weekEnd : (iteration.completedAt ?? weekEnd);
					const planned = generated.filter((entry) => iterationAt(entry, iteration.startsAt, true) === iteration.id);
					const completedWhileIn = (entry: Generated): boolean => {
						const {completedAt, canceledAt} = entry.ticket;
						return canceledAt === null && completedAt !== null && completedAt <= endAt && iterationAt(entry, completedAt, true) === iteration.id;
					};
					const inAtEnd = (entry: Generated): boolean => iterationAt(entry, endAt, false) === iteration.id;
					const completedPlanned = planned.filter(completedWhileIn);
					const removedPlanned = planned.filter((entry) => !completedWhileIn(entry) && !inAtEnd(entry));
					const stillOpenPlanned = planned.filter((entry) => !completedWhileIn(entry) && inAtEnd(entry));
					expect(row.planned).toBe(planned.length);
					expect(row.completedPlanned).toBe(completedPlanned.length);
					expect(row.planned).toBe(completedPlanned.length + removedPlanned.length + stillOpenPlanned.length);
					expect(row.removed).toBeGreaterThanOrEqual(removedPlanned.length);
					expect(row.removed).toBeLessThanOrEqual(removedPlanned.length + row.added);
					if (row.planned > 0) {
						expect(row.planningAccuracy).toBeCloseTo(row.completedPlanned / row.planned, 12);
						expect(row.scopeChange).toBeCloseTo((row.added + row.removed) / row.planned, 12);
					}
				}
			}),
			{numRuns: 200},
		);
	});

	it('promise risk, aging, fires and responders stay in their ranges', () => {
		fc.assert(
			fc.property(org, ({generated, nowOffset}) => {
				const input = inputOf(generated, nowOffset);
				const v2 = computeVersion2(input);
				const lastDue = addDaysToDate(week47.end, 28);
				for (const risk of v2.promiseRisk) {
					expect(risk.dueDate <= lastDue).toBe(true);
					for (const probability of [risk.onTimeProbability, risk.keptProbability]) {
						if (probability === null) continue;
						expect(probability).toBeGreaterThanOrEqual(0);
						expect(probability).toBeLessThanOrEqual(1);
					}
					expect(risk.atRisk).toBe(risk.onTimeProbability !== null && risk.onTimeProbability < 0.5);
				}
				for (const entry of v2.aging) expect(entry.ageDays).toBeGreaterThanOrEqual(0);
				for (const [index, fire] of v2.unownedFires.entries()) {
					expect([null, 'Dana Director']).toContain(fire.assignee);
					if (index > 0) expect(fire.ageDays).toBeLessThanOrEqual(v2.unownedFires[index - 1]?.ageDays ?? Infinity);
				}
				for (const theme of v2.themes) {
					if (theme.topResponderShare !== null) expect(theme.topResponderShare).toBeGreaterThan(0);
					if (theme.topResponderShare !== null) expect(theme.topResponderShare).toBeLessThanOrEqual(1);
					expect(theme.singleResponder).toBe(theme.topResponderShare !== null && theme.topResponderShare >= 0.7 && theme.count >= 4);
				}
				const keys = new Set(input.tickets.map((ticket) => ticket.key));
				for (const list of Object.values(v2.figures)) for (const key of list) expect(keys.has(key)).toBe(true);
			}),
			{numRuns: 150},
		);
	});
});
