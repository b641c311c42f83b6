import {execFile, spawnSync} from 'node:child_process';
import {promisify} from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildBulkOrg} from '../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../fakes/linear/server.js';
import {cliPath, startCli, type TerminalSession} from './terminal.js';

let server: FakeLinearServer;
let home: string;
let session: TerminalSession | undefined;

beforeAll(async () => {
	server = await startFakeLinear({dataset: buildBulkOrg(30).builder.dataset});
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-init-'));
});

afterAll(async () => {
	session?.kill('SIGKILL');
	await server.close();
	fs.rmSync(home, {recursive: true, force: true});
});

const down = '\u001B[B';

describe('director-review init', () => {
	it('walks a new director from a token to a checked config with a roster picked from the tracker', {timeout: 120_000}, async () => {
		const env = {DIRECTOR_REVIEW_HOME: home, LINEAR_API_URL: server.url, LINEAR_API_KEY: '', JIRA_PAT: '', JIRA_API_TOKEN: ''};
		session = startCli({args: ['init'], columns: 100, rows: 30, env});
		await session.waitFor('Where does your org track its work?');
		await session.press('\r'); // Linear, the first choice
		await session.waitFor('Linear personal API key');
		await session.press(server.apiKey);
		expect(session.screen()).not.toContain(server.apiKey);
		await session.press('\r');
		await session.waitFor('Team keys to review');
		await session.press('eng');
		await session.press('\r');
		await session.waitFor('Who is the director', 20_000);
		await session.press('\r'); // Dana Director, first and signed in
		await session.waitFor('Your direct reports');
		// Options without the director, by name: Iva, Omar, Rui.
		await session.press(`${down}${down} `);
		await session.press('\r');
		await session.waitFor("Rui Report's team");
		await session.press(` ${down} `);
		await session.press('\r');
		await session.waitFor('Time zone');
		await session.press('Europe/Berlin');
		await session.press('\r');
		expect(await session.exited(20_000)).toBe(0);
		session = undefined;

		const file = path.join(home, 'config.json');
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
		expect(config).toMatchObject({
			provider: 'linear',
			timezone: 'Europe/Berlin',
			linear: {teams: ['ENG'], apiKey: server.apiKey},
			roster: {director: 'dana@example.test', reports: [{name: 'Rui Report', id: 'rui@example.test', team: ['iva@example.test', 'omar@example.test']}]},
		});

		// Asynchronously: the fake tracker answers from this very process.
		const run = async (...args: string[]) => {
			try {
				const {stdout, stderr} = await promisify(execFile)(process.execPath, [cliPath, ...args], {encoding: 'utf8', env: {...process.env, ...env}});
				return {status: 0, stdout, stderr};
			} catch (error) {
				const failure = error as {code?: number; stdout?: string; stderr?: string};
				return {status: failure.code ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? ''};
			}
		};
		const doctor = await run('doctor');
		expect(doctor.stdout).toContain('✓ credentials: signed in as Dana Director');
		expect(doctor.stdout).not.toContain(server.apiKey);
		const sync = await run('sync');
		expect(sync.status, sync.stderr).toBe(0);
		expect(sync.stderr).toMatch(/synced \d+ changed tickets? from Linear/);
	});

	it('refuses to run without a terminal', () => {
		const result = spawnSync(process.execPath, [cliPath, 'init'], {encoding: 'utf8', env: {...process.env, DIRECTOR_REVIEW_HOME: home}, stdio: ['ignore', 'pipe', 'pipe']});
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('init is interactive and needs a terminal');
	});
});
