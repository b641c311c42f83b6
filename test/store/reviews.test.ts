import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {openStore, type Store} from '../../source/store/store.js';
import {page, pageState, temporaryFolder, ticket} from './fixtures.js';

let temporary: ReturnType<typeof temporaryFolder>;
let store: Store;
let clock: number;
const t0 = Date.UTC(2026, 11, 4, 16);

beforeEach(() => {
	temporary = temporaryFolder();
	clock = t0;
	store = openStore(temporary.file, {now: () => clock});
});

afterEach(() => {
	store.close();
	temporary.cleanup();
});

function row(ticketId: string, overrides: Partial<ReviewTicketState> = {}): ReviewTicketState {
	return {
		ticketId,
		key: `ENG-${ticketId}`,
		title: `Ticket ${ticketId}`,
		category: 'strategic',
		categorySource: 'rule',
		assigneeId: 'sam',
		assignee: 'Sam Lee',
		report: 'Sam Lee',
		statusCategory: 'started',
		dueDate: null,
		firstDueDate: null,
		blocked: true,
		blockedReason: 'blocked by ENG-9',
		completedAt: null,
		canceledAt: null,
		talkingPoints: ['blocked:ENG-9'],
		...overrides,
	};
}

describe('frozen reviews', () => {
	it('keep the director’s notes their 1:1 notes discussed, as they were then, and count them in the list', () => {
		const discussed = store.addNote('linear', {kind: 'report', reportSlug: 'sam-lee'}, 'Ask about the on-call rota');
		const other = store.addNote('linear', {kind: 'ticket', ticketId: '1'}, 'Not discussed yet');
		const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: {}, tickets: [], discussedNotes: [discussed]});
		const plain = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'quit', figures: {}, tickets: []});
		// The note deleted later stays in the review that discussed it.
		store.deleteNote('linear', discussed.id);
		expect(store.reviews.discussedNotes('linear', id)).toEqual([{id: discussed.id, target: {kind: 'report', reportSlug: 'sam-lee'}, text: 'Ask about the on-call rota', createdAt: discussed.createdAt}]);
		expect(store.reviews.discussedNotes('linear', plain)).toEqual([]);
		expect(store.reviews.discussedNotes('jira', id)).toEqual([]);
		expect(store.reviews.list('linear').map((review) => review.discussedNoteCount)).toEqual([1, 0]);
		expect(store.listNotes('linear').map((note) => note.id)).toEqual([other.id]);
	});

	it('keep the figures and rows as frozen, whatever later syncs and tags do', () => {
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState());
		const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: {allocation: {completed: {operational: 2}}}, tickets: [row('1')]});
		clock += 1000;
		store.writePage('linear', 'tickets', page([ticket('1', {title: 'Renamed', statusCategory: 'completed', completedAt: clock})]), pageState());
		store.setTag('linear', '1', 'operational');
		expect(store.reviews.get('linear', id)).toEqual({
			id,
			week: '2026-W49',
			frozenAt: t0,
			trigger: 'export',
			figures: {allocation: {completed: {operational: 2}}},
			tickets: [row('1')],
		});
	});

	it('freezing a week again adds a newer review and keeps the older', () => {
		store.reviews.freeze('linear', {week: '2026-W49', trigger: 'mark', figures: {n: 1}, tickets: [row('1')]});
		clock += 60_000;
		store.reviews.freeze('linear', {week: '2026-W49', trigger: 'quit', figures: {n: 2}, tickets: [row('1'), row('2')]});
		store.reviews.freeze('jira', {week: '2026-W49', trigger: 'mark', figures: {}, tickets: []});
		expect(store.reviews.list('linear').map((review) => [review.week, review.trigger, review.ticketCount, review.frozenAt])).toEqual([
			['2026-W49', 'mark', 1, t0],
			['2026-W49', 'quit', 2, t0 + 60_000],
		]);
	});

	it('the previous review is the latest frozen before the session started, of that week or an earlier one', () => {
		store.reviews.freeze('linear', {week: '2026-W48', trigger: 'export', figures: {n: 48}, tickets: []});
		clock += 1000;
		store.reviews.freeze('linear', {week: '2026-W50', trigger: 'export', figures: {n: 50}, tickets: []});
		clock += 1000;
		const sessionStart = clock;
		clock += 1000;
		store.reviews.freeze('linear', {week: '2026-W49', trigger: 'quit', figures: {n: 'this session'}, tickets: []});
		expect(store.reviews.previous('linear', '2026-W49', sessionStart)?.figures).toEqual({n: 48});
		expect(store.reviews.previous('linear', '2026-W50', sessionStart)?.figures).toEqual({n: 50});
		expect(store.reviews.previous('linear', '2026-W47', sessionStart)).toBeNull();
		expect(store.reviews.previous('jira', '2026-W50', sessionStart)).toBeNull();
	});

	it('reads the previous review without the figures’ lists exactly as in full, less those keys, and its outline as in full', () => {
		// Numbers and strings whose JSON text SQLite's JSON functions must hand back unchanged.
		const figures = {
			schemaVersion: 2,
			generatedAt: '2026-12-04T16:00:00.000Z',
			allocation: {completed: {operational: 3, operationalShare: 0.1 + 0.2, tiny: 1e-7, big: 2 ** 53 - 1, negative: -0.5, none: null}},
			themes: [{name: 'component:paymënts \u2028 "gateway"', count: 27, shares: [0.333, 1 / 3]}],
			note: 'tab\tnew\nline — ✓ 😀',
			tickets: [{key: 'ENG-1', title: 'a list', estimate: 0.1}],
			figures: {'allocation.completed.operational': ['ENG-1']},
			why: {'allocation.completed.operational': {'ENG-1': 'completed Mon 23 Nov'}},
			trend: [{week: '2026-W48', share: 0.5}],
			effortTrend: {rows: []},
			sinceLastReview: {items: []},
		};
		store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures, tickets: [row('2'), row('10'), row('1')]});
		clock += 1000;
		const full = store.reviews.previous('linear', '2026-W49', clock);
		const omitted = ['tickets', 'figures', 'why', 'trend', 'effortTrend', 'sinceLastReview'];
		const trimmed = store.reviews.previous('linear', '2026-W49', clock, omitted);
		const {tickets: _tickets, figures: _figures, why: _why, trend: _trend, effortTrend: _effortTrend, sinceLastReview: _since, ...rest} = figures;
		expect(trimmed).toEqual({...full, figures: rest});
		expect(JSON.stringify(trimmed?.figures)).toBe(JSON.stringify(rest));
		expect(store.reviews.previousOutline('linear', '2026-W49', clock)).toEqual({
			id: full!.id,
			week: full!.week,
			frozenAt: full!.frozenAt,
			trigger: full!.trigger,
			ticketIds: full!.tickets.map((state) => state.ticketId),
		});
		expect(store.reviews.previousOutline('linear', '2026-W48', clock)).toBeNull();
	});
});

describe('issued talking points', () => {
	it('gives back the report’s latest exported note with its points, in order', () => {
		const point = (identity: string, status: 'new' | 'continuing' | 'resolved') => ({identity, rule: identity.split(':')[0]!, subject: identity.split(':')[1]!, status, sinceWeek: '2026-W48', text: identity, ticketIds: ['1']});
		store.reviews.issue('linear', {report: 'sam-lee', week: '2026-W48', issuedAt: t0, points: [point('overdue:1', 'new')]});
		store.reviews.issue('linear', {report: 'sam-lee', week: '2026-W49', issuedAt: t0 + 10, points: [point('overdue:1', 'continuing'), point('stale:2', 'new')]});
		store.reviews.issue('linear', {report: 'alex-kim', week: '2026-W49', issuedAt: t0 + 20, points: [point('blocked:3', 'new')]});
		expect(store.reviews.lastIssued('linear', 'sam-lee')).toEqual({report: 'sam-lee', week: '2026-W49', issuedAt: t0 + 10, points: [point('overdue:1', 'continuing'), point('stale:2', 'new')]});
		expect(store.reviews.lastIssued('linear', 'sam-lee', t0 + 10)?.week).toBe('2026-W48');
		expect(store.reviews.lastIssued('linear', 'dana')).toBeNull();
	});
});
