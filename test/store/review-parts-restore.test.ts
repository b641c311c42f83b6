import {brotliDecompressSync} from 'node:zlib';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {listBackups, writeBackup} from '../../source/store/backups.js';
import {StoreError} from '../../source/store/errors.js';
import {retain} from '../../source/store/handles.js';
import {inlineLimit} from '../../source/store/review-parts.js';
import {openStore, type Store} from '../../source/store/store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';
import {figures, insertAsVersion7, row, t0} from './review-fixtures.js';

/**
 * Adversarial cases of frozen reviews in shared parts (store version 9) crossing a backup:
 * a restore never leaves a store whose review cannot be read, backups of the previous store
 * version still restore, and today's backup updated in place keeps every part its reviews need.
 */

let temporary: ReturnType<typeof temporaryFolder>;
let elsewhere: ReturnType<typeof temporaryFolder>;
let clock = t0;

beforeEach(() => {
	temporary = temporaryFolder();
	elsewhere = temporaryFolder();
	clock = t0;
});

afterEach(() => {
	temporary.cleanup();
	elsewhere.cleanup();
});

/** A document with a large member, large lists of members and of chunks: every kind of shared part. */
function largeReview(tag: string): {document: Record<string, unknown>; rows: ReviewTicketState[]} {
	const rows = Array.from({length: 600}, (_, index) => ({...row(`${tag}-${index}`), title: `Ticket ${index} ${tag} — ✓`}));
	const members = Object.fromEntries(Array.from({length: 120}, (_, index) => [`member${index}`, `${tag} value ${index}`]));
	return {document: {...members, tickets: rows.map((state) => state.title + 'x'.repeat(20))}, rows};
}

function everyReview(store: Store): string[] {
	return store.reviews.list('linear').map((review) => JSON.stringify(store.reviews.get('linear', review.id)));
}

function run(file: string, sql: string): void {
	const raw = rawDatabase(file);
	try {
		raw.exec(sql);
	} finally {
		raw.close();
	}
}

/** Every part the review rows of `file` reference, read from the layouts (each list of members or chunks read too). */
function referencedParts(file: string): Map<string, 'list' | 'text'> {
	const raw = rawDatabase(file, {readonly: true});
	try {
		const text = (ref: {json?: string; part?: string} | null): string =>
			ref?.json ?? brotliDecompressSync(retain(raw.prepare('SELECT brotli FROM review_parts WHERE hash = ?')).pluck().get(ref!.part) as Buffer).toString('utf8');
		const found = new Map<string, 'list' | 'text'>();
		for (const layout of retain(raw.prepare('SELECT layout FROM reviews WHERE layout IS NOT NULL')).pluck().all() as string[]) {
			const parsed = JSON.parse(layout) as Record<string, {part?: string} | null>;
			for (const key of ['members', 'states']) if (parsed[key]?.part !== undefined) found.set(parsed[key].part, 'list');
			for (const key of ['members', 'states']) {
				for (const ref of JSON.parse(text(parsed[key]!)) as Array<{part?: string}>) if (ref.part !== undefined && !found.has(ref.part)) found.set(ref.part, 'text');
			}
			if (parsed.ticketIds?.part !== undefined) found.set(parsed.ticketIds.part, 'text');
		}
		return found;
	} finally {
		raw.close();
	}
}

describe('a restore of frozen reviews in shared parts', () => {
	for (const kind of ['text', 'list'] as const) {
		it(`refuses a backup that lacks a part one of its reviews references (a ${kind === 'list' ? 'list of members or chunks' : 'member or chunk'}), leaving the store as it was`, async () => {
			const store = openStore(temporary.file, {now: () => clock});
			try {
				const {document, rows} = largeReview('a');
				store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: rows});
				const backup = await writeBackup(store, clock);
				const [hash] = [...referencedParts(backup)].find(([, found]) => found === kind)!;
				run(backup, `DELETE FROM review_parts WHERE hash = '${hash}'`);

				clock += 60_000;
				store.reviews.freeze('linear', {week: '2026-W50', trigger: 'quit', figures: {...document, later: true}, tickets: rows});
				const before = everyReview(store);
				let error: unknown;
				try {
					store.restoreRecordFrom(backup);
				} catch (thrown) {
					error = thrown;
				}
				expect(error).toBeInstanceOf(StoreError);
				expect((error as StoreError).message).toMatch(/frozen review/);
				expect((error as StoreError).hint).toMatch(/unchanged/);
				expect(everyReview(store)).toEqual(before);
			} finally {
				store.close();
			}
		});
	}

	it('of a backup of store version 8 (no parts, no layouts) into a store of version 9 brings back its reviews as they were, and drops the newer ones', async () => {
		const old = insertAsVersion7(elsewhere.file, figures, [row('1'), row('2')]);
		const oldStore = openStore(elsewhere.file, {now: () => clock});
		let expected: string;
		try {
			expected = JSON.stringify(oldStore.reviews.get('linear', old));
		} finally {
			oldStore.close();
		}
		// The backup as version 8 wrote it: no table of parts, no layout column.
		const backup = `${elsewhere.folder}/version-8.db`;
		run(elsewhere.file, `VACUUM INTO '${backup}'`);
		run(backup, 'DROP TABLE review_parts; ALTER TABLE reviews DROP COLUMN layout; PRAGMA user_version = 8;');

		const store = openStore(temporary.file, {now: () => clock});
		try {
			const {document, rows} = largeReview('b');
			store.reviews.freeze('linear', {week: '2026-W50', trigger: 'export', figures: document, tickets: rows});
			const counts = store.restoreRecordFrom(backup);
			expect(counts.reviews).toBe(1);
			expect(counts.review_parts).toBe(0);
			expect(everyReview(store)).toEqual([expected]);
			// The store freezes in parts again afterwards, and reads both.
			clock += 60_000;
			const id = store.reviews.freeze('linear', {week: '2026-W50', trigger: 'quit', figures: document, tickets: rows});
			expect(JSON.stringify(store.reviews.get('linear', id)?.figures)).toBe(JSON.stringify(document));
			expect(everyReview(store)[0]).toBe(expected);
		} finally {
			store.close();
		}
	});

	it('of a backup of version 9 into a store holding old rows replaces them, review rows and state rows alike', async () => {
		const source = openStore(elsewhere.file, {now: () => clock});
		let backup: string;
		let expected: string[];
		try {
			const {document, rows} = largeReview('c');
			source.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: rows});
			backup = await writeBackup(source, clock);
			expected = everyReview(source);
		} finally {
			source.close();
		}
		insertAsVersion7(temporary.file);
		const store = openStore(temporary.file, {now: () => clock});
		try {
			store.restoreRecordFrom(backup);
			expect(everyReview(store)).toEqual(expected);
			const raw = rawDatabase(temporary.file, {readonly: true});
			expect(retain(raw.prepare('SELECT count(*) FROM review_tickets')).pluck().get()).toBe(0);
			raw.close();
		} finally {
			store.close();
		}
	});
});

describe('today’s backup updated in place', () => {
	it('holds exactly the store’s parts as they shrink (a restore of an older backup) and grow again, and every review reads from it', async () => {
		const store = openStore(temporary.file, {now: () => clock});
		try {
			const first = largeReview('d');
			store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: first.document, tickets: first.rows});
			const older = await writeBackup(store, clock);
			const olderCopy = `${elsewhere.folder}/older.db`;
			run(older, `VACUUM INTO '${olderCopy}'`);
			clock += 60_000;
			const second = largeReview('e');
			store.reviews.freeze('linear', {week: '2026-W50', trigger: 'export', figures: second.document, tickets: second.rows});
			await writeBackup(store, clock);

			for (const step of ['shrink', 'grow'] as const) {
				if (step === 'shrink') store.restoreRecordFrom(olderCopy);
				else store.reviews.freeze('linear', {week: '2026-W51', trigger: 'quit', figures: {...second.document, big: 'y'.repeat(inlineLimit * 2)}, tickets: second.rows.slice(7)});
				clock += 60_000;
				const backup = await writeBackup(store, clock);
				const parts = (file: string) => {
					const raw = rawDatabase(file, {readonly: true});
					try {
						return retain(raw.prepare('SELECT hash || length(brotli) FROM review_parts ORDER BY hash')).pluck().all();
					} finally {
						raw.close();
					}
				};
				expect(parts(backup)).toEqual(parts(temporary.file));
				const restored = openStore(`${elsewhere.folder}/${step}.db`, {now: () => clock});
				try {
					restored.restoreRecordFrom(backup);
					expect(everyReview(restored)).toEqual(everyReview(store));
				} finally {
					restored.close();
				}
			}
		} finally {
			store.close();
		}
	});
});

describe('the store’s integrity check (doctor)', () => {
	it('names a frozen review whose part is missing, which SQLite’s own check finds sound', () => {
		const store = openStore(temporary.file, {now: () => clock});
		try {
			const {document, rows} = largeReview('f');
			const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: rows});
			expect(store.integrityCheck()).toBe('ok');
			const [hash] = [...referencedParts(temporary.file)].find(([, kind]) => kind === 'text')!;
			run(temporary.file, `DELETE FROM review_parts WHERE hash = '${hash}'`);
			expect(store.integrityCheck()).toBe(`frozen review ${id} of 2026-W49 cannot be read: a part of it is missing or unreadable`);
		} finally {
			store.close();
		}
	});
});

describe('a backup of a store whose frozen review lost a part (damage SQLite’s checks cannot see)', () => {
	it('is not written, today’s updated in place nor a new day’s: the backups keep the part', async () => {
		const store = openStore(temporary.file, {now: () => clock});
		try {
			const {document, rows} = largeReview('g');
			store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: rows});
			const backup = await writeBackup(store, clock);
			const [hash] = [...referencedParts(temporary.file)].find(([, kind]) => kind === 'text')!;
			run(temporary.file, `DELETE FROM review_parts WHERE hash = '${hash}'`);

			store.setTag('linear', 'some-ticket', 'strategic');
			for (const later of [60_000, 24 * 3_600_000]) {
				await expect(writeBackup(store, clock + later)).rejects.toThrow(/damaged/);
				expect(listBackups(temporary.file).map((each) => each.file)).toEqual([backup]);
			}
			const restored = openStore(elsewhere.file, {now: () => clock});
			try {
				restored.restoreRecordFrom(backup);
				expect(JSON.stringify(restored.reviews.get('linear', 1)?.figures)).toBe(JSON.stringify(document));
			} finally {
				restored.close();
			}
		} finally {
			store.close();
		}
	});
});
