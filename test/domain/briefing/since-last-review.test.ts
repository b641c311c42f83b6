import {describe, expect, it} from 'vitest';
import {countByKind, groupByReport, sinceLastReview, type SinceInput} from '../../../source/domain/briefing/since-last-review.js';
import {restatedFigures} from '../../../source/domain/briefing/restated.js';
import {sinceLastReviewJson} from '../../../source/domain/briefing/since-json.js';
import type {FrozenReview, ReviewTicketState} from '../../../source/domain/briefing/types.js';
import type {Category, Classification, ResolvedRoster, Ticket} from '../../../source/domain/types.js';
import {assigneeChange, at, makePerson, makeTicket, spell} from '../../support/ticket-builder.js';

// The previous review was frozen on Friday 27 Nov 2026 at 16:00 UTC; this Friday is 4 Dec.
const frozenAt = at('2026-11-27T16:00:00Z');
const now = at('2026-12-04T16:00:00Z');

const roster: ResolvedRoster = {
	directorIds: new Set(['dana']),
	reports: [
		{name: 'Alex Kim', slug: 'alex-kim', reportIds: new Set(['alex']), groupIds: new Set(['alex', 'ana'])},
		{name: 'Sam Lee', slug: 'sam-lee', reportIds: new Set(['sam']), groupIds: new Set(['sam'])},
	],
};
const people = [
	makePerson({id: 'dana', name: 'Dana Director'}),
	makePerson({id: 'alex', name: 'Alex Kim'}),
	makePerson({id: 'ana', name: 'Ana Ruiz'}),
	makePerson({id: 'sam', name: 'Sam Lee'}),
	makePerson({id: 'zed', name: 'Zed Outside'}),
];

function ticket(key: string, partial: Partial<Ticket>): Ticket {
	return makeTicket({id: key, key, title: `Title of ${key}`, createdAt: at('2026-11-01T09:00:00Z'), ...partial});
}

const tickets: Ticket[] = [
	ticket('ENG-1', {createdAt: at('2026-12-01T10:00:00Z'), assigneeId: 'ana'}), // a new fire
	ticket('ENG-2', {startedAt: at('2026-11-10T09:00:00Z'), statusCategory: 'started', assigneeId: 'ana'}), // an old fire
	ticket('ENG-3', {completedAt: at('2026-12-02T11:00:00Z'), statusCategory: 'completed', assigneeId: 'sam'}),
	ticket('ENG-4', {canceledAt: at('2026-12-03T11:00:00Z'), statusCategory: 'canceled', assigneeId: 'alex'}),
	ticket('ENG-5', {
		assigneeId: 'sam',
		dueDate: '2026-12-10',
		history: [{at: at('2026-12-02T09:00:00Z'), field: 'dueDate', from: '2026-12-03', to: '2026-12-10', actorId: 'alex'}],
	}),
	ticket('ENG-6', {assigneeId: 'ana', dueDate: '2026-12-01'}),
	ticket('ENG-7', {assigneeId: 'sam', dueDate: '2026-11-20'}),
	ticket('ENG-8', {assigneeId: 'sam', blockedSpells: [spell('2026-12-01T09:00:00Z', null, 'blocked by OPS-99')]}),
	ticket('ENG-9', {assigneeId: 'alex', blockedSpells: [spell('2026-11-20T09:00:00Z', '2026-12-02T09:00:00Z', 'blocked by OPS-98')]}),
	ticket('ENG-10', {assigneeId: 'sam', history: [assigneeChange('2026-12-01T09:00:00Z', 'dana', 'sam')]}),
	ticket('ENG-11', {assigneeId: 'dana', history: [assigneeChange('2026-12-02T09:00:00Z', 'ana', 'dana')]}),
	ticket('ENG-12', {assigneeId: 'sam'}),
	ticket('ENG-13', {createdAt: at('2026-12-02T09:00:00Z'), assigneeId: 'zed'}), // outside every group: not the director's
	ticket('ENG-14', {completedAt: at('2026-11-26T09:00:00Z'), statusCategory: 'completed', assigneeId: 'sam'}), // before the freeze
];

const operational = new Set(['ENG-1', 'ENG-2', 'ENG-13']);

function classification(category: Category): Classification {
	return {category, source: 'rule', reason: 'test', confidence: 1, suggestion: null};
}
const classifications = new Map(tickets.map((t) => [t.id, classification(operational.has(t.id) ? 'operational' : 'strategic')]));

function row(key: string, partial: Partial<ReviewTicketState> = {}): ReviewTicketState {
	return {
		ticketId: key,
		key,
		title: `Title of ${key}`,
		category: 'strategic',
		categorySource: 'rule',
		assigneeId: null,
		assignee: null,
		report: null,
		statusCategory: 'started',
		dueDate: null,
		firstDueDate: null,
		blocked: false,
		blockedReason: null,
		completedAt: null,
		canceledAt: null,
		talkingPoints: [],
		...partial,
	};
}

const previous: FrozenReview = {
	id: 7,
	week: '2026-W48',
	frozenAt,
	trigger: 'export',
	figures: {
		generatedAt: '2026-11-27T16:00:00.000Z',
		predictability: {onTimeRate: 0.5, late: 1},
		delegation: {reports: [{name: 'Alex Kim', overdue: 1}]},
		themes: [{name: 'component:payments', count: 4, weeks: 2}, {name: 'label:dns', count: 5, weeks: 3, singleResponder: false}],
		tickets: [{key: 'ENG-3'}],
	},
	tickets: [
		row('ENG-3', {assigneeId: 'sam'}),
		row('ENG-5', {assigneeId: 'sam', dueDate: '2026-12-03', firstDueDate: '2026-12-03'}),
		row('ENG-6', {assigneeId: 'ana', dueDate: '2026-12-01', firstDueDate: '2026-12-01'}),
		row('ENG-7', {assigneeId: 'sam', dueDate: '2026-11-20', firstDueDate: '2026-11-20'}),
		row('ENG-12', {assigneeId: 'sam', category: 'operational'}),
		row('ENG-14', {assigneeId: 'sam', statusCategory: 'completed', completedAt: at('2026-11-26T09:00:00Z')}),
	],
};

function input(overrides: Partial<SinceInput> = {}): SinceInput {
	return {
		previous,
		tickets,
		classifications,
		peopleById: new Map(people.map((person) => [person.id, person])),
		roster,
		now,
		timezone: 'UTC',
		themesNow: [
			{name: 'label:dns', ticketIds: ['ENG-8'], singleResponder: true, topResponder: 'Sam Lee'},
			{name: 'component:search', ticketIds: ['ENG-1', 'ENG-6']},
		],
		figuresNow: {
			generatedAt: '2026-12-04T16:00:00.000Z',
			predictability: {onTimeRate: 0.6, late: 1},
			delegation: {reports: [{name: 'Alex Kim', overdue: 2}]},
			// The previous week's themes, recomputed as of its freeze, did not change.
			themes: [{name: 'label:dns', count: 5, weeks: 3, singleResponder: false}, {name: 'component:payments', count: 4, weeks: 2}],
		},
		...overrides,
	};
}

describe('since last review (hand-worked)', () => {
	const since = sinceLastReview(input());

	it('names the previous review', () => {
		expect(since.previousReview).toEqual({id: 7, week: '2026-W48', frozenAt});
	});

	it('is the same when the caller hands the tickets by id too (the session holds them so)', () => {
		expect(sinceLastReview(input({ticketsById: new Map(tickets.map((ticket) => [ticket.id, ticket]))}))).toEqual(since);
	});

	it('lists every kind of change with its tickets, person and report', () => {
		const seen = since.items.map((item) => [item.kind, item.tickets.map((t) => t.key).join(' ') || item.theme, item.person, item.report]);
		expect(seen).toEqual([
			['new-fire', 'ENG-1', 'Ana Ruiz', 'Alex Kim'],
			['finished', 'ENG-3', 'Sam Lee', 'Sam Lee'],
			['finished', 'ENG-4', 'Alex Kim', 'Alex Kim'],
			['newly-overdue', 'ENG-6', 'Ana Ruiz', 'Alex Kim'],
			// ENG-5's first due date (3 Dec) passed uncompleted, though it was moved to 10 Dec.
			['newly-broken', 'ENG-5', 'Sam Lee', 'Sam Lee'],
			['newly-broken', 'ENG-6', 'Ana Ruiz', 'Alex Kim'],
			// Alex moved the date of Sam's ticket: the person is who moved it.
			['postponed', 'ENG-5', 'Alex Kim', 'Sam Lee'],
			['newly-blocked', 'ENG-8', 'Sam Lee', 'Sam Lee'],
			['unblocked', 'ENG-9', 'Alex Kim', 'Alex Kim'],
			['delegated', 'ENG-10', 'Sam Lee', 'Sam Lee'],
			['taken-back', 'ENG-11', 'Ana Ruiz', 'Alex Kim'],
			['recategorised', 'ENG-12', 'Sam Lee', 'Sam Lee'],
			['theme-recurring', 'ENG-1 ENG-6', null, 'Alex Kim'],
			['theme-ended', 'component:payments', null, null],
			['single-responder', 'ENG-8', 'Sam Lee', 'Sam Lee'],
		]);
	});

	it('carries what changed: dates and days, outcome, blocker, categories, themes', () => {
		const find = (kind: string, key?: string) => since.items.find((item) => item.kind === kind && (key === undefined || item.tickets[0]?.key === key));
		expect(find('postponed')).toMatchObject({from: '2026-12-03', to: '2026-12-10', days: 7, at: at('2026-12-02T09:00:00Z')});
		expect(find('finished', 'ENG-3')?.outcome).toBe('completed');
		expect(find('finished', 'ENG-4')?.outcome).toBe('canceled');
		expect(find('newly-blocked')?.blocker).toBe('blocked by OPS-99');
		expect(find('unblocked')?.blocker).toBe('blocked by OPS-98');
		expect(find('recategorised')).toMatchObject({from: 'operational', to: 'strategic', at: null});
		expect(find('theme-recurring')?.theme).toBe('component:search');
		expect(find('single-responder')?.theme).toBe('label:dns');
		expect(find('new-fire')?.tickets).toEqual([{id: 'ENG-1', key: 'ENG-1', title: 'Title of ENG-1'}]);
	});

	it('restates a figure of the previous week whose value changed, with both values', () => {
		expect(since.restated).toEqual([
			{figure: 'predictability.onTimeRate', frozen: 0.5, now: 0.6},
			{figure: 'delegation.reports[Alex Kim].overdue', frozen: 1, now: 2},
		]);
	});

	it('counts every kind, zeros included, and groups by report in roster order', () => {
		const counts = countByKind(since);
		expect(counts.size).toBe(13);
		expect([counts.get('finished'), counts.get('newly-broken'), counts.get('unblocked')]).toEqual([2, 2, 1]);
		expect(groupByReport(since, ['Alex Kim', 'Sam Lee']).map((group) => [group.report, group.items.length])).toEqual([
			['Alex Kim', 7],
			['Sam Lee', 7],
			[null, 1],
		]);
	});

	it('says there is no previous review rather than listing nothing', () => {
		expect(sinceLastReview(input({previous: null}))).toEqual({previousReview: null, items: [], restated: []});
	});

	it('reads a ticket the review did not count as it was at the freeze', () => {
		// ENG-7 without its row: due 20 Nov, overdue and broken already at the freeze — nothing new.
		const without = sinceLastReview(input({previous: {...previous, tickets: previous.tickets.filter((r) => r.key !== 'ENG-7')}}));
		expect(without.items.filter((item) => item.tickets.some((t) => t.key === 'ENG-7'))).toEqual([]);
	});

	it('a re-tag back to the frozen category is no change', () => {
		const back = new Map(classifications);
		back.set('ENG-12', classification('operational'));
		expect(sinceLastReview(input({classifications: back})).items.some((item) => item.kind === 'recategorised')).toBe(false);
	});
});

describe('restated figures', () => {
	it('matches list entries by name, not position, and ignores export metadata and ticket lists', () => {
		const frozen = {generatedAt: 'a', tickets: [{n: 1}], trend: [{week: 'W1', delegated: 1}], themes: [{name: 'x', count: 3}, {name: 'y', count: 4}]};
		const later = {generatedAt: 'b', tickets: [{n: 2}], trend: [{week: 'W1', delegated: 2}], themes: [{name: 'y', count: 4}, {name: 'x', count: 3}]};
		expect(restatedFigures(frozen, later)).toEqual([]);
	});

	it('leaves out the effort trend: its rows are other weeks, and the week’s own row repeats `effort`', () => {
		const frozen = {effort: {org: {operational: 5}}, effortTrend: [{week: 'W1', org: {operational: 3}}, {week: 'W2', org: {operational: 5}}]};
		const later = {effort: {org: {operational: 5}}, effortTrend: [{week: 'W1', org: {operational: 4}}, {week: 'W2', org: {operational: 5}}]};
		expect(restatedFigures(frozen, later)).toEqual([]);
	});

	it('a figure that became empty or appeared shows null on the other side', () => {
		expect(restatedFigures({allocation: {share: 0.4}}, {allocation: {share: null}})).toEqual([{figure: 'allocation.share', frozen: 0.4, now: null}]);
		expect(restatedFigures({themes: []}, {themes: [{name: 'x', count: 3}]})).toEqual([{figure: 'themes[x].count', frozen: null, now: 3}]);
	});
});

describe('the JSON shape (cli.md sinceLastReview)', () => {
	it('names the previous review by week and ISO instant, each item by kind, key(s) and report', () => {
		const json = sinceLastReviewJson(sinceLastReview(input()));
		expect(json.previousReview).toEqual({week: '2026-W48', frozenAt: '2026-11-27T16:00:00.000Z'});
		expect(json.items[0]).toEqual({kind: 'new-fire', key: 'ENG-1', keys: ['ENG-1'], report: 'Alex Kim', person: 'Ana Ruiz', at: '2026-12-01T10:00:00.000Z'});
		expect(json.items.find((item) => item.kind === 'postponed')).toMatchObject({key: 'ENG-5', from: '2026-12-03', to: '2026-12-10', days: 7});
		expect(json.items.find((item) => item.kind === 'theme-ended')).toMatchObject({key: null, keys: [], theme: 'component:payments'});
		expect(json.restated).toHaveLength(2);
		expect(sinceLastReviewJson(sinceLastReview(input({previous: null})))).toEqual({previousReview: null, items: [], restated: []});
	});
});
