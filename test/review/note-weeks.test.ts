import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import type {IssuedNote} from '../../source/domain/briefing/types.js';
import {parseWeekArgument, weekOf} from '../../source/domain/week.js';
import {issuedNotes} from '../../source/export/issue-points.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';

/**
 * 1:1 continuity when the director looks back (briefing.md): a note compares its points with
 * the report's previous exported note. Exporting an earlier week's notes after this week's
 * must neither mark that week's points as carried on from later weeks, nor become the note
 * this week's next export compares with (as a look back never becomes the previous review).
 */
const timezone = 'UTC';
const config = validateConfig({timezone}, {}, null);
const friday1 = Date.parse('2026-12-04T19:00:00Z');
const weekMs = 7 * 86_400_000;
let clock = friday1;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
let friday2: IssuedNote[];
let lookBack: IssuedNote[];
let again: IssuedNote[];

function session(): ReviewSession {
	return new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => createDemoProvider({now: clock, timezone}), config, roster: demoRoster, now: () => clock});
}

/** Exports every report's note of `weekId` (this week's when absent) and records the points issued, as `export` does. */
function exportNotes(weekId?: string): IssuedNote[] {
	const opened = session();
	const week = weekId === undefined ? weekOf(clock, timezone) : parseWeekArgument(weekId, clock, timezone);
	const notes = issuedNotes(opened.snapshot(week), {format: 'md', reports: [], leadership: false});
	opened.issueNotes(notes);
	opened.dispose();
	return notes;
}

async function sync(): Promise<void> {
	const opened = session();
	await opened.sync(true);
	opened.dispose();
}

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});
	await sync();
	exportNotes();
	clock = friday1 + weekMs;
	await sync();
	clock += 60_000;
	friday2 = exportNotes();
	// Ten minutes later the director looks back at the week before last, then exports this week again.
	clock += 600_000;
	lookBack = exportNotes('2026-W48');
	clock += 600_000;
	again = exportNotes();
}, 180_000);

afterAll(() => {
	store.close();
	folder.cleanup();
});

describe('1:1 continuity with a look back at an earlier week', () => {
	it('raises the earlier week’s points as new: no note of that week or before was exported, so nothing carries on and nothing is resolved', () => {
		const points = lookBack.flatMap((note) => note.points);
		expect(points.length).toBeGreaterThan(0);
		for (const point of points) expect([point.identity, point.status, point.sinceWeek]).toEqual([point.identity, 'new', '2026-W48']);
	});

	it('compares this week’s next note with this week’s last one, not with the look back exported in between', () => {
		let carried = 0;
		for (const note of again) {
			const before = friday2.find((each) => each.report === note.report);
			const raisedBefore = new Map((before?.points ?? []).filter((point) => point.status !== 'resolved').map((point) => [point.identity, point]));
			for (const point of note.points) {
				const earlier = raisedBefore.get(point.identity);
				if (earlier === undefined || point.status === 'resolved') continue;
				expect([point.identity, point.status, point.sinceWeek]).toEqual([point.identity, 'continuing', earlier.sinceWeek]);
				carried += 1;
			}
			// Nothing this week's note raised is new again, nor resolved on the strength of the look back.
			for (const point of note.points.filter((each) => each.status === 'resolved')) expect(raisedBefore.has(point.identity), point.identity).toBe(true);
		}
		expect(carried).toBeGreaterThan(0);
	});
});
