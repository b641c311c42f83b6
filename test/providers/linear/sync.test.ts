import {describe, expect, test} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {buildBulkOrg, datasetEpoch, iso} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor} from './helpers.js';

const hour = 3_600_000;
let store: Store;
let server: FakeLinearServer;

storePerTest('linear-sync', {use: (opened) => (store = opened), startedServer: () => server});

describe('runSync from Linear into the store', () => {
	test('a full sync stores every issue; an incremental sync with no changes costs two requests', async () => {
		const {builder} = buildBulkOrg(230);
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server);
		let now = datasetEpoch + hour;

		const full = await runSync({store, provider, full: false, now: () => now});
		expect(full).toMatchObject({provider: 'linear', tickets: 230, pages: 6, full: true});
		expect(store.loadTickets('linear')).toHaveLength(230);
		expect(store.loadPeople('linear')).toHaveLength(4);
		expect(store.loadIterations('linear')).toHaveLength(2);

		now += hour;
		const before = server.requestCount;
		const quiet = await runSync({store, provider, full: false, now: () => now});
		expect(quiet).toMatchObject({tickets: 0, full: false});
		expect(server.requestCount - before).toBeLessThanOrEqual(2);

		// A change made since is picked up by the next incremental sync, and only it.
		now += hour;
		const issue = builder.dataset.issues[17]!;
		issue.title = 'Renamed after the last sync';
		issue.updatedAt = iso(now - 30 * 60_000);
		const changed = await runSync({store, provider, full: false, now: () => now});
		expect(changed).toMatchObject({tickets: 1, full: false});
		expect(store.loadTickets('linear').find((ticket) => ticket.id === issue.id)?.title).toBe('Renamed after the last sync');
		expect(store.loadTickets('linear')).toHaveLength(230);
	}, 60_000);
});

describe('the configured teams change between two syncs', () => {
	test('the next sync is a full one: a team added brings its issues not updated since, a team dropped takes its tickets away', async () => {
		const {builder} = buildBulkOrg(60);
		server = await startFakeLinear({dataset: builder.dataset});
		let now = datasetEpoch + hour;
		const teamsOf = () => new Set(store.loadTickets('linear').map((ticket) => ticket.team));

		expect(await runSync({store, provider: providerFor(server, {teams: ['ENG']}), full: false, now: () => now})).toMatchObject({full: true, tickets: 30});
		now += hour;
		expect(await runSync({store, provider: providerFor(server, {teams: ['ENG']}), full: false, now: () => now})).toMatchObject({full: false, tickets: 0});

		now += hour;
		expect(await runSync({store, provider: providerFor(server, {teams: ['ENG', 'PLAT']}), full: false, now: () => now})).toMatchObject({full: true, tickets: 60});
		expect(teamsOf()).toEqual(new Set(['ENG', 'PLAT']));

		now += hour;
		expect(await runSync({store, provider: providerFor(server, {teams: ['PLAT']}), full: false, now: () => now})).toMatchObject({full: true, tickets: 30});
		expect(teamsOf()).toEqual(new Set(['PLAT']));
		expect(store.loadTickets('linear')).toHaveLength(30);
	}, 60_000);
});
