import {afterEach, expect, it} from 'vitest';
import {ProviderError} from '../../../source/providers/provider.js';
import {makeIssue, fields, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

/**
 * Atlassian's rate-limiting docs: "429 responses may be accompanied by Retry-After and
 * X-RateLimit-Reset headers"; X-RateLimit-Reset is "the timestamp (in ISO 8601 format) when
 * the rate limit will reset … yyyy-MM-ddTHH:mmZ". A 429 carrying only the reset must be waited
 * out until then, not retried within milliseconds and given up.
 */

let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

/** The reset as Jira writes it: to the minute. */
const resetIn = (ms: number) => `${new Date(Date.now() + ms).toISOString().slice(0, 16)}Z`;

async function start(): Promise<FakeJira> {
	const issues = Array.from({length: 3}, (_, index) => makeIssue('cloud', {id: index + 1, created: '2026-03-01T10:00:00Z', updated: '2026-03-02T10:00:00Z'}));
	fake = await startFakeJira({deployment: 'cloud', issues, users: Object.values(users('cloud')), statuses, fields});
	return fake;
}

it('a 429 with X-RateLimit-Reset and no Retry-After waits until the reset, then goes on', async () => {
	const server = await start();
	server.fail({kind: 'rate-limit', path: /search\/jql$/, rateLimitReset: resetIn(3 * 60_000)});
	const waits: number[] = [];
	const provider = providerFor(server, 'cloud', {
		retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 4, maxRateLimitWaitMs: 10 * 60_000, sleep: async (ms) => void waits.push(ms)},
	});
	const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
	expect(tickets(pages)).toHaveLength(3);
	expect(waits).toHaveLength(1);
	// Two to three minutes: the reset is written to the minute.
	expect(waits[0]).toBeGreaterThanOrEqual(2 * 60_000 - 1000);
	expect(waits[0]).toBeLessThanOrEqual(3 * 60_000 + 1000);
});

it('a 429 whose X-RateLimit-Reset is an hour away stops at once with a rate-limit error', async () => {
	const server = await start();
	server.fail({kind: 'rate-limit', path: /search\/jql$/, times: 100, rateLimitReset: resetIn(60 * 60_000)});
	const waits: number[] = [];
	const provider = providerFor(server, 'cloud', {retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 4, maxRateLimitWaitMs: 120_000, sleep: async (ms) => void waits.push(ms)}});
	const error = await collect(provider.pull({updatedSince: null, resumeCursor: null})).then(
		() => null,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(ProviderError);
	expect((error as ProviderError).kind).toBe('rate-limit');
	expect(waits).toEqual([]);
	expect(server.requests.filter((request) => request.outcome === 'rate-limit')).toHaveLength(1);
	// Not "a few minutes": Jira said how long, and a sync run again sooner is refused again.
	expect((error as ProviderError).message).toMatch(/Jira asks the sync to wait (59|60) min/);
	expect((error as ProviderError).hint).toMatch(/run the sync again after \d{2}:\d{2} UTC/);
});

it('a 429 whose Retry-After is past what the sync waits names that wait', async () => {
	const server = await start();
	server.fail({kind: 'rate-limit', path: /search\/jql$/, times: 100, retryAfter: '900'});
	const provider = providerFor(server, 'cloud', {retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 4, maxRateLimitWaitMs: 120_000, sleep: async () => undefined}});
	const error = await collect(provider.pull({updatedSince: null, resumeCursor: null})).then(
		() => null,
		(caught: unknown) => caught,
	);
	expect((error as ProviderError).kind).toBe('rate-limit');
	expect((error as ProviderError).message).toMatch(/Jira asks the sync to wait 15 min/);
});

it('a 503 with Retry-After waits as asked before trying again ("Some transient 5XX errors are accompanied by a Retry-After header")', async () => {
	const server = await start();
	server.fail({kind: 'server', status: 503, path: /search\/jql$/, retryAfter: '30'});
	const waits: number[] = [];
	const provider = providerFor(server, 'cloud', {retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 4, maxRateLimitWaitMs: 120_000, sleep: async (ms) => void waits.push(ms)}});
	const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
	expect(tickets(pages)).toHaveLength(3);
	expect(waits).toHaveLength(1);
	expect(waits[0]).toBeGreaterThanOrEqual(30_000);
});
