/**
 * Tickets edited while a Jira Cloud sync runs. Atlassian does not document what a search/jql
 * `nextPageToken` holds; the fake's is a position in the results, as Jira's paged searches
 * have always been (Atlassian KB "Inconsistent paginated API search result while using JQL":
 * "The data will shift forward or backward on the pages", JRASERVER-69860). Ordered by
 * `updated`, an issue edited after its page was read jumps to the end and shifts every later
 * position back by one: the issue that was next is never read, and a full sync sweeps it.
 */
import {afterEach, expect, it} from 'vitest';
import {runSync} from '../../../source/sync/run-sync.js';
import {fields, makeIssue, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {editedAfterFirstPage, useFreshStore} from '../../support/mid-sync.js';
import {providerFor} from './helpers.js';

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
let fake: FakeJira | null = null;
const fresh = useFreshStore('director-review-jira-midsync-');

afterEach(async () => {
	await fake?.close();
	fake = null;
});

it('a Cloud full sync keeps every ticket when one already read is edited mid-sync', async () => {
	const {dana, alex} = users('cloud');
	const specs = Array.from({length: 9}, (_, index) => ({id: index + 1, created: day(1), updated: day(2 + index)}));
	fake = await startFakeJira({deployment: 'cloud', issues: specs.map((spec) => makeIssue('cloud', spec)), users: [dana, alex], statuses, fields, maxResultsCap: 3});
	const server = fake;
	await runSync({store: fresh.store(), provider: providerFor(server, 'cloud', {pageSize: 3}), full: true, now: () => Date.parse(day(20))});
	expect(fresh.store().ticketCount('jira')).toBe(9);

	// The first issue read is edited once its page is in: it is still in Jira, and so is every other.
	const provider = editedAfterFirstPage(providerFor(server, 'cloud', {pageSize: 3}), () => {
		server.issues = server.issues.map((issue, index) => (index === 0 ? makeIssue('cloud', {...specs[0]!, summary: 'Edited mid-sync', updated: day(21)}) : issue));
	});
	await runSync({store: fresh.store(), provider, full: true, now: () => Date.parse(day(21))});
	expect(fresh.store().ticketCount('jira')).toBe(9);
});

it('a Cloud sync interrupted before the id order resumes by starting over, not with a token for the old query', async () => {
	const {dana, alex} = users('cloud');
	const specs = Array.from({length: 9}, (_, index) => ({id: index + 1, created: day(1), updated: day(2 + index)}));
	fake = await startFakeJira({deployment: 'cloud', issues: specs.map((spec) => makeIssue('cloud', spec)), users: [dana, alex], statuses, fields, maxResultsCap: 3});
	// What the previous version stored after the first page: a page token of its update-ordered query.
	const oldQuery = '(project = ENG) ORDER BY updated ASC, id ASC';
	const token = Buffer.from(JSON.stringify({o: 3, q: oldQuery})).toString('base64url');
	const resumeCursor = JSON.stringify({v: 2, deployment: 'cloud', since: null, done: 3, asOf: Date.parse(day(20)), next: {token}});
	const keys: string[] = [];
	for await (const page of providerFor(fake, 'cloud', {pageSize: 3}).pull({updatedSince: null, resumeCursor})) keys.push(...page.tickets.map((ticket) => ticket.key));
	expect(new Set(keys).size).toBe(9);
	expect(fake.requests.filter((request) => request.outcome === 400)).toEqual([]);
});

it('an incremental sync on a machine whose clock runs 20 minutes ahead of Jira misses no change', async () => {
	const skew = -20 * 60_000;
	const {dana, alex} = users('cloud');
	const spec = {id: 1, created: day(1), updated: day(2)};
	fake = await startFakeJira({deployment: 'cloud', issues: [makeIssue('cloud', spec)], users: [dana, alex], statuses, fields, clockSkewMs: skew});
	const server = fake;
	const started = Date.now();
	await runSync({store: fresh.store(), provider: providerFor(server, 'cloud'), full: true, now: () => started});

	// Five minutes after that sync started, on Jira's clock: fifteen minutes before it, on ours.
	server.issues = [makeIssue('cloud', {...spec, summary: 'Changed after the sync started', updated: new Date(started + skew + 5 * 60_000).toISOString()})];
	await runSync({store: fresh.store(), provider: providerFor(server, 'cloud'), full: false, now: () => started + 3_600_000});
	expect(fresh.store().loadTickets('jira')[0]?.title).toBe('Changed after the sync started');
});

it('a Cloud sync resumed with a page token Jira no longer honours starts its search over instead of failing for ever', async () => {
	const {dana, alex} = users('cloud');
	const specs = Array.from({length: 6}, (_, index) => ({id: index + 1, created: day(1), updated: day(2 + index)}));
	fake = await startFakeJira({deployment: 'cloud', issues: specs.map((spec) => makeIssue('cloud', spec)), users: [dana, alex], statuses, fields, maxResultsCap: 2});
	// Stopped after its first page (a rate limit, a closed laptop) and resumed later: the token has expired.
	const resumeCursor = JSON.stringify({v: 3, deployment: 'cloud', since: null, done: 2, asOf: Date.parse(day(20)), next: {token: 'expired-token'}});
	const keys: string[] = [];
	for await (const page of providerFor(fake, 'cloud', {pageSize: 2}).pull({updatedSince: null, resumeCursor})) keys.push(...page.tickets.map((ticket) => ticket.key));
	expect(new Set(keys).size).toBe(6);
	const searches = fake.requests.filter((request) => request.path === '/rest/api/3/search/jql');
	expect(searches.map((request) => request.outcome)).toEqual([400, 200, 200, 200]);
});
