import type {Database} from 'better-sqlite3';
import {listsNotFigures} from '../../source/domain/briefing/restated.js';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {retain} from '../../source/store/handles.js';
import {migrate} from '../../source/store/migrations.js';
import {storedFigures} from '../../source/store/review-figures.js';
import type {Store} from '../../source/store/store.js';
import {rawDatabase} from './fixtures.js';

/** The frozen reviews of store versions 6, 7 and 9 (review-figures.ts, review-parts.ts): one document and rows, every reader's answer. */
export const t0 = Date.UTC(2026, 11, 4, 16);

/** A week's JSON export in miniature: figures, every list key, and text JSON must escape. */
export const figures = {
	schemaVersion: 2,
	provider: 'linear',
	generatedAt: '2026-12-04T16:00:00.000Z',
	week: {id: '2026-W49', start: '2026-11-30', end: '2026-12-06', timezone: 'Europe/Berlin'},
	allocation: {completed: {operational: 3, operationalShare: 0.1 + 0.2, tiny: 1e-7, big: 2 ** 53 - 1, negative: -0.5, none: null}},
	themes: [{name: 'component:paymënts \u2028 "gateway" </script>', count: 27, shares: [0.333, 1 / 3]}],
	note: 'tab\tnew\nline — ✓ 😀 \u0000 \ud800',
	absent: undefined,
	trend: [{week: '2026-W48', share: 0.5}],
	effortTrend: {rows: [{week: '2026-W48', org: null}]},
	promiseRisk: [{key: 'ENG-9', onTimeProbability: 0.42}],
	tickets: Array.from({length: 400}, (_, index) => ({key: `ENG-${index}`, title: `Ticket ${index} — “quoted”`, estimate: index / 7})),
	figures: {'allocation.completed.operational': ['ENG-1', 'ENG-2']},
	why: {'allocation.completed.operational': {'ENG-1': 'completed Mon 23 Nov'}},
	sinceLastReview: {previousReview: null, items: [], restated: []},
};

export function row(ticketId: string): ReviewTicketState {
	return {
		ticketId,
		key: `ENG-${ticketId}`,
		title: `Ticket ${ticketId}`,
		category: 'operational',
		categorySource: 'manual',
		assigneeId: null,
		assignee: null,
		report: null,
		statusCategory: 'completed',
		dueDate: '2026-12-01',
		firstDueDate: null,
		blocked: false,
		blockedReason: null,
		completedAt: t0 - 1000,
		canceledAt: null,
		talkingPoints: [],
	};
}

export const withoutKeys = (object: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** What each reader gives, as JSON text (key order and every number's text included). */
export function reads(store: Store, id: number) {
	return {
		whole: JSON.stringify(store.reviews.get('linear', id)),
		lessLists: JSON.stringify(store.reviews.previous('linear', '2026-W49', t0 + 1, listsNotFigures)),
		lessSome: JSON.stringify(store.reviews.get('linear', id, ['tickets', 'themes'])),
		outline: JSON.stringify(store.reviews.previousOutline('linear', '2026-W49', t0 + 1)),
	};
}

/** The readers' answers as the text column of version 6 gives them: the document, less keys. */
export function expected(id: number) {
	const summary = {id, week: '2026-W49', frozenAt: t0, trigger: 'export'};
	const tickets = [row('1'), row('2')];
	return {
		whole: JSON.stringify({...summary, figures, tickets}),
		lessLists: JSON.stringify({...summary, figures: withoutKeys(figures, listsNotFigures), tickets}),
		lessSome: JSON.stringify({...summary, figures: withoutKeys(figures, ['tickets', 'themes']), tickets}),
		outline: JSON.stringify({...summary, ticketIds: ['1', '2']}),
	};
}

/** A review row as store version 6 wrote it: the whole document as text. */
export function insertAsVersion6(file: string): void {
	const raw = rawDatabase(file);
	try {
		migrate(raw, file, 6);
		const id = retain(raw.prepare(`INSERT INTO reviews (provider, week, frozen_at, trigger, figures) VALUES ('linear', '2026-W49', ?, 'export', ?) RETURNING id`))
			.pluck()
			.get(t0, JSON.stringify(figures)) as number;
		for (const ticket of [row('1'), row('2')]) retain(raw.prepare(`INSERT INTO review_tickets (review_id, ticket_id, data) VALUES (?, ?, ?)`)).run(id, ticket.ticketId, JSON.stringify(ticket));
	} finally {
		raw.close();
	}
}

/** A review row as store versions 7 and 8 wrote it: the whole document compressed, and beside it the document less its lists. */
export function insertAsVersion7(file: string, document: unknown = figures, tickets: readonly ReviewTicketState[] = [row('1'), row('2')]): number {
	const raw = rawDatabase(file);
	try {
		migrate(raw, file, 8);
		return insertVersion7Row(raw, document, tickets);
	} finally {
		raw.close();
	}
}

export function insertVersion7Row(raw: Database, document: unknown, tickets: readonly ReviewTicketState[], frozenAt = t0, week = '2026-W49'): number {
	const stored = storedFigures(document);
	const id = retain(raw.prepare(`INSERT INTO reviews (provider, week, frozen_at, trigger, figures, figures_brotli) VALUES ('linear', ?, ?, 'export', ?, ?) RETURNING id`))
		.pluck()
		.get(week, frozenAt, stored.figures, stored.whole) as number;
	for (const ticket of tickets) retain(raw.prepare(`INSERT INTO review_tickets (review_id, ticket_id, data) VALUES (?, ?, ?)`)).run(id, ticket.ticketId, JSON.stringify(ticket));
	return id;
}
