/**
 * metrics.md clause by clause, on hand-built edge tickets the earlier readings
 * (handmade-reading.test.ts and the generated readings) do not build: each expected number is
 * worked out by hand from the text in the comment beside it, then compared with the domain and
 * with the schemaVersion 2 JSON export, whose `figures` must list exactly the counted keys.
 * Week 2026-W13 in Europe/Berlin: Monday 23 March to Sunday 29 March, whose 02:00 becomes 03:00
 * (the Sunday has 23 hours, the week 167), computed after W unless a case says otherwise.
 */
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics, type MetricInput} from '../../../source/domain/metrics/compute.js';
import {computeVersion2} from '../../../source/domain/metrics/v2/compute-v2.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import type {Category, Classification, HistoryEvent, Iteration, Ticket} from '../../../source/domain/types.js';
import type {JsonExport} from '../../../source/export/json.js';
import {jsonExportOf} from '../../support/json-export-of.js';
import {at, makePerson, makeTicket} from '../../support/ticket-builder.js';

const dayMs = 24 * 60 * 60 * 1000;
const zone = 'Europe/Berlin';
const afterW = at('2026-04-03T12:00:00+02:00');
const week = parseWeekArgument('2026-W13', afterW, zone);
/** asOf(W) once W is over: the next Monday 00:00 local, after the clocks went forward. */
const endOfW = at('2026-03-30T00:00:00+02:00');

const people = [
	makePerson({id: 'u-d', name: 'Dana Director'}),
	makePerson({id: 'u-a', name: 'Alex Kim'}),
	makePerson({id: 'u-s', name: 'Sam Lee'}),
	makePerson({id: 'u-b', name: 'Bo Chen'}),
	makePerson({id: 'u-x', name: 'Xena Outside'}),
];
const roster = resolveRoster({director: 'u-d', reports: [{name: 'Alex Kim', id: 'u-a', team: ['u-s']}, {name: 'Bo Chen', id: 'u-b', team: []}]}, people);

const assignee = (when: string, from: string | null, to: string | null): HistoryEvent => ({at: at(when), field: 'assignee', from, to, actorId: null});
const due = (when: string, from: string | null, to: string | null): HistoryEvent => ({at: at(when), field: 'dueDate', from, to, actorId: null});
const sprint = (when: string, from: string | null, to: string | null): HistoryEvent => ({at: at(when), field: 'iteration', from, to, actorId: null});
const status = (when: string, from: string, to: string): HistoryEvent => ({at: at(when), field: 'status', from, to, actorId: null});

interface Built {
	readonly tickets: Ticket[];
	readonly classifications: Map<string, Classification>;
}

/** Tickets keyed `<prefix>-<n>` in the order given; the category, when given, as a manual tag. */
function build(prefix: string, specs: ReadonlyArray<readonly [Partial<Ticket>, Category?]>): Built {
	const tickets: Ticket[] = [];
	const classifications = new Map<string, Classification>();
	specs.forEach(([partial, category], index) => {
		const id = `${prefix.toLowerCase()}-${index + 1}`;
		const history = [...(partial.history ?? [])].sort((a, b) => a.at - b.at);
		const createdAt = partial.createdAt ?? at('2026-01-05T09:00:00+01:00');
		const updatedAt = partial.updatedAt ?? Math.max(createdAt, partial.startedAt ?? -Infinity, partial.completedAt ?? -Infinity, partial.canceledAt ?? -Infinity, ...history.map((event) => event.at));
		tickets.push(makeTicket({id, key: `${prefix}-${index + 1}`, createdAt, ...partial, updatedAt, history}));
		if (category) classifications.set(id, {category, source: 'manual', reason: 'manual', confidence: 1, suggestion: null});
	});
	return {tickets, classifications};
}

function inputOf({tickets, classifications}: Built, now = afterW, iterations: readonly Iteration[] = []): MetricInput & {people: typeof people} {
	return {tickets, classifications, roster, week, iterations, people, settings: {timezone: zone, trendWeeks: 2, staleDays: 14, now}};
}

/** The keys a figure lists, in key order; `keys('P', 1, 3)` is ['P-1', 'P-3']. */
const keys = (prefix: string, ...numbers: number[]) => numbers.map((number) => `${prefix}-${number}`).sort();
const listed = (json: JsonExport, path: string) => [...(json.figures[path] ?? ['<no such path>'])].sort();

describe('Predictability in a week whose Sunday has 23 hours', () => {
	const built = build('P', [
		// 1: due Sunday, completed Sunday 23:30 local (after the clocks went forward): on time, kept.
		[{startedAt: at('2026-03-20T09:00:00+01:00'), completedAt: at('2026-03-29T23:30:00+02:00'), dueDate: '2026-03-29'}],
		// 2: due Wednesday, completed Tuesday and reopened Thursday, open now: late (not completed by asOf), broken.
		[{startedAt: at('2026-03-20T09:00:00+01:00'), dueDate: '2026-03-25', history: [status('2026-03-24T10:00:00+01:00', 'started', 'completed'), status('2026-03-26T10:00:00+01:00', 'completed', 'started')]}],
		// 3: due Tuesday, completed Friday 00:10: late by 3 calendar days.
		[{startedAt: at('2026-03-20T09:00:00+01:00'), completedAt: at('2026-03-27T00:10:00+01:00'), dueDate: '2026-03-24'}],
		// 4: due Thursday, completed Friday: late by 1.
		[{startedAt: at('2026-03-20T09:00:00+01:00'), completedAt: at('2026-03-27T10:00:00+01:00'), dueDate: '2026-03-26'}],
		// 5: canceled, due in W: neither due nor committed.
		[{startedAt: at('2026-03-20T09:00:00+01:00'), canceledAt: at('2026-03-25T10:00:00+01:00'), dueDate: '2026-03-26'}],
		// 6: first due 20 March (W12), moved to Saturday at W's first instant: one postponement; due and late, not committed.
		[{dueDate: '2026-03-28', history: [due('2026-03-23T00:00:00+01:00', '2026-03-20', '2026-03-28')]}],
		// 7: moved earlier in W (no postponement), completed on it: on time; first due 10 April, not committed.
		[{completedAt: at('2026-03-27T18:00:00+01:00'), dueDate: '2026-03-27', history: [due('2026-03-24T09:00:00+01:00', '2026-04-10', '2026-03-27')]}],
		// 8: a due date set from none in W (no postponement: nothing existing moved), completed at the next Monday 00:00: late by 4, broken.
		[{completedAt: endOfW, dueDate: '2026-03-26', history: [due('2026-03-24T09:00:00+01:00', null, '2026-03-26')]}],
		// 9: first due W's Sunday, moved later at the end instant of W (not during W): committed, neither kept nor broken.
		[{dueDate: '2026-04-05', history: [due('2026-03-30T00:00:00+02:00', '2026-03-29', '2026-04-05')]}],
		// 10: moved later, earlier, later again in W: two postponements; first due Tuesday: broken; current Friday, open: late.
		[{dueDate: '2026-03-27', history: [due('2026-03-23T09:00:00+01:00', '2026-03-24', '2026-03-25'), due('2026-03-24T09:00:00+01:00', '2026-03-25', '2026-03-23'), due('2026-03-25T09:00:00+01:00', '2026-03-23', '2026-03-27')]}],
		// 11: due W's Sunday, open: pending once W is over ("the calendar date of asOf(W)" is W's Sunday, not the Monday asOf falls on).
		[{dueDate: '2026-03-29'}],
		// 12: a canceled ticket's due date moved later in W: the postponement counts (the clause has no "non-canceled").
		[{canceledAt: at('2026-03-10T09:00:00+01:00'), dueDate: '2026-05-01', history: [due('2026-03-25T12:00:00+01:00', '2026-04-01', '2026-05-01')]}],
	]);
	const input = inputOf(built);

	it('due 9, on time 2, late 6, pending 1; committed 8, kept 1, broken 5; 4 postponements; median slip 3 days', () => {
		expect(computeWeekMetrics(input).predictability).toEqual({
			due: 9,
			onTime: 2,
			late: 6,
			pending: 1,
			onTimeRate: 2 / 8,
			committed: 8,
			kept: 1,
			broken: 5,
			keptRate: 1 / 6,
			postponements: 4,
			medianSlipDays: 3,
		});
	});

	it('the JSON figures list exactly the counted tickets', () => {
		const json = jsonExportOf(input);
		expect(listed(json, 'predictability.due')).toEqual(keys('P', 1, 2, 3, 4, 6, 7, 8, 10, 11));
		expect(listed(json, 'predictability.onTime')).toEqual(keys('P', 1, 7));
		expect(listed(json, 'predictability.late')).toEqual(keys('P', 2, 3, 4, 6, 8, 10));
		expect(listed(json, 'predictability.pending')).toEqual(keys('P', 11));
		expect(listed(json, 'predictability.committed')).toEqual(keys('P', 1, 2, 3, 4, 8, 9, 10, 11));
		expect(listed(json, 'predictability.kept')).toEqual(keys('P', 1));
		expect(listed(json, 'predictability.broken')).toEqual(keys('P', 2, 3, 4, 8, 10));
		expect(listed(json, 'predictability.postponements')).toEqual(keys('P', 6, 10, 12));
		expect(listed(json, 'predictability.medianSlipDays')).toEqual(keys('P', 3, 4, 8));
		expect(json.predictability.medianSlipDays).toBe(3);
	});

	it('while W runs (Friday 12:00), the calendar date of asOf is Friday: due Thursday open is late, due Saturday pending', () => {
		const friday = at('2026-03-27T12:00:00+01:00');
		const p = computeWeekMetrics(inputOf(built, friday)).predictability;
		// "Completed" means completed at any time (Readings), so 1, 3, 4, 7 and 8 are judged by their completions as before;
		// of the open ones, 2 (due Wednesday) is late, 6 (Saturday), 10 (Friday: not < Friday) and 11 (Sunday) are pending.
		// Postponements by Friday noon: 6's, 10's two, 12's; 9's move is after asOf.
		expect(p).toMatchObject({due: 9, onTime: 2, late: 4, pending: 3, postponements: 4});
	});
});

describe('Delegation: hand-overs, take-backs, stale at exactly 14 × 24 h across the clock change', () => {
	const built = build('D', [
		// 1: the director's unassigned ticket given to Alex in W: delegated to Alex; open, due Friday: overdue; changed in W: not stale.
		[{creatorId: 'u-d', assigneeId: 'u-a', dueDate: '2026-03-27', history: [assignee('2026-03-24T10:00:00+01:00', null, 'u-a')]}, 'operational'],
		// 2: created by the director in W already Sam's (Alex's group), completed by Sam in W: delegated, completed, strategic.
		[{creatorId: 'u-d', assigneeId: 'u-s', createdAt: at('2026-03-23T09:00:00+01:00'), startedAt: at('2026-03-23T10:00:00+01:00'), completedAt: at('2026-03-26T10:00:00+01:00')}, 'strategic'],
		// 3: someone else's ticket: director → Alex, Alex → director, director → Bo, all in W: delegated to both groups, one take-back from Alex.
		[{creatorId: 'u-x', assigneeId: 'u-b', history: [assignee('2026-03-01T10:00:00+01:00', null, 'u-d'), assignee('2026-03-23T10:00:00+01:00', 'u-d', 'u-a'), assignee('2026-03-24T10:00:00+01:00', 'u-a', 'u-d'), assignee('2026-03-25T10:00:00+01:00', 'u-d', 'u-b')]}, 'operational'],
		// 4: delegated to Alex long ago, last change exactly 14 × 24 h before asOf(W): stale.
		[{creatorId: 'u-d', assigneeId: 'u-a', createdAt: at('2026-03-01T09:00:00+01:00'), history: [assignee('2026-03-15T23:00:00+01:00', 'u-d', 'u-a')]}, 'strategic'],
		// 5: the same, last change 14 calendar days before yet one hour short of 14 × 24 h (the 23-hour Sunday): not stale.
		[{creatorId: 'u-d', assigneeId: 'u-a', createdAt: at('2026-03-01T09:00:00+01:00'), history: [assignee('2026-03-16T00:00:00+01:00', 'u-d', 'u-a')]}, 'strategic'],
		// 6: the director's own, completed in W: director.completed.
		[{creatorId: 'u-d', assigneeId: 'u-d', startedAt: at('2026-03-20T10:00:00+01:00'), completedAt: at('2026-03-25T10:00:00+01:00')}, 'operational'],
		// 7: Alex's own, completed in W, then handed to the director: Alex's completion (assignee at completion), a take-back, not the director's.
		[{creatorId: 'u-a', assigneeId: 'u-d', startedAt: at('2026-03-20T10:00:00+01:00'), completedAt: at('2026-03-25T10:00:00+01:00'), history: [assignee('2026-03-20T09:00:00+01:00', null, 'u-a'), assignee('2026-03-26T10:00:00+01:00', 'u-a', 'u-d')]}, 'operational'],
		// 8: the director's, director → nobody → Alex in W: the second change is a delegation (from nobody on the director's ticket).
		[{creatorId: 'u-d', assigneeId: 'u-a', history: [assignee('2026-02-01T10:00:00+01:00', null, 'u-d'), assignee('2026-03-24T10:00:00+01:00', 'u-d', null), assignee('2026-03-25T10:00:00+01:00', null, 'u-a')]}, 'strategic'],
		// 9: the director's own open ticket, never started: director.open.
		[{creatorId: 'u-d', assigneeId: 'u-d'}, 'operational'],
		// 10: Xena's own ticket given to Alex by Xena: not a delegation, not counted anywhere for Alex but nothing else.
		[{creatorId: 'u-x', assigneeId: 'u-a', history: [assignee('2026-03-24T10:00:00+01:00', 'u-x', 'u-a')]}, 'strategic'],
	]);
	const input = inputOf(built);

	it('delegated 4, takenBack 2, director open 1 and completed 1, rate 0.8; Alex: 4 delegated, 4 open, 1 overdue, 1 stale, 1 completed, share 0.5', () => {
		const d = computeWeekMetrics(input).delegation;
		expect(d).toEqual({
			director: {open: 1, completed: 1},
			delegated: 4,
			takenBack: 2,
			delegationRate: 0.8,
			reports: [
				{name: 'Alex Kim', delegated: 4, open: 4, completed: 1, overdue: 1, stale: 1, strategicShare: 0.5, takenBack: 2},
				{name: 'Bo Chen', delegated: 1, open: 1, completed: 0, overdue: 0, stale: 0, strategicShare: null, takenBack: 0},
			],
		});
	});

	it('the JSON figures list exactly the counted tickets', () => {
		const json = jsonExportOf(input);
		expect(listed(json, 'delegation.delegated')).toEqual(keys('D', 1, 2, 3, 8));
		expect(listed(json, 'delegation.takenBack')).toEqual(keys('D', 3, 7));
		expect(listed(json, 'delegation.director.open')).toEqual(keys('D', 9));
		expect(listed(json, 'delegation.director.completed')).toEqual(keys('D', 6));
		expect(listed(json, 'delegation.reports[0].open')).toEqual(keys('D', 1, 4, 5, 8));
		expect(listed(json, 'delegation.reports[0].stale')).toEqual(keys('D', 4));
		expect(listed(json, 'delegation.reports[0].overdue')).toEqual(keys('D', 1));
		expect(listed(json, 'delegation.reports[0].completed')).toEqual(keys('D', 2));
		expect(listed(json, 'delegation.reports[0].strategicShare')).toEqual(keys('D', 2, 7));
		expect(listed(json, 'delegation.reports[1].delegated')).toEqual(keys('D', 3));
	});
});

describe('Effort, interrupt share and commitment integrity with an iteration', () => {
	const sprintOne: Iteration = {id: 'it-1', name: 'Sprint 1', team: 'ENG', startsAt: at('2026-03-16T00:00:00+01:00'), endsAt: at('2026-03-28T00:00:00+01:00'), completedAt: at('2026-03-27T17:00:00+01:00')};
	const longAgo = {createdAt: at('2026-01-05T09:00:00+01:00'), startedAt: at('2026-02-01T09:00:00+01:00')};
	const effort = build('E', [
		// 1: Alex all week, planned: 1/2, 1/2, 1/3, 1/3, 1 person-days (strategic).
		[{...longAgo, assigneeId: 'u-a'}, 'strategic'],
		// 2: Alex, created Tuesday noon, started Wednesday 10:00 (< 48 h): unplanned; completed Thursday 09:00: Wednesday and Thursday.
		[{createdAt: at('2026-03-24T12:00:00+01:00'), startedAt: at('2026-03-25T10:00:00+01:00'), completedAt: at('2026-03-26T09:00:00+01:00'), assigneeId: 'u-a'}, 'operational'],
		// 3: Alex → Bo Thursday 15:00: both hold it on Thursday (unclassified).
		[{...longAgo, assigneeId: 'u-b', history: [assignee('2026-01-10T09:00:00+01:00', null, 'u-a'), assignee('2026-03-26T15:00:00+01:00', 'u-a', 'u-b')]}],
		// 4: Alex's, in progress on the weekend only: no person-day.
		[{createdAt: at('2026-03-01T09:00:00+01:00'), startedAt: at('2026-03-28T10:00:00+01:00'), assigneeId: 'u-a'}, 'operational'],
		// 5: Sam's, joined the sprint on Wednesday, after it started: unplanned (strategic).
		[{...longAgo, assigneeId: 'u-s', iterationId: 'it-1', history: [sprint('2026-03-25T10:00:00+01:00', null, 'it-1')]}, 'strategic'],
		// 6: Sam's, in the sprint since its creation, before the sprint started: planned (operational).
		[{...longAgo, assigneeId: 'u-s', iterationId: 'it-1'}, 'operational'],
		// 7: the director's, all week (operational): the org figure only.
		[{...longAgo, assigneeId: 'u-d'}, 'operational'],
		// 8: Xena's (off the roster): nobody's person-days.
		[{...longAgo, assigneeId: 'u-x'}, 'operational'],
	]);

	it('Alex: 19/6 operational, 31/6 strategic, 5/3 unclassified; interrupt 19/60; Bo: 2 unclassified, share null, interrupt 0; org 17', () => {
		const v2 = computeVersion2(inputOf(effort, afterW, [sprintOne]));
		const [alex, bo] = v2.effort.reports;
		expect(alex?.operational).toBeCloseTo(2 / 3 + 5 / 2, 12);
		expect(alex?.strategic).toBeCloseTo(8 / 3 + 5 / 2, 12);
		expect(alex?.unclassified).toBeCloseTo(5 / 3, 12);
		expect(alex?.operationalShare).toBeCloseTo(19 / 50, 12);
		expect(alex?.interruptShare).toBeCloseTo(19 / 6 / 10, 12);
		expect(bo).toMatchObject({operational: 0, strategic: 0, unclassified: 2, operationalShare: null, interruptShare: 0});
		expect(v2.effort.org.operational).toBeCloseTo(49 / 6, 12);
		expect(v2.effort.org.strategic).toBeCloseTo(31 / 6, 12);
		expect(v2.effort.org.unclassified).toBeCloseTo(11 / 3, 12);
		expect(v2.effort.org.personDays).toBeCloseTo(17, 12);
		expect(v2.effort.org.fteWeeks).toBeCloseTo(17 / 5, 12);
		expect(v2.effort.org.interruptShare).toBeCloseTo(19 / 6 / 17, 12);
		const json = jsonExportOf(inputOf(effort, afterW, [sprintOne]));
		// A report by its position in the file's effort.reports (the figure's JSON path).
		const report = (name: string) => `effort.reports[${json.effort.reports.findIndex((row) => row.name === name)}]`;
		expect(listed(json, `${report('Alex Kim')}.operational`)).toEqual(keys('E', 2, 6));
		expect(listed(json, `${report('Alex Kim')}.unplanned`)).toEqual(keys('E', 2, 5));
		expect(listed(json, `${report('Bo Chen')}.unclassified`)).toEqual(keys('E', 3));
		expect(listed(json, 'effort.org.operational')).toEqual(keys('E', 2, 6, 7));
	});

	it('while W runs (Wednesday 18:00) effort counts Monday to Wednesday; a group with no person-days has null shares, not 0', () => {
		const v2 = computeVersion2(inputOf(effort, at('2026-03-25T18:00:00+01:00'), [sprintOne]));
		const [alex, bo] = v2.effort.reports;
		// Alex: ½ ½ ⅓ of 1 and 3, ⅓ of 2; Sam: ½ a day each of 5 and 6 for three days.
		expect(alex?.operational).toBeCloseTo(1 / 3 + 3 / 2, 12);
		expect(alex?.strategic).toBeCloseTo(4 / 3 + 3 / 2, 12);
		expect(alex?.unclassified).toBeCloseTo(4 / 3, 12);
		expect(alex?.interruptShare).toBeCloseTo(11 / 6 / 6, 12);
		expect(bo).toMatchObject({operational: 0, strategic: 0, unclassified: 0, operationalShare: null, interruptShare: null});
		expect(v2.effort.org.personDays).toBeCloseTo(6 + 3, 12);
	});

	const plan = build('S', [
		// 1: in the sprint before its start, completed in it Thursday: planned, completed planned.
		[{iterationId: 'it-1', completedAt: at('2026-03-26T10:00:00+01:00'), history: [sprint('2026-03-13T10:00:00+01:00', null, 'it-1')]}],
		// 2: joined at the start instant: planned ("in I at its start instant"); open, still in it.
		[{iterationId: 'it-1', history: [sprint('2026-03-16T00:00:00+01:00', null, 'it-1')]}],
		// 3: planned, taken out on the 20th: removed.
		[{iterationId: null, history: [sprint('2026-03-13T10:00:00+01:00', null, 'it-1'), sprint('2026-03-20T10:00:00+01:00', 'it-1', null)]}],
		// 4: added on the 18th, completed in it: added, not completed planned.
		[{iterationId: 'it-1', completedAt: at('2026-03-27T16:00:00+01:00'), history: [sprint('2026-03-18T10:00:00+01:00', null, 'it-1')]}],
		// 5: added on the 19th, out on the 24th: added and removed.
		[{iterationId: null, history: [sprint('2026-03-19T10:00:00+01:00', null, 'it-1'), sprint('2026-03-24T10:00:00+01:00', 'it-1', null)]}],
		// 6: planned, completed at the sprint's completion instant: completed by its end.
		[{iterationId: 'it-1', completedAt: at('2026-03-27T17:00:00+01:00'), history: [sprint('2026-03-10T10:00:00+01:00', null, 'it-1')]}],
		// 7: planned, carried over to the next sprint at the completion instant: in it just before its end, not removed.
		[{iterationId: 'it-2', history: [sprint('2026-03-10T10:00:00+01:00', null, 'it-1'), sprint('2026-03-27T17:00:00+01:00', 'it-1', 'it-2')]}],
		// 8: planned, completed in it Wednesday, moved out Thursday: completed planned, not removed.
		[{iterationId: null, completedAt: at('2026-03-25T10:00:00+01:00'), history: [sprint('2026-03-10T10:00:00+01:00', null, 'it-1'), sprint('2026-03-26T10:00:00+01:00', 'it-1', null)]}],
		// 9: created into the sprint after it started, no history: added.
		[{iterationId: 'it-1', createdAt: at('2026-03-20T10:00:00+01:00')}],
		// 10: planned, canceled in it: neither completed nor removed.
		[{iterationId: 'it-1', canceledAt: at('2026-03-24T10:00:00+01:00'), history: [sprint('2026-03-10T10:00:00+01:00', null, 'it-1')]}],
	]);

	it('planned 7, added 3, removed 2, completed planned 3: accuracy 3/7, scope change 5/7', () => {
		const input = inputOf(plan, afterW, [sprintOne]);
		const [row] = computeVersion2(input).iterations;
		expect(row).toMatchObject({id: 'it-1', running: false, start: '2026-03-16', end: '2026-03-27', planned: 7, added: 3, removed: 2, completedPlanned: 3});
		expect(row?.planningAccuracy).toBeCloseTo(3 / 7, 12);
		expect(row?.scopeChange).toBeCloseTo(5 / 7, 12);
		const json = jsonExportOf(input);
		// The iteration by its position in the file's iterations (the figure's JSON path).
		const sprint = `iterations[${json.iterations.findIndex((iteration) => iteration.id === 'it-1')}]`;
		expect(listed(json, `${sprint}.planned`)).toEqual(keys('S', 1, 2, 3, 6, 7, 8, 10));
		expect(listed(json, `${sprint}.added`)).toEqual(keys('S', 4, 5, 9));
		expect(listed(json, `${sprint}.removed`)).toEqual(keys('S', 3, 5));
		expect(listed(json, `${sprint}.completedPlanned`)).toEqual(keys('S', 1, 6, 8));
	});
});

describe('Promise risk, aging and unowned fires from a sample that needs the director', () => {
	/** A completion in W11 by `holder` with a cycle time of `days`. */
	const sample = (holder: string, days: number): readonly [Partial<Ticket>, Category?] => {
		const completedAt = at('2026-03-11T12:00:00+01:00');
		return [{assigneeId: holder, startedAt: completedAt - days * dayMs, completedAt}, 'strategic'];
	};
	const built = build('R', [
		// 1–10: cycle times 1…10 days, five the director's, five Alex's: Alex's group has 5 (< 20), so C is the org's 10, director included.
		...[1, 2, 3, 4, 5].map((days) => sample('u-d', days)),
		...[6, 7, 8, 9, 10].map((days) => sample('u-a', days)),
		// 11: Xena's (off the roster), 0.5 days: not in the org's sample.
		sample('u-x', 0.5),
		// 12: started 8.8 days before asOf: p85 (nearest rank, the 9th of 10) is 9: not aging (interpolation would say 8.65); due Tuesday:
		// t = 2, C > 8.8 = {9, 10}: 2 < 5, null, not at risk. Last change 4.99 days before asOf: not stalled.
		[{assigneeId: 'u-a', startedAt: endOfW - 8.8 * dayMs, updatedAt: endOfW - 4.99 * dayMs, dueDate: '2026-03-31'}, 'strategic'],
		// 13: started 9.5 days before: aging; last change exactly 5 × 24 h before asOf: stalled; no due date.
		[{assigneeId: 'u-s', startedAt: endOfW - 9.5 * dayMs, updatedAt: endOfW - 5 * dayMs}, 'strategic'],
		// 14: not started, due Thursday after W: t = 4, a = 0: {1, 2, 3, 4} / 10 = 0.4: at risk.
		[{assigneeId: 'u-a', dueDate: '2026-04-02'}, 'strategic'],
		// 15: not started, due W's Sunday: t = 0: probability 0, at risk.
		[{assigneeId: 'u-a', dueDate: '2026-03-29'}, 'strategic'],
		// 16: due W's Sunday + 28 (included), first due 20 March: on time 1, kept 0.
		[{assigneeId: 'u-s', dueDate: '2026-04-26', history: [due('2026-03-01T10:00:00+01:00', '2026-03-20', '2026-04-26')]}, 'strategic'],
		// 17: due the day after that: not listed.
		[{assigneeId: 'u-a', dueDate: '2026-04-27'}, 'strategic'],
		// 18: started 2 days before asOf, due Wednesday after W: t = 3; C > 2 = 8 values, of them ≤ 5: {3, 4, 5}: 3/8.
		[{assigneeId: 'u-a', startedAt: endOfW - 2 * dayMs, dueDate: '2026-04-01'}, 'strategic'],
		// 19: an unassigned open fire, created 10 March; 20: the director's open fire, created 1 March; 21: a strategic unassigned one: no fire.
		[{createdAt: at('2026-03-10T00:00:00+01:00')}, 'operational'],
		[{createdAt: at('2026-03-01T00:00:00+01:00'), assigneeId: 'u-d'}, 'operational'],
		[{createdAt: at('2026-03-01T00:00:00+01:00')}, 'strategic'],
		// 22: an unassigned fire untouched since January 2025: every ticket in scope, however quiet, is a fire.
		[{createdAt: at('2025-01-01T00:00:00+01:00')}, 'operational'],
	]);
	const input = inputOf(built);

	it('probabilities, aging and stalled at their boundaries', () => {
		const v2 = computeVersion2(input);
		const risk = Object.fromEntries(v2.promiseRisk.map((entry) => [entry.key, entry]));
		expect(Object.keys(risk).sort()).toEqual(keys('R', 12, 14, 15, 16, 18));
		expect(risk['R-12']).toMatchObject({onTimeProbability: null, atRisk: false});
		expect(risk['R-14']).toMatchObject({onTimeProbability: 0.4, atRisk: true});
		expect(risk['R-15']).toMatchObject({onTimeProbability: 0, keptProbability: 0, atRisk: true});
		expect(risk['R-16']).toMatchObject({firstDueDate: '2026-03-20', onTimeProbability: 1, keptProbability: 0, atRisk: false});
		expect(risk['R-18']?.onTimeProbability).toBeCloseTo(3 / 8, 12);
		const aging = Object.fromEntries(v2.aging.map((entry) => [entry.key, entry]));
		expect(Object.keys(aging).sort()).toEqual(keys('R', 12, 13, 18));
		expect(aging['R-12']).toMatchObject({aging: false, stalled: false});
		expect(aging['R-13']).toMatchObject({aging: true, stalled: true});
		expect(aging['R-13']?.ageDays).toBeCloseTo(9.5, 9);
		expect(v2.unownedFires.map((fire) => [fire.key, fire.assignee])).toEqual([
			['R-22', null],
			['R-20', 'Dana Director'],
			['R-19', null],
		]);
		// ageDays counts from creation to asOf(W): 1 March 00:00 CET to 30 March 00:00 CEST is 29 days less the hour the clocks lost.
		expect(v2.unownedFires[1]?.ageDays).toBeCloseTo(29 - 1 / 24, 9);
		const json = jsonExportOf(input);
		// The flagged entries of the lists: no field of the file counts them, so no figure path lists them.
		const keysWhere = <T extends {readonly key: string}>(list: readonly T[], flag: (entry: T) => boolean) => list.filter(flag).map((entry) => entry.key).sort();
		expect(keysWhere(json.promiseRisk, (entry) => entry.atRisk)).toEqual(keys('R', 14, 15, 18));
		expect(keysWhere(json.aging, (entry) => entry.aging)).toEqual(keys('R', 13));
		expect(keysWhere(json.aging, (entry) => entry.stalled)).toEqual(keys('R', 13));
		expect(Object.keys(json.figures).filter((path) => /^(promiseRisk\.atRisk|aging\.(aging|stalled))/.test(path))).toEqual([]);
		expect(listed(json, 'unownedFires')).toEqual(keys('R', 19, 20, 22));
	});
});

describe('Themes and single responders: the window edges, category labels, canceled and reopened tickets', () => {
	const done = (when: string, holder: string | null, partial: Partial<Ticket>, category: Category = 'operational'): readonly [Partial<Ticket>, Category?] => [{assigneeId: holder, startedAt: at(when) - dayMs, completedAt: at(when), ...partial}, category];
	const built = build('T', [
		// component:payments: 3 by Sam in W13, 1 by Alex in W11: 4 tickets, 2 weeks, Sam 3/4 ≥ 0.7: single responder.
		done('2026-03-23T00:00:00+01:00', 'u-s', {components: ['payments'], labels: ['Incident', 'dns']}),
		done('2026-03-25T10:00:00+01:00', 'u-s', {components: ['payments'], labels: ['dns']}),
		done('2026-03-29T23:59:00+02:00', 'u-s', {components: ['payments'], labels: ['dns']}),
		done('2026-03-12T10:00:00+01:00', 'u-a', {components: ['payments']}),
		// Not counted: strategic; canceled; reopened (not completed now); completed at the next Monday 00:00.
		done('2026-03-24T10:00:00+01:00', 'u-s', {components: ['payments']}, 'strategic'),
		done('2026-03-24T10:00:00+01:00', 'u-s', {components: ['payments'], canceledAt: at('2026-03-24T11:00:00+01:00')}),
		[{assigneeId: 'u-s', components: ['payments'], startedAt: at('2026-03-20T10:00:00+01:00'), history: [status('2026-03-24T10:00:00+01:00', 'started', 'completed'), status('2026-03-25T10:00:00+01:00', 'completed', 'started')]}, 'operational'],
		done('2026-03-30T00:00:00+02:00', 'u-s', {components: ['payments']}),
		// project:PAY: W10's first instant (in the window), W12 twice; W9's last instant (outside): 3 tickets in 2 weeks, one nobody's.
		done('2026-03-02T00:00:00+01:00', 'u-b', {project: 'PAY'}),
		done('2026-03-17T10:00:00+01:00', null, {project: 'PAY'}),
		done('2026-03-18T10:00:00+01:00', 'u-b', {project: 'PAY'}),
		done('2026-03-02T00:00:00+01:00', 'u-b', {project: 'PAY', completedAt: at('2026-03-02T00:00:00+01:00') - 1}),
	]);
	const input = inputOf(built);

	it('component:payments (4 in 2 weeks, Sam 0.75, single) and project:PAY (3 in 2 weeks, Bo 2/3, not single); label:dns recurs in one week only; Incident restates the category', () => {
		expect(computeWeekMetrics(input).themes).toEqual([
			{name: 'component:payments', count: 4, weeks: 2},
			{name: 'project:PAY', count: 3, weeks: 2},
		]);
		const themes = computeVersion2(input).themes;
		expect(themes[0]).toMatchObject({name: 'component:payments', topResponder: 'Sam Lee', topResponderShare: 0.75, singleResponder: true});
		expect(themes[1]?.topResponderShare).toBeCloseTo(2 / 3, 12);
		expect(themes[1]).toMatchObject({topResponder: 'Bo Chen', singleResponder: false});
		const json = jsonExportOf(input);
		expect(listed(json, 'themes[0].count')).toEqual(keys('T', 1, 2, 3, 4));
		expect(listed(json, 'themes[1].count')).toEqual(keys('T', 9, 10, 11));
	});
});

describe('Blockers: spells across the 23-hour Sunday and on the end instant of W', () => {
	const spell = (start: string, end: string | null) => ({start: at(start), end: end === null ? null : at(end), reason: 'status Blocked'});
	const built = build('B', [
		// 1: Saturday 12:00 to Sunday 12:00, the clocks going forward between: 23 hours, 23/24 of a day, ended in W.
		[{blockedSpells: [spell('2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00')]}],
		// 2: 20 to 24 March: four days, ended in W.
		[{blockedSpells: [spell('2026-03-20T12:00:00+01:00', '2026-03-24T12:00:00+01:00')]}],
		// 3: from Wednesday, still blocked: blocked and blocked now.
		[{blockedSpells: [spell('2026-03-25T12:00:00+01:00', null)]}],
		// 4: Friday until the next Monday 00:00: blocked in W, neither ended in W nor blocked as of asOf(W).
		[{blockedSpells: [spell('2026-03-27T12:00:00+01:00', '2026-03-30T00:00:00+02:00')]}],
	]);

	it('blocked 4, blocked now 1, median of the two ended spells (23/24 and 4 days)', () => {
		const b = computeWeekMetrics(inputOf(built)).blockers;
		expect(b.blocked).toBe(4);
		expect(b.blockedNow).toBe(1);
		expect(b.medianBlockedDays).toBeCloseTo((23 / 24 + 4) / 2, 12);
		const json = jsonExportOf(inputOf(built));
		expect(listed(json, 'blockers.blocked')).toEqual(keys('B', 1, 2, 3, 4));
		expect(listed(json, 'blockers.blockedNow')).toEqual(keys('B', 3));
		expect(listed(json, 'blockers.medianBlockedDays')).toEqual(keys('B', 1, 2));
	});
});
