/**
 * An independent reading of metrics.md "Version 2 metrics" and "Version 2 readings", written
 * from the text before reading source/domain/metrics/v2, on small orgs worked by hand. Every
 * expected number below is a hand number; the comments show the working. 2026-W47 in Berlin
 * (UTC+1): Monday 16 to Sunday 22 November; its end is Monday 23 November 00:00.
 */
import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {resolveRoster} from '../../../../source/domain/roster.js';
import {parseWeekArgument} from '../../../../source/domain/week.js';
import type {HistoryEvent, Iteration, Ticket} from '../../../../source/domain/types.js';
import {jsonExportOf} from '../../../support/json-export-of.js';
import {assigneeChange, at, dueDateChange, makePerson, makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, people} from '../fixture.js';

const dayMs = 24 * 60 * 60 * 1000;
const endOfW = at('2026-11-23T00:00:00+01:00');

function moved(when: string, from: string | null, to: string | null): HistoryEvent {
	return {at: at(when), field: 'iteration', from, to, actorId: null};
}

function byKey<T extends {key: string}>(list: readonly T[]): T[] {
	return [...list].sort((a, b) => a.key.localeCompare(b.key));
}

describe('effort when two reports share a team member, the director works and a ticket changes hands mid-day', () => {
	// Sam is in both Alex's and Bo's teams (metrics.md: group(R) = {R} ∪ team(R); nothing forbids overlap).
	const sharedRoster = resolveRoster(
		{director: 'dana@example.com', reports: [{name: 'Alex Kim', id: 'u-alex', team: ['u-sam']}, {name: 'Bo Chen', id: 'u-bo', team: ['u-sam']}]},
		people,
	);
	// T1 strategic, Sam's all week, started before W. T2 operational, Sam's, created Mon 09:00 and
	// started Mon 10:00 (1 h: unplanned), completed Wed 12:00 (in progress on Wed: completedAt ≥ start of Wed).
	const t1 = makeTicket({key: 'T-1', assigneeId: 'u-sam', startedAt: at('2026-11-13T10:00:00+01:00')});
	const t2 = makeTicket({key: 'T-2', assigneeId: 'u-sam', createdAt: at('2026-11-16T09:00:00+01:00'), startedAt: at('2026-11-16T10:00:00+01:00'), completedAt: at('2026-11-18T12:00:00+01:00')});
	// T3 unclassified, the director's all week. T4 strategic, Bo's until Thu 15:00, then Eve's (not on the roster).
	const t3 = makeTicket({key: 'T-3', assigneeId: 'u-dana', startedAt: at('2026-11-10T10:00:00+01:00')});
	const t4 = makeTicket({key: 'T-4', assigneeId: 'u-eve', startedAt: at('2026-11-10T10:00:00+01:00'), history: [assigneeChange('2026-11-19T15:00:00+01:00', 'u-bo', 'u-eve')]});
	const tickets = [t1, t2, t3, t4];
	const classifications = classify([[t1, 'strategic'], [t2, 'operational'], [t4, 'strategic']]);
	const input = {...metricInput(tickets, {classifications}), roster: sharedRoster, people};

	it('gives the shared member to both groups and to the org once; the director only to the org', () => {
		// Sam: Mon–Wed T1 and T2 half a day each, Thu and Fri T1 whole → strategic 3.5, operational 1.5 (unplanned).
		// Bo: Mon–Thu T4 (Thu: held at its start) → strategic 4; Fri nothing. Dana: T3 five days, unclassified.
		const {effort} = computeVersion2(input);
		const [alex, bo] = effort.reports;
		expect(alex).toMatchObject({name: 'Alex Kim', operational: 1.5, strategic: 3.5, unclassified: 0, operationalShare: 0.3, interruptShare: 0.3});
		expect(bo).toMatchObject({name: 'Bo Chen', operational: 1.5, strategic: 7.5, unclassified: 0});
		expect(bo?.operationalShare).toBeCloseTo(1.5 / 9, 12);
		expect(bo?.interruptShare).toBeCloseTo(1.5 / 9, 12);
		// Org: Sam once, Bo, Dana: 1.5 + 7.5 + 5 = 14 person-days, 2.8 FTE-weeks.
		expect(effort.org).toMatchObject({operational: 1.5, strategic: 7.5, unclassified: 5});
		expect(effort.org.interruptShare).toBeCloseTo(1.5 / 14, 12);
		expect(effort.org.personDays).toBe(14);
		expect(effort.org.fteWeeks).toBeCloseTo(2.8, 12);

		const json = jsonExportOf(input);
		expect(json.effort.org).toMatchObject({operational: 1.5, strategic: 7.5, unclassified: 5});
		expect(json.effort.reports.map((report) => report.name)).toEqual(['Alex Kim', 'Bo Chen']);
	});

	it('counts only Monday to the calendar date of asOf while the week runs, and all five days from Saturday on', () => {
		// now Wed 10:00: Mon, Tue, Wed. Sam: T1 and T2 half each → strategic 1.5, operational 1.5.
		const wednesday = computeVersion2({...input, settings: {...input.settings, now: at('2026-11-18T10:00:00+01:00')}});
		expect(wednesday.effort.reports[0]).toMatchObject({operational: 1.5, strategic: 1.5});
		// now Saturday: the week's five working days, as after it.
		const saturday = computeVersion2({...input, settings: {...input.settings, now: at('2026-11-21T10:00:00+01:00')}});
		expect(saturday.effort.reports[0]).toMatchObject({operational: 1.5, strategic: 3.5});
	});
});

describe('unplanned at its edges: 48 h exactly, a join at the iteration start instant, a join after W', () => {
	// An iteration running since Mon 16 Nov 00:00.
	const ops: Iteration = {id: 'ops-1', name: 'Ops 1', team: 'OPS', startsAt: at('2026-11-16T00:00:00+01:00'), endsAt: at('2026-11-30T00:00:00+01:00'), completedAt: null};
	const wednesday = at('2026-11-18T08:00:00+01:00');
	// U1 started exactly 48 h after creation: planned. U2 47 h 59 min: unplanned.
	const u1 = makeTicket({key: 'U-1', assigneeId: 'u-bo', createdAt: at('2026-11-16T08:00:00+01:00'), startedAt: wednesday});
	const u2 = makeTicket({key: 'U-2', assigneeId: 'u-bo', createdAt: at('2026-11-16T08:01:00+01:00'), startedAt: wednesday});
	// U3 joined at the iteration's start instant: planned. U4 joined after W: not unplanned in W. U5 joined Tue: unplanned.
	const u3 = makeTicket({key: 'U-3', assigneeId: 'u-bo', startedAt: wednesday, iterationId: 'ops-1', history: [moved('2026-11-16T00:00:00+01:00', null, 'ops-1')]});
	const u4 = makeTicket({key: 'U-4', assigneeId: 'u-bo', startedAt: wednesday, iterationId: 'ops-1', history: [moved('2026-11-24T10:00:00+01:00', null, 'ops-1')]});
	const u5 = makeTicket({key: 'U-5', assigneeId: 'u-bo', startedAt: wednesday, iterationId: 'ops-1', history: [moved('2026-11-17T10:00:00+01:00', null, 'ops-1')]});
	const tickets = [u1, u2, u3, u4, u5];
	const classifications = classify([[u1, 'strategic'], [u2, 'operational'], [u4, 'strategic'], [u5, 'operational']]);

	it('splits Bo\'s Wednesday to Friday over five tickets, two of them unplanned', () => {
		// Each ticket 3/5 = 0.6 person-day. operational U2 U5 = 1.2, strategic U1 U4 = 1.2, unclassified U3 = 0.6;
		// unplanned U2 U5 = 1.2 of 3 → 0.4.
		const {effort, figures} = computeVersion2({...metricInput(tickets, {classifications, iterations: [ops]}), people});
		const bo = effort.reports[1];
		expect(bo?.name).toBe('Bo Chen');
		expect(bo?.operational).toBeCloseTo(1.2, 12);
		expect(bo?.strategic).toBeCloseTo(1.2, 12);
		expect(bo?.unclassified).toBeCloseTo(0.6, 12);
		expect(bo?.operationalShare).toBeCloseTo(0.5, 12);
		expect(bo?.interruptShare).toBeCloseTo(0.4, 12);
		// The tickets behind Bo's unplanned person-days (the share's own list is its denominator: all five).
		const unplannedPaths = Object.keys(figures).filter((path) => path.startsWith('effort.reports') && path.includes('Bo Chen') && path.endsWith('.unplanned'));
		expect(unplannedPaths).toHaveLength(1);
		expect(new Set(figures[unplannedPaths[0] ?? ''])).toEqual(new Set(['U-2', 'U-5']));
	});
});

describe('promise risk, aging and unowned fires, read after W (asOf = Mon 23 Nov 00:00)', () => {
	const friday = at('2026-11-20T12:00:00+01:00');
	const completedAfter = (key: string, assigneeId: string, days: number, completedAt = friday): Ticket =>
		makeTicket({key, assigneeId, startedAt: completedAt - days * dayMs, completedAt});
	// C (every group has fewer than 20, so the org's, director included):
	// S-1 completed at W36's first instant (Mon 31 Aug 00:00 CEST), cycle 7 days: in.
	// S-2..S-6 completed Fri 20 Nov, cycles 1–5 days; S-D the director's, 6 days: in.
	// Out: S-0 completed a minute before W36; S-E Eve's (not on the roster); S-C canceled; S-7 completed at W's end.
	const sample = [
		completedAfter('S-1', 'u-alex', 7, at('2026-08-31T00:00:00+02:00')),
		completedAfter('S-0', 'u-alex', 0.25, at('2026-08-30T23:59:00+02:00')),
		...[1, 2, 3, 4, 5].map((days, index) => completedAfter(`S-${index + 2}`, ['u-alex', 'u-sam', 'u-bo', 'u-alex', 'u-sam'][index] ?? 'u-bo', days)),
		completedAfter('S-D', 'u-dana', 6),
		completedAfter('S-E', 'u-eve', 2.5),
		makeTicket({key: 'S-C', assigneeId: 'u-bo', startedAt: friday - 0.5 * dayMs, canceledAt: friday}),
		completedAfter('S-7', 'u-bo', 0.1, endOfW),
	];
	// C = {1, 2, 3, 4, 5, 6, 7}; its 85th percentile is the ⌈0.85·7⌉ = 6th smallest: 6.

	// P-1 Alex's, not started (a = 0), due Sunday + 28 = 20 Dec: t = 28 days; all 7 of c > 0 are ≤ 28 → 1.
	const p1 = makeTicket({key: 'P-1', assigneeId: 'u-alex', dueDate: '2026-12-20'});
	// P-2 due a day later: not in promise risk.
	const p2 = makeTicket({key: 'P-2', assigneeId: 'u-alex', dueDate: '2026-12-21'});
	// P-3 Bo's, started Sat 21 Nov 00:00 (a = 2), due Tue 24 Nov (t = 2): c > 2: {3..7} = 5; c ≤ 4: {3, 4} → 0.4, at risk.
	// Its first due date, 20 Nov, is past → keptProbability 0.
	const p3 = makeTicket({
		key: 'P-3', assigneeId: 'u-bo', startedAt: at('2026-11-21T00:00:00+01:00'), dueDate: '2026-11-24',
		history: [dueDateChange('2026-11-01T10:00:00+01:00', null, '2026-11-20'), dueDateChange('2026-11-19T10:00:00+01:00', '2026-11-20', '2026-11-24')],
	});
	// P-4 Sam's (Alex's group), past due: 0 though no c exceeds its age of 11 days; at risk. Aging (11 > 6) and stalled (started 11 days ago, no change since).
	const p4 = makeTicket({key: 'P-4', assigneeId: 'u-sam', startedAt: at('2026-11-12T00:00:00+01:00'), dueDate: '2026-11-10'});
	// P-5 the director's: in no group.
	const p5 = makeTicket({key: 'P-5', assigneeId: 'u-dana', dueDate: '2026-11-25'});
	// P-6 Bo's until Sat 21 Nov, then Alex's: Alex's at the end of W. Not started, due Mon 23 Nov (t = 1): {1} of 7 → 1/7, at risk.
	const p6 = makeTicket({key: 'P-6', assigneeId: 'u-alex', dueDate: '2026-11-23', history: [assigneeChange('2026-11-21T10:00:00+01:00', 'u-bo', 'u-alex')]});
	// P-7 Bo's, canceled Fri: not open.
	const p7 = makeTicket({key: 'P-7', assigneeId: 'u-bo', dueDate: '2026-11-24', canceledAt: friday});
	// P-8 Bo's, started Sun 22 Nov 00:00 (a = 1), completed after W (still open as of asOf), due Fri 27 Nov (t = 5):
	// c > 1: {2..7} = 6; c ≤ 6: {2..6} = 5 → 5/6.
	const p8 = makeTicket({key: 'P-8', assigneeId: 'u-bo', startedAt: at('2026-11-22T00:00:00+01:00'), completedAt: at('2026-11-24T10:00:00+01:00'), dueDate: '2026-11-27'});
	// Aging only (no due date), Bo's: A-1 age 7 > 6, moved between iterations Fri 20 Nov (3 days ago): aging, not stalled.
	// A-2 age 5, last change exactly 5 days ago: stalled, not aging. A-3 age exactly 6: not aging; stalled.
	const a1 = makeTicket({key: 'A-1', assigneeId: 'u-bo', startedAt: at('2026-11-16T00:00:00+01:00'), iterationId: 'x', history: [moved('2026-11-20T00:00:00+01:00', null, 'x')]});
	const a2 = makeTicket({key: 'A-2', assigneeId: 'u-bo', startedAt: at('2026-11-18T00:00:00+01:00')});
	const a3 = makeTicket({key: 'A-3', assigneeId: 'u-bo', startedAt: at('2026-11-17T00:00:00+01:00')});
	// Fires: F-2 the director's, created 1 Nov (22 days); F-1 nobody's, created 10 Nov (13 days); F-4 Alex's until Sat,
	// then nobody's, created Sun 15 Nov 12:00 (7.5 days). Not fires: F-3 the director's until Sun, then Alex's;
	// F-5 canceled; F-6 strategic.
	const f1 = makeTicket({key: 'F-1', createdAt: at('2026-11-10T00:00:00+01:00')});
	const f2 = makeTicket({key: 'F-2', assigneeId: 'u-dana', createdAt: at('2026-11-01T00:00:00+01:00')});
	const f3 = makeTicket({key: 'F-3', assigneeId: 'u-alex', createdAt: at('2026-11-02T00:00:00+01:00'), history: [assigneeChange('2026-11-22T10:00:00+01:00', 'u-dana', 'u-alex')]});
	const f4 = makeTicket({key: 'F-4', createdAt: at('2026-11-15T12:00:00+01:00'), history: [assigneeChange('2026-11-21T10:00:00+01:00', 'u-alex', null)]});
	const f5 = makeTicket({key: 'F-5', createdAt: at('2026-11-03T00:00:00+01:00'), canceledAt: friday});
	const f6 = makeTicket({key: 'F-6', createdAt: at('2026-11-04T00:00:00+01:00')});
	const tickets = [...sample, p1, p2, p3, p4, p5, p6, p7, p8, a1, a2, a3, f1, f2, f3, f4, f5, f6];
	const classifications = classify([...[f1, f2, f3, f4, f5].map((ticket) => [ticket, 'operational'] as const), [f6, 'strategic']]);
	const input = {...metricInput(tickets, {classifications}), people};

	it('gives each open promise due by Sunday + 28 its probabilities against the org\'s sample', () => {
		const {promiseRisk} = computeVersion2(input);
		expect(byKey(promiseRisk).map(({key, report, dueDate, firstDueDate, onTimeProbability, keptProbability, atRisk}) => ({key, report, dueDate, firstDueDate, onTimeProbability, keptProbability, atRisk}))).toEqual([
			{key: 'P-1', report: 'Alex Kim', dueDate: '2026-12-20', firstDueDate: '2026-12-20', onTimeProbability: 1, keptProbability: 1, atRisk: false},
			{key: 'P-3', report: 'Bo Chen', dueDate: '2026-11-24', firstDueDate: '2026-11-20', onTimeProbability: 0.4, keptProbability: 0, atRisk: true},
			{key: 'P-4', report: 'Alex Kim', dueDate: '2026-11-10', firstDueDate: '2026-11-10', onTimeProbability: 0, keptProbability: 0, atRisk: true},
			{key: 'P-6', report: 'Alex Kim', dueDate: '2026-11-23', firstDueDate: '2026-11-23', onTimeProbability: 1 / 7, keptProbability: 1 / 7, atRisk: true},
			{key: 'P-8', report: 'Bo Chen', dueDate: '2026-11-27', firstDueDate: '2026-11-27', onTimeProbability: 5 / 6, keptProbability: 5 / 6, atRisk: false},
		]);
		const json = jsonExportOf(input);
		expect(new Set(json.figures['promiseRisk'])).toEqual(new Set(['P-1', 'P-3', 'P-4', 'P-6', 'P-8']));
	});

	it('flags aging past the 6th smallest of 7 cycle times, and stalled at 5 days, an iteration move being a change', () => {
		const {aging} = computeVersion2(input);
		expect(byKey(aging).map(({key, report, ageDays, aging: old, stalled}) => ({key, report, ageDays, aging: old, stalled}))).toEqual([
			{key: 'A-1', report: 'Bo Chen', ageDays: 7, aging: true, stalled: false},
			{key: 'A-2', report: 'Bo Chen', ageDays: 5, aging: false, stalled: true},
			{key: 'A-3', report: 'Bo Chen', ageDays: 6, aging: false, stalled: true},
			{key: 'P-3', report: 'Bo Chen', ageDays: 2, aging: false, stalled: false},
			{key: 'P-4', report: 'Alex Kim', ageDays: 11, aging: true, stalled: true},
			{key: 'P-8', report: 'Bo Chen', ageDays: 1, aging: false, stalled: false},
		]);
	});

	it('lists the open operational tickets of nobody or the director at the end of W, oldest created first', () => {
		const {unownedFires} = computeVersion2(input);
		expect(unownedFires.map(({key, assignee, ageDays}) => ({key, assignee, ageDays}))).toEqual([
			{key: 'F-2', assignee: 'Dana Director', ageDays: 22},
			{key: 'F-1', assignee: null, ageDays: 13},
			{key: 'F-4', assignee: null, ageDays: 7.5},
		]);
	});
});

describe('a group\'s own sample from 20 completions, not 19', () => {
	// Alex's group completes n tickets of 10 days each in W47; the rest of the org (Bo) 5 of 1 day.
	// P-9 Alex's, not started, due Fri 27 Nov (t = 5 days, a = 0).
	// Own sample (n = 20): c > 0: 20, c ≤ 5: none → 0, at risk. Org sample (n = 19, so 24): c ≤ 5: Bo's 5 → 5/24.
	const build = (n: number) => {
		const own = Array.from({length: n}, (_, index) => makeTicket({key: `G-${index}`, assigneeId: index % 2 === 0 ? 'u-alex' : 'u-sam', startedAt: at('2026-11-10T12:00:00+01:00'), completedAt: at('2026-11-20T12:00:00+01:00')}));
		const bo = Array.from({length: 5}, (_, index) => makeTicket({key: `B-${index}`, assigneeId: 'u-bo', startedAt: at('2026-11-19T12:00:00+01:00'), completedAt: at('2026-11-20T12:00:00+01:00')}));
		const promise = makeTicket({key: 'P-9', assigneeId: 'u-alex', dueDate: '2026-11-27'});
		return computeVersion2({...metricInput([...own, ...bo, promise]), people}).promiseRisk.find((entry) => entry.key === 'P-9');
	};

	it('reads the group\'s own 20 and the org\'s when it has 19', () => {
		expect(build(20)).toMatchObject({onTimeProbability: 0, atRisk: true});
		expect(build(19)?.onTimeProbability).toBeCloseTo(5 / 24, 12);
		expect(build(19)?.atRisk).toBe(true);
	});
});

describe('iterations: one ended in W, one running at W\'s end that closed after it, one started after W', () => {
	// ENG-1 ran from 9 Nov, completed Sun 22 Nov 23:00. OPS-1 ran from Mon 16 Nov 09:00, completed 4 Dec (after W):
	// read at the end of W it was running. ENG-2 started Mon 23 Nov 09:00: not reported.
	const eng1: Iteration = {id: 'eng-1', name: 'ENG 1', team: 'ENG', startsAt: at('2026-11-09T09:00:00+01:00'), endsAt: at('2026-11-23T09:00:00+01:00'), completedAt: at('2026-11-22T23:00:00+01:00')};
	const ops1: Iteration = {id: 'ops-1', name: 'OPS 1', team: 'OPS', startsAt: at('2026-11-16T09:00:00+01:00'), endsAt: at('2026-11-30T09:00:00+01:00'), completedAt: at('2026-12-04T17:00:00+01:00')};
	const eng2: Iteration = {id: 'eng-2', name: 'ENG 2', team: 'ENG', startsAt: at('2026-11-23T09:00:00+01:00'), endsAt: at('2026-12-07T09:00:00+01:00'), completedAt: null};
	const early = at('2026-11-01T10:00:00+01:00');
	const tickets = [
		// ENG 1: R-1 completed 22:30 (completed planned); R-2 completed 23:30, after the completion instant, still in it: neither.
		makeTicket({key: 'R-1', createdAt: early, iterationId: 'eng-1', completedAt: at('2026-11-22T22:30:00+01:00')}),
		makeTicket({key: 'R-2', createdAt: early, iterationId: 'eng-1', completedAt: at('2026-11-22T23:30:00+01:00')}),
		// OPS 1: Q-1 planned, open. Q-2 joined Wed (added), completed Thu. Q-3 joined after W: not added by W's end.
		makeTicket({key: 'Q-1', createdAt: early, iterationId: 'ops-1'}),
		makeTicket({key: 'Q-2', createdAt: early, iterationId: 'ops-1', completedAt: at('2026-11-19T10:00:00+01:00'), history: [moved('2026-11-18T10:00:00+01:00', null, 'ops-1')]}),
		makeTicket({key: 'Q-3', createdAt: early, iterationId: 'ops-1', history: [moved('2026-11-24T10:00:00+01:00', null, 'ops-1')]}),
		// Q-4 planned, completed Fri in it. Q-5 planned, completed after W. Q-6 planned, left Thu. Q-7 planned, left after W.
		makeTicket({key: 'Q-4', createdAt: early, iterationId: 'ops-1', completedAt: at('2026-11-20T10:00:00+01:00')}),
		makeTicket({key: 'Q-5', createdAt: early, iterationId: 'ops-1', completedAt: at('2026-11-25T10:00:00+01:00')}),
		makeTicket({key: 'Q-6', createdAt: early, history: [moved('2026-11-19T10:00:00+01:00', 'ops-1', null)]}),
		makeTicket({key: 'Q-7', createdAt: early, history: [moved('2026-11-25T10:00:00+01:00', 'ops-1', null)]}),
		// Q-8 planned, left Tue, came back Wed, completed Thu in it: completed planned, not removed, not added.
		makeTicket({key: 'Q-8', createdAt: early, iterationId: 'ops-1', completedAt: at('2026-11-19T12:00:00+01:00'), history: [moved('2026-11-17T10:00:00+01:00', 'ops-1', null), moved('2026-11-18T10:00:00+01:00', null, 'ops-1')]}),
	];

	it('reports ENG 1 as ended and OPS 1 as running, each figure read at its end', () => {
		const {iterations} = computeVersion2(metricInput(tickets, {iterations: [eng1, ops1, eng2]}));
		const figures = (name: string) => {
			const found = iterations.find((iteration) => iteration.name === name);
			return found && {running: found.running, team: found.team, planned: found.planned, added: found.added, removed: found.removed, completedPlanned: found.completedPlanned, planningAccuracy: found.planningAccuracy, scopeChange: found.scopeChange};
		};
		expect(iterations.map((iteration) => iteration.name).sort()).toEqual(['ENG 1', 'OPS 1']);
		// ENG 1: planned R-1 R-2; completed planned R-1 → 0.5.
		expect(figures('ENG 1')).toEqual({running: false, team: 'ENG', planned: 2, added: 0, removed: 0, completedPlanned: 1, planningAccuracy: 0.5, scopeChange: 0});
		// OPS 1 at W's end: planned Q-1 Q-4 Q-5 Q-6 Q-7 Q-8 = 6; added Q-2; removed Q-6; completed planned Q-4 Q-8 → 2/6; (1 + 1)/6.
		const ops = figures('OPS 1');
		expect(ops).toMatchObject({running: true, team: 'OPS', planned: 6, added: 1, removed: 1, completedPlanned: 2});
		expect(ops?.planningAccuracy).toBeCloseTo(1 / 3, 12);
		expect(ops?.scopeChange).toBeCloseTo(1 / 3, 12);
	});
});

describe('single responder by the assignee at completion, whoever that is', () => {
	const w46 = at('2026-11-11T12:00:00+01:00');
	const w47 = at('2026-11-18T12:00:00+01:00');
	const fire = (key: string, assigneeId: string | null, completedAt: number, component: string, history: HistoryEvent[] = []): Ticket =>
		makeTicket({key, assigneeId, completedAt, components: [component], history});
	const tickets = [
		// dns: Eve (not on the roster) completed 3 of 4 → "the person who completed the most": Eve, 0.75, single responder.
		fire('D-1', 'u-eve', w46, 'dns'), fire('D-2', 'u-eve', w46, 'dns'), fire('D-3', 'u-eve', w47, 'dns'), fire('D-4', 'u-alex', w47, 'dns'),
		// db: Sam completed 3 of 5 (D-7 handed to Alex after completion; D-9 nobody's) → Sam, 0.6, not single.
		// Read by the assignee now, Sam and Alex would tie at 2.
		fire('D-5', 'u-sam', w46, 'db'), fire('D-6', 'u-sam', w46, 'db'),
		fire('D-7', 'u-alex', w47, 'db', [assigneeChange('2026-11-19T10:00:00+01:00', 'u-sam', 'u-alex')]),
		fire('D-8', 'u-alex', w47, 'db'), fire('D-9', null, w47, 'db'),
	];
	const classifications = classify(tickets.map((ticket) => [ticket, 'operational'] as const));

	it('names Eve for dns and Sam for db', () => {
		const {themes} = computeVersion2({...metricInput(tickets, {classifications}), people});
		const of = (name: string) => themes.find((theme) => theme.name === name);
		expect(of('component:dns')).toMatchObject({count: 4, topResponder: 'Eve Outsider', topResponderShare: 0.75, singleResponder: true});
		expect(of('component:db')).toMatchObject({count: 5, topResponder: 'Sam Lee', topResponderShare: 0.6, singleResponder: false});
	});
});

describe('days left and age as instants, across the end of summer time (Berlin, 2026-W43)', () => {
	// Summer time ends Sun 25 Oct 03:00 CEST. now Sat 24 Oct 12:00 CEST: asOf = now, W43 running.
	const week = parseWeekArgument('2026-W43', 0, 'Europe/Berlin');
	const now = at('2026-10-24T12:00:00+02:00');
	const hourMs = 60 * 60 * 1000;
	const completedAt = at('2026-10-23T12:00:00+02:00');
	// C: 10 h, 20 h, 36.5 h, 40 h, 50 h (the org's; all completed in W43 before now).
	const sample = [10, 20, 36.5, 40, 50].map((hours, index) => makeTicket({key: `C-${index}`, assigneeId: 'u-alex', startedAt: completedAt - hours * hourMs, completedAt}));
	// K-1 not started, due Sun 25 Oct: its end is Mon 26 Oct 00:00 CET, 37 hours after now (not 36).
	// c ≤ 37 h: 10, 20, 36.5 → 3/5, not at risk (2/5 and at risk on a 24-hour day count).
	const k1 = makeTicket({key: 'K-1', assigneeId: 'u-bo', dueDate: '2026-10-25'});
	// K-2 Bo's, due Fri 23 Oct: past → 0. K-3 due Sat 24 Oct, today: 12 h left; c ≤ 12 h: 10 → 1/5.
	const k2 = makeTicket({key: 'K-2', assigneeId: 'u-bo', dueDate: '2026-10-23'});
	const k3 = makeTicket({key: 'K-3', assigneeId: 'u-bo', dueDate: '2026-10-24'});
	// K-4 due Sun 22 Nov = W43's Sunday (25 Oct) + 28: included although now's date + 28 is 21 Nov. K-5 due 23 Nov: not.
	const k4 = makeTicket({key: 'K-4', assigneeId: 'u-bo', dueDate: '2026-11-22'});
	const k5 = makeTicket({key: 'K-5', assigneeId: 'u-bo', dueDate: '2026-11-23'});
	const input = {...metricInput([...sample, k1, k2, k3, k4, k5], {week, now}), people};

	it('reads days left from the due date\'s local end, a 25-hour Sunday included', () => {
		const risk = byKey(computeVersion2(input).promiseRisk).map(({key, onTimeProbability, atRisk}) => ({key, onTimeProbability, atRisk}));
		expect(risk).toEqual([
			{key: 'K-1', onTimeProbability: 0.6, atRisk: false},
			{key: 'K-2', onTimeProbability: 0, atRisk: true},
			{key: 'K-3', onTimeProbability: 0.2, atRisk: true},
			{key: 'K-4', onTimeProbability: 1, atRisk: false},
		]);
	});
});

describe('a group\'s own sample counts completions by the assignee at completion', () => {
	// 19 completions by Alex's group, 10 days each; D-A completed by Sam (10 days), handed to Bo after: Alex's 20th.
	// D-B completed by Bo (1 day), handed to Alex after: Bo's. Bo also completes 4 more of 1 day.
	// P-9 Alex's, not started, due Fri 27 Nov (t = 5): own sample of 20 → 0 of 20 → 0, at risk.
	// Read by the assignee now, Alex's group would have 20 with D-B's 1 day → 1/20; fewer than 20 → the org's 5/25.
	const start = at('2026-11-10T12:00:00+01:00');
	const done = at('2026-11-20T12:00:00+01:00');
	const own = Array.from({length: 19}, (_, index) => makeTicket({key: `G-${index}`, assigneeId: 'u-alex', startedAt: start, completedAt: done}));
	const handedToBo = makeTicket({key: 'D-A', assigneeId: 'u-bo', startedAt: start, completedAt: done, history: [assigneeChange('2026-11-21T10:00:00+01:00', 'u-sam', 'u-bo')]});
	const handedToAlex = makeTicket({key: 'D-B', assigneeId: 'u-alex', startedAt: done - dayMs, completedAt: done, history: [assigneeChange('2026-11-21T10:00:00+01:00', 'u-bo', 'u-alex')]});
	const bo = Array.from({length: 4}, (_, index) => makeTicket({key: `B-${index}`, assigneeId: 'u-bo', startedAt: done - dayMs, completedAt: done}));
	const promise = makeTicket({key: 'P-9', assigneeId: 'u-alex', dueDate: '2026-11-27'});

	it('gives Alex\'s group its own 20 ten-day cycles', () => {
		const risk = computeVersion2({...metricInput([...own, handedToBo, handedToAlex, ...bo, promise]), people}).promiseRisk.find((entry) => entry.key === 'P-9');
		expect(risk).toMatchObject({onTimeProbability: 0, atRisk: true});
	});
});

describe('one roster person whose reference matches two accounts', () => {
	// "For each roster person P": Alex's team lists "Sam Lee", who has two accounts of that name.
	// One person has one day a day, whichever account holds the ticket.
	const twoSams = [...people, makePerson({id: 'u-sam2', name: 'Sam Lee', email: 'sam.lee@example.org'})];
	const roster = resolveRoster({director: 'dana@example.com', reports: [{name: 'Alex Kim', id: 'u-alex', team: ['Sam Lee']}]}, twoSams);
	const before = at('2026-11-10T10:00:00+01:00');
	// X-1 (operational) on the first account, X-2 (strategic) on the second, X-3 (unclassified) passed from the first
	// to the second on Wednesday: every day S(Sam, d) = {X-1, X-2, X-3}, a third of a day each → 5/3 each, 5 in all.
	const x1 = makeTicket({key: 'X-1', assigneeId: 'u-sam', startedAt: before});
	const x2 = makeTicket({key: 'X-2', assigneeId: 'u-sam2', startedAt: before});
	const x3 = makeTicket({key: 'X-3', assigneeId: 'u-sam2', startedAt: before, history: [assigneeChange('2026-11-18T10:00:00+01:00', 'u-sam', 'u-sam2')]});
	const input = {...metricInput([x1, x2, x3], {classifications: classify([[x1, 'operational'], [x2, 'strategic']])}), roster, people: twoSams};

	it('gives Sam five person-days in a five-day week, split over the three tickets', () => {
		const {effort} = computeVersion2(input);
		for (const figures of [effort.reports[0], effort.org]) {
			expect(figures?.personDays).toBeCloseTo(5, 12);
			expect(figures?.fteWeeks).toBeCloseTo(1, 12);
			expect(figures?.operational).toBeCloseTo(5 / 3, 12);
			expect(figures?.strategic).toBeCloseTo(5 / 3, 12);
			expect(figures?.unclassified).toBeCloseTo(5 / 3, 12);
		}
		expect(jsonExportOf(input).effort.org.operational).toBeCloseTo(5 / 3, 12);
	});

	it('counts the pager theme\'s four fires, two on each account, as Sam\'s alone: single responder', () => {
		const fire = (key: string, assigneeId: string, completedAt: string) =>
			makeTicket({key, assigneeId, completedAt: at(completedAt), components: ['pager']});
		const fires = [fire('Y-1', 'u-sam', '2026-11-11T12:00:00+01:00'), fire('Y-2', 'u-sam2', '2026-11-11T12:00:00+01:00'), fire('Y-3', 'u-sam', '2026-11-18T12:00:00+01:00'), fire('Y-4', 'u-sam2', '2026-11-18T12:00:00+01:00')];
		const {themes} = computeVersion2({...metricInput(fires, {classifications: classify(fires.map((ticket) => [ticket, 'operational'] as const))}), roster, people: twoSams});
		expect(themes[0]).toMatchObject({name: 'component:pager', count: 4, topResponder: 'Sam Lee', topResponderShare: 1, singleResponder: true});
	});
});

describe('age and stalled as elapsed time across the end of summer time (Berlin, 2026-W43, read after it)', () => {
	// asOf = W43's end, Mon 26 Oct 00:00 CET; summer time ended Sun 25 Oct 03:00 CEST.
	const week = parseWeekArgument('2026-W43', 0, 'Europe/Berlin');
	// G-1 started Sat 24 Oct 00:00 CEST: 49 hours before asOf → age 49/24 days (two calendar days, one of 25 hours).
	const g1 = makeTicket({key: 'G-1', assigneeId: 'u-bo', startedAt: at('2026-10-24T00:00:00+02:00')});
	// G-2 started Wed 21 Oct 01:00 CEST, no change since: exactly 120 hours → 5 days, stalled ("5 days or more").
	// G-3 started an hour later: 119 hours, not stalled.
	const g2 = makeTicket({key: 'G-2', assigneeId: 'u-bo', startedAt: at('2026-10-21T01:00:00+02:00')});
	const g3 = makeTicket({key: 'G-3', assigneeId: 'u-bo', startedAt: at('2026-10-21T02:00:00+02:00')});

	it('reads ages in hours over 24 and stalls at 120 hours', () => {
		const {aging} = computeVersion2({...metricInput([g1, g2, g3], {week}), people});
		const found = byKey(aging).map(({key, ageDays, stalled}) => ({key, ageDays, stalled}));
		expect(found).toEqual([
			{key: 'G-1', ageDays: 49 / 24, stalled: false},
			{key: 'G-2', ageDays: 5, stalled: true},
			{key: 'G-3', ageDays: 119 / 24, stalled: false},
		]);
	});
});
