import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startCli, type TerminalSession} from './terminal.js';

let home: string;
let session: TerminalSession | undefined;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-first-frame-'));
});

afterEach(() => {
	session?.kill('SIGKILL');
	session = undefined;
	fs.rmSync(home, {recursive: true, force: true});
});

/** The Overview's figure rows, which the stored first frame must show exactly as the live one. */
function figureRows(screen: string): string[] {
	return screen.split('\n').filter((line) => /^(Firefighting|On-time|Kept promises|Delegation rate|Your open load|Blocked)/.test(line));
}

/** The screen row a line starting with `start` is on. */
function rowIndex(screen: string, start: string): number {
	return screen.split('\n').findIndex((line) => line.trimStart().startsWith(start) || line.startsWith(`› ${start}`));
}

describe('the second start', () => {
	it('draws the stored Overview first, then the live review, with the same figures and every view working', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		const first = await session.waitFor('Top recurring theme', 20_000);
		await session.press('q');
		expect(await session.exited()).toBe(0);

		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		const stored = await session.waitFor('Top recurring theme', 20_000);
		expect(figureRows(stored)).toEqual(figureRows(first));
		// The since line's place is held while the review loads, so nothing below it moves when it arrives.
		expect(stored).toContain('Changes since the last review: loading…');
		// Once loaded, the keys work: views that the stored frame cannot show open.
		const loaded = await session.waitFor((screen) => !screen.includes('loading the review') && screen.includes('Since '), 20_000);
		expect(loaded).not.toContain('Changes since the last review: loading…');
		expect(rowIndex(stored, 'Firefighting')).toBeGreaterThan(0);
		expect(rowIndex(loaded, 'Firefighting')).toBe(rowIndex(stored, 'Firefighting'));
		await session.press('3');
		await session.waitFor('You (director)');
		await session.press('2');
		await session.waitFor('left to triage');
		await session.press('q');
		expect(await session.exited()).toBe(0);
	});

	it('keeps the ended trend weeks\' facts when quitting, not on the way to the first frame', async () => {
		const keptWeeks = () => {
			const database = new DatabaseSync(path.join(home, 'director-review.db'), {readOnly: true});
			try {
				return (database.prepare('SELECT week FROM week_facts ORDER BY week').all() as Array<{week: string}>).map((row) => row.week);
			} finally {
				database.close();
			}
		};
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor((screen) => screen.includes('Top recurring theme') && screen.includes('Since '), 20_000);
		expect(keptWeeks()).toEqual([]);
		await session.press('q');
		expect(await session.exited()).toBe(0);
		// The running week's trend: its seven ended weeks (the default trend is eight weeks long), never the running one.
		const kept = keptWeeks();
		expect(kept).toHaveLength(7);
		expect(new Set(kept).size).toBe(7);
	});
});
