import {brotliDecompressSync} from 'node:zlib';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listsNotFigures} from '../../source/domain/briefing/restated.js';
import {writeBackup} from '../../source/store/backups.js';
import {retain} from '../../source/store/handles.js';
import {outlineOmits} from '../../source/store/review-figures.js';
import {openStore} from '../../source/store/store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';
import {expected, figures, insertAsVersion6, insertAsVersion7, insertVersion7Row, reads, row, t0, withoutKeys} from './review-fixtures.js';

/**
 * Store version 7 keeps a frozen review's whole figures compressed and its figures less the
 * lists beside them (review-figures.ts). Every reader must get exactly what the text column
 * of version 6 gave — whole, less the lists, or less other keys — from new rows and from rows
 * frozen before the migration, in the store and after a restore. From store version 9 a new
 * review is stored in shared parts (review-parts.test.ts); version 7 rows are still read.
 */

let temporary: ReturnType<typeof temporaryFolder>;

beforeEach(() => {
	temporary = temporaryFolder();
});

afterEach(() => {
	temporary.cleanup();
});

describe('a frozen review’s figures (store version 7)', () => {
	it('are stored as the whole JSON text compressed, byte for byte, and the same text less the lists', () => {
		const id = insertAsVersion7(temporary.file);
		const store = openStore(temporary.file, {now: () => t0});
		try {
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
		const raw = rawDatabase(temporary.file);
		try {
			for (const document of [{}, {absent: undefined}, {tickets: []}, {tickets: [], n: 1}, {n: 1, why: {a: '—'}}, {'"odd key"': 'ä', when: new Date(t0)}]) {
				const id = insertVersion7Row(raw, document, []);
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
