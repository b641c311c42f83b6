import {describe, expect, it} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {fields, makeIssue, statuses, users, type Deployment, type SprintSpec} from '../../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {storePerTest} from '../store-per-test.js';
import {agileReads, agileReadsOfSync, agileRequests, providerFor} from './helpers.js';

/**
 * A sprint closed with every issue in it already done: Jira Software completes the sprint and
 * touches none of its issues (nothing to move to the next sprint), so an incremental search
 * never brings it; and a team may close it before its planned end (at its review). The sync
 * names the stored sprints still held as running (started, not completed), and the pull reads
 * just those again (GET /rest/agile/1.0/sprint/{id}).
 */

const hour = 3_600_000;
const day = 24 * hour;
const epoch = Date.parse('2026-03-02T00:00:00Z');
const at = (days: number, hours = 0) => new Date(epoch + days * day + hours * hour).toISOString();
const sprint: SprintSpec = {id: 4, name: 'Sprint 4', state: 'active', start: at(0, 9), end: at(14, 9), boardId: 1};
const otherSprint: SprintSpec = {id: 5, name: 'Sprint 5', state: 'active', start: at(0, 9), end: at(28, 9), boardId: 1};
/** Planned, not started: the store holds it from the board listing, and no sync asks about it before its start. */
const plannedSprint: SprintSpec = {id: 6, name: 'Sprint 6', state: 'future', start: at(28, 9), end: at(42, 9), boardId: 1};

let store: Store;
let fake: FakeJira | null = null;

storePerTest('jira-sprint-close', {use: (opened) => (store = opened), startedServer: () => fake});

async function tenant(deployment: Deployment, options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	const {dana, alex} = users(deployment);
	// Both issues of Sprint 4 were done days before its end; Sprint 5 runs on.
	const done = (id: number, inSprint: SprintSpec) =>
		makeIssue(deployment, {id, created: at(0, 10), updated: at(3), resolved: at(3), status: 'Done', resolution: 'Done', assignee: alex, creator: dana, sprint: inSprint});
	fake = await startFakeJira({
		deployment,
		issues: [done(1, sprint), done(2, sprint), done(3, otherSprint)],
		users: [dana, alex],
		me: dana,
		statuses,
		fields,
		boards: [
			{
				id: 1,
				name: 'ENG board',
				type: 'scrum',
				projectKey: 'ENG',
				sprints: [sprint, otherSprint, plannedSprint].map((spec) => ({id: spec.id, name: spec.name, state: spec.state, startDate: spec.start, endDate: spec.end})),
			},
		],
		...options,
	});
	return fake;
}

const iteration = (id: string) => store.loadIterations('jira').find((candidate) => candidate.id === id);

describe.each(['cloud', 'datacenter'] as const)('Jira %s: a sprint closed without touching its issues', (deployment) => {
	it('closed before its planned end (at Friday\'s review), is completed by the next incremental sync, not restated the week after', async () => {
		const server = await tenant(deployment);
		let now = Date.parse(at(5));
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => now});
		expect(iteration('4')).toMatchObject({completedAt: null, endsAt: Date.parse(at(14, 9))});

		// Planned to end Monday (day 14) 09:00, closed at Friday's (day 11) review; its issues are not touched.
		server.closeSprint(4, at(11, 15));
		now = Date.parse(at(11, 16));
		const before = server.requests.length;
		const result = await runSync({store, provider: providerFor(server, deployment), full: false, now: () => now});
		expect(result.tickets).toBe(0);
		expect(iteration('4')).toMatchObject({completedAt: Date.parse(at(11, 15)), endsAt: Date.parse(at(14, 9)), team: 'ENG', name: 'Sprint 4'});
		expect(iteration('5')).toMatchObject({completedAt: null});
		expect(iteration('6')).toMatchObject({completedAt: null});
		// One read per sprint the store holds as running; none for the planned one.
		expect(agileReads(server, before)).toEqual(['GET /rest/agile/1.0/sprint/4', 'GET /rest/agile/1.0/sprint/5']);

		// Completed now: the next sync reads only the one still running.
		now += hour;
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/5']);
		expect(iteration('4')).toMatchObject({completedAt: Date.parse(at(11, 15))});
	}, 60_000);

	it('is completed by the next incremental sync after its end, at the cost of one request per running sprint', async () => {
		const server = await tenant(deployment);
		let now = Date.parse(at(5));
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => now});
		expect(iteration('4')).toMatchObject({completedAt: null, team: 'ENG'});

		// Open, within its dates: the quiet sync costs what it always did plus one read per running sprint
		// (and, five days after the full sync's sweep, the daily listing of the scope's ids: two id-only searches).
		now = Date.parse(at(10));
		let before = server.requests.length;
		await runSync({store, provider: providerFor(server, deployment), full: false, now: () => now});
		expect(agileReads(server, before)).toEqual(['GET /rest/agile/1.0/sprint/4', 'GET /rest/agile/1.0/sprint/5']);
		expect(iteration('4')).toMatchObject({completedAt: null});
		const idOnly = (request: FakeJira['requests'][number]) => JSON.stringify((request.body as {fields?: unknown} | undefined)?.fields) === '["id"]';
		const others = server.requests.slice(before).filter((request) => !request.path.startsWith('/rest/agile/'));
		expect(others.filter((request) => !idOnly(request))).toHaveLength(3);
		expect(others.filter(idOnly)).toHaveLength(2);

		// Closed an hour after its end; its issues are not touched.
		server.closeSprint(4, at(14, 10));
		now = Date.parse(at(15));
		before = server.requests.length;
		const result = await runSync({store, provider: providerFor(server, deployment), full: false, now: () => now});
		expect(result.tickets).toBe(0);
		expect(iteration('4')).toMatchObject({completedAt: Date.parse(at(14, 10)), team: 'ENG', name: 'Sprint 4'});
		expect(iteration('5')).toMatchObject({completedAt: null});
		expect(agileReads(server, before)).toEqual(['GET /rest/agile/1.0/sprint/4', 'GET /rest/agile/1.0/sprint/5']);

		// Completed now: the next quiet sync asks nothing about it.
		now += hour;
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/5']);
	}, 60_000);

	it('a sprint still open past its end is asked about and stays running; one deleted leaves the store', async () => {
		const server = await tenant(deployment);
		let now = Date.parse(at(5));
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => now});

		now = Date.parse(at(15));
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/4', 'GET /rest/agile/1.0/sprint/5']);
		expect(iteration('4')).toMatchObject({completedAt: null});

		server.deleteSprint(4);
		now += hour;
		const before = server.requests.length;
		await runSync({store, provider: providerFor(server, deployment), full: false, now: () => now});
		expect(agileRequests(server, before).map((request) => `${request.path} ${String(request.outcome)}`).sort()).toEqual(['/rest/agile/1.0/sprint/4 404', '/rest/agile/1.0/sprint/5 200']);
		expect(iteration('4')).toBeUndefined();
		expect(iteration('5')).toMatchObject({completedAt: null});

		now += hour;
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/5']);
	}, 60_000);

	it('a sync cut short while reading the sprint again resumes there and completes it', async () => {
		const server = await tenant(deployment);
		let now = Date.parse(at(5));
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => now});

		server.closeSprint(4, at(14, 10));
		server.fail({kind: 'server', path: /^\/rest\/agile\/1\.0\/sprint\/4$/, times: 4});
		now = Date.parse(at(15));
		await expect(runSync({store, provider: providerFor(server, deployment), full: false, now: () => now})).rejects.toThrow();
		expect(iteration('4')).toMatchObject({completedAt: null});
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'running'});

		const resumed = await runSync({store, provider: providerFor(server, deployment), full: false, now: () => now + hour});
		expect(resumed).toMatchObject({resumed: true, full: false});
		expect(iteration('4')).toMatchObject({completedAt: Date.parse(at(14, 10))});
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'idle', cursor: null});
	}, 60_000);

	it.each([
		['403 (no Jira Software licence)', {kind: 'server', status: 403} as const],
		['401 (a scoped token without the agile scopes)', {kind: 'scope'} as const],
	])('the agile API refusing with %s leaves the sprint as the issues say, and the sync succeeds', async (_label, fault) => {
		const server = await tenant(deployment);
		let now = Date.parse(at(5));
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => now});

		server.closeSprint(4, at(14, 10));
		server.fail({...fault, path: /^\/rest\/agile\//, times: 10});
		now = Date.parse(at(15));
		const result = await runSync({store, provider: providerFor(server, deployment), full: false, now: () => now});
		expect(result).toMatchObject({full: false, tickets: 0});
		expect(iteration('4')).toMatchObject({completedAt: null});
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'idle', cursor: null});
	}, 60_000);

	it('the fake lists a board\'s sprints as the agile API documents: paged to `isLast`, filtered by state (future, active, closed)', async () => {
		const server = await tenant(deployment);
		server.closeSprint(4, at(11, 15));
		const authorization = deployment === 'cloud' ? `Basic ${Buffer.from(`${fakeCredentials.email}:${fakeCredentials.apiToken}`).toString('base64')}` : `Bearer ${fakeCredentials.pat}`;
		const list = async (query: string) => {
			const response = await fetch(`${server.url}/rest/agile/1.0/board/1/sprint?${query}`, {headers: {authorization}});
			const body = (await response.json()) as {isLast?: boolean; startAt?: number; values?: Array<{id: number; state: string}>};
			return {status: response.status, isLast: body.isLast, ids: body.values?.map((value) => value.id)};
		};

		expect(await list('state=active')).toEqual({status: 200, isLast: true, ids: [5]});
		expect(await list('state=closed')).toEqual({status: 200, isLast: true, ids: [4]});
		expect(await list('state=future,active')).toEqual({status: 200, isLast: true, ids: [5, 6]});
		expect(await list('startAt=0&maxResults=2')).toEqual({status: 200, isLast: false, ids: [4, 5]});
		expect(await list('startAt=2&maxResults=2')).toEqual({status: 200, isLast: true, ids: [6]});
		expect((await list('state=open')).status).toBe(400);
		expect((await list('startAt=-1')).status).toBe(400);
	});
});
