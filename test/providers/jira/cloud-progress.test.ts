import {describe, expect, it} from 'vitest';
import type {IssueSpec} from '../../fakes/jira/fixtures.js';
import type {FakeJira} from '../../fakes/jira/server.js';
import {cloudTenants, collect, providerFor, tickets} from './helpers.js';

/**
 * Cloud's search/jql has no `total` (only `isLast`/`nextPageToken`), so a long first sync could show no
 * progress against a whole. `POST /rest/api/3/search/approximate-count` {jql} → {count} "Provide[s] an
 * estimated count of the issues that match the JQL. Recent updates might not be immediately visible"
 * and "requires JQL to be bounded" (Jira Cloud REST v3, Issue search; jira.js `countIssues`). Asked once
 * a pull, only when the first page is not the last: a quiet sync costs what it did.
 */

const start = cloudTenants();
const many = (count: number): IssueSpec[] => Array.from({length: count}, (_, index) => ({id: index + 1, created: '2026-03-01T10:00:00Z', updated: new Date(Date.UTC(2026, 2, 2) + index * 1000).toISOString()}));
const countRequests = (requests: FakeJira['requests']) => requests.filter((request) => request.path === '/rest/api/3/search/approximate-count');
const searchProgress = (pages: ReadonlyArray<{tickets: readonly unknown[]; progress: unknown}>) => pages.filter((page) => page.tickets.length > 0).map((page) => page.progress);

describe('Jira Cloud: progress of a search without totals', () => {
	it('names the whole from one approximate count of the same JQL, asked once a pull', async () => {
		const server = await start(many(120), {maxResultsCap: 50});
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(120);
		expect(searchProgress(pages)).toEqual([
			{done: 50, total: 120},
			{done: 100, total: 120},
			{done: 120, total: 120},
		]);
		const counts = countRequests(server.requests);
		expect(counts).toHaveLength(1);
		const search = server.requests.find((request) => request.path === '/rest/api/3/search/jql');
		expect(counts[0]?.body).toEqual({jql: (search?.body as {jql: string}).jql});
	});

	it('never names a whole below what was read, and ends at what was read, the count being an estimate', async () => {
		for (const off of [-30, 7]) {
			const server = await start(many(120), {maxResultsCap: 50, approximateCountOff: off});
			const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
			expect(searchProgress(pages)).toEqual([
				{done: 50, total: 120 + off},
				{done: 100, total: Math.max(100, 120 + off)},
				{done: 120, total: 120},
			]);
		}
	});

	it('asks no count when the first page is the last (a quiet sync costs what it did)', async () => {
		const server = await start(many(20), {maxResultsCap: 50});
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(searchProgress(pages)).toEqual([{done: 20, total: 20}]);
		expect(countRequests(server.requests)).toHaveLength(0);
	});

	it('reads on without a whole when the count is missing (404) or keeps failing', async () => {
		const missing = await start(many(120), {maxResultsCap: 50, approximateCountOff: 'missing'});
		let pages = await collect(providerFor(missing, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(120);
		expect(searchProgress(pages)).toEqual([
			{done: 50, total: null},
			{done: 100, total: null},
			{done: 120, total: 120},
		]);

		const failing = await start(many(120), {maxResultsCap: 50});
		failing.fail({kind: 'server', path: /approximate-count/, times: 20});
		pages = await collect(providerFor(failing, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(120);
		expect(searchProgress(pages).at(0)).toEqual({done: 50, total: null});
	});
});
