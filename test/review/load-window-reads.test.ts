import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {buildExportFiles} from '../../source/export/build-exports.js';
import {shiftWeek, weekOf} from '../../source/domain/week.js';
import type {Week} from '../../source/domain/types.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {temporaryFolder} from '../store/fixtures.js';

/**
 * What a week's figures read back (review/load-window.ts): the trend weeks' version 1 figures
 * and effort read the themes' four weeks; version 2, computed for the week alone, reads its
 * twelve-week cycle-time sample. With no previous review (whose own week would widen the
 * window, load-window.test.ts), the window is the week's reads alone: any read the window
 * leaves out makes a figure differ from the session with every ticket loaded. Trends of
 * several lengths, so both the trend's reach and the sample's can be the earlier one.
 */
const timezone = 'Europe/Berlin';
const now = Date.parse('2026-11-18T10:00:00Z');
const dayMs = 86_400_000;

function exports(session: ReviewSession, week: Week): string[] {
	const snapshot = session.snapshot(week);
	return [...buildExportFiles(snapshot, {format: 'json', reports: [], leadership: false}), ...buildExportFiles(snapshot, {format: 'md', reports: [], leadership: true})].map(
		(file) => `${file.name}\n${file.content}`,
	);
}

describe.each([2, 8, 16])('a window of a long history with a trend of %i weeks and no previous review', (trendWeeks) => {
	const config = validateConfig({timezone, trendWeeks}, {}, null);
	let folder: ReturnType<typeof temporaryFolder>;
	let store: Store;
	const open = (week: Week) =>
		new ReviewSession({
			store,
			providerName: 'demo',
			providerLabel: 'Demo organisation (Acme)',
			createProvider: async () => createDemoProvider({now, timezone, ticketCount: 3600, weeks: 60}),
			config,
			roster: demoRoster,
			now: () => now,
			week,
		});
	let windowed: ReviewSession;
	let everything: ReviewSession;

	beforeAll(async () => {
		folder = temporaryFolder();
		store = openStore(folder.file, {now: () => now});
		await runSync({store, provider: createDemoProvider({now, timezone, ticketCount: 3600, weeks: 60}), full: true, now: () => now});
		const oldest = store.loadTickets('demo').reduce((earliest, ticket) => Math.min(earliest, ticket.createdAt), Number.POSITIVE_INFINITY);
		everything = open(weekOf(oldest - 400 * dayMs, timezone));
		windowed = open(weekOf(now, timezone));
	}, 120_000);

	afterAll(() => {
		windowed?.dispose();
		everything?.dispose();
		store?.close();
		folder?.cleanup();
	});

	it('loads a part of the history only', () => {
		expect(windowed.review.tickets.length).toBeLessThan(store.ticketCount('demo') * 0.7);
	});

	it('gives this week and last week the same report, trend and export as with every ticket loaded', () => {
		for (const offset of [0, -1]) {
			const week = shiftWeek(weekOf(now, timezone), offset);
			expect(windowed.weekReport(week), week.id).toEqual(everything.weekReport(week));
			expect(exports(windowed, week), week.id).toEqual(exports(everything, week));
		}
	}, 600_000);
});
