import {afterEach, describe, expect, it} from 'vitest';
import {change, item, makeIssue, fields, statuses, users, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

const {dana, alex, sam} = users('cloud');
let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

async function start(specs: readonly IssueSpec[], options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	fake = await startFakeJira({deployment: 'cloud', issues: specs.map((spec) => makeIssue('cloud', spec)), users: [dana, alex, sam], me: dana, statuses, fields, ...options});
	return fake;
}

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;

describe('Jira Cloud provider', () => {
	it('pages search/jql by nextPageToken past the server cap, never touching the removed search API', async () => {
		const specs = Array.from({length: 120}, (_, index) => ({id: 10_001 + index, created: day(1), updated: new Date(Date.UTC(2026, 2, 2, 0, index)).toISOString()}));
		const server = await start(specs, {maxResultsCap: 50});
		const pages = await collect(providerFor(server, 'cloud', {pageSize: 100}).pull({updatedSince: null, resumeCursor: null}));
		const keys = tickets(pages).map((ticket) => ticket.key);
		expect(keys).toHaveLength(120);
		expect(new Set(keys).size).toBe(120);
		// Ordered by id ASC, as the JQL asks.
		expect(keys[0]).toBe('ENG-10001');
		expect(keys.at(-1)).toBe('ENG-10120');
		const searches = server.requests.filter((request) => request.path === '/rest/api/3/search/jql');
		expect(searches).toHaveLength(3);
		expect(searches.map((request) => (request.body as {nextPageToken?: string}).nextPageToken === undefined)).toEqual([true, false, false]);
		expect((searches[0]?.body as {fields: string[]; expand: string}).fields).toEqual(expect.arrayContaining(['summary', 'status', 'resolution', 'customfield_10020', 'customfield_10021']));
		expect((searches[0]?.body as {expand: string}).expand).toBe('changelog');
		expect(server.requests.some((request) => /^\/rest\/api\/[23]\/search$/.test(request.path))).toBe(false);
		expect(pages.at(-1)?.cursor).toBeNull();
		expect(pages.slice(0, -1).every((page) => page.cursor !== null)).toBe(true);
	});

	it('detects Cloud from serverInfo and uses basic auth', async () => {
		const server = await start([{id: 1, created: day(1)}]);
		const pages = await collect(providerFor(server, 'auto').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)).toHaveLength(1);
		expect(server.requests[0]?.path).toBe('/rest/api/2/serverInfo');
		const search = server.requests.find((request) => request.path === '/rest/api/3/search/jql');
		expect(search?.authorization?.startsWith('Basic ')).toBe(true);
	});

	it('maps resolution, start, due-date and assignee history, flags, links and sprints', async () => {
		const server = await start([
			{
				id: 1,
				summary: 'Payments outage',
				type: 'Bug',
				priority: 'Highest',
				labels: ['incident'],
				components: ['payments'],
				status: 'Done',
				resolution: 'Done',
				resolved: day(9),
				created: day(1),
				updated: day(9),
				due: '2026-03-08',
				assignee: alex,
				creator: dana,
				points: 3,
				sprint: {id: 7, name: 'ENG Sprint 7', state: 'active', start: day(2), end: day(16), boardId: 1},
				histories: [
					change(dana, day(2), item.assignee(dana, alex, 'cloud')),
					change(alex, day(3), item.status('To Do', 'In Progress')),
					change(alex, day(4), item.duedate('2026-03-05', '2026-03-08')),
					change(alex, day(5), item.status('In Progress', 'Blocked')),
					change(alex, day(6), item.status('Blocked', 'In Progress')),
					change(alex, day(9), item.status('In Progress', 'Done'), item.resolution('Done')),
				],
			},
			{id: 2, status: 'Done', resolution: "Won't Do", resolved: day(4), created: day(1), updated: day(4), histories: [change(dana, day(4), item.status('To Do', 'Done'), item.resolution("Won't Do"))]},
			{id: 3, status: 'In Progress', created: day(1), updated: day(7), flagged: true, blockedBy: [{id: 9, key: 'PLAT-9', status: 'In Progress'}], histories: [change(sam, day(3), item.flagged(true)), change(sam, day(5), item.blockedBy('PLAT-9'))]},
		]);
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		const byKey = new Map(tickets(pages).map((ticket) => [ticket.key, ticket]));
		const [done, canceled, blocked] = [byKey.get('ENG-1'), byKey.get('ENG-2'), byKey.get('ENG-3')];
		expect(done).toMatchObject({
			id: '1',
			key: 'ENG-1',
			title: 'Payments outage',
			type: 'Bug',
			priority: 'urgent',
			labels: ['incident'],
			components: ['payments'],
			project: 'ENG',
			team: 'ENG',
			status: 'Done',
			statusCategory: 'completed',
			startedAt: Date.parse(day(3)),
			completedAt: Date.parse(day(9)),
			canceledAt: null,
			dueDate: '2026-03-08',
			assigneeId: alex.accountId,
			creatorId: dana.accountId,
			iterationId: '7',
			estimate: 3,
			url: `${server.url}/browse/ENG-1`,
		});
		expect(done?.history).toEqual([
			{at: Date.parse(day(2)), field: 'assignee', from: dana.accountId, to: alex.accountId, actorId: dana.accountId},
			{at: Date.parse(day(3)), field: 'status', from: 'unstarted', to: 'started', actorId: alex.accountId},
			{at: Date.parse(day(4)), field: 'dueDate', from: '2026-03-05', to: '2026-03-08', actorId: alex.accountId},
			{at: Date.parse(day(5)), field: 'status', from: 'started', to: 'started', actorId: alex.accountId},
			{at: Date.parse(day(6)), field: 'status', from: 'started', to: 'started', actorId: alex.accountId},
			{at: Date.parse(day(9)), field: 'status', from: 'started', to: 'completed', actorId: alex.accountId},
		]);
		expect(done?.blockedSpells).toEqual([{start: Date.parse(day(5)), end: Date.parse(day(6)), reason: 'status Blocked'}]);
		expect(canceled).toMatchObject({statusCategory: 'canceled', completedAt: null, canceledAt: Date.parse(day(4)), startedAt: null});
		expect(canceled?.history.at(-1)).toMatchObject({field: 'status', to: 'canceled'});
		expect(blocked?.blockedSpells).toEqual([{start: Date.parse(day(3)), end: null, reason: 'flagged, blocked by PLAT-9'}]);
		expect(blocked?.startedAt).toBe(Date.parse(day(1)));
		const iterations = pages.flatMap((page) => page.iterations);
		expect(iterations).toContainEqual({id: '7', name: 'ENG Sprint 7', team: 'ENG', startsAt: Date.parse(day(2)), endsAt: Date.parse(day(16)), completedAt: null});
		const people = pages.flatMap((page) => page.people);
		expect(people).toContainEqual({id: alex.accountId, name: 'Alex Kim', displayName: null, email: 'alex@acme.example', active: true});
	});

	it('completes a truncated changelog with the bulk changelog endpoint, paged to the end, only for the truncated issue', async () => {
		const histories = Array.from({length: 7}, (_, index) => change(alex, day(2 + index), item.duedate(`2026-04-0${index + 1}`, `2026-04-0${index + 2}`)));
		const server = await start(
			[
				{id: 1, created: day(1), updated: day(9), histories},
				{id: 2, created: day(1), updated: day(9), histories: [change(alex, day(2), item.duedate(null, '2026-04-01'))]},
			],
			{embeddedChangelogLimit: 3, changelogPageCap: 2},
		);
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		const [long, short] = tickets(pages);
		expect(long?.history.map((event) => event.to)).toEqual(['2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-07', '2026-04-08']);
		expect(short?.history).toHaveLength(1);
		const changelogCalls = server.requests.filter((request) => request.path.includes('changelog'));
		// One issue was cut short: bulkfetch for it alone, paged by token at the server's cap of 2 histories.
		expect(changelogCalls.map((request) => request.path)).toEqual(Array.from({length: 4}, () => '/rest/api/3/changelog/bulkfetch'));
		expect(changelogCalls.map((request) => (request.body as {issueIdsOrKeys: string[]}).issueIdsOrKeys)).toEqual(Array.from({length: 4}, () => ['1']));
	});

	it("reads the parent's key, for a child of an epic and a sub-task alike, and asks for the field", async () => {
		const server = await start([
			{id: 1, created: day(1), type: 'Epic'},
			{id: 2, created: day(1), parent: {id: 1, key: 'ENG-1', type: 'Epic'}},
			{id: 3, created: day(1), type: 'Sub-task', parent: {id: 2, key: 'ENG-2', type: 'Story'}},
		]);
		const byKey = new Map(tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}))).map((ticket) => [ticket.key, ticket]));
		expect(byKey.get('ENG-1')?.parentKey).toBeUndefined();
		expect(byKey.get('ENG-2')?.parentKey).toBe('ENG-1');
		expect(byKey.get('ENG-3')?.parentKey).toBe('ENG-2');
		const search = server.requests.find((request) => request.path === '/rest/api/3/search/jql');
		expect(JSON.stringify(search?.body)).toContain('"parent"');
	});

	it('sends the configured JQL intact in the POST body, reserved URL characters and all', async () => {
		const server = await start([
			{id: 1, summary: 'R&D + Ops #1 at 100% "done"', created: day(1)},
			{id: 2, summary: 'something else', created: day(1)},
		]);
		const jql = 'project = ENG AND summary ~ "R&D + Ops #1 at 100% \\"done\\""';
		const pages = await collect(providerFor(server, 'cloud', {jql}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => ticket.key)).toEqual(['ENG-1']);
		const search = server.requests.find((request) => request.path === '/rest/api/3/search/jql');
		expect((search?.body as {jql: string}).jql).toBe(`(${jql}) ORDER BY id ASC`);
		expect(search?.query).toEqual({});
	});

	it('asks only for issues updated since the last sync, and resumes from a cursor', async () => {
		const specs = Array.from({length: 6}, (_, index) => ({id: index + 1, created: day(1), updated: day(2 + index)}));
		const server = await start(specs, {maxResultsCap: 2});
		const provider = providerFor(server, 'cloud', {pageSize: 2});
		const since = Date.parse('2026-03-05T09:30:00Z');
		const pages = await collect(provider.pull({updatedSince: since, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => ticket.id)).toEqual(['4', '5', '6']);
		const search = server.requests.find((request) => request.path === '/rest/api/3/search/jql');
		expect((search?.body as {jql: string}).jql).toBe('(project = ENG) AND updated >= "2026/03/05 09:30" ORDER BY id ASC');
		// A sync interrupted after the first page continues with the second.
		const resumed = await collect(provider.pull({updatedSince: since, resumeCursor: pages[0]?.cursor ?? null}));
		expect(tickets(resumed).map((ticket) => ticket.id)).toEqual(['6']);
	});

	it('fetches sprints from the agile API on a full sync and tolerates boards without them', async () => {
		const server = await start([{id: 1, created: day(1)}], {
			boards: [
				{id: 1, name: 'ENG board', type: 'scrum', projectKey: 'ENG', sprints: [{id: 5, name: 'Sprint 5', state: 'closed', startDate: day(1), endDate: day(14)}, {id: 6, name: 'Sprint 6', state: 'future'}]},
				{id: 2, name: 'ENG kanban', type: 'kanban', projectKey: 'ENG', sprints: []},
				{id: 3, name: 'Other', type: 'scrum', projectKey: 'OPS', sprints: [{id: 9, name: 'Ops 9', state: 'closed', startDate: day(1), endDate: day(14)}]},
			],
		});
		const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(pages.flatMap((page) => page.iterations)).toEqual([{id: '5', name: 'Sprint 5', team: 'ENG', startsAt: Date.parse(day(1)), endsAt: Date.parse(day(14)), completedAt: null}]);
		expect(pages.at(-1)?.cursor).toBeNull();
		// Without Jira Software the agile API is a 404: the sync still finishes.
		await fake?.close();
		const plain = await start([{id: 1, created: day(1)}]);
		const plainPages = await collect(providerFor(plain, 'cloud').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(plainPages)).toHaveLength(1);
	});

	it('says who the credentials belong to and lists Atlassian accounts', async () => {
		const server = await start([], {users: [dana, alex, sam, {accountId: 'app-1', accountType: 'app', displayName: 'Automation for Jira', active: true}]});
		const provider = providerFor(server, 'cloud');
		await expect(provider.whoAmI()).resolves.toEqual({id: dana.accountId, name: 'Dana Director', displayName: null, email: 'dana@acme.example', active: true});
		const people = await provider.listPeople();
		// An app account is listed marked, so a roster leaves it out (and its stored copies with it).
		expect(people.filter((person) => person.app !== true).map((person) => person.name)).toEqual(['Dana Director', 'Alex Kim', 'Sam Patel']);
		expect(people.find((person) => person.id === 'app-1')?.app).toBe(true);
	});

	it('offers no app or customer account that created or reported an issue in scope: only Atlassian accounts do tickets', async () => {
		// User objects carry `accountType`: "atlassian" (normal users), "app" (application user: Automation for Jira) or "customer" (a service desk customer).
		const automation = {accountId: '557058:automation', accountType: 'app', displayName: 'Automation for Jira', active: true};
		const customer = {accountId: 'qm:customer-1', accountType: 'customer', displayName: 'Casey Customer', active: true};
		const issue = makeIssue('cloud', {id: 1, created: '2026-03-02T10:00:00Z', creator: automation, assignee: alex});
		const server = await start([], {users: [dana], issues: [{...issue, fields: {...issue.fields, reporter: customer}}]});
		const people = await providerFor(server, 'cloud').listPeople();
		expect(people.filter((person) => person.app !== true).map((person) => person.name).sort()).toEqual(['Alex Kim', 'Dana Director']);
		expect(people.filter((person) => person.app === true).map((person) => person.name).sort()).toEqual(['Automation for Jira', 'Casey Customer']);
	});
});
