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

describe('the days of use are the director’s, on the run’s one clock', () => {
	it('counts a day by the config’s zone, not UTC, and names the backup command’s file by the pinned clock', async () => {
		// A director in San Francisco: Fri 4 Dec at noon and at 19:00 are one day of use, though
		// 19:00 there is already Saturday in UTC.
		const home = makeHome({timezone: 'America/Los_Angeles'});
		const at = (iso: string) => ({DIRECTOR_REVIEW_DEMO_NOW: iso, TZ: 'UTC'});
		const sync = await runCli(['sync', '--demo'], {home, env: at('2026-12-04T20:00:00Z')});
		expect(sync.code, sync.stderr).toBe(0);
		for (const [iso, category] of [['2026-12-04T20:05:00Z', 'o'], ['2026-12-05T03:00:00Z', 's']] as const) {
			const tagged = await runCli(['tag', 'PAY-8069', category, '--demo', '--offline'], {home, env: at(iso)});
			expect(tagged.code, tagged.stderr).toBe(0);
		}
		const names = () => fs.readdirSync(path.join(home, 'backups')).filter((name) => name.endsWith('.db')).sort();
		// A pinned clock runs on from its pin: a file is named within seconds of it.
		const named = (minute: string, kept = '') => expect.stringMatching(new RegExp(`^record-${minute}\\d{5}Z${kept}\\.db$`));
		// One backup for the Friday, renamed to its last change (03:00 UTC, 19:00 in San Francisco).
		expect(names()).toEqual([named('20261205T0300')]);
		// `backup` lives at the pinned clock like every other command: a kept file of the same
		// day (no later change updates it), which holds all the day's file held, so replaces it.
		const backup = await runCli(['backup', '--demo'], {home, env: at('2026-12-05T04:00:00Z')});
		expect(backup.code, backup.stderr).toBe(0);
		expect(path.basename(backup.stdout.trim())).toEqual(named('20261205T0400', '-kept'));
		expect(names()).toEqual([named('20261205T0400', '-kept')]);
		// Saturday morning in San Francisco is a new day of use.
		const saturday = await runCli(['backup', '--demo'], {home, env: at('2026-12-05T17:00:00Z')});
		expect(saturday.code, saturday.stderr).toBe(0);
		expect(names()).toEqual([named('20261205T0400', '-kept'), named('20261205T1700', '-kept')]);
	}, 180_000);
});
