import {describe, expect, it} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {change, item, makeIssue, fields, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor} from './helpers.js';

const hour = 3_600_000;
const {dana, alex} = users('datacenter');
let store: Store;
let fake: FakeJira | null = null;

storePerTest('jira-sync', {use: (opened) => (store = opened), startedServer: () => fake});

describe('runSync from Jira Data Center into the store', () => {
	it('stores a full sync; an incremental sync with no changes costs three requests (fields, profile zone, search); a change is picked up', async () => {
		const epoch = Date.parse('2026-03-02T00:00:00Z');
		const issues = Array.from({length: 120}, (_, index) =>
			makeIssue('datacenter', {
				id: index + 1,
				created: new Date(epoch).toISOString(),
				updated: new Date(epoch + index * 60_000).toISOString(),
				assignee: alex,
				creator: dana,
				status: index % 3 === 0 ? 'Done' : 'In Progress',
				resolution: index % 3 === 0 ? 'Done' : null,
				resolved: index % 3 === 0 ? new Date(epoch + index * 60_000).toISOString() : undefined,
				// Closed: a sprint still running, or a team's next planned one, costs each sync a read (sprint-close, sprint-start tests).
				sprint: {id: 4, name: 'Sprint 4', state: 'closed', start: '2026-02-16T09:00:00Z', end: '2026-03-02T09:00:00Z', complete: '2026-03-02T03:00:00Z', boardId: 1},
				histories: [change(dana, new Date(epoch + 1000).toISOString(), item.assignee(dana, alex, 'datacenter'))],
			}),
		);
		fake = await startFakeJira({deployment: 'datacenter', issues, users: [dana, alex], statuses, fields, maxResultsCap: 50});
		let now = epoch + 4 * hour;

		const full = await runSync({store, provider: providerFor(fake, 'datacenter'), full: false, now: () => now});
		expect(full).toMatchObject({provider: 'jira', tickets: 120, full: true});
		expect(store.loadTickets('jira')).toHaveLength(120);
		expect(store.loadPeople('jira').map((person) => person.id).sort()).toEqual([alex.key, dana.key].sort());
		expect(store.loadIterations('jira')).toEqual([expect.objectContaining({id: '4', name: 'Sprint 4'})]);
		expect(store.loadTickets('jira').find((ticket) => ticket.key === 'ENG-1')?.history).toHaveLength(1);

		// A new process: a fresh provider looks up the custom fields and the profile's time zone (JQL dates are read in it), then searches once.
		// (With deployment "auto" a third request asks serverInfo.)
		now += hour;
		const before = fake.requests.length;
		const quiet = await runSync({store, provider: providerFor(fake, 'datacenter'), full: false, now: () => now});
		expect(quiet).toMatchObject({tickets: 0, full: false});
		const quietRequests = fake.requests.slice(before);
		// The two lookups go out together; the search follows them.
		expect(quietRequests.map((request) => request.path).slice(0, 2).sort()).toEqual(['/rest/api/2/field', '/rest/api/2/myself']);
		expect(quietRequests.map((request) => request.path).slice(2)).toEqual(['/rest/api/2/search']);
		expect((quietRequests[2]?.body as {jql: string}).jql).toBe('(project = ENG) AND updated >= "2026/03/02 03:50" ORDER BY id ASC');

		now += hour;
		const renamed = makeIssue('datacenter', {id: 18, summary: 'Renamed after the last sync', created: new Date(epoch).toISOString(), updated: new Date(now - 30 * 60_000).toISOString()});
		fake.issues = fake.issues.map((issue) => (issue.id === '18' ? renamed : issue));
		const changed = await runSync({store, provider: providerFor(fake, 'datacenter'), full: false, now: () => now});
		expect(changed).toMatchObject({tickets: 1, full: false});
		expect(store.loadTickets('jira').find((ticket) => ticket.id === '18')?.title).toBe('Renamed after the last sync');
		expect(store.loadTickets('jira')).toHaveLength(120);
	}, 60_000);

	it('reads every stored ticket again, once, when the tickets were synced by an older reading (custom priorities it could not read)', async () => {
		const epoch = Date.parse('2026-03-02T00:00:00Z');
		const issues = Array.from({length: 3}, (_, index) =>
			makeIssue('datacenter', {id: index + 1, priority: 'Blocker - P1', created: new Date(epoch).toISOString(), updated: new Date(epoch + index * 60_000).toISOString(), assignee: alex, creator: dana}),
		);
		fake = await startFakeJira({deployment: 'datacenter', issues, users: [dana, alex], statuses, fields});
		let now = epoch + 4 * hour;
		expect(await runSync({store, provider: providerFor(fake, 'datacenter'), full: false, now: () => now})).toMatchObject({tickets: 3, full: true});
		expect(store.loadTickets('jira').map((ticket) => ticket.priority)).toEqual(['urgent', 'urgent', 'urgent']);

		// The store as the version before left it: its tickets read by reading 0, which had no custom priorities.
		store.setMeta('sync-reading:jira', '0');
		now += hour;
		expect(await runSync({store, provider: providerFor(fake, 'datacenter'), full: false, now: () => now})).toMatchObject({tickets: 3, full: true});
		now += hour;
		expect(await runSync({store, provider: providerFor(fake, 'datacenter'), full: false, now: () => now})).toMatchObject({tickets: 0, full: false});
	}, 60_000);
});
