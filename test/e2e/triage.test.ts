import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cliPath, startCli, type TerminalSession} from './terminal.js';

let home: string;
let session: TerminalSession | undefined;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-triage-'));
});

afterEach(() => {
	session?.kill('SIGKILL');
	session = undefined;
	fs.rmSync(home, {recursive: true, force: true});
});

interface ExportedTicket {
	readonly key: string;
	readonly category: string;
	readonly source: string | null;
}

function exportedTickets(week: string): ExportedTicket[] {
	const output = execFileSync(process.execPath, [cliPath, 'export', '--demo', '--offline', '--format', 'json', '--week', week, '--out', '-'], {
		encoding: 'utf8',
		env: {...process.env, DIRECTOR_REVIEW_HOME: home},
	});
	return (JSON.parse(output) as {tickets: ExportedTicket[]}).tickets;
}

/** The ticket key on the cursor's row (marked ›). */
function cursorKey(screen: string): string {
	const line = screen.split('\n').find((candidate) => candidate.startsWith('›'));
	const key = line ? /^›.{2}(\S+)/.exec(line)?.[1] : undefined;
	if (!key) throw new Error(`no cursor row on screen:\n${screen}`);
	return key;
}

describe('triage in a terminal', () => {
	it('keeps exactly the tags left after an undo when the process is killed right after the last key', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		const week = /(\d{4}-W\d{2})/.exec(session.screen())?.[1] ?? 'this';
		await session.press('2');
		await session.waitFor('left to triage');

		const tagged: Array<{key: string; category: string}> = [];
		for (const [key, category] of [['o', 'operational'], ['s', 'strategic'], ['o', 'operational'], ['s', 'strategic'], ['o', 'operational']] as const) {
			const ticket = cursorKey(session.screen());
			await session.press(key);
			await session.waitFor(`saved: ${ticket} →`);
			tagged.push({key: ticket, category});
		}
		await session.press('u');
		const last = tagged.pop();
		await session.waitFor(`undone: ${last?.key}`);
		session.kill('SIGKILL');
		await session.exited();
		session = undefined;

		const manual = exportedTickets(week).filter((ticket) => ticket.source === 'manual');
		expect(manual.map((ticket) => ({key: ticket.key, category: ticket.category})).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
			[...tagged].sort((a, b) => a.key.localeCompare(b.key)),
		);
	});

	it('tags two tickets when two tag keys arrive in one read', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		const week = /(\d{4}-W\d{2})/.exec(session.screen())?.[1] ?? 'this';
		await session.press('2');
		await session.waitFor('left to triage');
		const rows = session.screen().split('\n');
		const cursorRow = rows.findIndex((line) => line.startsWith('›'));
		const first = cursorKey(session.screen());
		const second = /^.{3}(\S+)/.exec(rows[cursorRow + 1] ?? '')?.[1] ?? 'no second row';
		await session.press('os');
		await session.waitFor(`saved: ${second} →`);
		await session.press('q');
		expect(await session.exited()).toBe(0);
		session = undefined;

		const manual = exportedTickets(week).filter((ticket) => ticket.source === 'manual');
		expect(manual.map((ticket) => ({key: ticket.key, category: ticket.category})).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
			[
				{key: first, category: 'operational'},
				{key: second, category: 'strategic'},
			].sort((a, b) => a.key.localeCompare(b.key)),
		);
	});

	it('filters with / and takes no global key while the prompt is open', async () => {
		session = startCli({args: ['--demo'], columns: 80, rows: 24, env: {DIRECTOR_REVIEW_HOME: home}});
		await session.waitFor('Top recurring theme', 20_000);
		await session.press('2');
		await session.waitFor('left to triage');
		await session.press('a');
		await session.waitFor('showing all');
		// q and 1 would quit or switch views if they leaked out of the prompt.
		await session.press('/');
		await session.press('q1');
		const screen = await session.waitFor('/q1');
		expect(screen).toContain('left to triage');
		await session.press('\u001B');
		// Esc alone closes the prompt; a q typed in the same read would be Alt+q.
		await session.waitFor((screen) => !screen.includes('/q1'));
		await session.press('q');
		expect(await session.exited()).toBe(0);
	});
});
