import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {fields, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira} from '../fakes/jira/server.js';
import {startCli, type TerminalSession} from './terminal.js';

let fake: FakeJira;
let home: string;
let session: TerminalSession | undefined;

beforeAll(async () => {
	const {dana, alex, sam} = users('cloud');
	// `projects`: JQL naming another project is a 400, as on Jira.
	fake = await startFakeJira({deployment: 'cloud', issues: [makeIssue('cloud', {id: 1, created: '2026-03-02T10:00:00Z', assignee: alex, creator: dana})], users: [dana, alex, sam], me: dana, statuses, fields, projects: ['ENG']});
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-init-jira-'));
});

afterAll(async () => {
	session?.kill('SIGKILL');
	await fake.close();
	fs.rmSync(home, {recursive: true, force: true});
});

const down = '\u001B[B';

it('init lets a director fix a JQL filter Jira rejected, without entering the token again', {timeout: 120_000}, async () => {
	const env = {DIRECTOR_REVIEW_HOME: home, JIRA_EMAIL: fakeCredentials.email, JIRA_API_TOKEN: fakeCredentials.apiToken, JIRA_PAT: '', LINEAR_API_KEY: ''};
	session = startCli({args: ['init'], columns: 100, rows: 30, env});
	await session.waitFor('Where does your org track its work?');
	await session.press(down);
	await session.press('\r');
	await session.waitFor('Jira base URL');
	await session.press(fake.url);
	await session.press('\r');
	await session.waitFor('A JQL filter');
	await session.press('project = NOPE');
	await session.press('\r');
	await session.waitFor('The tracker did not accept that', 20_000);
	expect(session.screen()).toContain("The value 'NOPE' does not exist");
	await session.waitFor('Change the JQL filter');
	await session.press(down);
	await session.press('\r');
	await session.waitFor('A JQL filter');
	await session.press('project = ENG');
	await session.press('\r');
	await session.waitFor('Who is the director', 20_000);
	await session.press('\r');
	await session.waitFor('Your direct reports');
	await session.press(' ');
	await session.press('\r');
	await session.waitFor("team");
	await session.press('\r');
	await session.waitFor('Time zone');
	await session.press('UTC');
	await session.press('\r');
	expect(await session.exited(20_000)).toBe(0);
	session = undefined;
	const config = JSON.parse(fs.readFileSync(path.join(home, 'config.json'), 'utf8')) as {jira?: {jql?: string}};
	expect(config.jira?.jql).toBe('project = ENG');
});
