import {afterAll, expect, it} from 'vitest';
import {fields, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira} from '../fakes/jira/server.js';
import {makeHome, removeHomes} from '../reliability/cli.js';
import {startCli} from './terminal.js';

// The TUI syncs a tracker behind the cached data. A Jira that is slow or down is retried for
// minutes: the status line must say so in the words `sync` prints, or the TUI sits silent.
// Through the built CLI (run `npm run build` first).
let fake: FakeJira | undefined;

afterAll(async () => {
	await fake?.close();
	removeHomes();
});

it('the TUI’s status line says Jira failed and is being tried again, on one line of the width, then the sync finishes', {timeout: 120_000}, async () => {
	const {dana, alex} = users('cloud');
	const issues = Array.from({length: 60}, (_, index) => makeIssue('cloud', {id: index + 1, created: '2026-03-02T10:00:00Z', assignee: alex, creator: dana}));
	fake = await startFakeJira({deployment: 'cloud', issues, users: [dana, alex], me: dana, statuses, fields, maxResultsCap: 50});
	// The first search answers 503 and asks for a few seconds' rest: the notice stays up while the sync waits.
	fake.fail({kind: 'server', status: 503, path: /search/, times: 1, retryAfter: '3'});
	const home = makeHome({provider: 'jira', timezone: 'UTC', jira: {baseUrl: fake.url, deployment: 'cloud', jql: 'project = ENG'}, roster: {director: dana.emailAddress ?? '', reports: []}});
	const columns = 80;
	const session = startCli({args: [], columns, rows: 24, env: {DIRECTOR_REVIEW_HOME: home, JIRA_EMAIL: fakeCredentials.email, JIRA_API_TOKEN: fakeCredentials.apiToken, NO_COLOR: '1'}});
	try {
		const retrying = await session.waitFor(/Jira answered 503 for \S+; trying again in \d+ s/, 60_000);
		const line = retrying.split('\n').find((row) => row.includes('Jira answered 503')) ?? '';
		expect(line).toMatch(/^sync: Jira answered 503 for /);
		expect(line.length).toBeLessThanOrEqual(columns);
		expect(session.wrappedRows()).toEqual([]);
		// Retried, the sync goes on and ends: the notice gives way to the data's age.
		const synced = await session.waitFor((screen) => !screen.includes('syncing') && screen.includes('data just now'), 60_000);
		expect(synced).not.toContain('sync failed');
		expect(session.raw()).not.toContain(fakeCredentials.apiToken);
		await session.press('q');
		expect(await session.exited()).toBe(0);
	} finally {
		session.kill('SIGKILL');
	}
});
