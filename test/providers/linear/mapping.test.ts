import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Ticket} from '../../../source/domain/types.js';
import {mapPriority, mapStateType, mergeSpells} from '../../../source/providers/linear/map.js';
import {datasetEpoch, iso, LinearDatasetBuilder} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {providerFor, pullAll} from './helpers.js';

const hour = 3_600_000;
const day = 24 * hour;
const t = (days: number) => datasetEpoch - 30 * day + days * day;

let server: FakeLinearServer;
let tickets: Map<string, Ticket>;
const builder = new LinearDatasetBuilder();
const director = builder.user('Dana Director');
const report = builder.user('Rui Report');
const eng = builder.team('ENG', 'Engineering');
const cycle = builder.cycle(eng, 7, t(0), 14, 'Autumn push');
const unnamedCycle = builder.cycle(eng, 8, t(14));
const payments = builder.project('Payments revamp');

// ENG-1 blocks ENG-2 from day 2 until ENG-1 is done on day 5.
const blockerDone = builder.issue(eng, {state: 'Done', createdAt: iso(t(0)), completedAt: iso(t(5)), startedAt: iso(t(1))});
const blockedBefore = builder.issue(eng, {createdAt: iso(t(1))});
builder.relation('blocks', blockerDone, blockedBefore, t(2));
// ENG-3 (still open) blocks ENG-4 since day 3; an unrelated "related" link changes nothing.
const blockerOpen = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
const blockedNow = builder.issue(eng, {createdAt: iso(t(1))});
builder.relation('blocks', blockerOpen, blockedNow, t(3));
builder.relation('related', blockedBefore, blockedNow, t(3));
// ENG-5: Todo → Blocked (day 4) → In Progress (day 6) → Done (day 8).
const statusBlocked = builder.issue(eng, {state: 'Done', createdAt: iso(t(1)), startedAt: iso(t(4)), completedAt: iso(t(8))});
builder.history(statusBlocked, t(4), {actorId: report.id, fromStateId: builder.state(eng, 'Todo').id, toStateId: builder.state(eng, 'Blocked').id});
builder.history(statusBlocked, t(6), {actorId: report.id, fromStateId: builder.state(eng, 'Blocked').id, toStateId: builder.state(eng, 'In Progress').id});
builder.history(statusBlocked, t(8), {actorId: report.id, fromStateId: builder.state(eng, 'In Progress').id, toStateId: builder.state(eng, 'Done').id});
// ENG-6: due date set, postponed, cleared; delegated from the director to a report.
const slipping = builder.issue(eng, {createdAt: iso(t(1)), creatorId: director.id, assigneeId: report.id, priority: 2, estimate: 3, labels: ['dns', 'incident'], projectId: payments.id, cycleId: cycle.id});
builder.history(slipping, t(2), {actorId: director.id, fromAssigneeId: null, toAssigneeId: director.id, toDueDate: '2026-08-20'});
builder.history(slipping, t(3), {actorId: director.id, fromAssigneeId: director.id, toAssigneeId: report.id});
builder.history(slipping, t(4), {actorId: report.id, fromDueDate: '2026-08-20', toDueDate: '2026-08-27'});
builder.history(slipping, t(5), {actorId: report.id, fromDueDate: '2026-08-27', toDueDate: null});
// ENG-7: canceled. ENG-8: triage, urgent. ENG-9: created in Blocked and never moved.
const canceled = builder.issue(eng, {state: 'Canceled', createdAt: iso(t(1)), canceledAt: iso(t(9)), cycleId: unnamedCycle.id});
const triaged = builder.issue(eng, {state: 'Triage', priority: 1, createdAt: iso(t(2))});
const bornBlocked = builder.issue(eng, {state: 'Blocked', createdAt: iso(t(2))});
// ENG-10: blocked by an open issue, but itself done on day 7: the spell ends there.
const doneWhileBlocked = builder.issue(eng, {state: 'Done', createdAt: iso(t(1)), completedAt: iso(t(7))});
builder.relation('blocks', blockerOpen, doneWhileBlocked, t(4));
// ENG-11: blocked by ENG-1 on days 3–5 and in Blocked from day 4 on: one spell from day 3.
const doubly = builder.issue(eng, {state: 'Blocked', createdAt: iso(t(1))});
builder.relation('blocks', blockerDone, doubly, t(3));
builder.history(doubly, t(4), {fromStateId: builder.state(eng, 'Todo').id, toStateId: builder.state(eng, 'Blocked').id});
// ENG-12: a sub-issue of ENG-6 with an SLA that breaches on day 3.
const child = builder.issue(eng, {createdAt: iso(t(2)), parentId: slipping.id, slaBreachesAt: iso(t(3))});

beforeAll(async () => {
	server = await startFakeLinear({dataset: builder.dataset});
	const pages = await pullAll(providerFor(server));
	tickets = new Map(pages.flatMap((page) => page.tickets).map((ticket) => [ticket.key, ticket]));
});

afterAll(async () => {
	await server.close();
});

const ticket = (key: string) => {
	const found = tickets.get(key);
	if (!found) throw new Error(`no ticket ${key}`);
	return found;
};

describe('Linear → normalised tickets', () => {
	test("carries the classification evidence: the parent's identifier, the SLA, the Triage queue", () => {
		expect(ticket(child.identifier)).toMatchObject({parentKey: slipping.identifier, slaBreachesAt: t(3)});
		expect(ticket(slipping.identifier)).not.toHaveProperty('parentKey');
		expect(ticket(slipping.identifier)).not.toHaveProperty('slaBreachesAt');
		expect(ticket(triaged.identifier).inTriage).toBe(true);
		expect(ticket(canceled.identifier)).not.toHaveProperty('inTriage');
	});

	test('a blocks relation from a finished blocker is a closed spell', () => {
		expect(ticket(blockedBefore.identifier).blockedSpells).toEqual([{start: t(2), end: t(5), reason: 'blocked by ENG-1'}]);
		// The blocker itself is not blocked by its own relation.
		expect(ticket(blockerDone.identifier).blockedSpells).toEqual([]);
	});

	test('a blocks relation from an open blocker is an open spell; other relation types are ignored', () => {
		expect(ticket(blockedNow.identifier).blockedSpells).toEqual([{start: t(3), end: null, reason: 'blocked by ENG-3'}]);
	});

	test('a spell never outlasts the blocked issue itself', () => {
		expect(ticket(doneWhileBlocked.identifier).blockedSpells).toEqual([{start: t(4), end: t(7), reason: 'blocked by ENG-3'}]);
	});

	test('time in a state named like Blocked is a spell, from the state history', () => {
		const mapped = ticket(statusBlocked.identifier);
		expect(mapped.blockedSpells).toEqual([{start: t(4), end: t(6), reason: 'status Blocked'}]);
		// Blocked → In Progress stays "started": only category changes are status events.
		expect(mapped.history).toEqual([
			{at: t(4), field: 'status', from: 'unstarted', to: 'started', actorId: report.id},
			{at: t(8), field: 'status', from: 'started', to: 'completed', actorId: report.id},
		]);
		expect(mapped).toMatchObject({status: 'Done', statusCategory: 'completed', startedAt: t(4), completedAt: t(8), canceledAt: null});
	});

	test('an issue created in a Blocked state is blocked from creation', () => {
		expect(ticket(bornBlocked.identifier).blockedSpells).toEqual([{start: t(2), end: null, reason: 'status Blocked'}]);
	});

	test('overlapping spells from a relation and a status merge into one', () => {
		expect(ticket(doubly.identifier).blockedSpells).toEqual([{start: t(3), end: null, reason: 'blocked by ENG-1, status Blocked'}]);
	});

	test('due-date and assignee history become events, oldest first', () => {
		const mapped = ticket(slipping.identifier);
		expect(mapped.history).toEqual([
			{at: t(2), field: 'assignee', from: null, to: director.id, actorId: director.id},
			{at: t(2), field: 'dueDate', from: null, to: '2026-08-20', actorId: director.id},
			{at: t(3), field: 'assignee', from: director.id, to: report.id, actorId: director.id},
			{at: t(4), field: 'dueDate', from: '2026-08-20', to: '2026-08-27', actorId: report.id},
			{at: t(5), field: 'dueDate', from: '2026-08-27', to: null, actorId: report.id},
		]);
		expect(mapped).toMatchObject({
			priority: 'high',
			estimate: 3,
			labels: ['dns', 'incident'],
			project: 'Payments revamp',
			team: 'ENG',
			iterationId: cycle.id,
			assigneeId: report.id,
			creatorId: director.id,
			type: null,
			components: [],
			url: 'https://linear.app/fake-org/issue/ENG-6',
		});
	});

	test('canceled and triage issues map to their categories; priorities map 0–4', () => {
		expect(ticket(canceled.identifier)).toMatchObject({statusCategory: 'canceled', status: 'Canceled', canceledAt: t(9), completedAt: null});
		expect(ticket(triaged.identifier)).toMatchObject({statusCategory: 'backlog', status: 'Triage', priority: 'urgent'});
		expect([0, 1, 2, 3, 4].map(mapPriority)).toEqual([null, 'urgent', 'high', 'medium', 'low']);
		expect(['triage', 'backlog', 'unstarted', 'started', 'completed', 'canceled', 'duplicate', 'something-new'].map(mapStateType)).toEqual([
			'backlog',
			'backlog',
			'unstarted',
			'started',
			'completed',
			'canceled',
			'canceled',
			'unstarted',
		]);
	});

	test('cycles become iterations, unnamed ones called by their number', async () => {
		const pages = await pullAll(providerFor(server));
		expect(pages[0]!.iterations).toEqual(
			expect.arrayContaining([
				{id: cycle.id, name: 'Autumn push', team: 'ENG', startsAt: t(0), endsAt: t(14), completedAt: t(14)},
				{id: unnamedCycle.id, name: 'Cycle 8', team: 'ENG', startsAt: t(14), endsAt: t(28), completedAt: t(28)},
			]),
		);
	});
});

describe('mergeSpells', () => {
	test('sorts, joins overlapping and touching spells, keeps gaps', () => {
		expect(
			mergeSpells([
				{start: 50, end: 60, reason: 'b'},
				{start: 0, end: 10, reason: 'a'},
				{start: 10, end: 20, reason: 'a'},
				{start: 55, end: null, reason: 'c'},
			]),
		).toEqual([
			{start: 0, end: 20, reason: 'a'},
			{start: 50, end: null, reason: 'b, c'},
		]);
	});
});
