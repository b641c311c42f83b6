import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {listsNotFigures} from '../../source/domain/briefing/restated.js';
import {shiftWeek, weekOf} from '../../source/domain/week.js';
import {buildExportFiles} from '../../source/export/build-exports.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {retain} from '../../source/store/handles.js';
import {storedFigures} from '../../source/store/review-figures.js';
import {ReviewReader} from '../../source/store/review-parts.js';
import {openStore, type Store} from '../../source/store/store.js';
import {rawDatabase, temporaryFolder} from '../store/fixtures.js';

/**
 * The frozen review of the demo's week, stored in shared parts (store version 9), against the
 * JSON export of the same snapshot and against the same review stored as version 6 stored it
 * (the whole document as text) and as version 7 did (compressed whole, and less its lists):
 * the document is the export's, byte for byte, and "since last review" and every export of the
 * next session read the same from any of those rows.
 */
const timezone = 'Europe/Berlin';
const config = validateConfig({timezone}, {}, null);
const friday = Date.parse('2026-11-27T18:00:00Z');

let clock = friday;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
let reviewId: number;
let jsonExport: string;

function session(on: Store): ReviewSession {
	return new ReviewSession({store: on, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => createDemoProvider({now: clock, timezone}), config, roster: demoRoster, now: () => clock});
}

const options = {format: 'json', reports: [], leadership: false, out: undefined, force: false, schema: 2, detail: 'page'} as const;

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});
	const syncing = session(store);
	await syncing.sync(true);
	syncing.dispose();
	clock += 60_000;
	const opened = session(store);
	const snapshot = opened.snapshot(weekOf(clock, timezone));
	jsonExport = buildExportFiles(snapshot, options)[0]!.content;
	reviewId = opened.freezeReview(snapshot.week, 'export')!;
	opened.dispose();
}, 60_000);

afterAll(() => {
	store.close();
	folder.cleanup();
});

/** The stored review read from its layout and parts, in the raw file: no store code but the reader. */
function storedReview(raw: ReturnType<typeof rawDatabase>, id: number): ReviewReader {
	const layout = retain(raw.prepare('SELECT layout FROM reviews WHERE id = ?')).pluck().get(id) as string;
	return new ReviewReader(layout, (hash) => retain(raw.prepare('SELECT length, brotli FROM review_parts WHERE hash = ?')).get(hash) as {length: number; brotli: Buffer} | undefined);
}

/** A copy of the store whose review row is as store version 6 wrote it (the whole document as text) or version 7 (compressed, and less the lists). */
function copyWithOldRow(version: 6 | 7): {store: Store; cleanup(): void} {
	const copy = temporaryFolder();
	const source = rawDatabase(folder.file, {readonly: true});
	retain(source.prepare('VACUUM INTO ?')).run(copy.file);
	source.close();
	const raw = rawDatabase(copy.file);
	const stored = storedReview(raw, reviewId);
	const text = stored.documentText([])!;
	const columns = version === 6 ? {figures: text, whole: null} : storedFigures(JSON.parse(text));
	retain(raw.prepare('UPDATE reviews SET figures = ?, figures_brotli = ?, layout = NULL WHERE id = ?')).run(columns.figures, columns.whole, reviewId);
	for (const row of stored.tickets()) retain(raw.prepare('INSERT INTO review_tickets (review_id, ticket_id, data) VALUES (?, ?, ?)')).run(reviewId, row.ticketId, JSON.stringify(row));
	raw.close();
	const opened = openStore(copy.file, {now: () => clock});
	return {store: opened, cleanup: () => (opened.close(), copy.cleanup())};
}

describe('the frozen review of a week (store version 9)', () => {
	it('holds the JSON export of its snapshot, byte for byte once compacted, and so does a second freeze sharing its parts', () => {
		// A copy of the store: the next tests read the demo week's one review as the previous one.
		const copy = temporaryFolder();
		const source = rawDatabase(folder.file, {readonly: true});
		retain(source.prepare('VACUUM INTO ?')).run(copy.file);
		source.close();
		const copied = openStore(copy.file, {now: () => clock});
		const raw = rawDatabase(copy.file, {readonly: true});
		try {
			const compacted = JSON.stringify(JSON.parse(jsonExport));
			expect(storedReview(raw, reviewId).documentText([])).toBe(compacted);
			expect(JSON.stringify(store.reviews.get('demo', reviewId)?.figures)).toBe(compacted);

			const parts = () => retain(raw.prepare('SELECT count(*) FROM review_parts')).pluck().get() as number;
			const before = parts();
			expect(before).toBeGreaterThan(0);
			const frozen = copied.reviews.get('demo', reviewId)!;
			const again = copied.reviews.freeze('demo', {week: frozen.week, trigger: 'quit', figures: JSON.parse(compacted) as unknown, tickets: frozen.tickets});
			expect(again).not.toBe(reviewId);
			expect(parts()).toBe(before);
			expect(storedReview(raw, again).documentText([])).toBe(compacted);
			expect(JSON.stringify(copied.reviews.get('demo', again)?.tickets)).toBe(JSON.stringify(frozen.tickets));
		} finally {
			raw.close();
			copied.close();
			copy.cleanup();
		}
	});

	for (const version of [6, 7] as const) {
		it(`reads the same as a row stored by version ${version}: whole, without the lists, and in the next session’s since and exports`, () => {
			const old = copyWithOldRow(version);
			try {
				const later = clock + 3_600_000;
				expect(JSON.stringify(old.store.reviews.get('demo', reviewId))).toBe(JSON.stringify(store.reviews.get('demo', reviewId)));
				expect(JSON.stringify(old.store.reviews.previous('demo', '2026-W48', later, listsNotFigures))).toBe(JSON.stringify(store.reviews.previous('demo', '2026-W48', later, listsNotFigures)));
				clock = later;
				for (const week of [weekOf(clock, timezone), shiftWeek(weekOf(clock, timezone), -1)]) {
					const fromNew = session(store);
					const fromOld = session(old.store);
					try {
						const a = fromNew.snapshot(week);
						const b = fromOld.snapshot(week);
						expect(a.since).not.toBeNull();
						expect(JSON.stringify(b.since)).toBe(JSON.stringify(a.since));
						for (const format of ['json', 'md'] as const) {
							const files = (s: typeof a) => buildExportFiles(s, {...options, format, leadership: format === 'md'}).map((file) => [file.name, file.content.replace(/"generatedAt": "[^"]*"/, '')]);
							expect(files(b)).toEqual(files(a));
						}
					} finally {
						fromNew.dispose();
						fromOld.dispose();
					}
				}
			} finally {
				old.cleanup();
			}
		});
	}
});
