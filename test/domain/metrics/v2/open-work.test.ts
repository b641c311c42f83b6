import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {orgAtRisk} from '../../../../source/domain/metrics/v2/org-at-risk.js';
import {resolveRoster} from '../../../../source/domain/roster.js';
import type {Ticket} from '../../../../source/domain/types.js';
import {at, dueDateChange, makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, people} from '../fixture.js';

const dayMs = 24 * 60 * 60 * 1000;
/** asOf(W47) read after the week: Mon 23 Nov 00:00 Berlin. */
const asOf = at('2026-11-23T00:00:00+01:00');
const daysBefore = (days: number): number => asOf - days * dayMs;

// The cycle-time sample: roster people completed ten tickets in W47 taking 1 … 10 days. Every
// group has fewer than 20, so every report reads the org's sample (director included).
const holders = ['u-dana', 'u-alex', 'u-sam', 'u-bo'];
const sample: Ticket[] = Array.from({length: 10}, (_, index) =>
	makeTicket({assigneeId: holders[index % 4], completedAt: at('2026-11-20T12:00:00+01:00'), startedAt: at('2026-11-20T12:00:00+01:00') - (index + 1) * dayMs}),
);
// Not in the sample: completed 13 weeks back, by someone off the roster, or never started.
const outside = [
	makeTicket({assigneeId: 'u-alex', completedAt: at('2026-08-20T12:00:00+02:00'), startedAt: at('2026-08-20T00:00:00+02:00')}),
	makeTicket({assigneeId: 'u-eve', completedAt: at('2026-11-20T12:00:00+01:00'), startedAt: at('2026-11-20T00:00:00+01:00')}),
	makeTicket({assigneeId: 'u-sam', completedAt: at('2026-11-20T12:00:00+01:00')}),
];

// Alex, age 2, due 25 Nov (ends Thu 26 00:00: 3 days left); first due date 20 Nov, already past.
const r1 = makeTicket({assigneeId: 'u-alex', startedAt: daysBefore(2), dueDate: '2026-11-25', history: [dueDateChange('2026-11-15T10:00:00+01:00', '2026-11-20', '2026-11-25')]});
// Alex, not started (age 0), due 29 Nov: 7 days left.
const r2 = makeTicket({assigneeId: 'u-alex', dueDate: '2026-11-29'});
// Bo, age 7, due 10 Dec (18 days left): only 8, 9, 10 exceed 7 → too few.
const r3 = makeTicket({assigneeId: 'u-bo', startedAt: daysBefore(7), dueDate: '2026-12-10'});
// Bo, due 21 Dec: after W47's Sunday + 28 days (20 Dec), left out.
const r4 = makeTicket({assigneeId: 'u-bo', dueDate: '2026-12-21'});
// Bo, age 7, due 18 Nov: past due → 0 even with too few samples.
const r5 = makeTicket({assigneeId: 'u-bo', startedAt: daysBefore(7), dueDate: '2026-11-18'});
// Sam (Alex's group), not started, due 20 Dec, the last day included: 28 days left.
const r6 = makeTicket({assigneeId: 'u-sam', dueDate: '2026-12-20'});
// Alex, age 9.5 (> the 85th percentile, 9); moved between sprints 2 days ago: not stalled.
const a1 = makeTicket({assigneeId: 'u-alex', startedAt: daysBefore(9.5), history: [{at: daysBefore(2), field: 'iteration', from: 's1', to: 's2', actorId: null}]});
// Alex, age exactly 9: not aging; no change for 9 days: stalled.
const a2 = makeTicket({assigneeId: 'u-alex', startedAt: daysBefore(9)});

// Fires: open operational tickets nobody or only the director holds, oldest first.
const f1 = makeTicket({createdAt: at('2026-11-10T00:00:00+01:00')});
const f2 = makeTicket({assigneeId: 'u-dana', createdAt: at('2026-11-20T12:00:00+01:00')});
const f3 = makeTicket({createdAt: at('2026-11-02T00:00:00+01:00'), completedAt: at('2026-11-19T00:00:00+01:00')});
const f4 = makeTicket({createdAt: at('2026-11-02T00:00:00+01:00')});
const f5 = makeTicket({assigneeId: 'u-alex', createdAt: at('2026-11-02T00:00:00+01:00')});
const f6 = makeTicket({createdAt: at('2026-11-01T00:00:00+01:00')});

const tickets = [...sample, ...outside, r1, r2, r3, r4, r5, r6, a1, a2, f1, f2, f3, f4, f5, f6];
const classifications = classify([
	[f1, 'operational'],
	[f2, 'operational'],
	[f3, 'operational'],
	[f4, 'strategic'],
	[f5, 'operational'],
	[f6, 'operational'],
]);
const v2 = computeVersion2({...metricInput(tickets, {classifications}), people});

describe('promise risk', () => {
	it('gives each open ticket due within 28 days its on-time and kept probabilities', () => {
		expect(v2.promiseRisk).toEqual([
			// r1: c > 2 → 3…10 (8); 2 < c ≤ 5 → 3, 4, 5 → 3/8, at risk. First due 20 Nov is past: 0.
			{key: r1.key, report: 'Alex Kim', dueDate: '2026-11-25', firstDueDate: '2026-11-20', onTimeProbability: 3 / 8, keptProbability: 0, atRisk: true},
			// r2: every c > 0 (10); c ≤ 7 → 7/10.
			{key: r2.key, report: 'Alex Kim', dueDate: '2026-11-29', firstDueDate: '2026-11-29', onTimeProbability: 0.7, keptProbability: 0.7, atRisk: false},
			// r6: c ≤ 28 → 10/10.
			{key: r6.key, report: 'Alex Kim', dueDate: '2026-12-20', firstDueDate: '2026-12-20', onTimeProbability: 1, keptProbability: 1, atRisk: false},
			// r5: past due → 0 with 3 samples; at risk.
			{key: r5.key, report: 'Bo Chen', dueDate: '2026-11-18', firstDueDate: '2026-11-18', onTimeProbability: 0, keptProbability: 0, atRisk: true},
			// r3: 3 samples exceed its age → unknown, and unknown is not at risk.
			{key: r3.key, report: 'Bo Chen', dueDate: '2026-12-10', firstDueDate: '2026-12-10', onTimeProbability: null, keptProbability: null, atRisk: false},
		]);
	});

	it('names the cycle times the probabilities count, and the at-risk tickets per report', () => {
		// Every report reads the org's sample here (the ten tickets), so no report has a sample path of its own.
		expect(v2.figures['promiseRisk.orgSample']).toEqual(sample.map((ticket) => ticket.key));
		expect(v2.figures['promiseRisk.sample[Alex Kim]']).toBeUndefined();
		expect(v2.figures['promiseRisk.atRisk']).toEqual([r1.key, r5.key]);
		expect(v2.figures['promiseRisk.atRisk[Bo Chen]']).toEqual([r5.key]);
	});
});

describe('aging', () => {
	it('flags open tickets in progress past the 85th percentile, and stalled ones', () => {
		// 85th percentile of 1…10, nearest rank: the ⌈8.5⌉ = 9th smallest = 9 days.
		expect(v2.aging).toEqual([
			{key: a1.key, report: 'Alex Kim', ageDays: 9.5, aging: true, stalled: false},
			{key: a2.key, report: 'Alex Kim', ageDays: 9, aging: false, stalled: true},
			// r1 started 2 days ago: its start is its latest change.
			{key: r1.key, report: 'Alex Kim', ageDays: 2, aging: false, stalled: false},
			{key: r3.key, report: 'Bo Chen', ageDays: 7, aging: false, stalled: true},
			{key: r5.key, report: 'Bo Chen', ageDays: 7, aging: false, stalled: true},
		]);
	});
});

describe('unowned fires', () => {
	it('lists open operational tickets held by nobody or the director, oldest first, aged from creation', () => {
		expect(v2.unownedFires).toEqual([
			{key: f6.key, assignee: null, ageDays: 22},
			{key: f1.key, assignee: null, ageDays: 13},
			{key: f2.key, assignee: 'Dana Director', ageDays: 2.5},
		]);
		expect(v2.figures['unownedFires']).toEqual([f6.key, f1.key, f2.key]);
	});
});

describe('a group with a sample of its own', () => {
	it('reads its own 20 cycle times, not the org\'s', () => {
		// Bo completed 20 tickets taking 1 … 20 days; Alex's group none, so it reads the org's (the same 20).
		const own = Array.from({length: 20}, (_, index) =>
			makeTicket({assigneeId: 'u-bo', completedAt: at('2026-11-20T12:00:00+01:00'), startedAt: at('2026-11-20T12:00:00+01:00') - (index + 1) * dayMs}),
		);
		// Bo's open ticket, age 7, due 25 Nov (3 days left): c > 7 → 8…20 (13); 7 < c ≤ 10 → 8, 9, 10 → 3/13.
		const open = makeTicket({assigneeId: 'u-bo', startedAt: daysBefore(7), dueDate: '2026-11-25'});
		const result = computeVersion2(metricInput([...own, open]));
		expect(result.promiseRisk).toEqual([{key: open.key, report: 'Bo Chen', dueDate: '2026-11-25', firstDueDate: '2026-11-25', onTimeProbability: 3 / 13, keptProbability: 3 / 13, atRisk: true}]);
		// 85th percentile of 1…20: the 17th smallest, 17 days; age 7 is not aging; 7 days unchanged is stalled.
		expect(result.aging).toEqual([{key: open.key, report: 'Bo Chen', ageDays: 7, aging: false, stalled: true}]);
		expect(result.figures['promiseRisk.sample[Bo Chen]']).toEqual(own.map((ticket) => ticket.key));
	});
});

describe('groups that overlap', () => {
	it('count a ticket at risk once for the org, though it is listed under both reports', () => {
		// Sam is in Alex's team and in Bo's: Sam's ticket is listed under each report, and the org's lists name it once.
		const overlapping = resolveRoster({director: 'dana@example.com', reports: [{name: 'Alex Kim', id: 'alexk', team: ['sam@example.com']}, {name: 'Bo Chen', id: 'u-bo', team: ['u-sam']}]}, people);
		// Past due and started 7 days ago: on time 0, at risk, and in progress for aging.
		const samTicket = makeTicket({assigneeId: 'u-sam', startedAt: daysBefore(7), dueDate: '2026-11-18'});
		const result = computeVersion2({...metricInput([...sample, samTicket]), roster: overlapping, people});
		expect(result.promiseRisk.map((risk) => [risk.key, risk.report, risk.atRisk])).toEqual([
			[samTicket.key, 'Alex Kim', true],
			[samTicket.key, 'Bo Chen', true],
		]);
		expect(result.figures['promiseRisk.atRisk']).toEqual([samTicket.key]);
		expect(result.figures['promiseRisk']).toEqual([samTicket.key]);
		expect(result.figures['aging']).toEqual([samTicket.key]);
		expect(result.figures['promiseRisk.atRisk[Bo Chen]']).toEqual([samTicket.key]);
		expect(orgAtRisk(result.promiseRisk)).toHaveLength(1);
	});
});
