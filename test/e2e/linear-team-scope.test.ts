import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildBulkOrg} from '../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../fakes/linear/server.js';
import {makeHome, removeHomes, runCli} from '../reliability/cli.js';
import {startCli, type TerminalSession} from './terminal.js';

/**
 * A team key that Linear does not have (a typo, or a team this key cannot see) is named
 * where the director checks the set-up. `doctor` said "Linear teams ENG, NOPE reachable"
 * and exited 0, and `init` saved NOPE without a word: only the next `sync` failed.
 */

let server: FakeLinearServer;
let initHome: string;
let session: TerminalSession | undefined;

beforeAll(async () => {
	server = await startFakeLinear({dataset: buildBulkOrg(10).builder.dataset});
	initHome = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-init-scope-'));
});

afterAll(async () => {
	session?.kill('SIGKILL');
	await server.close();
	removeHomes();
	fs.rmSync(initHome, {recursive: true, force: true});
});

describe('a Linear team key that does not exist', () => {
	it('fails doctor with the key named and a hint (exit 1), not "reachable"', {timeout: 60_000}, async () => {
		const home = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: server.url, teams: ['ENG', 'NOPE']}});
		const doctor = await runCli(['doctor'], {home, env: {LINEAR_API_KEY: server.apiKey}});
		expect(doctor.stdout).toContain('✗ credentials: Linear has no team with key NOPE that this API key can see');
		expect(doctor.stdout).toMatch(/hint: check linear\.teams/);
		expect(doctor.stdout).not.toContain('reachable');
		expect(doctor.code).toBe(1);
	});

	it('passes doctor when every configured team exists', {timeout: 60_000}, async () => {
		const home = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: server.url, teams: ['ENG', 'PLAT']}});
		const doctor = await runCli(['doctor'], {home, env: {LINEAR_API_KEY: server.apiKey}});
		expect(doctor.stdout).toContain('✓ credentials: signed in as Dana Director');
		expect(doctor.code).toBe(0);
	});

	it('is refused by init before anything is saved, and can be typed again', {timeout: 120_000}, async () => {
		const env = {DIRECTOR_REVIEW_HOME: initHome, LINEAR_API_URL: server.url, LINEAR_API_KEY: server.apiKey, JIRA_PAT: '', JIRA_API_TOKEN: ''};
		session = startCli({args: ['init'], columns: 100, rows: 30, env});
		await session.waitFor('Where does your org track its work?');
		await session.press('\r');
		await session.waitFor('Team keys to review');
		await session.press('eng, nope');
		await session.press('\r');
		await session.waitFor('Linear has no team with key NOPE', 20_000);
		expect(fs.existsSync(path.join(initHome, 'config.json'))).toBe(false);
		await session.press('\u001B[B'); // Enter the credentials again: back to the team keys
		await session.press('\r');
		await session.waitFor('Team keys to review');
		await session.press('eng');
		await session.press('\r');
		await session.waitFor('Who is the director', 20_000);
		session.kill('SIGKILL');
		session = undefined;
	});

	it('a key and team keys pasted with their line end are taken as entered', {timeout: 120_000}, async () => {
		// The line end used to land in the input as a character: nothing happened until Enter was pressed again.
		const home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-init-paste-'));
		try {
			const env = {DIRECTOR_REVIEW_HOME: home, LINEAR_API_URL: server.url, LINEAR_API_KEY: '', JIRA_PAT: '', JIRA_API_TOKEN: ''};
			session = startCli({args: ['init'], columns: 100, rows: 30, env});
			await session.waitFor('Where does your org track its work?');
			await session.press('\r');
			await session.waitFor('Linear personal API key');
			await session.press(`${server.apiKey}\r`);
			await session.waitFor('Team keys to review');
			expect(session.screen()).not.toContain(server.apiKey);
			await session.press('eng\n');
			await session.waitFor('Who is the director', 20_000);
			session.kill('SIGKILL');
			session = undefined;
		} finally {
			fs.rmSync(home, {recursive: true, force: true});
		}
	});
});

describe('doctor after a first sync that stopped midway', () => {
	it('says how much it kept and that the next sync resumes, not "never"', {timeout: 120_000}, async () => {
		const fake = await startFakeLinear({dataset: buildBulkOrg(90).builder.dataset});
		try {
			const home = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: fake.url, teams: []}});
			const env = {LINEAR_API_KEY: fake.apiKey};
			// The directory, then pages of issues, then Linear fails every try of one request (six).
			for (let number = 4; number < 10; number++) fake.failRequest(number, {kind: 'status', status: 500});
			const sync = await runCli(['sync'], {home, env});
			expect(sync.code).toBe(1);
			const doctor = await runCli(['doctor'], {home, env});
			expect(doctor.stdout).toMatch(/✗ last sync: never finished · [1-9]\d* tickets so far · an interrupted sync will resume/);
			expect(doctor.stdout).toContain('hint: run director-review sync to finish it');
		} finally {
			await fake.close();
		}
	});
});
