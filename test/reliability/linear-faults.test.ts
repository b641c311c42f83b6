import {afterAll, describe, expect, it} from 'vitest';
import {buildBulkOrg} from '../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../fakes/linear/server.js';
import {expectCleanFailure, expectNoSecrets, makeHome, removeHomes, runCli, storedCount} from './cli.js';

/**
 * The fault matrix for Linear, through the real CLI: `director-review sync` against the
 * fake Linear on 127.0.0.1, one cell per fault. A transient fault ends in a sync that
 * succeeds with every ticket stored; any other ends in exit 1 with one cause naming
 * Linear, a hint, no stack trace and no API key. The CLI has no setting for shorter
 * waits, so the cells use the product's real timings (Retry-After 1 s, a 30 s request
 * timeout) and run side by side.
 */

const issueCount = 90;
const apiKey = 'lin_api_reliability_SECRET_7f3a9c';
const servers: FakeLinearServer[] = [];

afterAll(async () => {
	await Promise.all(servers.map(async (server) => server.close()));
	removeHomes();
});

interface Cell {
	readonly name: string;
	readonly arrange: (fake: FakeLinearServer) => void;
	readonly teams?: readonly string[];
	readonly key?: string;
	/** 'synced' = the sync ends with every ticket stored; otherwise the failure's cause. */
	readonly outcome: 'synced' | RegExp;
	readonly timeoutMs?: number;
}

// Request 1 is the directory (people, cycles, states); 2… are the issue pages of 40.
const cells: readonly Cell[] = [
	{name: '401: a wrong API key', arrange: () => undefined, key: 'lin_api_wrong_SECRET_0000', outcome: /Linear rejected the API key/},
	{name: '403: a key that may not read the teams', arrange: (fake) => fake.failRequest(1, {kind: 'forbidden'}), outcome: /Linear API key may not read/},
	{name: '404: an unknown team key', arrange: () => undefined, teams: ['ENG', 'NOPE'], outcome: /NOPE/},
	{name: '404: no GraphQL endpoint at the URL', arrange: (fake) => fake.failAll({kind: 'status', status: 404}), outcome: /Linear.*(404|no API|not found)/i},
	{name: '410: a removed endpoint', arrange: (fake) => fake.failAll({kind: 'status', status: 410}), outcome: /Linear.*(410|removed)/i},
	{name: '429 RATELIMITED with Retry-After: 1, then the sync succeeds', arrange: (fake) => fake.failRequest(3, {kind: 'rate-limit', retryAfterSeconds: 1}), outcome: 'synced'},
	{name: 'a rate limit that never lifts', arrange: (fake) => fake.failAll({kind: 'rate-limit', retryAfterSeconds: 1}), outcome: /Linear is rate-limiting/},
	{name: '500 mid-pagination, then the sync succeeds', arrange: (fake) => fake.failRequest(3, {kind: 'status', status: 500}), outcome: 'synced'},
	{name: '502 mid-pagination, then the sync succeeds', arrange: (fake) => fake.failRequest(3, {kind: 'status', status: 502}), outcome: 'synced'},
	{name: '503 twice in a row, then the sync succeeds', arrange: (fake) => [2, 3].forEach((number) => fake.failRequest(number, {kind: 'status', status: 503})), outcome: 'synced'},
	{name: '503 that never stops', arrange: (fake) => fake.failAll({kind: 'status', status: 503}), outcome: /Linear answered HTTP 503, and kept failing/},
	{name: 'a reset connection, then the sync succeeds', arrange: (fake) => fake.failRequest(2, {kind: 'reset'}), outcome: 'synced'},
	{name: 'a server that never answers: the request times out, the retry succeeds', arrange: (fake) => fake.failRequest(3, {kind: 'hang'}), outcome: 'synced'},
	{name: 'malformed JSON', arrange: (fake) => fake.failRequest(2, {kind: 'malformed-json'}), outcome: /Linear sent a response that is not valid JSON/},
	{name: 'a truncated body, then the sync succeeds', arrange: (fake) => fake.failRequest(3, {kind: 'truncated'}), outcome: 'synced'},
	{
		name: 'schema drift: an unexpected null in a non-null field',
		arrange: (fake) => {
			(fake.dataset.issues[5] as {createdAt: string | null}).createdAt = null;
		},
		outcome: /Linear reported an error.*createdAt/,
	},
	{
		name: 'schema drift: a value of the wrong shape',
		arrange: (fake) => {
			fake.dataset.issues[7]!.dueDate = 'next sprint';
		},
		outcome: /Linear.*dueDate/,
	},
	{
		name: 'schema drift: a missing key, answered as an empty string, is refused',
		arrange: (fake) => {
			delete (fake.dataset.issues[3] as {identifier?: string}).identifier;
		},
		outcome: /Linear.*identifier/,
	},
	{
		name: 'schema drift: absent optional fields are read as null',
		arrange: (fake) => {
			for (const issue of fake.dataset.issues.slice(0, 10)) {
				delete (issue as {dueDate?: string | null}).dueDate;
				delete (issue as {estimate?: number | null}).estimate;
				delete (issue as {startedAt?: string | null}).startedAt;
			}
		},
		outcome: 'synced',
	},
	{
		name: 'schema drift: nullable references that point nowhere are read as absent',
		arrange: (fake) => {
			for (const issue of fake.dataset.issues.slice(0, 10)) {
				issue.assigneeId = 'a-user-that-left';
				issue.cycleId = 'a-deleted-cycle';
				issue.projectId = 'a-deleted-project';
			}
		},
		outcome: 'synced',
	},
	{
		name: 'very large pages (40 issues of 200 KB titles each)',
		arrange: (fake) => {
			for (const [index, issue] of fake.dataset.issues.entries()) issue.title = `${index} ${'Large page '.repeat(18_000)}`;
		},
		outcome: 'synced',
	},
];

describe.concurrent('Linear fault matrix through `director-review sync`', () => {
	it.each(cells)('$name', {timeout: 180_000}, async (cell) => {
		const {builder} = buildBulkOrg(issueCount);
		const fake = await startFakeLinear({dataset: builder.dataset, apiKey});
		servers.push(fake);
		cell.arrange(fake);
		const home = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: fake.url, teams: cell.teams ?? []}});
		const key = cell.key ?? apiKey;
		const result = await runCli(['sync'], {home, env: {LINEAR_API_KEY: key}, timeoutMs: cell.timeoutMs ?? 120_000});
		const secrets = [apiKey, key];
		if (cell.outcome === 'synced') {
			expect(result.code, result.stderr).toBe(0);
			expect(storedCount(result), result.stderr).toBe(issueCount);
			expect(result.stderr).not.toMatch(/^\s+at /m);
			expectNoSecrets(`${result.stdout}${result.stderr}`, secrets);
		} else {
			expectCleanFailure(result, {code: 1, cause: cell.outcome, names: /Linear/, secrets});
		}
		await fake.close();
	});
});
