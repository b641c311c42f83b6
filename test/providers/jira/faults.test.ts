import {afterEach, describe, expect, it} from 'vitest';
import {ProviderError} from '../../../source/providers/provider.js';
import {createJiraProvider} from '../../../source/providers/jira/index.js';
import {createJiraTransport} from '../../../source/providers/jira/transport.js';
import {makeIssue, fields, statuses, users} from '../../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {collect, failure, providerFor, tickets} from './helpers.js';

let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

async function start(deployment: 'cloud' | 'datacenter', count: number, options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	const issues = Array.from({length: count}, (_, index) => makeIssue(deployment, {id: index + 1, created: '2026-03-01T10:00:00Z', updated: new Date(Date.UTC(2026, 2, 2) + index * 60_000).toISOString()}));
	fake = await startFakeJira({deployment, issues, users: Object.values(users(deployment)), statuses, fields, ...options});
	return fake;
}


const secrets = [fakeCredentials.apiToken, fakeCredentials.pat, Buffer.from(`${fakeCredentials.email}:${fakeCredentials.apiToken}`).toString('base64')];

function expectNoSecret(error: ProviderError): void {
	const text = `${error.message}\n${error.hint}\n${String(error.stack)}`;
	for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('Jira faults', () => {
	it('401: "Jira rejected the credentials", naming the variables, never the secret', async () => {
		const server = await start('cloud', 1, {apiToken: 'the-real-token'});
		const error = await failure(collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
		expect(error.kind).toBe('auth');
		expect(error.message).toBe('Jira rejected the credentials');
		expect(error.hint).toContain('JIRA_EMAIL');
		expect(error.hint).toContain('JIRA_API_TOKEN');
		expectNoSecret(error);
		// Not retried: a wrong token does not get better.
		expect(server.requests.filter((request) => request.outcome === 401)).toHaveLength(1);
	});

	it('401 on Data Center names JIRA_PAT', async () => {
		const server = await start('datacenter', 1, {pat: 'another-pat'});
		const error = await failure(collect(providerFor(server, 'datacenter').pull({updatedSince: null, resumeCursor: null})));
		expect(error).toMatchObject({kind: 'auth', message: 'Jira rejected the credentials'});
		expect(error.hint).toContain('JIRA_PAT');
		expectNoSecret(error);
	});

	it('waits out a storm of 429s as Retry-After asks, then succeeds', async () => {
		const server = await start('cloud', 3);
		server.fail({kind: 'rate-limit', path: /search\/jql$/, times: 3, retryAfter: '0'});
		const pages = await collect(providerFor(server, 'cloud', {retry: {attempts: 5, baseDelayMs: 1, maxDelayMs: 5}}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(3);
		expect(server.requests.filter((request) => request.outcome === 'rate-limit')).toHaveLength(3);
	});

	it('gives up on an endless rate limit with a rate-limit error', async () => {
		const server = await start('cloud', 3);
		server.fail({kind: 'rate-limit', path: /search\/jql$/, times: 100, retryAfter: '0'});
		const error = await failure(collect(providerFor(server, 'cloud', {retry: {attempts: 3, baseDelayMs: 1, maxDelayMs: 5}}).pull({updatedSince: null, resumeCursor: null})));
		expect(error.kind).toBe('rate-limit');
	});

	it('retries a 503 in the middle of Data Center pagination and loses no page', async () => {
		const server = await start('datacenter', 180, {maxResultsCap: 50});
		server.fail({kind: 'server', path: /\/search$/, after: 2, times: 2});
		const pages = await collect(providerFor(server, 'datacenter', {pageSize: 50}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => Number(ticket.id))).toEqual(Array.from({length: 180}, (_, index) => index + 1));
		expect(server.requests.filter((request) => request.outcome === 'server')).toHaveLength(2);
	});

	it('retries dropped connections and truncated bodies', async () => {
		const server = await start('cloud', 2);
		server.fail({kind: 'reset', path: /search\/jql$/}, {kind: 'truncated', path: /search\/jql$/});
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(2);
		expect(server.requests.map((request) => request.outcome)).toEqual(expect.arrayContaining(['reset', 'truncated']));
	});

	it('reports a body that is not JSON as malformed', async () => {
		const server = await start('cloud', 2);
		server.fail({kind: 'malformed', path: /search\/jql$/});
		const error = await failure(collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
		expect(error.kind).toBe('malformed');
		expectNoSecret(error);
	});

	it('times out a request that hangs, retries, and reports a timeout when it keeps hanging', async () => {
		const server = await start('cloud', 1);
		server.fail({kind: 'hang', path: /search\/jql$/});
		const pages = await collect(providerFor(server, 'cloud', {requestTimeoutMs: 200}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(1);
		server.fail({kind: 'hang', path: /search\/jql$/, times: 10});
		const error = await failure(collect(providerFor(server, 'cloud', {requestTimeoutMs: 100, retry: {attempts: 2, baseDelayMs: 1, maxDelayMs: 2}}).pull({updatedSince: null, resumeCursor: null})));
		expect(error.kind).toBe('timeout');
	});

	it('400 on bad JQL names the JQL problem as a config error', async () => {
		const server = await start('cloud', 1);
		const error = await failure(collect(providerFor(server, 'cloud', {jql: 'projcet = ENG'}).pull({updatedSince: null, resumeCursor: null})));
		expect(error.kind).toBe('config');
		expect(error.message).toContain("Field 'projcet' does not exist");
		expect(error.hint).toContain('jira.jql');
	});

	it('410 from a removed endpoint is reported as removed; a Cloud pull never calls it', async () => {
		const server = await start('cloud', 1);
		const transport = createJiraTransport({baseUrl: server.url, auth: {kind: 'basic', email: fakeCredentials.email, apiToken: fakeCredentials.apiToken}});
		const error = await failure(transport.post('/rest/api/2', '/search', {jql: 'project = ENG'}));
		expect(error.kind).toBe('not-found');
		expect(error.message).toContain('removed');
		expect(error.hint).toContain('jira.deployment');
		expectNoSecret(error);
		server.requests.length = 0;
		await collect(providerFor(server, 'auto').pull({updatedSince: null, resumeCursor: null}));
		expect(server.requests.map((request) => request.path)).not.toContain('/rest/api/2/search');
		expect(server.requests.every((request) => request.outcome !== 410)).toBe(true);
	});

	it('keeps credentials out of messages even when jira-client fails on its own', async () => {
		const server = await start('datacenter', 1, {pat: 'another-pat'});
		const transport = createJiraTransport({baseUrl: server.url, auth: {kind: 'bearer', pat: fakeCredentials.pat}});
		const error = await failure(transport.get('/rest/api/2', '/myself'));
		expect(error.kind).toBe('auth');
		expectNoSecret(error);
		expect(JSON.stringify(error)).not.toContain(fakeCredentials.pat);
	});

	it('refuses plain HTTP to a non-loopback host unless allowed', () => {
		const options = {baseUrl: 'http://jira.acme.example', deployment: 'datacenter', jql: null, email: null, apiToken: null, pat: 'x', timezone: 'UTC'} as const;
		expect(() => createJiraProvider(options)).toThrow(ProviderError);
		expect(() => createJiraProvider({...options, allowInsecureHttp: true})).not.toThrow();
		expect(() => createJiraProvider({...options, baseUrl: 'https://jira.acme.example'})).not.toThrow();
	});

	it('asks for credentials that fit the deployment', () => {
		const base = {baseUrl: 'https://acme.atlassian.net', jql: null, email: null, apiToken: null, pat: null, timezone: 'UTC'} as const;
		expect(() => createJiraProvider({...base, deployment: 'auto'})).toThrow(/credentials are missing/);
		expect(() => createJiraProvider({...base, deployment: 'auto', pat: 'x'})).toThrow(/credentials are missing/);
		expect(() => createJiraProvider({...base, deployment: 'auto', email: 'a@b.c', apiToken: 't'})).not.toThrow();
	});
});
