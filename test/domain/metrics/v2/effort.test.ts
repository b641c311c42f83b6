import {describe, expect, it} from 'vitest';
import {computeEffortTrend, computeEffortTrendFigures, computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import type {Iteration} from '../../../../source/domain/types.js';
import {assigneeChange, at, makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, people} from '../fixture.js';

/**
 * A small org in 2026-W47 (Berlin, Mon 16 – Sun 22 Nov, UTC+1), read after the week: its
 * working days are Mon 16 – Fri 20. Alex leads Sam; Bo has no team; Dana directs; Eve is
 * not on the roster.
 */
const sprint: Iteration = {id: 's42', name: 'Sprint 42', team: 'ENG', startsAt: at('2026-11-09T09:00:00+01:00'), endsAt: at('2026-11-20T18:00:00+01:00'), completedAt: at('2026-11-20T17:00:00+01:00')};
// Alex, Mon–Wed (completed Wed noon), planned.
const t1 = makeTicket({assigneeId: 'u-alex', startedAt: at('2026-11-16T09:00:00+01:00'), completedAt: at('2026-11-18T12:00:00+01:00')});
// Alex, all week, started the week before.
const t2 = makeTicket({assigneeId: 'u-alex', startedAt: at('2026-11-10T09:00:00+01:00')});
// Sam, created and started on Tuesday (under 48 h: unplanned), completed Thursday.
const t3 = makeTicket({assigneeId: 'u-sam', createdAt: at('2026-11-17T08:00:00+01:00'), startedAt: at('2026-11-17T10:00:00+01:00'), completedAt: at('2026-11-19T15:00:00+01:00')});
// Sam until Thursday noon, then Bo: Thursday counts for both.
const t4 = makeTicket({assigneeId: 'u-bo', startedAt: at('2026-11-02T09:00:00+01:00'), history: [assigneeChange('2026-11-19T12:00:00+01:00', 'u-sam', 'u-bo')]});
// The director, all week.
const t5 = makeTicket({assigneeId: 'u-dana', startedAt: at('2026-11-01T09:00:00+01:00')});
// Eve is not on the roster: her day is nobody's effort.
const t6 = makeTicket({assigneeId: 'u-eve', startedAt: at('2026-11-01T09:00:00+01:00')});
// Bo, joined Sprint 42 on Wednesday, after it started: unplanned.
const t7 = makeTicket({
	assigneeId: 'u-bo',
	startedAt: at('2026-11-18T09:00:00+01:00'),
	history: [{at: at('2026-11-18T08:00:00+01:00'), field: 'iteration', from: null, to: 's42', actorId: null}],
});
const tickets = [t1, t2, t3, t4, t5, t6, t7];
const classifications = classify([
	[t1, 'operational'],
	[t2, 'strategic'],
	[t3, 'operational'],
	[t4, 'strategic'],
	[t6, 'operational'],
	[t7, 'operational'],
]);

describe('effort in person-days', () => {
	it('splits each person-day over the tickets they held in progress that day', () => {
		const v2 = computeVersion2({...metricInput(tickets, {classifications, iterations: [sprint]}), people});
		const [alex, bo] = v2.effort.reports;
		// Alex: Mon–Wed t1 + t2 → ½ each; Thu, Fri t2 → 1. Operational t1 = 1.5, strategic t2 = 3.5.
		// Sam:  Mon t4 → 1; Tue–Thu t3 + t4 → ½ each; Fri nothing. Operational t3 = 1.5, strategic t4 = 2.5.
		// group(Alex) = Alex + Sam: operational 3, strategic 6, 9 person-days; share 3/9;
		// unplanned t3 = 1.5 → interrupt share 1.5/9.
		expect(alex).toMatchObject({name: 'Alex Kim', operational: 3, strategic: 6, unclassified: 0, personDays: 9, fteWeeks: 1.8, unplanned: 1.5});
		expect(alex?.operationalShare).toBeCloseTo(1 / 3, 10);
		expect(alex?.interruptShare).toBeCloseTo(1 / 6, 10);
		// Bo: Wed t7 → 1; Thu, Fri t4 + t7 → ½ each. Strategic t4 = 1, operational t7 = 2 (unplanned).
		expect(bo).toMatchObject({name: 'Bo Chen', operational: 2, strategic: 1, unclassified: 0, personDays: 3, unplanned: 2});
		expect(bo?.operationalShare).toBeCloseTo(2 / 3, 10);
		expect(bo?.interruptShare).toBeCloseTo(2 / 3, 10);
		// Org: the groups plus Dana's 5 unclassified days (t5); Eve's t6 counts for nobody.
		// operational 3 + 2 = 5, strategic 6 + 1 = 7, unclassified 5 → 17; unplanned 1.5 + 2 = 3.5.
		expect(v2.effort.org).toMatchObject({operational: 5, strategic: 7, unclassified: 5, personDays: 17, unplanned: 3.5});
		expect(v2.effort.org.operationalShare).toBeCloseTo(5 / 12, 10);
		expect(v2.effort.org.interruptShare).toBeCloseTo(3.5 / 17, 10);
		expect(v2.effort.org.fteWeeks).toBeCloseTo(17 / 5, 10);
	});

	it('names the tickets behind each figure by its path', () => {
		const {figures} = computeVersion2({...metricInput(tickets, {classifications, iterations: [sprint]}), people});
		expect([...(figures['effort.reports[Alex Kim].operational'] ?? [])].sort()).toEqual([t1.key, t3.key].sort());
		expect([...(figures['effort.reports[Alex Kim].strategic'] ?? [])].sort()).toEqual([t2.key, t4.key].sort());
		expect(figures['effort.reports[Bo Chen].unplanned']).toEqual([t7.key]);
		// Heaviest first: t7 took 2 days, t3 1.5.
		expect(figures['effort.org.unplanned']).toEqual([t7.key, t3.key]);
		expect(figures['effort.org.unclassified']).toEqual([t5.key]);
		expect(Object.values(figures).flat()).not.toContain(t6.key);
	});

	it('counts only the working days so far while the week runs', () => {
		// Wednesday noon: Mon–Wed. Alex: t1 + t2 → ½ each on each day.
		const v2 = computeVersion2(metricInput(tickets, {classifications, iterations: [sprint], now: at('2026-11-18T12:00:00+01:00')}));
		// Sam: Mon t4 → 1; Tue, Wed t3 + t4 → ½: operational 1, strategic 2.
		// group(Alex): operational 1.5 + 1 = 2.5, strategic 1.5 + 2 = 3.5, 6 person-days over 3 days × 2 people.
		expect(v2.effort.reports[0]).toMatchObject({operational: 2.5, strategic: 3.5, personDays: 6});
	});

	it('has no share when nobody worked', () => {
		const v2 = computeVersion2(metricInput([], {}));
		expect(v2.effort.org).toEqual({operational: 0, strategic: 0, unclassified: 0, operationalShare: null, interruptShare: null, personDays: 0, fteWeeks: 0, unplanned: 0});
	});

	it('gives a trend row per week, oldest first', () => {
		const trend = computeEffortTrend(metricInput(tickets, {classifications, iterations: [sprint], trendWeeks: 3}));
		expect(trend.map((row) => row.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
		expect(trend[2]?.org.personDays).toBe(17);
		// W46 (9–13 Nov): t2 from Tue 10, t4 (Sam), t5 (Dana) all week, t6 is Eve's.
		// Alex 4 days (t2), Sam 5 (t4), Dana 5 (t5) = 14.
		expect(trend[1]?.org.personDays).toBe(14);
	});

	it('gives the trend as figures: each week’s rows equal its own effort, each with the tickets behind it', () => {
		const input = metricInput(tickets, {classifications, iterations: [sprint], trendWeeks: 3});
		const trend = computeEffortTrendFigures(input);
		expect(trend.rows).toEqual(computeEffortTrend(input));
		// W47 is the week computeVersion2 reads: the same figures, the same tickets under the week's name.
		const v2 = computeVersion2({...input, people});
		expect(trend.rows[2]?.org).toEqual(v2.effort.org);
		for (const [path, keys] of Object.entries(v2.figures).filter(([key]) => key.startsWith('effort.') && !key.endsWith('eptRate'))) {
			expect(trend.figures[`effortTrend[2026-W47].${path.slice('effort.'.length)}`], path).toEqual(keys);
		}
		// W46 (9–13 Nov): t2 from Tue 10 (Alex), t4 (Sam; Bo only from the 19th), t5 (Dana) every day, t6 Eve's.
		expect([...(trend.figures['effortTrend[2026-W46].org.personDays'] ?? [])].sort()).toEqual([t2.key, t4.key, t5.key].sort());
		expect([...(trend.figures['effortTrend[2026-W46].reports[Alex Kim].strategic'] ?? [])].sort()).toEqual([t2.key, t4.key].sort());
		// W45 (2–6 Nov): t4 (Sam) from Mon 2, t5 (Dana); t2 not started yet.
		expect([...(trend.figures['effortTrend[2026-W45].org.personDays'] ?? [])].sort()).toEqual([t4.key, t5.key].sort());
	});
});
