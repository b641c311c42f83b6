import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listsNotFigures} from '../../source/domain/briefing/restated.js';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {listBackups, writeBackup} from '../../source/store/backups.js';
import {DamagedStoreError} from '../../source/store/errors.js';
import {retain} from '../../source/store/handles.js';
import {inlineLimit} from '../../source/store/review-parts.js';
import {openStore, type Store} from '../../source/store/store.js';
import {seededRandom} from '../support/seeded-random.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';
import {expected, figures, insertAsVersion7, reads, row, t0} from './review-fixtures.js';

/**
 * Store version 9 keeps a frozen review content-addressed (review-parts.ts): each large
 * member of its document and each chunk of its state rows once, shared by every review that
 * holds the same text. Every reader gets exactly what the text column of version 6 gave, a
 * repeat freeze of unchanged data adds almost nothing, and a backup carries every part.
 */

let temporary: ReturnType<typeof temporaryFolder>;
let clock = t0;

beforeEach(() => {
	temporary = temporaryFolder();
	clock = t0;
});

afterEach(() => {
	temporary.cleanup();
});

/** A week's export at some scale: lists of tickets whose text does not compress to nothing, and the same tickets' state rows. */
function bigReview(tickets: number): {document: Record<string, unknown>; rows: ReviewTicketState[]} {
	const random = seededRandom(7);
	const words = ['payments', 'gateway', 'rollback', 'incident', 'migrate', 'latency', 'search', 'index', 'billing', 'ä—✓'];
	const title = () => Array.from({length: 8}, () => words[Math.floor(random() * words.length)]).join(' ');
	const rows = Array.from({length: tickets}, (_, index) => ({...row(`t${index}`), title: title(), completedAt: Math.floor(random() * 1e12)}));
	const document = {
		...figures,
		tickets: rows.map((state) => ({key: state.key, title: state.title, estimate: Math.floor(random() * 8), at: state.completedAt})),
		figures: {'allocation.completed.operational': rows.map((state) => state.key)},
	};
	return {document, rows};
}

/** The store file's size in bytes as SQLite counts it (the write-ahead log's committed pages included). */
function storeBytes(): number {
	const raw = rawDatabase(temporary.file, {readonly: true});
	try {
		return (retain(raw.prepare('PRAGMA page_count')).pluck().get() as number) * (retain(raw.prepare('PRAGMA page_size')).pluck().get() as number);
	} finally {
		raw.close();
	}
}

function partCount(file: string = temporary.file): number {
	const raw = rawDatabase(file, {readonly: true});
	try {
		return retain(raw.prepare('SELECT count(*) FROM review_parts')).pluck().get() as number;
	} finally {
		raw.close();
	}
}

function everyReview(store: Store): string[] {
	return store.reviews.list('linear').map((review) => JSON.stringify(store.reviews.get('linear', review.id)));
}

describe('a frozen review in shared parts (store version 9)', () => {
	it('reads exactly as the text column of version 6 gave it: whole, less the lists, less other keys, and its ticket ids', () => {
		const store = openStore(temporary.file, {now: () => t0});
		try {
			const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures, tickets: [row('1'), row('2')]});
			expect(partCount()).toBeGreaterThan(0);
			expect(reads(store, id)).toEqual(expected(id));
		} finally {
			store.close();
		}
	});

	it('reads back byte for byte whatever is inline and whatever is shared, in the document’s order', () => {
		const store = openStore(temporary.file, {now: () => t0});
		const long = 'x'.repeat(inlineLimit);
		try {
			for (const document of [{}, {absent: undefined}, {a: long, b: 1, c: long, d: `${long}—`}, {'"odd key"': 'ä', when: new Date(t0), z: [long, '\ud800']}, {z: long, a: 1}, null, 3, [long], 'text']) {
				const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'mark', figures: document, tickets: []});
				expect(JSON.stringify(store.reviews.get('linear', id)?.figures)).toBe(JSON.stringify(document));
				expect(store.reviews.get('linear', id)?.tickets).toEqual([]);
			}
		} finally {
			store.close();
		}
	});

	it('of unchanged data frozen again and again grow the store by far less than one copy, and read the same', () => {
		const store = openStore(temporary.file, {now: () => clock});
		try {
			const {document, rows} = bigReview(3000);
			const empty = storeBytes();
			const first = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: rows});
			const oneCopy = storeBytes() - empty;
			const parts = partCount();
			for (let index = 0; index < 10; index++) {
				clock += 60_000;
				store.reviews.freeze('linear', {week: '2026-W49', trigger: 'quit', figures: document, tickets: rows});
			}
			const tenMore = storeBytes() - empty - oneCopy;
			expect(oneCopy).toBeGreaterThan(100_000);
			// Ten copies would be ten times one; ten review rows of a few hundred bytes are a few pages.
			expect(tenMore).toBeLessThan(oneCopy / 5);
			const raw = rawDatabase(temporary.file, {readonly: true});
			// Its lists of members and chunks inline only while small (a part once larger).
			expect(retain(raw.prepare('SELECT max(length(layout)) FROM reviews')).pluck().get()).toBeLessThan(2 * inlineLimit);
			raw.close();
			expect(partCount()).toBe(parts);
			const [firstRead, ...rest] = everyReview(store).map((text) => JSON.parse(text) as {figures: unknown; tickets: unknown});
			expect(store.reviews.list('linear')[0]!.id).toBe(first);
			expect(store.reviews.list('linear').map((review) => review.ticketCount)).toEqual(Array(11).fill(3000));
			for (const read of rest) expect(JSON.stringify([read.figures, read.tickets])).toBe(JSON.stringify([firstRead!.figures, firstRead!.tickets]));
			expect(JSON.stringify(firstRead!.figures)).toBe(JSON.stringify(document));
		} finally {
			store.close();
		}
	});

	it('share the state rows of the tickets that did not change: one changed ticket makes one new chunk (and a new list of chunks)', () => {
		const store = openStore(temporary.file, {now: () => clock});
		try {
			const {document, rows} = bigReview(3000);
			store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: rows});
			const parts = partCount();
			const changed = rows.map((state, index) => (index === 1234 ? {...state, blocked: true, blockedReason: 'waiting on review'} : state));
			clock += 60_000;
			const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'quit', figures: document, tickets: [...changed].reverse()});
			expect(partCount()).toBe(parts + 2);
			const sorted = [...changed].sort((a, b) => Buffer.compare(Buffer.from(a.ticketId), Buffer.from(b.ticketId)));
			expect(JSON.stringify(store.reviews.get('linear', id)?.tickets)).toBe(JSON.stringify(sorted));
			expect(store.reviews.previousOutline('linear', '2026-W49', clock + 1)?.ticketIds).toEqual(sorted.map((state) => state.ticketId));
		} finally {
			store.close();
		}
	});

	it('come back from a backup (full, then updated in place) with every shared part, byte for byte, beside an old row', async () => {
		insertAsVersion7(temporary.file);
		const store = openStore(temporary.file, {now: () => clock});
		const elsewhere = temporaryFolder();
		try {
			const {document, rows} = bigReview(1000);
			for (let index = 0; index < 3; index++) {
				clock += 60_000;
				store.reviews.freeze('linear', {week: '2026-W49', trigger: 'quit', figures: document, tickets: rows});
			}
			await writeBackup(store, clock);
			clock += 60_000;
			store.reviews.freeze('linear', {week: '2026-W50', trigger: 'export', figures: {...document, generatedAt: 'later'}, tickets: rows.slice(10)});
			const backup = await writeBackup(store, clock);
			expect(listBackups(temporary.file)).toHaveLength(1);
			expect(partCount(backup)).toBe(partCount());
			const before = everyReview(store);

			const fresh = openStore(elsewhere.file, {now: () => clock});
			try {
				fresh.restoreRecordFrom(backup);
				expect(everyReview(fresh)).toEqual(before);
				const latest = fresh.reviews.list('linear').at(-1)!;
				expect(JSON.stringify(fresh.reviews.previous('linear', '2026-W50', clock + 1, listsNotFigures))).toBe(JSON.stringify(store.reviews.get('linear', latest.id, listsNotFigures)));
			} finally {
				fresh.close();
			}
		} finally {
			store.close();
			elsewhere.cleanup();
		}
	});

	for (const damage of ['DELETE FROM review_parts', `UPDATE review_parts SET brotli = x'00ff00ff'`]) {
		it(`refuse to read a review whose part is damaged (${damage.split(' ')[0]}), rather than read it wrong: a damaged store, with the way out`, () => {
			const store = openStore(temporary.file, {now: () => t0});
			try {
				const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures, tickets: [row('1')]});
				const raw = rawDatabase(temporary.file);
				retain(raw.prepare(damage)).run();
				raw.close();
				let error: unknown;
				try {
					store.reviews.get('linear', id);
				} catch (thrown) {
					error = thrown;
				}
				expect(error).toBeInstanceOf(DamagedStoreError);
				expect((error as DamagedStoreError).message).toBe(`${temporary.file} is not a director-review store, or it is damaged`);
				expect(((error as Error).cause as Error).message).toMatch(/a frozen review's part .* (is missing from the store|cannot be read)/);
			} finally {
				store.close();
			}
		});
	}
});
