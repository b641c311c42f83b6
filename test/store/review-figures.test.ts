import {brotliDecompressSync} from 'node:zlib';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listsNotFigures} from '../../source/domain/briefing/restated.js';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {writeBackup} from '../../source/store/backups.js';
import {retain} from '../../source/store/handles.js';
import {migrate} from '../../source/store/migrations.js';
import {outlineOmits} from '../../source/store/review-figures.js';
import {openStore, type Store} from '../../source/store/store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';

/**
 * Store version 7 keeps a frozen review's whole figures compressed and its figures less the
 * lists beside them (review-figures.ts). Every reader must get exactly what the text column
 * of version 6 gave — whole, less the lists, or less other keys — from new rows and from rows
 * frozen before the migration, in the store and after a restore.
 */

let temporary: ReturnType<typeof temporaryFolder>;
const t0 = Date.UTC(2026, 11, 4, 16);

beforeEach(() => {
	temporary = temporaryFolder();
});

afterEach(() => {
	temporary.cleanup();
});

/** A week's JSON export in miniature: figures, every list key, and text JSON must escape. */
const figures = {
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

function row(ticketId: string): ReviewTicketState {
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

const withoutKeys = (object: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** What each reader gives, as JSON text (key order and every number's text included). */
function reads(store: Store, id: number) {
	return {
		whole: JSON.stringify(store.reviews.get('linear', id)),
		lessLists: JSON.stringify(store.reviews.previous('linear', '2026-W49', t0 + 1, listsNotFigures)),
		lessSome: JSON.stringify(store.reviews.get('linear', id, ['tickets', 'themes'])),
		outline: JSON.stringify(store.reviews.previousOutline('linear', '2026-W49', t0 + 1)),
	};
}

/** The readers' answers as the text column of version 6 gives them: the document, less keys. */
function expected(id: number) {
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
function insertAsVersion6(file: string): void {
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

describe('a frozen review’s figures (store version 7)', () => {
	it('are stored as the whole JSON text compressed, byte for byte, and the same text less the lists', () => {
		const store = openStore(temporary.file, {now: () => t0});
		try {
			const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures, tickets: [row('1'), row('2')]});
			const raw = rawDatabase(temporary.file, {readonly: true});
			const stored = retain(raw.prepare(`SELECT figures, figures_brotli FROM reviews WHERE id = ?`)).get(id) as {figures: string; figures_brotli: Buffer};
			raw.close();
			expect(brotliDecompressSync(stored.figures_brotli).toString('utf8')).toBe(JSON.stringify(figures));
			expect(stored.figures).toBe(JSON.stringify(withoutKeys(figures, outlineOmits)));
			expect(stored.figures_brotli.length).toBeLessThan(JSON.stringify(figures).length / 4);
			expect(reads(store, id)).toEqual(expected(id));
		} finally {
			store.close();
		}
	});

	it('are stored byte for byte for small and edge-case objects too', () => {
		const store = openStore(temporary.file, {now: () => t0});
		const raw = rawDatabase(temporary.file, {readonly: true});
		try {
			for (const document of [{}, {absent: undefined}, {tickets: []}, {tickets: [], n: 1}, {n: 1, why: {a: '—'}}, {'"odd key"': 'ä', when: new Date(t0)}]) {
				const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'mark', figures: document, tickets: []});
				const stored = retain(raw.prepare(`SELECT figures, figures_brotli FROM reviews WHERE id = ?`)).get(id) as {figures: string; figures_brotli: Buffer};
				expect(brotliDecompressSync(stored.figures_brotli).toString('utf8')).toBe(JSON.stringify(document));
				expect(stored.figures).toBe(JSON.stringify(withoutKeys(document, outlineOmits)));
				expect(JSON.stringify(store.reviews.get('linear', id)?.figures)).toBe(JSON.stringify(document));
			}
		} finally {
			raw.close();
			store.close();
		}
	});

	it('of a review frozen before version 7 read exactly as they were, after the migration', () => {
		insertAsVersion6(temporary.file);
		const store = openStore(temporary.file, {now: () => t0 + 2});
		try {
			const [review] = store.reviews.list('linear');
			expect(reads(store, review!.id)).toEqual(expected(review!.id));
		} finally {
			store.close();
		}
	});

	it('come back from a backup as they were, old rows and new', async () => {
		insertAsVersion6(temporary.file);
		const store = openStore(temporary.file, {now: () => t0 + 2});
		try {
			const newer = store.reviews.freeze('linear', {week: '2026-W48', trigger: 'quit', figures, tickets: [row('1'), row('2')]});
			const [older] = store.reviews.list('linear');
			const before = {older: JSON.stringify(store.reviews.get('linear', older!.id)), newer: JSON.stringify(store.reviews.get('linear', newer))};
			const backup = await writeBackup(store, t0 + 3);
			store.reviews.freeze('linear', {week: '2026-W50', trigger: 'mark', figures: {n: 1}, tickets: []});
			store.restoreRecordFrom(backup);
			expect(store.reviews.list('linear').map((review) => review.id)).toEqual([older!.id, newer]);
			expect({older: JSON.stringify(store.reviews.get('linear', older!.id)), newer: JSON.stringify(store.reviews.get('linear', newer))}).toEqual(before);
		} finally {
			store.close();
		}
	});

	it('restore from a backup written before version 7 into a store of version 7, and read whole', () => {
		const old = temporaryFolder();
		try {
			insertAsVersion6(old.file);
			const store = openStore(temporary.file, {now: () => t0 + 2});
			try {
				store.restoreRecordFrom(old.file);
				const [review] = store.reviews.list('linear');
				expect(reads(store, review!.id)).toEqual(expected(review!.id));
			} finally {
				store.close();
			}
		} finally {
			old.cleanup();
		}
	});

	it('keep anything but an object whole, as text', () => {
		const store = openStore(temporary.file, {now: () => t0});
		try {
			for (const value of [null, 3, 'text', [1, {a: 2}]]) {
				const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'mark', figures: value, tickets: []});
				expect(store.reviews.get('linear', id)?.figures).toEqual(value);
				expect(store.reviews.get('linear', id, listsNotFigures)?.figures).toEqual(value);
			}
		} finally {
			store.close();
		}
	});
});
