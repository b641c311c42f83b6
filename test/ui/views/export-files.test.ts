import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../../source/config/validate.js';
import {weekOf} from '../../../source/domain/week.js';
import {buildExportFiles} from '../../../source/export/build-exports.js';
import {buildLeadership} from '../../../source/export/leadership.js';
import {buildOneOnOne} from '../../../source/export/one-on-one.js';
import type {ReviewSnapshot} from '../../../source/export/snapshot.js';
import {createDemoProvider, demoRoster} from '../../../source/providers/demo/index.js';
import {ReviewSession} from '../../../source/review/session.js';
import {openStore, type Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {filesFor} from '../../../source/ui/views/export/export-files.js';
import {temporaryFolder} from '../../store/fixtures.js';

/**
 * The Export view names its files at once and builds each one's content when first read (it
 * previews one at a time): every file must be the one `director-review export` builds.
 */
const timezone = 'Europe/Berlin';
const now = Date.parse('2026-11-20T15:00:00Z');

describe('the Export view\'s files', () => {
	let folder: ReturnType<typeof temporaryFolder>;
	let store: Store;
	let session: ReviewSession;
	let snapshot: ReviewSnapshot;

	beforeAll(async () => {
		folder = temporaryFolder();
		store = openStore(folder.file, {now: () => now});
		const provider = () => createDemoProvider({now, timezone, ticketCount: 400});
		await runSync({store, provider: provider(), full: true, now: () => now});
		session = new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => provider(), config: validateConfig({timezone}, {}, null), roster: demoRoster, now: () => now});
		snapshot = session.snapshot(weekOf(now, timezone));
	}, 60_000);

	afterAll(() => {
		session?.dispose();
		store?.close();
		folder?.cleanup();
	});

	const plain = (files: ReadonlyArray<{readonly name: string; readonly content: string}>) => files.map((file) => ({name: file.name, content: file.content}));

	it('are, report by report and the leadership summary, the files the export command builds', () => {
		const slugs = snapshot.roster.reports.map((report) => report.slug);
		expect(slugs.length).toBeGreaterThan(1);
		const expected = [...slugs.map((slug) => buildOneOnOne(snapshot, slug)), buildLeadership(snapshot)];
		expect(plain(filesFor(snapshot, {format: 'md', reports: new Set(slugs), leadership: true}).files)).toEqual(plain(expected));
		// Read in another order (the view's "next file"): each is still its own.
		const files = filesFor(snapshot, {format: 'md', reports: new Set(slugs), leadership: true}).files;
		for (const index of [...files.keys()].reverse()) expect(files[index]?.content).toBe(expected[index]?.content);
	});

	it('are the chosen reports only, in the roster\'s order, without the summary when it is not chosen', () => {
		const [first, , third] = snapshot.roster.reports;
		if (!first || !third) throw new Error('the demo roster has fewer than three reports');
		const {files} = filesFor(snapshot, {format: 'md', reports: new Set([third.slug, first.slug]), leadership: false});
		expect(plain(files)).toEqual(plain([buildOneOnOne(snapshot, first.slug), buildOneOnOne(snapshot, third.slug)]));
	});

	it('are the one JSON or CSV export whatever the choices', () => {
		for (const format of ['json', 'csv'] as const) {
			expect(plain(filesFor(snapshot, {format, reports: new Set(), leadership: true}).files)).toEqual(plain(buildExportFiles(snapshot, {format, reports: [], leadership: false})));
		}
	});
});
