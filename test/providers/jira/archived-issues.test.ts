import {describe, expect, it} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync, scopeSweepIntervalMs} from '../../../source/sync/run-sync.js';
import {fields, makeIssue, statuses, users, type Deployment} from '../../fakes/jira/fixtures.js';
import {archiveChecksPerSync, ticketsToKeep} from '../../../source/providers/jira/archived.js';
import {createJiraTransport} from '../../../source/providers/jira/transport.js';
import {fakeCredentials, startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor} from './helpers.js';

/**
 * Jira removes an archived issue from search results (Data Center 8.1+, Cloud Premium) but keeps
 * it, readable by a direct GET. A sweep (the daily listing of the scope, a full sync's) must not
 * take it for a departure: past weeks would change though nothing happened to the work. A
 * deleted or moved-out issue still leaves.
 */

const hour = 3_600_000;
const epoch = Date.parse('2026-03-02T00:00:00Z');
const at = (hours: number) => new Date(epoch + hours * hour).toISOString();

let store: Store;
let fake: FakeJira | null = null;

storePerTest('jira-archived', {use: (opened) => (store = opened), startedServer: () => fake});

async function tenant(deployment: Deployment): Promise<FakeJira> {
	const {dana, alex} = users(deployment);
	const issues = [1, 2, 3, 4, 5].map((id) =>
		makeIssue(deployment, {id, created: at(0), updated: at(1), status: id <= 2 ? 'Done' : 'In Progress', resolved: id <= 2 ? at(1) : undefined, assignee: alex, creator: dana}),
	);
	fake = await startFakeJira({deployment, issues, users: [dana, alex], me: dana, statuses, fields, projects: ['ENG', 'OPS'], maxResultsCap: deployment === 'cloud' ? 100 : 1000});
	return fake;
}

const storedKeys = () =>
	store
		.loadTickets('jira')
		.map((ticket) => ticket.key)
		.sort();
const archiveChecks = (jira: FakeJira, from: number) => jira.requests.slice(from).filter((request) => /^\/rest\/api\/[23]\/issue\/\d+$/.test(request.path) && request.query.fields === 'archiveddate');

describe.each(['cloud', 'datacenter'] as const)('archived issues are kept by the sweeps (%s)', (deployment) => {
	it('the daily sweep keeps an archived issue as stored; a deleted and a moved-out one leave; one GET per ticket the listing left out', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const sync = async () => runSync({store, provider: providerFor(jira, deployment), full: false, now: () => now});
		await sync();
		const archived = store.findTicketByKey('jira', 'ENG-1');
		expect(archived?.completedAt).not.toBeNull();

		now += hour;
		jira.archiveIssue('ENG-1', new Date(now - 30 * 60_000).toISOString());
		jira.deleteIssue('ENG-3');
		jira.moveIssue('ENG-4', 'OPS', new Date(now - 30 * 60_000).toISOString());
		now = epoch + 2 * hour + scopeSweepIntervalMs;
		const before = jira.requests.length;
		await sync();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-5']);
		// Left as it was stored: the weeks it counted in read the same.
		expect(store.findTicketByKey('jira', 'ENG-1')).toEqual(archived);
		const checked = archiveChecks(jira, before);
		// By id: the archived (ENG-1), the deleted (ENG-3) and the moved one (ENG-4, now OPS-1).
		expect(archived?.id).toBe('1');
		expect(checked.map((request) => [request.path.split('/').pop(), request.outcome]).sort().reverse()).toEqual([
			['4', 200],
			['3', 404],
			['1', 200],
		]);
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'idle', cursor: null, sweptAt: now});

		// The next day's sweep keeps the archived ticket without asking again.
		now += scopeSweepIntervalMs;
		const nextDay = jira.requests.length;
		await sync();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-5']);
		expect(archiveChecks(jira, nextDay)).toEqual([]);
	}, 60_000);

	it('a store with more archived tickets than one sweep asks about still reaches the deleted ones behind them, a bound a day; none is asked about twice', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		// Two questions a sweep (500 in the product): the two newest are archived, the two oldest deleted.
		const sync = async () => runSync({store, provider: providerFor(jira, deployment, {archiveChecksPerSync: 2}), full: false, now: () => now});
		await sync();
		jira.archiveIssue('ENG-5', at(2));
		jira.archiveIssue('ENG-4', at(2));
		jira.deleteIssue('ENG-1');
		jira.deleteIssue('ENG-2');
		const asked: string[][] = [];
		const sweep = async () => {
			now += scopeSweepIntervalMs;
			const before = jira.requests.length;
			await sync();
			asked.push(archiveChecks(jira, before).map((request) => request.path.split('/').pop() as string).sort());
		};

		await sweep();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);
		await sweep();
		// Asked about the day before and found archived: kept unasked; the next two are asked about.
		expect(storedKeys()).toEqual(['ENG-3', 'ENG-4', 'ENG-5']);
		await sweep();
		expect(asked).toEqual([['4', '5'], ['1', '2'], []]);
	}, 60_000);

	it('a ticket found archived and then restored is asked about again by the sweep after it shows in search; deleted then, it leaves', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const sync = async () => runSync({store, provider: providerFor(jira, deployment), full: false, now: () => now});
		await sync();
		jira.archiveIssue('ENG-3', at(2));
		now += scopeSweepIntervalMs;
		await sync();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);

		// Restored: the next day's listing shows it again (its `updated` unchanged, no incremental search brings it).
		jira.unarchiveIssue('ENG-3');
		now += scopeSweepIntervalMs;
		let before = jira.requests.length;
		await sync();
		expect(archiveChecks(jira, before)).toEqual([]);

		jira.deleteIssue('ENG-3');
		now += scopeSweepIntervalMs;
		before = jira.requests.length;
		await sync();
		expect(archiveChecks(jira, before).map((request) => [request.path.split('/').pop(), request.outcome])).toEqual([['3', 404]]);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-4', 'ENG-5']);
	}, 60_000);

	it('a full sync and the daily sweep agree: what one found archived the other keeps unasked; a full sync that sees it again forgets it', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const sync = async (full: boolean) => runSync({store, provider: providerFor(jira, deployment), full, now: () => now});
		await sync(true);
		jira.archiveIssue('ENG-2', at(2));
		now += hour;
		let before = jira.requests.length;
		await sync(true);
		expect(archiveChecks(jira, before)).toHaveLength(1);

		// Found archived by the full sync: neither the daily sweep nor the next full sync asks again.
		now += scopeSweepIntervalMs;
		before = jira.requests.length;
		await sync(false);
		await sync(true);
		expect(archiveChecks(jira, before)).toEqual([]);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);

		// Restored, seen by a full sync, then deleted: the daily sweep asks and it leaves.
		jira.unarchiveIssue('ENG-2');
		now += hour;
		await sync(true);
		jira.deleteIssue('ENG-2');
		now += scopeSweepIntervalMs;
		before = jira.requests.length;
		await sync(false);
		expect(archiveChecks(jira, before).map((request) => [request.path.split('/').pop(), request.outcome])).toEqual([['2', 404]]);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-3', 'ENG-4', 'ENG-5']);
	}, 60_000);

	it('a full sync keeps an archived issue as stored; a deleted one leaves', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const sync = async (full: boolean) => runSync({store, provider: providerFor(jira, deployment), full, now: () => now});
		await sync(true);
		const archived = store.findTicketByKey('jira', 'ENG-2');

		now += hour;
		jira.archiveIssue('ENG-2', new Date(now - 30 * 60_000).toISOString());
		jira.deleteIssue('ENG-5');
		const before = jira.requests.length;
		await sync(true);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4']);
		expect(store.findTicketByKey('jira', 'ENG-2')).toEqual(archived);
		expect(archiveChecks(jira, before).map((request) => request.outcome).sort()).toEqual([200, 404]);
	}, 60_000);

	it('a sweep whose question about a ticket fails removes nothing; the next sync asks again and sweeps', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const provider = () => providerFor(jira, deployment, {retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 2}});
		await runSync({store, provider: provider(), full: false, now: () => now});
		jira.archiveIssue('ENG-1', at(2));
		jira.deleteIssue('ENG-4');

		now += scopeSweepIntervalMs;
		// Both attempts at both questions (ENG-1, ENG-4) fail.
		jira.fail({kind: 'server', path: /^\/rest\/api\/[23]\/issue\/\d+$/, times: 4});
		await expect(runSync({store, provider: provider(), full: false, now: () => now})).rejects.toThrow();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);

		now += hour;
		await runSync({store, provider: provider(), full: false, now: () => now});
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-5']);
	}, 60_000);

	it('asks about the newest tickets first, at most so many a sync; those past the bound are kept until a later sweep asks', async () => {
		const jira = await tenant(deployment);
		jira.archiveIssue('ENG-2', at(2));
		jira.deleteIssue('ENG-5');
		const auth = deployment === 'cloud' ? ({kind: 'basic', email: fakeCredentials.email, apiToken: fakeCredentials.apiToken} as const) : ({kind: 'bearer', pat: fakeCredentials.pat} as const);
		const transport = createJiraTransport({baseUrl: jira.url, auth, allowInsecureHttp: true, retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 2}});
		const before = jira.requests.length;
		// ENG-1 exists, in the scope's search: asked about, it would leave; past the bound it is not asked about.
		const kept = await ticketsToKeep(transport, deployment, ['1', '2', '5', '4'], 2, undefined, 3);
		expect(kept).toEqual({archived: ['2'], unasked: ['1']});
		expect(archiveChecks(jira, before).map((request) => request.path.split('/').pop()).sort()).toEqual(['2', '4', '5']);
		expect(archiveChecksPerSync).toBe(500);
	}, 60_000);
});
