import path from 'node:path';
import {spawn} from '@lydell/node-pty';
import {DatabaseSync} from 'node:sqlite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fields, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../fakes/jira/server.js';
import {cleanEnv, cliPath, lines, makeHome, removeHomes, runCli, storedCount, type CliResult} from './cli.js';

/**
 * Ctrl-C in the dashboard gives the terminal back (cursor shown, alternate screen left),
 * and two instances on one home at the same time either both work or one is told
 * plainly that the other holds the store — the store stays sound either way.
 */

let fake: FakeJira;
const email = 'dana@acme.example';
const apiToken = 'jira-two-instances-SECRET';
const issueCount = 600;

beforeAll(async () => {
	const people = users('cloud');
	const issues = Array.from({length: issueCount}, (_, index) =>
		makeIssue('cloud', {id: index + 1, created: '2026-03-01T10:00:00Z', updated: new Date(Date.UTC(2026, 2, 2) + index * 60_000).toISOString(), assignee: people.sam}),
	);
	fake = await startFakeJira({deployment: 'cloud', issues, users: Object.values(people), statuses, fields, email, apiToken, maxResultsCap: 50, latencyMs: 20});
});

afterAll(async () => {
	await fake.close();
	removeHomes();
});

describe('Ctrl-C in the dashboard', () => {
	it('exits and restores the terminal: the cursor shown, the alternate screen left', {timeout: 120_000}, async () => {
		const home = makeHome();
		const env = cleanEnv(home, {TERM: 'xterm-256color'});
		delete env['NO_COLOR'];
		const pty = spawn(process.execPath, [cliPath, '--demo'], {name: 'xterm-256color', cols: 110, rows: 32, cwd: home, env});
		let output = '';
		pty.onData((data) => (output += data));
		const exited = new Promise<number>((resolve) => pty.onExit(({exitCode}) => resolve(exitCode)));
		const deadline = Date.now() + 60_000;
		// The dashboard is up once it has entered the alternate screen and drawn the overview.
		while (!(output.includes('\u001B[?1049h') && /Overview|Firefighting|operational/i.test(output))) {
			if (Date.now() > deadline) throw new Error(`the dashboard did not start:\n${output.slice(-2000)}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}

		await new Promise((resolve) => setTimeout(resolve, 300));
		pty.write('\u0003');
		const code = await Promise.race([exited, new Promise<number>((_resolve, reject) => setTimeout(() => reject(new Error('no exit within 10 s of ctrl-c')), 10_000))]);
		expect(code).toBe(0);
		const tail = output.slice(output.lastIndexOf('\u001B[?1049h'));
		expect(tail).toContain('\u001B[?1049l');
		expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(output.lastIndexOf('\u001B[?25l'));
		// Nothing is drawn after the terminal is handed back.
		const handedBack = Math.max(output.lastIndexOf('\u001B[?1049l'), output.lastIndexOf('\u001B[?25h'));
		expect(output.slice(handedBack).replace(/\u001B\[\?(1049l|25h)/g, '').replace(/\u001B\[[0-9;?]*[a-zA-Z]/g, '').trim()).toBe('');
	});
});

describe('two instances on one home', () => {
	const env = {JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken};
	const newHome = () => makeHome({provider: 'jira', timezone: 'UTC', jira: {baseUrl: fake.url, deployment: 'cloud', jql: 'project = ENG'}});

	/** Success, or a plain one-line "another instance holds the store" with a hint. */
	function expectSafe(result: CliResult): void {
		expect(result.signal, result.stderr).toBeNull();
		expect(result.stderr).not.toMatch(/^\s+at /m);
		if (result.code === 0) return;
		expect(result.code, result.stderr).toBe(1);
		const errorLines = lines(result.stderr).filter((line) => !/^sync: \d+/.test(line));
		expect(errorLines.length).toBeLessThanOrEqual(3);
		expect(result.stderr).toMatch(/another|in use|busy|locked/i);
		expect(result.stderr).toMatch(/hint:/);
	}

	it('two syncs at once: each succeeds or is told plainly; the store is whole', {timeout: 240_000}, async () => {
		const home = newHome();
		const [a, b] = await Promise.all([runCli(['sync'], {home, env}), runCli(['sync', '--full'], {home, env})]);
		expectSafe(a!);
		expectSafe(b!);
		expect([a!.code, b!.code]).toContain(0);
		const after = await runCli(['sync'], {home, env});
		expect(after.code, after.stderr).toBe(0);
		expect(storedCount(after)).toBe(issueCount);
		const db = new DatabaseSync(path.join(home, 'director-review.db'), {readOnly: true});
		expect(db.prepare('PRAGMA integrity_check').get()).toEqual({integrity_check: 'ok'});
		db.close();
	});

	it('a reader (export, tag) while a sync writes: reads safely or is told plainly', {timeout: 240_000}, async () => {
		const home = newHome();
		const first = await runCli(['sync'], {home, env});
		expect(first.code, first.stderr).toBe(0);
		const [sync, exported, tagged] = await Promise.all([
			runCli(['sync', '--full'], {home, env}),
			(async () => {
				await new Promise((resolve) => setTimeout(resolve, 400));
				return runCli(['export', '--week', '2026-W10', '--format', 'json', '--out', '-', '--offline'], {home, env});
			})(),
			(async () => {
				await new Promise((resolve) => setTimeout(resolve, 600));
				return runCli(['tag', 'ENG-7', 's'], {home, env});
			})(),
		]);
		expectSafe(sync!);
		expectSafe(exported!);
		expectSafe(tagged!);
		if (exported!.code === 0) expect(() => JSON.parse(exported!.stdout) as unknown).not.toThrow();
		if (tagged!.code === 0) expect(tagged!.stdout).toContain('ENG-7 tagged strategic');
	});
});
