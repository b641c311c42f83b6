import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {SyncPage} from '../../../source/providers/provider.js';
import {openStore} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {change, item, makeIssue, fields, statuses, users, type Deployment, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraOptions, type FakeJiraRequest} from '../../fakes/jira/server.js';
import {collect, providerFor} from './helpers.js';

let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

async function start(deployment: Deployment, specs: readonly IssueSpec[], options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	const {dana, alex, sam} = users(deployment);
	fake = await startFakeJira({deployment, issues: specs.map((spec) => makeIssue(deployment, spec)), users: [dana, alex, sam], me: dana, statuses, fields, ...options});
	return fake;
}

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
const at = (n: number) => Date.parse(day(n));
const searchPath = (deployment: Deployment) => (deployment === 'cloud' ? '/rest/api/3/search/jql' : '/rest/api/2/search');
const searches = (server: FakeJira, deployment: Deployment) => server.requests.filter((request) => request.path === searchPath(deployment));
const jqlOf = (request: FakeJiraRequest | undefined) => (request?.body as {jql?: string} | undefined)?.jql ?? '';
const lookups = (server: FakeJira, deployment: Deployment) => searches(server, deployment).filter((request) => jqlOf(request).startsWith('key in ('));

/** The row the sync keeps: a ticket yielded again later replaces the earlier one. */
function lastRow(pages: readonly SyncPage[], key: string) {
	return pages.flatMap((page) => page.tickets).findLast((ticket) => ticket.key === key);
}

function expectCursorContract(pages: readonly SyncPage[]) {
	expect(pages.at(-1)?.cursor).toBeNull();
	expect(pages.slice(0, -1).every((page) => page.cursor !== null)).toBe(true);
}

/** ENG-1 is blocked by a blocker resolved on day 8, after ENG-1 last changed. */
function blockedByLaterIssue(deployment: Deployment): IssueSpec[] {
	const {sam} = users(deployment);
	return [
		{id: 1, created: day(1), updated: day(3), status: 'In Progress', blockedBy: [{id: 5, key: 'ENG-5', status: 'Done'}], histories: [change(sam, day(3), item.blockedBy('ENG-5'))]},
		{id: 2, created: day(1), updated: day(4)},
		{id: 3, created: day(1), updated: day(5)},
		{id: 4, created: day(1), updated: day(6)},
		{id: 5, created: day(1), updated: day(8), status: 'Done', resolution: 'Done', resolved: day(8)},
	];
}

describe('Jira "is blocked by" spells whose blocker is resolved', () => {
	it.each(['cloud', 'datacenter'] as const)('%s: a blocker on a later page ends the spell; the blocked issue is yielded again with that page, at no extra request', async (deployment) => {
		const server = await start(deployment, blockedByLaterIssue(deployment), {maxResultsCap: 2});
		const pages = await collect(providerFor(server, deployment, {pageSize: 2}).pull({updatedSince: null, resumeCursor: null}));
		expect(pages.map((page) => page.tickets.map((ticket) => ticket.key))).toEqual([['ENG-1', 'ENG-2'], ['ENG-3', 'ENG-4'], ['ENG-5', 'ENG-1'], []]);
		// First yielded without the spell (its end was unknown), then with it.
		expect(pages[0]?.tickets[0]?.blockedSpells).toEqual([]);
		expect(lastRow(pages, 'ENG-1')?.blockedSpells).toEqual([{start: at(3), end: at(8), reason: 'blocked by ENG-5'}]);
		expect(searches(server, deployment)).toHaveLength(3);
		expect(lookups(server, deployment)).toHaveLength(0);
		expectCursorContract(pages);
	});

	it('cloud: a pull resumed after the blocked issue was yielded fetches that issue again and still ends its spell', async () => {
		const server = await start('cloud', blockedByLaterIssue('cloud'), {maxResultsCap: 2});
		const provider = providerFor(server, 'cloud', {pageSize: 2});
		const first = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
		const before = server.requests.length;
		// The process stopped after the first page: the blocker's resolution was never seen by it.
		const resumed = await collect(provider.pull({updatedSince: null, resumeCursor: first[0]?.cursor ?? null}));
		const requests = server.requests.slice(before);
		expect(lastRow(resumed, 'ENG-1')?.blockedSpells).toEqual([{start: at(3), end: at(8), reason: 'blocked by ENG-5'}]);
		const lookup = requests.filter((request) => jqlOf(request).includes('key in ('));
		// ENG-1 again, whole (its changelog placed the link), within the scope; ENG-5 came with the pull, so no blocker lookup.
		expect(lookup.map((request) => jqlOf(request))).toEqual(['(project = ENG) AND key in ("ENG-1") ORDER BY id ASC']);
		expect((lookup[0]?.body as {expand?: string}).expand).toBe('changelog');
		expectCursorContract(resumed);
	});

	it.each(['cloud', 'datacenter'] as const)('%s: an incremental pull asks Jira once for a blocker outside the pull, then yields the corrected issue before the last page', async (deployment) => {
		const {sam} = users(deployment);
		const server = await start(deployment, [
			{id: 9, project: 'PLAT', created: day(1), updated: day(5), status: 'Done', resolution: 'Fixed', resolved: day(5)},
			{id: 1, created: day(1), updated: day(7), status: 'In Progress', blockedBy: [{id: 9, key: 'PLAT-9', status: 'Done'}], histories: [change(sam, day(2), item.blockedBy('PLAT-9'))]},
			{id: 2, created: day(1), updated: day(7)},
		]);
		const pages = await collect(providerFor(server, deployment).pull({updatedSince: at(6), resumeCursor: null}));
		expect(pages.map((page) => page.tickets.map((ticket) => ticket.key))).toEqual([['ENG-1', 'ENG-2'], ['ENG-1']]);
		expect(lastRow(pages, 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: at(5), reason: 'blocked by PLAT-9'}]);
		expectCursorContract(pages);
		const [lookup, ...more] = lookups(server, deployment);
		expect(more).toHaveLength(0);
		expect(lookup?.method).toBe('POST');
		expect(lookup?.query).toEqual({});
		expect(jqlOf(lookup)).toBe('key in ("PLAT-9") ORDER BY id ASC');
		expect((lookup?.body as {fields: string[]}).fields).toEqual(['resolutiondate', 'status']);
		expect((lookup?.body as {expand?: unknown}).expand).toBeUndefined();
		expect(searches(server, deployment)).toHaveLength(2);

		// Interrupted between the last search page and the correction: the resumed pull still corrects it.
		const resumed = await collect(providerFor(server, deployment).pull({updatedSince: at(6), resumeCursor: pages[0]?.cursor ?? null}));
		expect(resumed.map((page) => page.tickets.map((ticket) => ticket.key))).toEqual([['ENG-1']]);
		expect(lastRow(resumed, 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: at(5), reason: 'blocked by PLAT-9'}]);
		expect(resumed[0]?.cursor).toBeNull();
	});

	it('datacenter: missing blockers are asked for in batches of 50 keys, one search each', async () => {
		const blockers = Array.from({length: 60}, (_, index): IssueSpec => ({id: 1000 + index, project: 'PLAT', created: day(1), updated: day(2), status: 'Done', resolution: 'Done', resolved: day(2)}));
		const blocked = Array.from({length: 60}, (_, index): IssueSpec => ({id: index + 1, created: day(1), updated: day(7), blockedBy: [{id: 1000 + index, key: `PLAT-${1000 + index}`, status: 'Done'}]}));
		const server = await start('datacenter', [...blockers, ...blocked], {maxResultsCap: 100});
		const pages = await collect(providerFor(server, 'datacenter', {pageSize: 100}).pull({updatedSince: at(6), resumeCursor: null}));
		const corrected = pages.at(-1)?.tickets ?? [];
		expect(corrected).toHaveLength(60);
		expect(corrected.every((ticket) => ticket.blockedSpells.length === 1 && ticket.blockedSpells[0]?.end === at(2))).toBe(true);
		expect(lookups(server, 'datacenter').map((request) => (request.body as {maxResults: number}).maxResults)).toEqual([50, 50]);
		expect(lookups(server, 'datacenter').map((request) => jqlOf(request).split(',').length)).toEqual([50, 10]);
		expectCursorContract(pages);
	});

	it.each(['cloud', 'datacenter'] as const)('%s: a blocker Jira no longer has (deleted, or out of the caller\'s sight) is left out alone; the other spells are still placed', async (deployment) => {
		const {sam} = users(deployment);
		// PLAT-8 is gone from Jira; ENG-1's link still names it, as Jira shows a link until the issue behind it is deleted.
		const server = await start(deployment, [
			{id: 9, project: 'PLAT', created: day(1), updated: day(5), status: 'Done', resolution: 'Done', resolved: day(5)},
			{id: 1, created: day(1), updated: day(7), blockedBy: [{id: 8, key: 'PLAT-8', status: 'Done'}], histories: [change(sam, day(2), item.blockedBy('PLAT-8'))]},
			{id: 2, created: day(1), updated: day(7), blockedBy: [{id: 9, key: 'PLAT-9', status: 'Done'}], histories: [change(sam, day(3), item.blockedBy('PLAT-9'))]},
		]);
		const pages = await collect(providerFor(server, deployment).pull({updatedSince: at(6), resumeCursor: null}));
		// Jira validates every key of `key in (…)` first: the batch is refused (400), then PLAT-8 alone.
		expect(lookups(server, deployment).map((request) => [jqlOf(request), request.outcome])).toEqual([
			['key in ("PLAT-8", "PLAT-9") ORDER BY id ASC', 400],
			['key in ("PLAT-8") ORDER BY id ASC', 400],
			['key in ("PLAT-9") ORDER BY id ASC', 200],
		]);
		expect(lastRow(pages, 'ENG-1')?.blockedSpells).toEqual([]);
		expect(lastRow(pages, 'ENG-2')?.blockedSpells).toEqual([{start: at(3), end: at(5), reason: 'blocked by PLAT-9'}]);
		expectCursorContract(pages);
	});

	it.each(['cloud', 'datacenter'] as const)('%s: the fake refuses `key in (…)` naming a missing key with Jira\'s 400, one message per key', async (deployment) => {
		const server = await start(deployment, [{id: 1, created: day(1), updated: day(2)}]);
		const path = searchPath(deployment);
		const response = await fetch(`${server.url}${path}`, {
			method: 'POST',
			headers: {'content-type': 'application/json', authorization: deployment === 'cloud' ? `Basic ${Buffer.from(`${fakeCredentials.email}:${fakeCredentials.apiToken}`).toString('base64')}` : `Bearer ${fakeCredentials.pat}`},
			body: JSON.stringify({jql: 'project = ENG AND key in ("ENG-1", "ENG-7", "PLAT-3") ORDER BY id ASC', fields: ['summary'], maxResults: 10}),
		});
		expect(response.status).toBe(400);
		expect(((await response.json()) as {errorMessages: string[]}).errorMessages).toEqual([
			"An issue with key 'ENG-7' does not exist for field 'key'.",
			"An issue with key 'PLAT-3' does not exist for field 'key'.",
		]);
	});

	it('cloud: no blocker lookup when every resolved blocker came with the pull or a blocker is still open', async () => {
		const {sam} = users('cloud');
		const server = await start('cloud', [
			{id: 1, created: day(1), updated: day(3), blockedBy: [{id: 2, key: 'ENG-2', status: 'Done'}], histories: [change(sam, day(2), item.blockedBy('ENG-2'))]},
			{id: 2, created: day(1), updated: day(5), status: 'Done', resolution: 'Done', resolved: day(5)},
			{id: 3, created: day(1), updated: day(6), blockedBy: [{id: 9, key: 'PLAT-9', status: 'In Progress'}], histories: [change(sam, day(4), item.blockedBy('PLAT-9'))]},
		]);
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: at(1), resumeCursor: null}));
		expect(pages).toHaveLength(1);
		expect(pages[0]?.cursor).toBeNull();
		expect(lastRow(pages, 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: at(5), reason: 'blocked by ENG-2'}]);
		expect(lastRow(pages, 'ENG-3')?.blockedSpells).toEqual([{start: at(4), end: null, reason: 'blocked by PLAT-9'}]);
		expect(server.requests.map((request) => request.path).filter((path) => /search|changelog/.test(path))).toEqual(['/rest/api/3/search/jql']);
	});

	it('datacenter: through runSync, the stored row of the blocked issue carries the spell', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-jira-blockers-'));
		const store = openStore(path.join(folder, 'director-review.db'));
		try {
			const server = await start('datacenter', blockedByLaterIssue('datacenter'), {maxResultsCap: 2});
			await runSync({store, provider: providerFor(server, 'datacenter', {pageSize: 2}), full: false, now: () => at(10)});
			const stored = store.loadTickets('jira');
			expect(stored).toHaveLength(5);
			expect(stored.find((ticket) => ticket.key === 'ENG-1')?.blockedSpells).toEqual([{start: at(3), end: at(8), reason: 'blocked by ENG-5'}]);
		} finally {
			store.close();
			fs.rmSync(folder, {recursive: true, force: true});
		}
	});
});

describe('Jira spells end when the blocker finishes, though the blocked issue does not change', () => {
	/** ENG-1 blocked since day 2 by ENG-5; ENG-5 is resolved on day 8, and only ENG-5's `updated` moves (Jira leaves linked issues as they are). */
	async function blockerResolvedLater(deployment: Deployment, blockerProject = 'ENG') {
		const {sam} = users(deployment);
		const blockerKey = `${blockerProject}-5`;
		const server = await start(deployment, [
			{id: 1, created: day(1), updated: day(2), status: 'In Progress', blockedBy: [{id: 5, key: blockerKey, status: 'In Progress'}], histories: [change(sam, day(2), item.blockedBy(blockerKey))]},
			{id: 5, project: blockerProject, created: day(1), updated: day(2), status: 'In Progress'},
		]);
		const first = await collect(providerFor(server, deployment).pull({updatedSince: null, resumeCursor: null}));
		expect(lastRow(first, 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: null, reason: `blocked by ${blockerKey}`}]);
		const blocker = server.issues.find((issue) => issue.key === blockerKey)!;
		server.issues = server.issues.map((issue) => (issue === blocker ? makeIssue(deployment, {id: 5, project: blockerProject, created: day(1), updated: day(8), status: 'Done', resolution: 'Done', resolved: day(8)}) : issue));
		return server;
	}

	it.each(['cloud', 'datacenter'] as const)('%s: an incremental pull that brings the resolved blocker reads the blocked issue again and ends its spell', async (deployment) => {
		const server = await blockerResolvedLater(deployment);
		const before = server.requests.length;
		const pages = await collect(providerFor(server, deployment).pull({updatedSince: at(7), resumeCursor: null}));
		expect(lastRow(pages, 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: at(8), reason: 'blocked by ENG-5'}]);
		const reread = server.requests.slice(before).filter((request) => jqlOf(request).includes('key in ('));
		expect(reread.map((request) => jqlOf(request))).toEqual(['(project = ENG) AND key in ("ENG-1") ORDER BY id ASC']);
		expectCursorContract(pages);
	});

	it('datacenter: through runSync, a quiet day then the blocker resolved: the stored row of the blocked issue ends its spell', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-jira-unblocked-'));
		const store = openStore(path.join(folder, 'director-review.db'));
		try {
			const {sam} = users('datacenter');
			const server = await start('datacenter', [
				{id: 1, created: day(1), updated: day(2), status: 'In Progress', blockedBy: [{id: 5, key: 'ENG-5', status: 'In Progress'}], histories: [change(sam, day(2), item.blockedBy('ENG-5'))]},
				{id: 5, created: day(1), updated: day(2), status: 'In Progress'},
			]);
			const provider = providerFor(server, 'datacenter');
			await runSync({store, provider, full: false, now: () => at(3)});
			expect(store.loadTickets('jira').find((ticket) => ticket.key === 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: null, reason: 'blocked by ENG-5'}]);
			server.issues = server.issues.map((issue) => (issue.key === 'ENG-5' ? makeIssue('datacenter', {id: 5, created: day(1), updated: day(8), status: 'Done', resolution: 'Done', resolved: day(8)}) : issue));
			await runSync({store, provider, full: false, now: () => at(9)});
			expect(store.loadTickets('jira').find((ticket) => ticket.key === 'ENG-1')?.blockedSpells).toEqual([{start: at(2), end: at(8), reason: 'blocked by ENG-5'}]);
		} finally {
			store.close();
			fs.rmSync(folder, {recursive: true, force: true});
		}
	});

	it('cloud: a resolved blocker in another project does not bring a blocked issue outside the scope', async () => {
		const {sam} = users('cloud');
		const server = await start('cloud', [
			{id: 1, project: 'PLAT', created: day(1), updated: day(2), status: 'In Progress', blockedBy: [{id: 5, key: 'ENG-5', status: 'Done'}], histories: [change(sam, day(2), item.blockedBy('ENG-5'))]},
			{id: 5, created: day(1), updated: day(8), status: 'Done', resolution: 'Done', resolved: day(8)},
		]);
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: at(7), resumeCursor: null}));
		expect(pages.flatMap((page) => page.tickets.map((ticket) => ticket.key))).toEqual(['ENG-5']);
	});
});

describe('Jira spells end when the blocked issue itself finishes', () => {
	it.each(['cloud', 'datacenter'] as const)('%s: an issue resolved while its "is blocked by" link still points at an unresolved blocker is blocked until its own resolution, not in every later week', async (deployment) => {
		const {sam} = users(deployment);
		const server = await start(deployment, [
			{id: 1, created: day(1), updated: day(6), status: 'Done', resolution: 'Done', resolved: day(6), blockedBy: [{id: 5, key: 'ENG-5', status: 'In Progress'}], histories: [change(sam, day(3), item.blockedBy('ENG-5'))]},
			{id: 5, created: day(1), updated: day(2), status: 'In Progress'},
		]);
		const pages = await collect(providerFor(server, deployment).pull({updatedSince: null, resumeCursor: null}));
		expect(lastRow(pages, 'ENG-1')?.blockedSpells).toEqual([{start: at(3), end: at(6), reason: 'blocked by ENG-5'}]);
	});
});
