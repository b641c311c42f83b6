import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AppConfig} from '../../source/config/schema.js';
import {validateConfig} from '../../source/config/validate.js';
import {weekOf} from '../../source/domain/week.js';
import type {Week} from '../../source/domain/types.js';
import type {WeekReport} from '../../source/domain/week-report.js';
import {createDemoProvider} from '../../source/providers/demo/index.js';
import type {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {openDemoSession} from '../support/demo-session.js';
import {copyOfStore, temporaryFolder} from '../store/fixtures.js';

/**
 * A session opened while its week was running and still open when the week ends (the TUI
 * left open past Sunday midnight) holds that week's report as of the instant it computed it.
 * Keeping it for the next run then (quitting on Monday) would have every later run read figures
 * as of Sunday evening as the ended week's: a kept report is the week as of its end, or nothing.
 */
const timezone = 'America/New_York';
const synced = Date.parse('2026-11-20T23:30:00Z');
/** Sunday 23:50 in New York: week 2026-W47 still running. */
const sundayNight = Date.parse('2026-11-23T04:50:00Z');
/** Monday 00:10 in New York: 2026-W47 has ended. */
const mondayMorning = Date.parse('2026-11-23T05:10:00Z');
const config: AppConfig = validateConfig({timezone}, {}, null);

let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
let now = synced;

function open(on: Store, week: Week): ReviewSession {
	return openDemoSession(on, {started: synced, timezone, ticketCount: 400}, {config, now: () => now, week});
}

function reportOf(on: Store, week: Week): WeekReport {
	const session = open(on, week);
	try {
		return session.weekReport(week);
	} finally {
		session.dispose();
	}
}

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => now});
	await runSync({store, provider: createDemoProvider({now: synced, timezone, ticketCount: 400}), full: true, now: () => now});
}, 120_000);

afterAll(() => {
	store?.close();
	folder?.cleanup();
});

describe('a kept report of a week that ended while a session showed it', () => {
	it('is the week as of its end, not as of the instant the session computed it', async () => {
		now = sundayNight;
		const week = weekOf(now, timezone);
		const leftOpen = open(store, week);
		try {
			expect(leftOpen.weekReport(week).asOf).toBe(sundayNight);
			now = mondayMorning;
			// Another run on Monday computes the ended week: the first computation of this data only marks it.
			const other = open(store, week);
			other.keepWeekReport(week);
			other.dispose();
			// The session left open since Sunday quits now.
			leftOpen.keepWeekReport(week, true);
		} finally {
			leftOpen.dispose();
		}
		const read = reportOf(store, week);
		const copy = await copyOfStore(folder.file, `DELETE FROM week_reports`);
		try {
			const copied = openStore(copy.file, {now: () => now});
			try {
				const scratch = reportOf(copied, week);
				expect(scratch.asOf).toBe(week.endAt);
				expect(read).toStrictEqual(scratch);
			} finally {
				copied.close();
			}
		} finally {
			copy.cleanup();
		}
	});
});
