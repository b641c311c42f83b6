/**
 * Issue 13: Jira as real tenants are. Each test drives the real jira-client over HTTP
 * against the fake, made to refuse, cap, translate and hide what real Jira does.
 */
import {describe, expect, it} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {change, fields, item, makeIssue, statuses, users, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {storePerTest} from '../store-per-test.js';
import {collect, providerFor, tickets} from './helpers.js';

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
const hour = 3_600_000;
let fake: FakeJira | null = null;
let store: Store;

storePerTest('jira-real', {use: (opened) => (store = opened), startedServer: () => fake});

async function start(deployment: 'cloud' | 'datacenter', specs: readonly IssueSpec[], options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	const {dana, alex} = users(deployment);
	fake = await startFakeJira({deployment, issues: specs.map((spec) => makeIssue(deployment, spec)), users: [dana, alex], statuses, fields, ...options});
	return fake;
}

const byKey = <T extends {key: string}>(list: readonly T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));

describe('1. Cloud refuses unbounded JQL', () => {
	it('an empty scope syncs the same tickets as an explicit project scope, old untouched open ones included', async () => {
		const server = await start('cloud', [
			{id: 1, created: '2019-01-07T10:00:00Z', status: 'To Do'},
			{id: 2, created: day(1), updated: day(3), status: 'In Progress'},
			{id: 3, created: day(2), status: 'Done', resolution: 'Done', resolved: day(4)},
		]);
		const empty = tickets(await collect(providerFor(server, 'cloud', {jql: null}).pull({updatedSince: null, resumeCursor: null})));
		const scoped = tickets(await collect(providerFor(server, 'cloud', {jql: 'project = ENG'}).pull({updatedSince: null, resumeCursor: null})));
		expect(byKey(empty)).toEqual(byKey(scoped));
		expect(empty.map((ticket) => ticket.key).sort()).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
		const searches = server.requests.filter((request) => request.path === '/rest/api/3/search/jql');
		expect(searches.every((request) => request.outcome === 200)).toBe(true);
	});

	it('an empty-scope pull resumed from its cursor keeps its query, so the page token still holds', async () => {
		const server = await start('cloud', Array.from({length: 5}, (_, index) => ({id: index + 1, created: day(1)})), {maxResultsCap: 2});
		let clock = Date.parse(day(10));
		const provider = () => providerFor(server, 'cloud', {jql: null, now: () => clock});
		const [first] = await collect(provider().pull({updatedSince: null, resumeCursor: null}));
		clock += 3 * 24 * hour;
		const rest = await collect(provider().pull({updatedSince: null, resumeCursor: first?.cursor ?? null}));
		expect([...(first?.tickets ?? []), ...tickets(rest)].map((ticket) => ticket.key).sort()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);
	});

	it('the fake refuses an ORDER BY-only query as Cloud does', async () => {
		const server = await start('cloud', [{id: 1, created: day(1)}]);
		const response = await fetch(`${server.url}/rest/api/3/search/jql`, {
			method: 'POST',
			headers: {'content-type': 'application/json', authorization: `Basic ${Buffer.from('dana@acme.example:cloud-token-s3cr3t').toString('base64')}`},
			body: JSON.stringify({jql: 'ORDER BY updated ASC', fields: ['summary']}),
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']});
	});
});

describe('2. Data Center caps the search window at 10,000', () => {
	const many = (count: number): IssueSpec[] => Array.from({length: count}, (_, index) => ({id: 10_001 + index, created: day(1), updated: new Date(Date.parse(day(1)) + (index % 977) * 60_000).toISOString()}));

	it('a full sync of 12,000 issues reaches every one, never asking past the window', async () => {
		const server = await start('datacenter', many(12_000), {maxResultsCap: 1000});
		const result = await runSync({store, provider: providerFor(server, 'datacenter', {pageSize: 1000}), full: true, now: () => Date.parse(day(20))});
		expect(result.tickets).toBe(12_000);
		expect(store.ticketCount('jira')).toBe(12_000);
		const searches = server.requests.filter((request) => request.path === '/rest/api/2/search');
		expect(searches.every((request) => request.outcome === 200)).toBe(true);
		for (const request of searches) {
			const body = request.body as {startAt: number; maxResults: number};
			expect(body.startAt + body.maxResults).toBeLessThanOrEqual(10_000);
		}
	}, 60_000);

	it('a full sync interrupted at any page deletes no ticket, and the next sync finishes it', async () => {
		const server = await start('datacenter', many(600), {maxResultsCap: 100, resultWindow: 250});
		const provider = () => providerFor(server, 'datacenter', {pageSize: 100, concurrency: 1, resultWindow: 250, retry: {attempts: 1, baseDelayMs: 1, maxDelayMs: 1}});
		await runSync({store, provider: provider(), full: true, now: () => Date.parse(day(20))});
		expect(store.ticketCount('jira')).toBe(600);
		const searchesPerSync = server.requests.filter((request) => request.path === '/rest/api/2/search').length;
		for (let page = 0; page < searchesPerSync; page++) {
			server.fail({kind: 'server', path: /\/search$/, after: page, times: 1});
			await expect(runSync({store, provider: provider(), full: true, now: () => Date.parse(day(20))})).rejects.toThrow();
			expect(store.ticketCount('jira'), `interrupted at search ${page}`).toBe(600);
			await runSync({store, provider: provider(), full: false, now: () => Date.parse(day(20))});
			expect(store.ticketCount('jira')).toBe(600);
		}
	}, 60_000);

	it('an issue leaving the results mid-pull makes no other issue skipped', async () => {
		const server = await start('datacenter', many(250), {maxResultsCap: 50});
		const seen: string[] = [];
		for await (const page of providerFor(server, 'datacenter', {pageSize: 50, concurrency: 1}).pull({updatedSince: null, resumeCursor: null})) {
			// After the first page, an issue already handed out leaves: every later offset shifts by one.
			if (seen.length === 0) server.issues = server.issues.filter((issue) => issue.id !== '10003');
			seen.push(...page.tickets.map((ticket) => ticket.id));
		}

		const expected = many(250).map((spec) => String(spec.id));
		expect(new Set(seen)).toEqual(new Set(expected));
	});

	it('an issue deleted in Jira is swept only by a full sync that reached the end', async () => {
		const server = await start('datacenter', many(300), {maxResultsCap: 100, resultWindow: 250});
		await runSync({store, provider: providerFor(server, 'datacenter', {pageSize: 100, resultWindow: 250}), full: true, now: () => Date.parse(day(20))});
		server.issues = server.issues.filter((issue) => issue.id !== '10005');
		await runSync({store, provider: providerFor(server, 'datacenter', {pageSize: 100, resultWindow: 250}), full: true, now: () => Date.parse(day(21))});
		expect(store.ticketCount('jira')).toBe(299);
	});
});

describe('3. JQL dates in the profile time zone', () => {
	it('a profile in America/Los_Angeles with the config in Europe/Berlin misses no change on an incremental sync', async () => {
		const synced = Date.parse('2026-03-10T12:00:00Z');
		const server = await start('cloud', [{id: 1, created: day(1), updated: day(2)}], {timezone: 'America/Los_Angeles'});
		const provider = () => providerFor(server, 'cloud', {timezone: 'Europe/Berlin'});
		await runSync({store, provider: provider(), full: true, now: () => synced});
		const changed = makeIssue('cloud', {id: 1, summary: 'Changed after the sync', created: day(1), updated: new Date(synced + 20 * 60_000).toISOString()});
		server.issues = [changed, makeIssue('cloud', {id: 2, created: new Date(synced + 30 * 60_000).toISOString()})];
		const result = await runSync({store, provider: provider(), full: false, now: () => synced + hour});
		expect(result.tickets).toBe(2);
		expect(store.findTicketByKey('jira', 'ENG-1')?.title).toBe('Changed after the sync');
		const last = server.requests.filter((request) => request.path === '/rest/api/3/search/jql').at(-1);
		// 11:50 UTC (the sync's start less its overlap) is 04:50 in Los Angeles.
		expect((last?.body as {jql: string}).jql).toContain('updated >= "2026/03/10 04:50"');
	});

	it('an incremental sync whose bound falls in the hour a profile\'s clock goes back (Europe/Berlin, 25 Oct) misses no change', async () => {
		// 00:50 UTC is 02:50 CEST; at 01:00 UTC Berlin's clocks go back to 02:00, so "02:40" names both 00:40 and 01:40 UTC.
		// The docs do not say which one Jira reads (the fake reads the later, standard-time one): the bound must hold for either.
		const synced = Date.parse('2026-10-25T00:50:00Z');
		const server = await start('cloud', [{id: 1, created: day(1), updated: day(2)}], {timezone: 'Europe/Berlin'});
		const provider = () => providerFor(server, 'cloud', {timezone: 'Europe/Berlin'});
		await runSync({store, provider: provider(), full: true, now: () => synced});
		// Changed at 00:55 UTC (02:55 CEST), after the sync started and before the clocks went back.
		server.issues = [makeIssue('cloud', {id: 1, summary: 'Changed before the clocks went back', created: day(1), updated: '2026-10-25T00:55:00Z'})];
		await runSync({store, provider: provider(), full: false, now: () => synced + 2 * hour});
		expect(store.findTicketByKey('jira', 'ENG-1')?.title).toBe('Changed before the clocks went back');
		const last = server.requests.filter((request) => request.path === '/rest/api/3/search/jql').at(-1);
		// 00:40 UTC (the sync's start less its overlap) read as standard time would be 01:40 UTC: an hour earlier on the wall is written instead.
		expect((last?.body as {jql: string}).jql).toContain('updated >= "2026/10/25 01:40"');
	});
});

describe('3b. A profile zone named as only Java names it', () => {
	// Synced at 12:00 UTC; the change comes 20 minutes later. The config's zone is far east of the profile's.
	const synced = Date.parse('2026-03-10T12:00:00Z');
	async function changeAfterSync(zone: {timezone: string; profileTimeZoneName: string}) {
		const server = await start('cloud', [{id: 1, created: day(1), updated: day(2)}], zone);
		const provider = () => providerFor(server, 'cloud', {timezone: 'Asia/Tokyo'});
		await runSync({store, provider: provider(), full: true, now: () => synced});
		server.issues = [makeIssue('cloud', {id: 1, summary: 'Changed after the sync', created: day(1), updated: new Date(synced + 20 * 60_000).toISOString()})];
		await runSync({store, provider: provider(), full: false, now: () => synced + hour});
		expect(store.findTicketByKey('jira', 'ENG-1')?.title).toBe('Changed after the sync');
		const last = server.requests.filter((request) => request.path === '/rest/api/3/search/jql').at(-1);
		return (last?.body as {jql: string}).jql;
	}

	it('a JVM\'s custom offset ("GMT-08:00", which ECMAScript refuses) is read as that offset', async () => {
		// 11:50 UTC (the sync's start less its overlap) is 03:50 at UTC−8.
		expect(await changeAfterSync({timezone: '-08:00', profileTimeZoneName: 'GMT-08:00'})).toContain('updated >= "2026/03/10 03:50"');
	});

	it('a zone name this process cannot read: the bound is written at UTC−12, which no zone reads as later than meant', async () => {
		// Jira (Java) reads "Pacific/Nowhere" as Los Angeles, say; 11:50 UTC written at UTC−12 is 23:50 the day before.
		expect(await changeAfterSync({timezone: 'America/Los_Angeles', profileTimeZoneName: 'Pacific/Nowhere'})).toContain('updated >= "2026/03/09 23:50"');
	});
});

describe('4. A German profile gives the same figures', () => {
	it('names come back in English (forced) and the tickets equal the English profile\'s', async () => {
		const {alex} = users('cloud');
		const specs: IssueSpec[] = [
			{id: 1, created: day(1), status: 'Blocked', priority: 'High', type: 'Bug', flagged: true, assignee: alex},
			{id: 2, created: day(1), status: 'Done', resolution: "Won't Do", resolved: day(3), histories: [change(alex, day(3), item.status('In Progress', 'Done'), item.resolution("Won't Do"))]},
			{id: 3, created: day(1), updated: day(5), blockedBy: [{id: 9, key: 'ENG-9', status: 'In Progress'}], histories: [change(alex, day(4), item.blockedBy('ENG-9'))]},
		];
		const english = await start('cloud', specs);
		const englishTickets = tickets(await collect(providerFor(english, 'cloud').pull({updatedSince: null, resumeCursor: null})));
		await english.close();
		const german = await start('cloud', specs, {locale: 'de'});
		const germanTickets = tickets(await collect(providerFor(german, 'cloud').pull({updatedSince: null, resumeCursor: null})));
		expect(germanTickets.map(({url: _url, ...rest}) => rest)).toEqual(englishTickets.map(({url: _url, ...rest}) => rest));
		expect(germanTickets.find((ticket) => ticket.key === 'ENG-2')?.statusCategory).toBe('canceled');
		expect(german.requests.filter((request) => !request.path.startsWith('/rest/agile/')).every((request) => request.outcome === 200)).toBe(true);
	});

	it('the fake translates for a German profile when English is not forced', async () => {
		const server = await start('cloud', [{id: 1, created: day(1), status: 'In Progress'}], {locale: 'de'});
		const response = await fetch(`${server.url}/rest/api/2/status`, {headers: {authorization: `Basic ${Buffer.from('dana@acme.example:cloud-token-s3cr3t').toString('base64')}`}});
		const names = ((await response.json()) as Array<{name: string}>).map((status) => status.name);
		expect(names).toContain('In Arbeit');
	});
});

describe('5. Finished only while the status category is Done', () => {
	it('a resolution left on an open issue finishes nothing; Won\'t Do cancels', async () => {
		const server = await start('datacenter', [
			{id: 1, created: day(1), status: 'In Progress', resolution: 'Done', resolved: day(3)},
			{id: 2, created: day(1), status: 'Done', resolution: 'Done', resolved: day(4)},
			{id: 3, created: day(1), status: 'Done', resolution: "Won't Do", resolved: day(5)},
		]);
		const [open, done, wontDo] = byKey(tickets(await collect(providerFor(server, 'datacenter').pull({updatedSince: null, resumeCursor: null}))));
		expect(open).toMatchObject({statusCategory: 'started', completedAt: null, canceledAt: null});
		expect(done).toMatchObject({statusCategory: 'completed', completedAt: Date.parse(day(4)), canceledAt: null});
		expect(wontDo).toMatchObject({statusCategory: 'canceled', completedAt: null, canceledAt: Date.parse(day(5))});
	});
});

describe('6. People', () => {
	it('init is offered assignees of issues beyond the 100 users Data Center\'s user search returns', async () => {
		const many = Array.from({length: 130}, (_, index) => ({name: `user${index}`, key: `JIRAUSER${10_000 + index}`, displayName: `User ${index}`, active: true}));
		const server = await start('datacenter', [{id: 1, created: day(1), assignee: many[120]}]);
		await server.close();
		fake = await startFakeJira({deployment: 'datacenter', issues: [makeIssue('datacenter', {id: 1, created: day(1), assignee: many[120]})], users: many, statuses, fields});
		const people = await providerFor(fake, 'datacenter').listPeople();
		expect(people.map((person) => person.id)).toContain('JIRAUSER10120');
	});

	it('through the API gateway (scoped tokens: /ex/jira/{cloudId}), requests go to the gateway and ticket links to the site', async () => {
		const server = await start('cloud', [{id: 1, created: day(1)}], {basePath: '/ex/jira/11223344-aaaa-bbbb-cccc-1234567890ab', siteUrl: 'https://acme.atlassian.net'});
		expect(server.url).toMatch(/\/ex\/jira\/11223344-aaaa-bbbb-cccc-1234567890ab$/);
		const provider = providerFor(server, 'auto', {pat: null});
		const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)[0]?.url).toBe('https://acme.atlassian.net/browse/ENG-1');
		// Cloud known from the gateway path: no serverInfo to learn the deployment, one to learn the site.
		expect(server.requests.filter((request) => /^\/rest\/api\/[23]\/serverInfo$/.test(request.path))).toHaveLength(1);
		expect(server.requests.some((request) => request.path === '/rest/api/3/search/jql')).toBe(true);
	});
});
