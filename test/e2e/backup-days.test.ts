import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {makeHome, removeHomes, runCli} from '../reliability/cli.js';

/**
 * Rolling backups, one per day of use (briefing.md: at least the last 8), through the built
 * CLI over twelve days of the demo org: each day on its own pinned clock
 * (DIRECTOR_REVIEW_DEMO_NOW), the whole run living at that day (docs/cli.md), the director
 * re-tags a ticket. The days are the run's days: a run's backup is of the day it lives at,
 * like its tags and frozen reviews.
 */
afterAll(() => removeHomes());

const firstDay = Date.parse('2026-11-16T10:00:00Z');
const dayMs = 86_400_000;

function pinnedAt(day: number): Record<string, string> {
	return {DIRECTOR_REVIEW_DEMO_NOW: new Date(firstDay + day * dayMs).toISOString(), TZ: 'UTC'};
}

/** The UTC days the backups folder holds a backup of (`record-<UTC time>.db`). */
function backupDays(home: string): string[] {
	const names = fs.readdirSync(path.join(home, 'backups')).filter((name) => /^record-\d{8}T\d{6}\d*Z\.db$/.test(name));
	return [...new Set(names.map((name) => name.slice('record-'.length, 'record-'.length + 8)))].sort();
}

const dayName = (day: number) => new Date(firstDay + day * dayMs).toISOString().slice(0, 10).replaceAll('-', '');

describe('rolling backups over twelve days of use', () => {
	it('keeps a backup of each of the last days of use (at least 8), each named for its day, and restore brings the newest back without losing a ticket', async () => {
		const home = makeHome();
		const sync = await runCli(['sync', '--demo'], {home, env: pinnedAt(0)});
		expect(sync.code, sync.stderr).toBe(0);
		const days = 12;
		for (let day = 0; day < days; day++) {
			const tagged = await runCli(['tag', 'PAY-8069', day % 2 === 0 ? 'o' : 's', '--demo', '--offline'], {home, env: pinnedAt(day)});
			expect(tagged.code, tagged.stderr).toBe(0);
		}
		const kept = backupDays(home);
		expect(kept.length).toBeGreaterThanOrEqual(8);
		// The newest days of use are the ones kept, each once.
		const lastEight = Array.from({length: 8}, (_, index) => dayName(days - 8 + index));
		for (const day of lastEight) expect(kept, day).toContain(day);

		const restored = await runCli(['restore', '--yes', '--demo'], {home, env: pinnedAt(days - 1)});
		expect(restored.code, restored.stderr).toBe(0);
		expect(`${restored.stdout}${restored.stderr}`).toMatch(/\b1 tag\b/);
		// The tracker data stays: the last day's tag is there and the tickets are read offline.
		const exported = await runCli(['export', '--demo', '--offline', '--format', 'json', '--out', '-'], {home, env: pinnedAt(days - 1)});
		expect(exported.code, exported.stderr).toBe(0);
		const json = JSON.parse(exported.stdout) as {tickets: Array<{key: string; category: string; source: string | null}>};
		expect(json.tickets.length).toBeGreaterThan(100);
	}, 180_000);
});
