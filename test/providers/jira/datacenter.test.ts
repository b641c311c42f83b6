import {afterEach, describe, expect, it} from 'vitest';
import {change, item, makeIssue, fields, statuses, users, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import {collect, providerFor, tickets} from './helpers.js';

const {dana, alex, sam} = users('datacenter');
let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

async function start(specs: readonly IssueSpec[], options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	fake = await startFakeJira({deployment: 'datacenter', issues: specs.map((spec) => makeIssue('datacenter', spec)), users: [dana, alex, sam], me: dana, statuses, fields, ...options});
	return fake;
}

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
const many = (count: number): IssueSpec[] => Array.from({length: count}, (_, index) => ({id: index + 1, created: day(1), updated: new Date(Date.UTC(2026, 2, 2) + index * 1000).toISOString()}));

describe('Jira Data Center provider', () => {
	it('pages POST /rest/api/2/search by startAt with the server page size, in order, with bearer auth', async () => {
		const server = await start(many(230), {maxResultsCap: 50});
		const pages = await collect(providerFor(server, 'datacenter', {pageSize: 100}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => Number(ticket.id))).toEqual(Array.from({length: 230}, (_, index) => index + 1));
		const searches = server.requests.filter((request) => request.path === '/rest/api/2/search');
		expect(searches.every((request) => request.method === 'POST' && request.authorization === 'Bearer dc-pat-s3cr3t')).toBe(true);
		expect(searches.map((request) => (request.body as {startAt: number}).startAt).sort((a, b) => a - b)).toEqual([0, 50, 100, 150, 200]);
		expect((searches[0]?.body as {expand: string[]}).expand).toEqual(['changelog']);
		expect(pages.map((page) => page.progress)).toContainEqual({done: 230, total: 230});
		// The first page alone, then never more than the bound at once.
		expect(server.maxInFlight).toBeLessThanOrEqual(4);
	});

	it('fetches the remaining pages four at a time once the total is known, and hands them out in order', async () => {
		const server = await start(many(10_000), {maxResultsCap: 50, latencyMs: 50});
		const pages = await collect(providerFor(server, 'datacenter', {pageSize: 50, concurrency: 4}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => Number(ticket.id))).toEqual(Array.from({length: 10_000}, (_, index) => index + 1));
		const searches = server.requests.filter((request) => request.path === '/rest/api/2/search');
		expect(searches).toHaveLength(200);
		// The bound holds, and it is used: while latency is waited out, other pages are already on their way.
		// (Wall-clock figures are a benchmark's job on a quiet machine, not a test's.)
		expect(server.maxInFlight).toBe(4);
		const overlapped = searches.slice(1).filter((request) => request.inFlightAtArrival >= 2).length;
		// Sequential paging would overlap none; the margin leaves room for a busy machine.
		expect(overlapped / (searches.length - 1)).toBeGreaterThan(0.5);
		// The first page goes alone: only its answer tells the total and the server's page size.
		expect(searches[0]?.inFlightAtArrival).toBe(1);
		expect(searches[1]?.inFlightAtArrival).toBe(1);
	}, 60_000);

	it.each([1, 4])('a search page that comes short of its maxResults mid-way: the next page starts after the issues sent, none skipped (concurrency %i)', async (concurrency) => {
		// Pages of 50; the one at 50 sends 30 (as Jira may where many fields are asked for), the one after it 45.
		const server = await start(many(230), {maxResultsCap: 50, shortSearchPages: [{startAt: 50, served: 30}, {startAt: 80, served: 45}]});
		const pages = await collect(providerFor(server, 'datacenter', {pageSize: 50, concurrency}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => Number(ticket.id))).toEqual(Array.from({length: 230}, (_, index) => index + 1));
		const answered = server.requests.filter((request) => request.path === '/rest/api/2/search' && request.outcome === 200);
		expect(answered.map((request) => (request.body as {startAt: number}).startAt)).toEqual(expect.arrayContaining([0, 50, 80, 125, 175, 225]));
		// Each page's cursor resumes after the issues it held.
		expect(pages.at(-1)?.cursor).toBeNull();
		expect(pages.map((page) => page.progress.done).at(-1)).toBe(230);
	});

	it('detects Data Center from serverInfo and maps users by key', async () => {
		const server = await start([
			{
				id: 1,
				status: 'Done',
				resolution: 'Fixed',
				resolved: day(8),
				created: day(1),
				assignee: alex,
				creator: dana,
				sprint: {id: 3, name: 'Sprint, the third', state: 'closed', start: day(1), end: day(14), boardId: 1},
				histories: [change(dana, day(2), item.assignee(null, alex, 'datacenter')), change(alex, day(3), item.status('To Do', 'In Progress')), change(alex, day(8), item.status('In Progress', 'Done'), item.resolution('Fixed'))],
			},
		]);
		const provider = providerFor(server, 'auto', {email: null, apiToken: null, pat: 'dc-pat-s3cr3t'});
		const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
		const [ticket] = tickets(pages);
		expect(server.requests[0]?.path).toBe('/rest/api/2/serverInfo');
		expect(ticket).toMatchObject({assigneeId: alex.key, creatorId: dana.key, completedAt: Date.parse(day(8)), startedAt: Date.parse(day(3)), iterationId: '3'});
		expect(ticket?.history[0]).toEqual({at: Date.parse(day(2)), field: 'assignee', from: null, to: alex.key, actorId: dana.key});
		expect(pages.flatMap((page) => page.iterations)).toContainEqual({id: '3', name: 'Sprint, the third', team: 'ENG', startsAt: Date.parse(day(1)), endsAt: Date.parse(day(14)), completedAt: null});
		await expect(provider.whoAmI()).resolves.toMatchObject({id: dana.key, name: 'Dana Director'});
		expect((await provider.listPeople()).map((person) => person.id)).toEqual([dana.key, alex.key, sam.key]);
	});

	it('lets a roster name a Data Center user by its username as well as its key (metrics.md Readings: the id is the Data Center name/key)', async () => {
		const server = await start([{id: 1, created: day(1), assignee: alex, creator: dana}]);
		const provider = providerFor(server, 'datacenter', {email: null, apiToken: null, pat: 'dc-pat-s3cr3t'});
		const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
		const people = [...(await provider.listPeople()), ...pages.flatMap((page) => page.people)];
		const roster = resolveRoster({director: 'dana', reports: [{name: 'Alex Kim', id: 'ALEX', team: [sam.key ?? '']}]}, people);
		expect([...roster.directorIds]).toEqual([dana.key]);
		expect([...(roster.reports[0]?.groupIds ?? [])]).toEqual([alex.key, sam.key]);
	});

	it('completes a truncated changelog from the issue itself where the paged endpoint is missing', async () => {
		const histories = Array.from({length: 5}, (_, index) => change(alex, day(2 + index), item.duedate(null, `2026-04-0${index + 1}`)));
		const server = await start([{id: 1, created: day(1), histories}], {embeddedChangelogLimit: 2, changelogEndpoint: false});
		const pages = await collect(providerFor(server, 'datacenter').pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages)[0]?.history).toHaveLength(5);
		expect(server.requests.map((request) => request.path)).toEqual(expect.arrayContaining(['/rest/api/2/issue/1/changelog', '/rest/api/2/issue/1']));
	});

	it('resumes a Data Center pull from its startAt cursor', async () => {
		const server = await start(many(120), {maxResultsCap: 50});
		const provider = providerFor(server, 'datacenter', {pageSize: 50});
		const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
		const resumed = await collect(provider.pull({updatedSince: null, resumeCursor: pages[1]?.cursor ?? null}));
		expect(tickets(resumed).map((ticket) => Number(ticket.id))).toEqual(Array.from({length: 20}, (_, index) => 101 + index));
	});
});
