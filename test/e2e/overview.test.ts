import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startCli, type TerminalSession} from './terminal.js';

let home: string;
let session: TerminalSession | undefined;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-e2e-'));
});

afterEach(() => {
	session?.kill('SIGKILL');
	session = undefined;
	fs.rmSync(home, {recursive: true, force: true});
});

describe('the demo Overview in a terminal', () => {
	it.each([
		[80, 24],
		[120, 40],
	])('fits %ix%i without wrapping, and q exits 0', async (columns, rows) => {
		session = startCli({args: ['--demo'], columns, rows, env: {DIRECTOR_REVIEW_HOME: home}});
		const screen = await session.waitFor('Top recurring theme', 20_000);
		const lines = screen.split('\n');
		expect(lines[0]).toMatch(/^director-review · Demo organisation/);
		expect(lines[0]).toMatch(/\d{4}-W\d{2}/);
		for (const label of ['Firefighting (done)', 'On-time rate', 'Kept promises', 'Delegation rate', 'Your open load', 'Blocked']) {
			const line = lines.find((candidate) => candidate.replace(/^[› ] /, '').startsWith(label));
			expect(line, label).toBeDefined();
			// A figure (a percentage, a count or a dash) follows every label on the same row.
			expect(line).toMatch(/\s(\d+%|\d+|–)\s/);
		}
		expect(lines.at(-1)).toContain('? help');
		await session.press('q');
		expect(await session.exited()).toBe(0);
	});

	it('changes the week with [ and ] and the figures with it', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		const first = await session.waitFor('Top recurring theme', 20_000);
		const weekId = /(\d{4}-W\d{2})/.exec(first)?.[1];
		await session.press('[');
		const weekIdOf = (screen: string) => /(\d{4}-W\d{2})/.exec(screen)?.[1];
		// A frame mid-redraw may show no week at all: wait for another week, not for no week.
		const previous = await session.waitFor((screen) => weekIdOf(screen) !== undefined && weekIdOf(screen) !== weekId, 5000);
		expect(weekIdOf(previous)).toMatch(/^\d{4}-W\d{2}$/);
		await session.press(']');
		await session.waitFor(weekId ?? 'never', 5000);
		await session.press('q');
		expect(await session.exited()).toBe(0);
	});

	it('shows the help overlay on ? and closes it on Esc', async () => {
		session = startCli({args: ['--demo'], columns: 80, rows: 24, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		await session.press('?');
		const help = await session.waitFor('Keys — Overview');
		expect(help).toContain('previous / next week');
		await session.press('\u001B');
		await session.waitFor('Top recurring theme');
		await session.press('q');
		expect(await session.exited()).toBe(0);
	});
});
