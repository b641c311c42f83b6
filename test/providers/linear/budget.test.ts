import {LinearClient, LinearError} from '@linear/sdk';
import {describe, expect, test} from 'vitest';
import {issuesPageDocument, viewerDocument} from '../../../source/providers/linear/documents.js';
import {ProviderError} from '../../../source/providers/provider.js';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {maxQueryComplexity} from '../../fakes/linear/budget.js';
import {buildBulkOrg, datasetEpoch} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor, pullAll} from './helpers.js';

const hour = 3_600_000;
let server: FakeLinearServer | null = null;
let store: Store;

storePerTest('linear-budget', {use: (opened) => (store = opened), startedServer: () => server});

/** One clock for the fake's buckets and the adapter: a wait the adapter sleeps moves it. */
function virtualClock(start = datasetEpoch) {
	let now = start;
	const delays: number[] = [];
	return {
		now: () => now,
		advance: (ms: number) => {
			now += ms;
		},
		delays,
		retry: {attempts: 4, baseDelayMs: 1, maxDelayMs: 4, random: () => 0, sleep: async (ms: number) => {
			delays.push(ms);
			now += ms;
		}},
	};
}

/** What one issues page and the directory cost, measured on an unconstrained fake. */
async function measuredCosts(issueCount: number): Promise<{directory: number; page: number}> {
	const probe = await startFakeLinear({dataset: buildBulkOrg(issueCount).builder.dataset});
	try {
		for await (const page of providerFor(probe).pull({updatedSince: null, resumeCursor: null})) void page;
		const cost = (name: string) => probe.requests.find((request) => request.operationName === name)!.complexity!;
		return {directory: cost('DirectorReviewDirectory'), page: cost('DirectorReviewIssues')};
	} finally {
		await probe.close();
	}
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}

	throw new Error('expected a failure');
}

describe('the fake charges Linear\'s hourly budget like the real API', () => {
	test('every answer reports both buckets; a query costing more than is left is refused while points remain; one over 10,000 is too complex', async () => {
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(10).builder.dataset, budget: {complexityRemaining: 1000, now: clock.now}});
		const client = new LinearClient({apiKey: server.apiKey, apiUrl: server.url});

		const viewer = await client.client.rawRequest(viewerDocument, {});
		expect(viewer.headers?.get('x-ratelimit-requests-limit')).toBe('5000');
		expect(viewer.headers?.get('x-ratelimit-complexity-limit')).toBe('3000000');
		const cost = Number(viewer.headers?.get('x-complexity'));
		expect(cost).toBeGreaterThan(0);
		expect(Number(viewer.headers?.get('x-ratelimit-complexity-remaining'))).toBe(1000 - cost);

		const variables = {first: 40, after: null, filter: null, historyFirst: 35, labelsFirst: 20, relationsFirst: 20};
		const refused = await failure(client.client.rawRequest(issuesPageDocument, variables));
		expect(refused).toBeInstanceOf(LinearError);
		const raw = (refused as LinearError).raw as {response: {errors: Array<{extensions: {code: string}}>; headers: Headers; status: number}};
		expect(raw.response.status).toBe(400);
		expect(raw.response.errors[0]!.extensions.code).toBe('RATELIMITED');
		expect(Number(raw.response.headers.get('x-ratelimit-complexity-remaining'))).toBe(1000 - cost);
		expect(server.requests.at(-1)).toMatchObject({refused: 'rate-limited'});

		const tooComplex = await failure(client.client.rawRequest(issuesPageDocument, {...variables, first: 250}));
		const tooComplexRaw = (tooComplex as LinearError).raw as {response: {errors: Array<{message: string; extensions: {code: string; userPresentableMessage: string}}>}};
		expect(tooComplexRaw.response.errors[0]!.message).toBe('Query too complex');
		expect(tooComplexRaw.response.errors[0]!.extensions.userPresentableMessage).toMatch(new RegExp(`Maximum allowed complexity: ${maxQueryComplexity}`));

		// A leaky bucket: an hour later it is full again, and the page goes through.
		clock.advance(hour);
		const page = await client.client.rawRequest(issuesPageDocument, variables);
		expect(page.headers?.get('x-ratelimit-complexity-remaining')).toBe(String(3_000_000 - Number(page.headers?.get('x-complexity'))));
	});
});

describe('a page over Linear\'s 10,000 points a query', () => {
	test('is asked again with half as many issues, from the same cursor, until it fits', async () => {
		server = await startFakeLinear({dataset: buildBulkOrg(130).builder.dataset});
		const pages = await pullAll(providerFor(server, {pageSize: 100}));
		expect(pages.flatMap((page) => page.tickets)).toHaveLength(130);
		const issueRequests = server.requests.filter((request) => request.operationName === 'DirectorReviewIssues');
		expect(issueRequests.map((request) => [request.variables['first'], request.refused])).toEqual([
			[100, 'too-complex'],
			[50, 'too-complex'],
			[25, null],
			[25, null],
			[25, null],
			[25, null],
			[25, null],
			[25, null],
		]);
	});
});

describe('a sync across Linear\'s hourly budget', () => {
	test('waits when the budget refills soon, and sends nothing Linear would refuse', async () => {
		const {directory, page} = await measuredCosts(200);
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(200).builder.dataset, budget: {complexityRemaining: directory + 2 * page + 100, now: clock.now}});
		const provider = providerFor(server, {retry: clock.retry, now: clock.now});

		const result = await runSync({store, provider, full: false, now: clock.now});
		expect(result).toMatchObject({tickets: 200, full: true, resumed: false});
		expect(server.requests.filter((request) => request.refused !== null)).toEqual([]);
		expect(server.requestCount).toBe(1 + 5);
		// Pages 3, 4 and 5 each waited for about one page's worth of points at 3,000,000 an hour.
		expect(clock.delays).toHaveLength(3);
		const refillMs = (points: number) => (points * hour) / 3_000_000;
		expect(clock.delays[0]!).toBeCloseTo(refillMs(page - 100), -2);
		for (const delay of clock.delays.slice(1)) expect(delay).toBeCloseTo(refillMs(page), -2);
	});

	test('waits out the requests budget too: one request comes back every 0.72 s at 5,000 an hour', async () => {
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(200).builder.dataset, budget: {requestsRemaining: 2, now: clock.now}});
		const result = await runSync({store, provider: providerFor(server, {retry: clock.retry, now: clock.now}), full: false, now: clock.now});
		expect(result.tickets).toBe(200);
		expect(server.requests.filter((request) => request.refused !== null)).toEqual([]);
		expect(clock.delays).toHaveLength(4);
		for (const delay of clock.delays) expect(delay).toBe(720);
	});

	test('stops with when it can go on, and the next sync finishes without fetching a page twice (≤ 1.1× the minimum requests)', async () => {
		const issues = 2000;
		const {page} = await measuredCosts(issues);
		const pages = Math.ceil(issues / 40);
		// 28 pages an hour: the first run spends the full bucket, the second finishes; a page's refill takes ~2 min.
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(issues).builder.dataset, budget: {complexityPerHour: 28 * page, now: clock.now}});
		const provider = providerFor(server, {retry: clock.retry, now: clock.now, timezone: 'UTC'});

		const stopped = await failure(runSync({store, provider, full: false, now: clock.now}));
		expect(stopped).toBeInstanceOf(ProviderError);
		const error = stopped as ProviderError;
		expect(error.kind).toBe('rate-limit');
		expect(error.message).toMatch(/^Linear's hourly API budget for this key is spent until \w{3} \d\d:\d\d UTC \(in (\d+ h|\d+ h \d+ min|\d+ min)\)$/);
		expect(error.hint).toMatch(/sync again then: it continues where it stopped/);
		const storedAfterStop = store.ticketCount('linear');
		expect(storedAfterStop).toBeGreaterThan(0);
		expect(storedAfterStop).toBeLessThan(issues);
		expect(store.getSyncState('linear', 'tickets')).toMatchObject({phase: 'running', full: true});
		// It stopped before sending what Linear would refuse.
		expect(server.requests.filter((request) => request.refused !== null)).toEqual([]);

		clock.advance(hour);
		const resumed = await runSync({store, provider, full: false, now: clock.now});
		expect(resumed).toMatchObject({full: true, resumed: true, tickets: issues - storedAfterStop});
		expect(store.ticketCount('linear')).toBe(issues);

		const issuePages = server.requests.filter((request) => request.operationName === 'DirectorReviewIssues' && request.refused === null);
		expect(issuePages).toHaveLength(pages);
		expect(new Set(issuePages.map((request) => request.variables['after'])).size).toBe(pages);
		const minimum = 1 + pages;
		expect(server.requestCount).toBeLessThanOrEqual(Math.floor(1.1 * minimum));
	}, 60_000);

	test('a budget that only comes back at its reset (not the steady refill Linear documents) costs one refused request, then stops until the reset', async () => {
		const {directory, page} = await measuredCosts(200);
		const clock = virtualClock();
		server = await startFakeLinear({
			dataset: buildBulkOrg(200).builder.dataset,
			budget: {refill: 'window', complexityRemaining: directory + 2 * page + 100, now: clock.now},
		});
		const provider = providerFor(server, {retry: clock.retry, now: clock.now, timezone: 'UTC'});

		const stopped = await failure(runSync({store, provider, full: false, now: clock.now}));
		expect((stopped as ProviderError).kind).toBe('rate-limit');
		expect((stopped as ProviderError).message).toMatch(/until \w{3} \d\d:\d\d UTC \(in (\d+ h|\d+ h \d+ min|\d+ min)\)$/);
		expect(server.requests.filter((request) => request.refused !== null)).toHaveLength(1);
		expect(store.ticketCount('linear')).toBe(80);

		clock.advance(hour);
		await runSync({store, provider, full: false, now: clock.now});
		expect(store.ticketCount('linear')).toBe(200);
		expect(server.requests.filter((request) => request.operationName === 'DirectorReviewIssues' && request.refused === null)).toHaveLength(5);
	});
});

describe('an endpoint with a limit of its own (Linear: "some endpoints have their own, lower limits")', () => {
	test('the fake refuses the endpoint when its own bucket is empty, though the key\'s budgets have plenty left, and says so in X-RateLimit-Endpoint-* headers', async () => {
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(3).builder.dataset, budget: {now: clock.now, endpoints: {issues: {requestsPerHour: 60, requestsRemaining: 1}}}});
		const client = new LinearClient({apiKey: server.apiKey, apiUrl: server.url});
		const variables = {first: 3, historyFirst: 5, labelsFirst: 5, relationsFirst: 5};
		const accepted = await client.client.rawRequest(issuesPageDocument, variables);
		const headers = accepted.headers as Headers;
		expect(headers.get('x-ratelimit-endpoint-name')).toBe('issues');
		expect(headers.get('x-ratelimit-endpoint-requests-limit')).toBe('60');
		expect(headers.get('x-ratelimit-endpoint-requests-remaining')).toBe('0');
		// Reset: when the leaky bucket is full again, 60 requests at one a minute.
		expect(Number(headers.get('x-ratelimit-endpoint-requests-reset'))).toBe(clock.now() + hour);

		const refused = await failure(client.client.rawRequest(issuesPageDocument, variables));
		expect(refused).toBeInstanceOf(LinearError);
		expect((refused as LinearError).status).toBe(400);
		expect(server.requests.at(-1)!.refused).toBe('rate-limited');
		expect(Number(server.budget.requestsRemaining)).toBeGreaterThan(4990);
		// Other endpoints are not limited by it.
		await client.client.rawRequest(viewerDocument, {});
	});

	test('a sync waits for the endpoint\'s own refill before sending what it would refuse, and finishes', async () => {
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(200).builder.dataset, budget: {now: clock.now, endpoints: {issues: {requestsPerHour: 60, requestsRemaining: 2}}}});
		const result = await runSync({store, provider: providerFor(server, {retry: clock.retry, now: clock.now}), full: false, now: clock.now});

		expect(result.tickets).toBe(200);
		expect(server.requests.filter((request) => request.refused !== null)).toEqual([]);
		// Pages 3, 4 and 5 each waited for the one request a minute the endpoint gives back.
		expect(clock.delays).toHaveLength(3);
		for (const delay of clock.delays) expect(delay).toBeCloseTo(60_000, -3);
	});

	test('a sync the endpoint\'s own limit stops says that limit stopped it, with when that endpoint is full again, not that the hourly budget is spent', async () => {
		const clock = virtualClock();
		// Six requests an hour: the next one fits in 10 minutes, longer than the adapter waits.
		server = await startFakeLinear({dataset: buildBulkOrg(80).builder.dataset, budget: {now: clock.now, endpoints: {issues: {requestsPerHour: 6, requestsRemaining: 1}}}});
		const provider = providerFor(server, {retry: clock.retry, now: clock.now, timezone: 'UTC'});

		const stopped = await failure(runSync({store, provider, full: false, now: clock.now}));
		expect(stopped).toBeInstanceOf(ProviderError);
		const error = stopped as ProviderError;
		expect(error.kind).toBe('rate-limit');
		// The first page emptied the bucket at 09:00; six an hour, it is full again at 10:00.
		expect(error.message).toBe('Linear\'s own request limit on its "issues" endpoint is reached for this key until Mon 10:00 UTC (in 1 h)');
		expect(error.hint).toMatch(/sync again then: it continues where it stopped/);
		expect(error.message).not.toContain(server.apiKey);
		expect(server.requests.filter((request) => request.refused !== null)).toEqual([]);
		expect(store.ticketCount('linear')).toBe(40);
	});

	test('a refusal by the endpoint\'s own limit that takes too long to wait out says that endpoint refused, and when its next request fits', async () => {
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(80).builder.dataset, budget: {now: clock.now, endpoints: {issues: {requestsPerHour: 6, requestsRemaining: 0}}}});
		const provider = providerFor(server, {retry: clock.retry, now: clock.now, timezone: 'UTC'});

		const stopped = await failure(runSync({store, provider, full: false, now: clock.now}));
		const error = stopped as ProviderError;
		expect(error.kind).toBe('rate-limit');
		// Six an hour: one request comes back 10 minutes after 09:00.
		expect(error.message).toBe('Linear\'s own request limit on its "issues" endpoint is reached for this key until Mon 09:10 UTC (in 10 min)');
		expect(error.hint).toMatch(/sync again then: it continues where it stopped/);
		expect(server.requests.filter((request) => request.refused !== null)).toHaveLength(1);
	});

	test('a refusal by an endpoint never seen before is timed by its own headers: one refused request, then the sync finishes', async () => {
		const clock = virtualClock();
		server = await startFakeLinear({dataset: buildBulkOrg(80).builder.dataset, budget: {now: clock.now, endpoints: {issues: {requestsPerHour: 60, requestsRemaining: 0}}}});
		const result = await runSync({store, provider: providerFor(server, {retry: clock.retry, now: clock.now}), full: false, now: clock.now});

		expect(result.tickets).toBe(80);
		expect(server.requests.filter((request) => request.refused !== null)).toHaveLength(1);
		expect(clock.delays[0]!).toBeGreaterThanOrEqual(60_000);
		expect(clock.delays[0]!).toBeLessThan(61_000);
	});
});
