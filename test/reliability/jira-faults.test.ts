import {afterAll, describe, expect, it} from 'vitest';
import {fields, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraIssue, type FakeJiraOptions} from '../fakes/jira/server.js';
import {expectCleanFailure, expectNoSecrets, makeHome, removeHomes, runCli, storedCount} from './cli.js';

/**
 * The fault matrix for Jira (Cloud, basic auth), through the real CLI: `director-review
 * sync` against the fake Jira on 127.0.0.1, one cell per fault. A transient fault ends in
 * a sync that succeeds with every ticket stored; any other ends in exit 1 with one cause
 * naming Jira, a hint, no stack trace, and neither the token nor its basic-auth form.
 * The Jira mapping reads leniently (a missing, null or mistyped field becomes an absent
 * value), so schema drift ends in a sync that stores every ticket. The CLI has no setting for shorter waits: Retry-After is 1 s, the request timeout the
 * product's 30 s, and the cells run side by side.
 */

const issueCount = 120;
const email = 'dana@acme.example';
const apiToken = 'jira-reliability-SECRET-4b9e1d';
const basic = (token: string) => Buffer.from(`${email}:${token}`).toString('base64');
const servers: FakeJira[] = [];

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
	removeHomes();
});

function issues(): FakeJiraIssue[] {
	const people = users('cloud');
	return Array.from({length: issueCount}, (_, index) =>
		makeIssue('cloud', {
			id: index + 1,
			created: '2026-03-01T10:00:00Z',
			updated: new Date(Date.UTC(2026, 2, 2) + index * 60_000).toISOString(),
			assignee: index % 2 === 0 ? people.alex : people.sam,
			labels: index % 5 === 0 ? ['incident'] : [],
		}),
	);
}

/** Replaces `fields` of issue number `index`, the way a changed Jira schema would. */
function drift(fake: FakeJira, index: number, change: (fields: Record<string, unknown>) => void): void {
	const current = fake.issues[index]!;
	const changed = {...current.fields};
	change(changed);
	fake.issues = fake.issues.map((issue, position) => (position === index ? {...current, fields: changed} : issue));
}

interface Cell {
	readonly name: string;
	readonly arrange?: (fake: FakeJira) => void;
	readonly options?: Partial<FakeJiraOptions>;
	readonly jql?: string;
	readonly token?: string;
	/** 'synced' = the sync ends with every ticket stored; otherwise the failure's cause. */
	readonly outcome: 'synced' | RegExp;
}

const search = /\/search\/jql$/;

const cells: readonly Cell[] = [
	{name: '401: a wrong API token', token: 'jira-wrong-SECRET-0000', outcome: /Jira rejected the credentials/},
	{name: '403: no permission to search', arrange: (fake) => fake.fail({kind: 'server', status: 403, path: search}), outcome: /Jira refused access/},
	{name: '404: an unknown project in the JQL', options: {projects: ['ENG']}, jql: 'project in (ENG, NOPE)', outcome: /Jira rejected the query: The value 'NOPE' does not exist/},
	{name: '404: no Jira at the base URL', arrange: (fake) => fake.fail({kind: 'server', status: 404, times: 1000}), outcome: /Jira has no .* here/},
	{name: '410: a removed endpoint', arrange: (fake) => fake.fail({kind: 'server', status: 410, path: search}), outcome: /Jira removed the endpoint/},
	{name: '429 with Retry-After: 1, then the sync succeeds', arrange: (fake) => fake.fail({kind: 'rate-limit', retryAfter: '1', path: search, after: 1}), outcome: 'synced'},
	{name: 'a rate limit that never lifts', arrange: (fake) => fake.fail({kind: 'rate-limit', retryAfter: '1', path: search, times: 1000}), outcome: /Jira kept rate-limiting/},
	{name: '500 mid-pagination, then the sync succeeds', arrange: (fake) => fake.fail({kind: 'server', status: 500, path: search, after: 1}), outcome: 'synced'},
	{name: '502 mid-pagination, then the sync succeeds', arrange: (fake) => fake.fail({kind: 'server', status: 502, path: search, after: 1}), outcome: 'synced'},
	{name: '503 twice in a row, then the sync succeeds', arrange: (fake) => fake.fail({kind: 'server', status: 503, path: search, after: 1, times: 2}), outcome: 'synced'},
	{name: '503 that never stops', arrange: (fake) => fake.fail({kind: 'server', status: 503, path: search, times: 1000}), outcome: /Jira answered 503/},
	{name: 'a reset connection, then the sync succeeds', arrange: (fake) => fake.fail({kind: 'reset', path: search, after: 1}), outcome: 'synced'},
	{name: 'a server that never answers: the request times out, the retry succeeds', arrange: (fake) => fake.fail({kind: 'hang', path: search, after: 1}), outcome: 'synced'},
	{name: 'malformed JSON', arrange: (fake) => fake.fail({kind: 'malformed', path: search}), outcome: /Jira.*(JSON|malformed|not valid)/i},
	{name: 'a truncated body, then the sync succeeds', arrange: (fake) => fake.fail({kind: 'truncated', path: search, after: 1}), outcome: 'synced'},
	{
		name: 'schema drift: unexpected nulls (status, created) are read as absent',
		arrange: (fake) => {
			drift(fake, 4, (changed) => {
				changed['status'] = null;
				changed['created'] = null;
			});
		},
		outcome: 'synced',
	},
	{
		name: 'schema drift: missing fields (summary, issuetype, labels) are read as absent',
		arrange: (fake) => {
			drift(fake, 9, (changed) => {
				delete changed['summary'];
				delete changed['issuetype'];
				delete changed['labels'];
			});
		},
		outcome: 'synced',
	},
	{
		name: 'schema drift: a value of the wrong type (labels as a string) is read as no labels',
		arrange: (fake) => {
			drift(fake, 11, (changed) => {
				changed['labels'] = 'incident';
			});
		},
		outcome: 'synced',
	},
	{
		name: 'very large pages (120 issues of 100 KB summaries in one page)',
		options: {maxResultsCap: 1000},
		arrange: (fake) => {
			for (const index of fake.issues.keys()) drift(fake, index, (changed) => (changed['summary'] = `${index} ${'Large page '.repeat(9000)}`));
		},
		outcome: 'synced',
	},
];

describe.concurrent('Jira fault matrix through `director-review sync`', () => {
	it.each(cells)('$name', {timeout: 180_000}, async (cell) => {
		const fake = await startFakeJira({deployment: 'cloud', issues: issues(), users: Object.values(users('cloud')), statuses, fields, email, apiToken, ...cell.options});
		servers.push(fake);
		cell.arrange?.(fake);
		const home = makeHome({provider: 'jira', timezone: 'UTC', jira: {baseUrl: fake.url, deployment: 'cloud', jql: cell.jql ?? 'project = ENG'}});
		const token = cell.token ?? apiToken;
		const result = await runCli(['sync'], {home, env: {JIRA_EMAIL: email, JIRA_API_TOKEN: token}, timeoutMs: 150_000});
		const secrets = [apiToken, token, basic(apiToken), basic(token)];
		if (cell.outcome === 'synced') {
			expect(result.code, result.stderr).toBe(0);
			expect(storedCount(result), result.stderr).toBe(issueCount);
			expect(result.stderr).not.toMatch(/^\s+at /m);
			expectNoSecrets(`${result.stdout}${result.stderr}`, secrets);
		} else {
			expectCleanFailure(result, {code: 1, cause: cell.outcome, names: /Jira/, secrets});
		}
		await fake.close();
	});
});
