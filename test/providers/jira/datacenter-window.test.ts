/**
 * Past Data Center's search result window. Jira reads a relational `id`/`key` clause by the
 * issue its value names and compares key numbers within that issue's project
 * (IssueIdClauseQueryFactory): `id > 10400` is "after ENG-123 in ENG", not "every issue with
 * a larger id". The fake does the same.
 */
import {afterEach, expect, it} from 'vitest';
import {makeIssue, fields, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

const {dana} = users('datacenter');
let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
/** Issues of three projects created in turn, so ids interleave across projects. */
const interleaved = (count: number) =>
	Array.from({length: count}, (_, index) => makeIssue('datacenter', {id: 20_001 + index, project: ['ENG', 'PLAT', 'OPS'][index % 3], created: day(1)}));

it('a scope over several projects with more issues than the result window reaches every issue of every project', async () => {
	fake = await startFakeJira({deployment: 'datacenter', issues: interleaved(700), users: [dana], me: dana, statuses, fields, maxResultsCap: 100, resultWindow: 250});
	const provider = providerFor(fake, 'datacenter', {jql: 'project in (ENG, PLAT, OPS)', pageSize: 100, resultWindow: 250});
	const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
	const ids = tickets(pages).map((ticket) => Number(ticket.id));
	expect(new Set(ids).size).toBe(700);
	expect(ids).toHaveLength(700);
	const searches = fake.requests.filter((request) => request.path === '/rest/api/2/search');
	expect(searches.every((request) => request.outcome === 200)).toBe(true);
	for (const request of searches) {
		const body = request.body as {startAt: number; maxResults: number};
		expect(body.startAt + body.maxResults).toBeLessThanOrEqual(250);
	}
	// Only the last page says nothing is left.
	expect(pages.filter((page) => page.cursor === null)).toHaveLength(1);
}, 30_000);

it('a pull resumed from any page cursor past the window still reaches every issue', async () => {
	fake = await startFakeJira({deployment: 'datacenter', issues: interleaved(400), users: [dana], me: dana, statuses, fields, maxResultsCap: 100, resultWindow: 150});
	const provider = providerFor(fake, 'datacenter', {jql: 'project in (ENG, PLAT, OPS)', pageSize: 100, resultWindow: 150, concurrency: 1});
	const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
	for (const [index, page] of pages.entries()) {
		if (page.cursor === null) continue;
		const before = new Set(pages.slice(0, index + 1).flatMap((earlier) => earlier.tickets.map((ticket) => ticket.id)));
		const resumed = await collect(provider.pull({updatedSince: null, resumeCursor: page.cursor}));
		for (const ticket of tickets(resumed)) before.add(ticket.id);
		expect(before.size, `resumed after page ${index}`).toBe(400);
	}
}, 60_000);

it('the issue a window starts from deleted before that window is read: Jira matches nothing for it, and the project is read again, none lost', async () => {
	fake = await startFakeJira({deployment: 'datacenter', issues: interleaved(600), users: [dana], me: dana, statuses, fields, maxResultsCap: 100, resultWindow: 150});
	const server = fake;
	const deleted = new Set<string>();
	const seen = new Set<string>();
	for await (const page of providerFor(server, 'datacenter', {jql: 'project in (ENG, PLAT, OPS)', pageSize: 100, resultWindow: 150, concurrency: 1}).pull({updatedSince: null, resumeCursor: null})) {
		for (const ticket of page.tickets) seen.add(ticket.id);
		const next = page.cursor === null ? null : (JSON.parse(page.cursor) as {next?: {afterId?: string | null; startAt?: number}}).next;
		// Each window's anchor goes before the window is asked for.
		if (next?.afterId && next.startAt === 0 && !deleted.has(next.afterId)) {
			deleted.add(next.afterId);
			server.issues = server.issues.filter((issue) => issue.id !== next.afterId);
		}
	}

	expect(deleted.size).toBeGreaterThan(0);
	const expected = interleaved(600).map((issue) => issue.id).filter((id) => !deleted.has(id));
	expect(expected.filter((id) => !seen.has(id))).toEqual([]);
}, 30_000);
