import {spawn} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {inlineLimit} from '../../source/store/review-parts.js';
import {openStore} from '../../source/store/store.js';
import {runAndKill} from '../support/kill-child.js';
import {storeWriterScript} from './compile-store.js';
import {temporaryFolder} from './fixtures.js';
import {row, t0} from './review-fixtures.js';

/**
 * Adversarial cases of frozen reviews in shared parts (store version 9): documents whose
 * members JSON orders or writes oddly, state rows whose ids sort differently in UTF-16 and
 * UTF-8, two processes freezing the same parts at once, and a freeze killed midway.
 */

let temporary: ReturnType<typeof temporaryFolder>;
let writerScript: string;

beforeAll(() => {
	temporary = temporaryFolder();
	// Freezes the same large document again and again (every process the same texts), saying when it starts and ends each.
	writerScript = storeWriterScript(
		temporary.folder,
		'review-freezer.mjs',
		`const rows = Array.from({length: 1500}, (_, index) => ({ticketId: 't' + index, key: 'ENG-' + index, title: 'shared ' + index + ' ✓'.repeat(20)}));
		const document = {big: 'x'.repeat(5000), list: rows.map((state) => state.title), tail: 1};
		const times = Number(process.argv[4] ?? Infinity);
		for (let number = 0; number < times; number++) {
			say('freezing ' + number);
			store.reviews.freeze('demo', {week: '2026-W49', trigger: 'quit', figures: {...document, run, number}, tickets: number % 2 === 0 ? rows : rows.slice(1)});
			say('froze ' + number);
		}
		store.close();`,
	);
}, 60_000);

afterAll(() => {
	temporary.cleanup();
});

function runToEnd(parameters: readonly string[]): Promise<{code: number | null; stderr: string}> {
	const child = spawn(process.execPath, [writerScript, ...parameters], {stdio: ['ignore', 'ignore', 'pipe']});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return new Promise((resolve) => child.once('exit', (code) => resolve({code, stderr})));
}

/** Every review of the writer reads back whole: its document's members and its rows. */
function expectEveryReviewWhole(file: string): number {
	const store = openStore(file);
	try {
		expect(store.integrityCheck()).toBe('ok');
		const reviews = store.reviews.list('demo');
		for (const summary of reviews) {
			const review = store.reviews.get('demo', summary.id)!;
			const figures = review.figures as {big: string; list: string[]; number: number};
			expect(figures.big).toBe('x'.repeat(5000));
			expect(figures.list).toHaveLength(1500);
			expect(review.tickets).toHaveLength(figures.number % 2 === 0 ? 1500 : 1499);
			expect(summary.ticketCount).toBe(review.tickets.length);
		}
		return reviews.length;
	} finally {
		store.close();
	}
}

describe('a frozen review in shared parts', () => {
	it('reads back exactly as JSON wrote the document: integer-like keys first, __proto__, lone surrogates, NaN, -0, undefined, functions, Date', () => {
		const store = openStore(`${temporary.folder}/odd.db`, {now: () => t0});
		const long = (tag: string) => `${tag} ${'ä✓😀'.repeat(inlineLimit)}`;
		const document = JSON.parse(`{"__proto__": ${JSON.stringify(long('proto'))}}`) as Record<string, unknown>;
		Object.assign(document, {b: long('b'), '10': long('ten'), '1': 'one', '01': long('zero-one'), '-1': 2, '4294967295': long('max'), '4294967294': 3});
		Object.assign(document, {'\ud800': long('\udfff'), nan: Number.NaN, negative: -0, none: undefined, fn: () => 1, symbol: Symbol('s'), when: new Date(t0)});
		// (A member whose toJSON answers by its key is not kept: each member is written alone, its key then ''. No figure has one.)
		Object.assign(document, {nested: {z: 1, '2': [Number.NaN, undefined, () => 1], a: long('nested')}});
		try {
			const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: document, tickets: []});
			const read = store.reviews.get('linear', id)!.figures;
			expect(JSON.stringify(read)).toBe(JSON.stringify(document));
			// Array indexes (to 2**32 - 2) first in numeric order, then the rest as inserted: '4294967295' and '01' are not indexes.
			expect(Object.keys(read as object).slice(0, 5)).toEqual(['1', '10', '4294967294', '__proto__', 'b']);
			expect(JSON.stringify(store.reviews.get('linear', id, ['b', 'nested']))).toBe(
				JSON.stringify({id, week: '2026-W49', frozenAt: t0, trigger: 'export', figures: Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(document)) as object).filter(([key]) => key !== 'b' && key !== 'nested')), tickets: []}),
			);
		} finally {
			store.close();
		}
	});

	it('keeps state rows in the order SQLite sorted their ids (UTF-8 bytes, not UTF-16), with non-ASCII titles whole', () => {
		const store = openStore(`${temporary.folder}/rows.db`, {now: () => t0});
		const ids = ['z', 'Z', '10', '9', 'é', '😀', '\uffff', 'ｚ', 'a\ud800', ...Array.from({length: 400}, (_, index) => `t${index}`)];
		const rows: ReviewTicketState[] = ids.map((ticketId) => ({...row(ticketId), title: `${ticketId} — ${'ñ😀'.repeat(200)} \ud800`}));
		try {
			const id = store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: {}, tickets: rows});
			const sorted = [...rows].sort((a, b) => Buffer.compare(Buffer.from(a.ticketId), Buffer.from(b.ticketId)));
			// UTF-16 puts the surrogate pair of '😀' (0xD83D) before U+FFFF; UTF-8 (F0… after EF…) after it.
			expect(sorted.findIndex((state) => state.ticketId === '\uffff')).toBeLessThan(sorted.findIndex((state) => state.ticketId === '😀'));
			expect(JSON.stringify(store.reviews.get('linear', id)?.tickets)).toBe(JSON.stringify(sorted));
			expect(store.reviews.previousOutline('linear', '2026-W49', t0 + 1)?.ticketIds).toEqual(sorted.map((state) => state.ticketId));
			expect(store.reviews.list('linear')[0]?.ticketCount).toBe(rows.length);
		} finally {
			store.close();
		}
	});

	it('frozen by two processes at once, each the same parts, reads back whole from both', {timeout: 60_000}, async () => {
		const file = `${temporary.folder}/two.db`;
		openStore(file).close();
		const results = await Promise.all([runToEnd([file, '1', '12']), runToEnd([file, '2', '12'])]);
		for (const result of results) expect(result, result.stderr).toEqual({code: 0, stderr: ''});
		expect(expectEveryReviewWhole(file)).toBe(24);
	});

	it('killed midway through freezes (while another process freezes the same parts) leaves only whole reviews', {timeout: 60_000}, async () => {
		const file = `${temporary.folder}/killed.db`;
		openStore(file).close();
		for (const [run, delay] of [0, 3, 8, 15].entries()) {
			const other = runToEnd([file, String(100 + run), '3']);
			const lines = await runAndKill(writerScript, [file, String(run)], 'freezing ', 2, delay);
			expect((await other).code).toBe(0);
			expect(lines.length).toBeGreaterThan(0);
		}
		expect(expectEveryReviewWhole(file)).toBeGreaterThanOrEqual(12 + 4);
	});
});
