import {afterAll, expect, it} from 'vitest';
import {fields, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira} from '../fakes/jira/server.js';
import {makeHome, removeHomes, runCli} from '../reliability/cli.js';

// A Jira that stumbles mid-sync is retried for up to minutes (30 s per timed-out request, six
// attempts): without a word on stderr the wait reads as a hang, so each retry is announced.
let fake: FakeJira | undefined;

afterAll(async () => {
	await fake?.close();
	removeHomes();
});

function stumblingJira(): Promise<FakeJira> {
	const {dana, alex} = users('cloud');
	const issues = Array.from({length: 120}, (_, index) => makeIssue('cloud', {id: index + 1, created: '2026-03-02T10:00:00Z', assignee: alex, creator: dana}));
	return startFakeJira({deployment: 'cloud', issues, users: [dana, alex], me: dana, statuses, fields, maxResultsCap: 50});
}

it('sync says on stderr that Jira failed and is being tried again, then finishes', async () => {
	const {dana} = users('cloud');
	fake = await stumblingJira();
	// The second page of the search fails twice, as a server briefly down mid-sync does.
	fake.fail({kind: 'server', status: 503, path: /search/, after: 1, times: 2});
	const home = makeHome({provider: 'jira', timezone: 'UTC', jira: {baseUrl: fake.url, deployment: 'cloud', jql: 'project = ENG'}, roster: {director: dana.emailAddress ?? '', reports: []}});
	const result = await runCli(['sync'], {home, env: {JIRA_EMAIL: fakeCredentials.email, JIRA_API_TOKEN: fakeCredentials.apiToken}});
	expect(result.code, result.stderr).toBe(0);
	expect(result.stderr).toMatch(/Jira answered 503 for \S+; trying again in \d+ s \(retry 1\)/);
	expect(result.stderr).toMatch(/\(retry 2\)/);
	expect(result.stderr).toContain('120 in the store');
	expect(result.stderr).not.toContain(fakeCredentials.apiToken);
}, 120_000);

it('export, which syncs first, says each retry on stderr as sync does, then writes its file', async () => {
	const {dana} = users('cloud');
	const jira = await stumblingJira();
	try {
		jira.fail({kind: 'server', status: 503, path: /search/, after: 1, times: 2});
		const home = makeHome({provider: 'jira', timezone: 'UTC', jira: {baseUrl: jira.url, deployment: 'cloud', jql: 'project = ENG'}, roster: {director: dana.emailAddress ?? '', reports: []}});
		const result = await runCli(['export', '--leadership', '--out', '-'], {home, env: {JIRA_EMAIL: fakeCredentials.email, JIRA_API_TOKEN: fakeCredentials.apiToken}});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/^sync: Jira answered 503 for \S+; trying again in \d+ s \(retry 1\)$/m);
		expect(result.stderr).toMatch(/\(retry 2\)$/m);
		expect(result.stdout).toContain('# Engineering summary');
		expect(result.stderr).not.toContain(fakeCredentials.apiToken);
	} finally {
		await jira.close();
	}
}, 120_000);
