import fs from 'node:fs';
import path from 'node:path';
import {spawn} from '@lydell/node-pty';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {saveConfig} from '../../source/config/save.js';
import {buildBulkOrg} from '../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../fakes/linear/server.js';
import {fields, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../fakes/jira/server.js';
import {cleanEnv, cliPath, expectCleanFailure, inParallel, makeHome, removeHomes, runCli, type CliResult} from './cli.js';

/**
 * Secrets never leak: every command runs with a known token against the fakes, failing
 * runs included, and the token (and its basic-auth form) is searched for in all output,
 * every exported file, the raw bytes of the store and anything else in the home folder.
 */

const linearKey = 'lin_api_LEAKCHECK_5e1f0a9b77c3';
const jiraEmail = 'dana@acme.example';
const jiraToken = 'jira-LEAKCHECK-token-3d2c1b';
const basic = Buffer.from(`${jiraEmail}:${jiraToken}`).toString('base64');
const wrongLinearKey = 'lin_api_WRONGLEAK_0b0b0b0b';
const wrongJiraToken = 'jira-WRONGLEAK-0c0c0c';
const secrets = [linearKey, jiraToken, basic, wrongLinearKey, wrongJiraToken, Buffer.from(`${jiraEmail}:${wrongJiraToken}`).toString('base64')];

let linear: FakeLinearServer;
let jira: FakeJira;

beforeAll(async () => {
	linear = await startFakeLinear({dataset: buildBulkOrg(60).builder.dataset, apiKey: linearKey});
	const people = users('cloud');
	jira = await startFakeJira({
		deployment: 'cloud',
		issues: Array.from({length: 30}, (_, index) => makeIssue('cloud', {id: index + 1, created: '2026-03-01T10:00:00Z', assignee: people.alex})),
		users: Object.values(people),
		statuses,
		fields,
		email: jiraEmail,
		apiToken: jiraToken,
	});
});

afterAll(async () => {
	await linear.close();
	await jira.close();
	removeHomes();
});

/** Every file under `folder`, as raw bytes. */
function filesUnder(folder: string): Array<[string, Buffer]> {
	const found: Array<[string, Buffer]> = [];
	for (const entry of fs.readdirSync(folder, {withFileTypes: true, recursive: true})) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		found.push([file, fs.readFileSync(file)]);
	}
	return found;
}

function expectNowhere(outputs: readonly CliResult[], folders: readonly string[]): void {
	for (const result of outputs) {
		for (const secret of secrets) {
			expect(result.stdout.includes(secret), `stdout holds a secret:\n${result.stdout.slice(0, 500)}`).toBe(false);
			expect(result.stderr.includes(secret), `stderr holds a secret:\n${result.stderr}`).toBe(false);
		}
	}

	for (const folder of folders) {
		for (const [file, bytes] of filesUnder(folder)) {
			for (const secret of secrets) {
				expect(bytes.includes(Buffer.from(secret)), `${file} holds a secret`).toBe(false);
				// SQLite and logs may hold UTF-16 text too.
				expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${file} holds a secret (UTF-16)`).toBe(false);
			}
		}
	}
}

describe('secrets', () => {
	it('appear in no output, export, store or other file of any command, Linear and Jira, failing runs included', {timeout: 300_000}, async () => {
		const linearHome = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: linear.url}});
		const jiraHome = makeHome({provider: 'jira', timezone: 'UTC', jira: {baseUrl: jira.url, deployment: 'cloud', jql: 'project = ENG'}});
		const linearEnv = {LINEAR_API_KEY: linearKey};
		const jiraEnv = {JIRA_EMAIL: jiraEmail, JIRA_API_TOKEN: jiraToken};
		const out = path.join(linearHome, 'exports');
		const jiraOut = path.join(jiraHome, 'exports');

		const first = await inParallel(
			[
				async () => runCli(['sync'], {home: linearHome, env: linearEnv}),
				async () => runCli(['sync'], {home: jiraHome, env: jiraEnv}),
			],
			2,
		);
		for (const result of first) expect(result.code, result.stderr).toBe(0);

		const week = ['--week', '2026-W36'];
		const runs = await inParallel(
			[
				async () => runCli(['export', ...week, '--leadership', '--out', out], {home: linearHome, env: linearEnv}),
				async () => runCli(['export', ...week, '--format', 'json', '--out', out], {home: linearHome, env: linearEnv}),
				async () => runCli(['export', ...week, '--format', 'csv', '--out', out], {home: linearHome, env: linearEnv}),
				async () => runCli(['export', ...week, '--format', 'json', '--out', '-'], {home: linearHome, env: linearEnv}),
				async () => runCli(['doctor'], {home: linearHome, env: linearEnv}),
				async () => runCli(['tag', 'ENG-1', 'o'], {home: linearHome, env: linearEnv}),
				async () => runCli(['--offline'], {home: linearHome, env: linearEnv, input: ''}),
				async () => runCli([], {home: linearHome, env: linearEnv, input: ''}),
				async () => runCli(['sync'], {home: linearHome, env: {...linearEnv, DEBUG: 'director-review'}}),
				async () => runCli(['export', '--format', 'json', '--out', jiraOut], {home: jiraHome, env: jiraEnv}),
				async () => runCli(['doctor'], {home: jiraHome, env: jiraEnv}),
				async () => runCli([], {home: jiraHome, env: jiraEnv, input: ''}),
			],
			4,
		);
		for (const result of runs) expect(result.code, `${result.stderr}\n${result.stdout.slice(0, 300)}`).toBe(0);
		expect(fs.readdirSync(out).length).toBeGreaterThanOrEqual(3);

		const failing = await inParallel(
			[
				async () => runCli(['sync'], {home: linearHome, env: {LINEAR_API_KEY: wrongLinearKey, DEBUG: 'director-review'}}),
				async () => runCli(['doctor'], {home: linearHome, env: {LINEAR_API_KEY: wrongLinearKey}}),
				async () => runCli(['sync'], {home: jiraHome, env: {...jiraEnv, JIRA_API_TOKEN: wrongJiraToken, DEBUG: 'director-review'}}),
				async () => runCli(['doctor'], {home: jiraHome, env: {...jiraEnv, JIRA_API_TOKEN: wrongJiraToken}}),
			],
			4,
		);
		expectCleanFailure(failing[0]!, {code: 1, cause: /Linear rejected the API key/, secrets});
		expectCleanFailure(failing[2]!, {code: 1, cause: /Jira rejected the credentials/, secrets});
		expect(failing[1]!.code).not.toBe(0);
		expect(failing[3]!.code).not.toBe(0);

		expectNowhere([...first, ...runs, ...failing], [linearHome, jiraHome]);
	});

	it('typed into init, a token is in no file after ctrl-c, and the terminal is restored', {timeout: 120_000}, async () => {
		const home = makeHome();
		const env = cleanEnv(home, {LINEAR_API_URL: linear.url, TERM: 'xterm-256color'});
		delete env['NO_COLOR'];
		const pty = spawn(process.execPath, [cliPath, 'init'], {name: 'xterm-256color', cols: 110, rows: 30, cwd: home, env});
		let output = '';
		pty.onData((data) => (output += data));
		const exited = new Promise<number>((resolve) => pty.onExit(({exitCode}) => resolve(exitCode)));
		const waitFor = async (text: string) => {
			const deadline = Date.now() + 60_000;
			while (!output.includes(text)) {
				if (Date.now() > deadline) throw new Error(`no "${text}" in:\n${output.slice(-2000)}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		};

		await waitFor('Where does your org track its work?');
		// The question can be on screen before Ink reads keys in raw mode: an Enter typed in that
		// moment reaches it as a newline, which the menu does not take. Pressed until it is taken.
		for (const deadline = Date.now() + 60_000; !output.includes('Linear personal API key'); ) {
			if (Date.now() > deadline) throw new Error(`no "Linear personal API key" in:\n${output.slice(-2000)}`);
			pty.write('\r');
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		for (const character of linearKey) pty.write(character);
		await new Promise((resolve) => setTimeout(resolve, 300));
		pty.write('\u0003');
		await exited;
		expect(output.includes(linearKey)).toBe(false);
		for (const [file, bytes] of fs.existsSync(home) ? filesUnder(home) : []) expect(bytes.includes(Buffer.from(linearKey)), `${file} holds the key`).toBe(false);
		expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(output.lastIndexOf('\u001B[?25l'));
	});

	it('a config file holding a secret is mode 0600, and stays so when rewritten', () => {
		const home = makeHome();
		const file = saveConfig({configDir: home, dataDir: home}, {provider: 'linear', linear: {apiKey: linearKey}});
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		fs.chmodSync(file, 0o644);
		saveConfig({configDir: home, dataDir: home}, {provider: 'jira', jira: {apiToken: jiraToken}});
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
	});

	it.each([
		['linear', {provider: 'linear', linear: {apiUrl: 'http://linear.example.com/graphql'}}, {LINEAR_API_KEY: linearKey}, /Linear API URL http:\/\/linear\.example\.com is not HTTPS/],
		['jira', {provider: 'jira', jira: {baseUrl: 'http://jira.example.com', deployment: 'cloud'}}, {JIRA_EMAIL: jiraEmail, JIRA_API_TOKEN: jiraToken}, /JIRA_BASE_URL uses plain HTTP/],
	] as const)('%s: a remote tracker over plain HTTP is refused before any request, unless allowInsecureHttp', {timeout: 120_000}, async (_name, config, env, cause) => {
		const result = await runCli(['sync'], {home: makeHome({timezone: 'UTC', ...config}), env});
		expectCleanFailure(result, {code: 1, cause, secrets});
		expect(result.stderr).toMatch(/allowInsecureHttp/);
	});
});
