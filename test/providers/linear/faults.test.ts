import {afterEach, describe, expect, test} from 'vitest';
import {createLinearProvider} from '../../../source/providers/linear/index.js';
import {ProviderError} from '../../../source/providers/provider.js';
import {buildBulkOrg} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {providerFor, pullAll, recordingRetry} from './helpers.js';

let server: FakeLinearServer | null = null;

afterEach(async () => {
	await server?.close();
	server = null;
});

async function start(issueCount = 90) {
	const {builder} = buildBulkOrg(issueCount);
	server = await startFakeLinear({dataset: builder.dataset});
	return server;
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ProviderError) return error;
		throw error;
	}

	throw new Error('expected a ProviderError');
}

describe('Linear faults', () => {
	test('a wrong API key is an auth error that never repeats the key', async () => {
		const fake = await start();
		const wrongKey = 'lin_api_wrong_key_SECRET_42';
		const provider = providerFor(fake, {apiKey: wrongKey});
		const error = await failure(pullAll(provider));

		expect(error.kind).toBe('auth');
		expect(error.provider).toBe('linear');
		expect(error.message).toBe('Linear rejected the API key');
		// init saves a typed key in config.json: a hint naming only the variable sent the director looking in the wrong place.
		expect(error.hint).toBe('check LINEAR_API_KEY, or linear.apiKey in config.json (Linear → Settings → Security & access → API)');
		expect(`${error.message} ${error.hint} ${error.stack ?? ''}`).not.toContain(wrongKey);
		expect(fake.requestCount).toBe(1);
	});

	test('a personal API key pasted with "Bearer " in front is sent bare, as Linear requires (it refuses it with the prefix)', async () => {
		const fake = await start(3);
		const refused = await failure(pullAll(providerFor(fake, {apiKey: 'wrong'})));
		expect(refused.kind).toBe('auth');

		const pages = await pullAll(providerFor(fake, {apiKey: `Bearer ${fake.apiKey}`}));
		expect(pages.flatMap((page) => page.tickets)).toHaveLength(3);
		const bearer = await failure(pullAll(providerFor(fake, {apiKey: `Bearer ${fake.apiKey}x`})));
		expect(bearer.kind).toBe('auth');
		expect(`${bearer.message} ${bearer.hint}`).not.toContain(fake.apiKey);
	});

	test('an OAuth access token goes after "Bearer ", as Linear requires, whether or not it was pasted with it', async () => {
		server = await startFakeLinear({dataset: buildBulkOrg(3).builder.dataset, apiKey: 'lin_oauth_fake_0123456789abcdef'});
		for (const apiKey of [server.apiKey, `Bearer ${server.apiKey}`]) {
			const pages = await pullAll(providerFor(server, {apiKey}));
			expect(pages.flatMap((page) => page.tickets)).toHaveLength(3);
		}
	});

	test('an OAuth access token past its 24 hours is refused by Linear: the error says it expired and what lasts, never the token', async () => {
		let now = Date.now();
		server = await startFakeLinear({dataset: buildBulkOrg(3).builder.dataset, apiKey: 'lin_oauth_fake_SECRET_0123456789', budget: {now: () => now}});
		expect((await pullAll(providerFor(server, {now: () => now}))).flatMap((page) => page.tickets)).toHaveLength(3);

		now += 24 * 60 * 60 * 1000;
		const error = await failure(pullAll(providerFor(server, {now: () => now})));
		expect(error.kind).toBe('auth');
		expect(error.message).toBe('Linear rejected the OAuth access token: Linear lets one live 24 hours (30 days from client credentials) unless it is renewed, and it may have been revoked');
		expect(error.hint).toBe(
			'put a personal API key (lin_api_…, Linear → Settings → Security & access → Personal API keys) in LINEAR_API_KEY or linear.apiKey in config.json: it needs no refreshing',
		);
		expect(`${error.message} ${error.hint} ${error.stack ?? ''}`).not.toContain(server.apiKey);
		expect(server.requests.at(-1)!.status).toBe(401);
	});

	test('HTTP 429 with RATELIMITED waits as long as Retry-After says, then succeeds', async () => {
		const fake = await start();
		fake.failRequest(2, {kind: 'rate-limit', retryAfterSeconds: 7});
		const retry = recordingRetry();
		const pages = await pullAll(providerFor(fake, {retry: retry.policy}));

		expect(pages.flatMap((page) => page.tickets)).toHaveLength(90);
		expect(retry.delays).toEqual([7000]);
		expect(fake.requests[1]!.status).toBe(429);
		expect(fake.requests[2]!.variables).toEqual(fake.requests[1]!.variables);
	});

	test('a RATELIMITED error on HTTP 400 is a rate limit too, timed by the complexity reset', async () => {
		const fake = await start();
		const resetIn = 90_000;
		fake.failRequest(1, {kind: 'rate-limit', status: 400, complexityResetAt: Date.now() + resetIn});
		const retry = recordingRetry();
		await pullAll(providerFor(fake, {retry: retry.policy}));

		expect(retry.delays).toHaveLength(1);
		expect(retry.delays[0]!).toBeGreaterThan(resetIn - 5000);
		expect(retry.delays[0]!).toBeLessThanOrEqual(resetIn);
	});

	test('a RATELIMITED error in an HTTP 200 body is a rate limit too (Linear reports errors in the body, whatever the status)', async () => {
		const fake = await start();
		fake.failRequest(2, {kind: 'rate-limit', status: 200, retryAfterSeconds: 3});
		const retry = recordingRetry();
		const pages = await pullAll(providerFor(fake, {retry: retry.policy}));

		expect(pages.flatMap((page) => page.tickets)).toHaveLength(90);
		expect(retry.delays).toEqual([3000]);
		expect(fake.requests[1]!.status).toBe(200);
	});

	test('a reset sent in epoch seconds (as Linear\'s earlier docs put it) is read as well as one in milliseconds', async () => {
		const fake = await start();
		const resetIn = 90_000;
		fake.failRequest(1, {kind: 'rate-limit', status: 400, complexityResetAt: Math.ceil((Date.now() + resetIn) / 1000)});
		const retry = recordingRetry();
		await pullAll(providerFor(fake, {retry: retry.policy}));

		expect(retry.delays).toHaveLength(1);
		expect(retry.delays[0]!).toBeGreaterThan(resetIn - 5000);
		expect(retry.delays[0]!).toBeLessThanOrEqual(resetIn + 1000);
	});

	test('a reset instant stamped on Linear\'s clock, 20 minutes behind ours, is waited out in full, not taken as already past', async () => {
		const skew = -20 * 60_000;
		server = await startFakeLinear({dataset: buildBulkOrg(90).builder.dataset, clockSkewMs: skew});
		const resetIn = 90_000;
		// Request 1 (the directory) says, by its Date header, how far behind Linear's clock is.
		server.failRequest(2, {kind: 'rate-limit', status: 400, complexityResetAt: Date.now() + skew + resetIn});
		const retry = recordingRetry();
		const pages = await pullAll(providerFor(server, {retry: retry.policy}));

		expect(pages.flatMap((page) => page.tickets)).toHaveLength(90);
		expect(retry.delays).toHaveLength(1);
		expect(retry.delays[0]!).toBeGreaterThan(resetIn - 5000);
		expect(retry.delays[0]!).toBeLessThanOrEqual(resetIn + 1000);
	});

	test('a key whose requests stay refused (no Retry-After) is told the reset, not the steady refill it no longer trusts', async () => {
		// doctor said "until 07:42 (in 720 ms)" after six refusals in a row: the refill of one
		// request at 5,000 an hour, promised again after every refusal.
		const fake = await start();
		fake.failAll({kind: 'rate-limit', status: 400});
		const error = await failure(providerFor(fake, {retry: recordingRetry(6).policy}).whoAmI());

		expect(error.kind).toBe('rate-limit');
		expect(error.message).toMatch(/^Linear is rate-limiting requests from this API key until .* \(in 1 h\)$/);
		expect(fake.requestCount).toBe(2);
	});

	test('a rate limit that outlasts the retries surfaces as a rate-limit error', async () => {
		const fake = await start();
		fake.failAll({kind: 'rate-limit', retryAfterSeconds: 1});
		const error = await failure(pullAll(providerFor(fake, {retry: recordingRetry(3).policy})));

		expect(error.kind).toBe('rate-limit');
		expect(error.message).toMatch(/^Linear is rate-limiting requests from this API key until \w{3} \d\d:\d\d Europe\/Berlin \(in 1 s\)$/);
		expect(error.hint).toBe('run director-review sync again then: it continues where it stopped, without fetching again what it already has');
		expect(fake.requestCount).toBe(3);
	});

	test('a 503 in the middle of pagination is retried and the pull completes', async () => {
		const fake = await start();
		fake.failRequest(3, {kind: 'status', status: 503});
		fake.failRequest(4, {kind: 'status', status: 500});
		const pages = await pullAll(providerFor(fake));

		expect(new Set(pages.flatMap((page) => page.tickets.map((ticket) => ticket.id))).size).toBe(90);
		expect(fake.requests.map((request) => request.status)).toEqual([200, 200, 503, 500, 200, 200]);
	});

	test('a reset connection and a truncated body are retried', async () => {
		const fake = await start();
		fake.failRequest(2, {kind: 'reset'});
		fake.failRequest(3, {kind: 'truncated'});
		const pages = await pullAll(providerFor(fake));

		expect(pages.flatMap((page) => page.tickets)).toHaveLength(90);
		expect(fake.requests.map((request) => request.fault)).toEqual([null, 'reset', 'truncated', null, null, null]);
	});

	test('server errors that never stop surface as a server error after the retries', async () => {
		const fake = await start();
		fake.failAll({kind: 'status', status: 502});
		const error = await failure(pullAll(providerFor(fake, {retry: recordingRetry(2).policy})));

		expect(error.kind).toBe('server');
		expect(error.message).toContain('HTTP 502');
		expect(fake.requestCount).toBe(2);
	});

	test('an internal error Linear reports in an HTTP 200 body is retried like a 5xx, and the pull completes', async () => {
		const fake = await start();
		fake.failRequest(2, {kind: 'graphql-internal-error'});
		fake.failRequest(4, {kind: 'graphql-internal-error', type: 'lock timeout'});
		const pages = await pullAll(providerFor(fake));

		expect(pages.flatMap((page) => page.tickets)).toHaveLength(90);
		expect(fake.requests[1]!.status).toBe(200);
		expect(fake.requests[2]!.variables).toEqual(fake.requests[1]!.variables);
		expect(fake.requests[4]!.variables).toEqual(fake.requests[3]!.variables);
	});

	test('an internal error in the body that never stops surfaces as a server error after the retries', async () => {
		const fake = await start();
		fake.failAll({kind: 'graphql-internal-error'});
		const error = await failure(pullAll(providerFor(fake, {retry: recordingRetry(2).policy})));

		expect(error.kind).toBe('server');
		expect(error.message).toBe('Linear reported an internal error, and kept failing');
		expect(fake.requestCount).toBe(2);
	});

	test('malformed JSON is a malformed error, not retried', async () => {
		const fake = await start();
		fake.failRequest(2, {kind: 'malformed-json'});
		const error = await failure(pullAll(providerFor(fake)));

		expect(error.kind).toBe('malformed');
		expect(fake.requestCount).toBe(2);
	});

	test('a server that never answers times out per request', async () => {
		const fake = await start();
		fake.failAll({kind: 'hang'});
		const started = Date.now();
		const error = await failure(pullAll(providerFor(fake, {requestTimeoutMs: 150, retry: recordingRetry(2).policy})));

		expect(error.kind).toBe('timeout');
		expect(error.message).toBe('Linear did not answer within 150 ms, 2 times in a row');
		expect(fake.requestCount).toBe(2);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	test('a request that timed out is sent twice in all, not as often as a failing server is retried', async () => {
		// With the default 30 s timeout, six attempts kept the director before a silent terminal
		// for over three minutes, then said "did not answer within 30 s".
		const fake = await start();
		fake.failAll({kind: 'hang'});
		const error = await failure(pullAll(providerFor(fake, {requestTimeoutMs: 150, retry: recordingRetry(6).policy})));

		expect(error.kind).toBe('timeout');
		expect(error.message).toBe('Linear did not answer within 150 ms, 2 times in a row');
		expect(fake.requestCount).toBe(2);
	});

	test('a request that timed out once and then answers goes on', async () => {
		const fake = await start(10);
		fake.failRequest(1, {kind: 'hang'});
		const pages = await pullAll(providerFor(fake, {requestTimeoutMs: 150, retry: recordingRetry(6).policy}));

		expect(pages.flatMap((page) => page.tickets)).toHaveLength(10);
	});

	test('an unknown team key is not-found, naming the team, before any issue is read', async () => {
		const fake = await start();
		const error = await failure(pullAll(providerFor(fake, {teams: ['ENG', 'NOPE']})));

		expect(error.kind).toBe('not-found');
		expect(error.message).toContain('NOPE');
		expect(error.message).not.toContain('ENG,');
		expect(fake.requests.map((request) => request.operationName)).toEqual(['DirectorReviewDirectory']);
	});

	test('HTTP 403 is a forbidden error', async () => {
		const fake = await start();
		fake.failRequest(1, {kind: 'forbidden'});
		const error = await failure(pullAll(providerFor(fake)));

		expect(error.kind).toBe('forbidden');
	});

	test('a response with a value of the wrong shape is malformed, naming where', async () => {
		const fake = await start(3);
		fake.dataset.issues[1]!.createdAt = 'last Tuesday';
		const error = await failure(pullAll(providerFor(fake)));

		expect(error.kind).toBe('malformed');
		expect(error.message).toMatch(/issues\.nodes\[\d\]\.createdAt/);
	});

	test('a GraphQL error in a 200 response is reported, not retried', async () => {
		const fake = await start(3);
		// An issue whose state is gone makes the non-null `state` field fail on the server.
		fake.dataset.issues[0]!.stateId = 'no-such-state';
		const error = await failure(pullAll(providerFor(fake)));

		expect(error.kind).toBe('malformed');
		expect(error.message).toContain('Linear reported an error');
		expect(fake.requestCount).toBe(2);
	});

	test('an aborted pull stops without retrying', async () => {
		const fake = await start();
		fake.failAll({kind: 'hang'});
		const controller = new AbortController();
		const provider = providerFor(fake, {requestTimeoutMs: 60_000});
		const aborted = (async () => {
			const pages = provider.pull({updatedSince: null, resumeCursor: null, signal: controller.signal});
			for await (const _page of pages) {
				// Never reached: the first request hangs.
			}
		})();
		setTimeout(() => controller.abort(new Error('user quit')), 100);
		await expect(aborted).rejects.toThrow('user quit');
		expect(fake.requestCount).toBe(1);
	});

	test('plain HTTP is refused for a remote host unless explicitly allowed', () => {
		const options = {apiKey: 'k', teams: [], timezone: 'UTC'};
		expect(() => createLinearProvider({...options, apiUrl: 'http://linear.example.com/graphql'})).toThrow(ProviderError);
		try {
			createLinearProvider({...options, apiUrl: 'http://linear.example.com/graphql'});
		} catch (error) {
			expect((error as ProviderError).kind).toBe('config');
		}

		expect(() => createLinearProvider({...options, apiUrl: 'http://linear.example.com/graphql', allowInsecureHttp: true})).not.toThrow();
		expect(() => createLinearProvider({...options, apiUrl: 'https://api.linear.app/graphql'})).not.toThrow();
		expect(() => createLinearProvider({...options, apiUrl: 'http://localhost:4000/graphql'})).not.toThrow();
	});
});
