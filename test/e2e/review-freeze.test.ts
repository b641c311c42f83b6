import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cliPath, startCli, type TerminalSession} from './terminal.js';

let home: string;
let session: TerminalSession | undefined;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-freeze-'));
});

afterEach(() => {
	session?.kill('SIGKILL');
	session = undefined;
	fs.rmSync(home, {recursive: true, force: true});
});

function frozen(): string[][] {
	const result = spawnSync(process.execPath, [cliPath, 'review', '--list', '--demo', '--offline'], {encoding: 'utf8', env: {...process.env, DIRECTOR_REVIEW_HOME: home}});
	expect(result.status, result.stderr).toBe(0);
	return result.stdout
		.split('\n')
		.filter((line) => /^\d+\t/.test(line))
		.map((line) => line.split('\t'));
}

describe('quitting the dashboard', () => {
	it('freezes the review of every week it opened, and writes the day’s backup', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		const started = await session.waitFor((screen) => !screen.includes('loading the review'), 20_000);
		const weekOf = (screen: string) => /\d{4}-W\d{2}/.exec(screen)?.[0];
		await session.press('[');
		// The week before is on screen (its figures drawn), not the first one still: a wait for a condition, not luck.
		await session.waitFor((screen) => weekOf(screen) !== undefined && weekOf(screen) !== weekOf(started) && screen.includes('Top recurring theme'), 20_000);
		await session.press('q');
		expect(await session.exited()).toBe(0);

		const reviews = frozen();
		expect(reviews.map((row) => row[3])).toEqual(['quit', 'quit']);
		const weeks = reviews.map((row) => row[1] ?? '');
		expect(new Set(weeks).size).toBe(2);
		expect(fs.readdirSync(path.join(home, 'backups')).filter((name) => name.endsWith('.db')).length).toBeGreaterThan(0);
	});

	it('leaves the week it started on as the next session’s previous review, after a look back at earlier weeks', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		await session.waitFor((screen) => !screen.includes('loading the review'), 20_000);
		const thisWeek = /\b(\d{4}-W\d\d)\b/.exec(session.screen())?.[1] ?? '';
		await session.press('[');
		await session.waitFor((screen) => !screen.includes(thisWeek) && screen.includes('Top recurring theme'), 20_000);
		await session.press('[');
		await session.waitFor((screen) => screen.includes('Top recurring theme'), 20_000);
		await session.press('q');
		expect(await session.exited()).toBe(0);

		const next = spawnSync(process.execPath, [cliPath, '--demo', '--offline'], {encoding: 'utf8', env: {...process.env, DIRECTOR_REVIEW_HOME: home}});
		expect(next.status, next.stderr).toBe(0);
		expect(next.stdout).toMatch(new RegExp(`Since \\w{3} \\d+ \\w{3}( \\d{4})?, \\d\\d:\\d\\d \\(${thisWeek}\\b`));
	});
});

describe('a store without tickets (a new home read --offline, a store restored before its sync)', () => {
	const cli = (args: readonly string[]) => spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', env: {...process.env, DIRECTOR_REVIEW_HOME: home}});

	it('export and review --mark refuse in one line with a hint, write no file and freeze nothing', () => {
		const out = path.join(home, 'out');
		for (const args of [
			['export', '--demo', '--offline', '--week', 'last', '--leadership', '--out', out],
			['export', '--demo', '--offline', '--week', 'last', '--out', '-'],
			['review', '--mark', '--demo', '--offline'],
		]) {
			const result = cli(args);
			expect(result.status, args.join(' ')).toBe(1);
			expect(result.stdout).toBe('');
			const lines = result.stderr.trim().split('\n');
			expect(lines).toHaveLength(2);
			expect(lines[0]).toMatch(/no demo tickets yet, so there is nothing to (export|freeze)/);
			expect(lines[1]).toMatch(/hint: .*drop --offline/);
		}
		expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
		expect(frozen()).toEqual([]);
	});

	it('quitting the dashboard freezes no review', async () => {
		session = startCli({args: ['--demo', '--offline'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		await session.waitFor((screen) => !screen.includes('loading the review'), 20_000);
		await session.press('q');
		expect(await session.exited()).toBe(0);
		expect(frozen()).toEqual([]);
	});
});

describe('the plain overview (no terminal) and the previous review', () => {
	// A Friday evening: the week has completed work to export and re-tag, whatever day the suite runs (on a Monday the
	// running week has none yet).
	// Each process starts its clock at the instant it is given: later steps are given later ones.
	const cli = (args: readonly string[], at = '19:00') =>
		spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1', DIRECTOR_REVIEW_DEMO_NOW: `2026-12-04T${at}:00.000Z`, TZ: 'UTC'}});

	it('says there is no previous review yet, then when it was and the count of each kind since (briefing.md)', () => {
		const first = cli(['--demo']);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain('Since last review: no previous review yet');

		// An export freezes the week's review; a tag then changes one of its tickets' category.
		const exported = cli(['export', '--demo', '--offline', '--format', 'json', '--out', '-'], '19:05');
		expect(exported.status, exported.stderr).toBe(0);
		const json = JSON.parse(exported.stdout) as {week: {id: string}; figures: Record<string, string[]>};
		const key = json.figures['allocation.completed.strategic']?.[0] ?? '';
		expect(cli(['tag', key, 'operational', '--demo', '--offline'], '19:10').status).toBe(0);

		const second = cli(['--demo', '--offline'], '19:20');
		expect(second.status, second.stderr).toBe(0);
		expect(second.stdout).not.toContain('no previous review yet');
		expect(second.stdout).toMatch(new RegExp(`Since \\w{3} \\d+ \\w{3}( \\d{4})?, \\d\\d:\\d\\d \\(${json.week.id}\\):.*\\b1 recategorised\\b`));
	});
});
