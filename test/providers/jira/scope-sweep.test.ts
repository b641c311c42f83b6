import {describe, expect, it} from 'vitest';
import {openStore, type Store} from '../../../source/store/store.js';
import {runSync, scopeSweepIntervalMs} from '../../../source/sync/run-sync.js';
import {fields, makeIssue, statuses, users, type Deployment} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import type {Provider, SyncPage} from '../../../source/providers/provider.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor} from './helpers.js';

/**
 * An issue moved to a project outside `project = ENG`, or deleted, is never brought again by an
 * incremental search (`updated >= …` within the scope): once a day an incremental sync lists the
 * scope's ids and the stored tickets not listed leave the store, their tags and notes kept.
 */

const hour = 3_600_000;
const epoch = Date.parse('2026-03-02T00:00:00Z');
const at = (hours: number) => new Date(epoch + hours * hour).toISOString();

let store: Store;
let fake: FakeJira | null = null;

storePerTest('jira-scope-sweep', {use: (opened) => (store = opened), startedServer: () => fake});

async function tenant(deployment: Deployment, options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	const {dana, alex} = users(deployment);
	const issues = [1, 2, 3, 4, 5].map((id) => makeIssue(deployment, {id, created: at(0), updated: at(1), status: 'In Progress', assignee: alex, creator: dana}));
	fake = await startFakeJira({deployment, issues, users: [dana, alex], me: dana, statuses, fields, projects: ['ENG', 'OPS'], maxResultsCap: deployment === 'cloud' ? 100 : 1000, ...options});
	return fake;
}

const searchPath = (deployment: Deployment) => (deployment === 'cloud' ? '/rest/api/3/search/jql' : '/rest/api/2/search');
const storedKeys = () =>
	store
		.loadTickets('jira')
		.map((ticket) => ticket.key)
		.sort();

describe.each(['cloud', 'datacenter'] as const)('the daily sweep of issues gone from the scope (%s)', (deployment) => {
	it('a moved-out and a deleted issue leave the store on the first incremental sync past the bound, not before; tags and notes stay; the next quiet sync costs three requests', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const sync = async () => runSync({store, provider: providerFor(jira, deployment), full: false, now: () => now});

		await sync();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);
		const movedId = store.findTicketByKey('jira', 'ENG-2')?.id as string;
		const deletedId = store.findTicketByKey('jira', 'ENG-3')?.id as string;
		store.setTag('jira', movedId, 'operational');
		store.setTag('jira', deletedId, 'strategic');
		store.addNote('jira', {kind: 'ticket', ticketId: movedId}, 'moved to OPS, ask why');

		now += hour;
		expect(jira.moveIssue('ENG-2', 'OPS', new Date(now - 30 * 60_000).toISOString())).toBe('OPS-1');
		jira.deleteIssue('ENG-3');
		// Within the bound of the full sync's sweep: the quiet sync stays three requests, and sweeps nothing.
		let before = jira.requests.length;
		await sync();
		expect(jira.requests.slice(before).filter((request) => request.path === searchPath(deployment))).toHaveLength(1);
		expect(jira.requests.length - before).toBe(3);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);

		// The last sweep was the full sync, at epoch + 2 h: a day later the next incremental sync lists the scope.
		now = epoch + 2 * hour + scopeSweepIntervalMs;
		before = jira.requests.length;
		await sync();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-4', 'ENG-5']);
		expect(store.findTicketByKey('jira', 'OPS-1')).toBeNull();
		const listing = jira.requests.slice(before).filter((request) => request.path === searchPath(deployment) && JSON.stringify((request.body as {fields?: unknown}).fields) === '["id"]');
		// The whole scope in one id-only page, then the scope's issues changed since the listing began.
		expect(listing.map((request) => (request.body as {jql: string}).jql)).toEqual([expect.stringMatching(/^\(project = ENG\) ORDER BY id ASC$/), expect.stringMatching(/^\(project = ENG\) AND updated >= ".+" ORDER BY id ASC$/)]);
		expect((listing[0]?.body as {maxResults: number}).maxResults).toBe(deployment === 'cloud' ? 5000 : 1000);
		expect([...store.getTags('jira').keys()].sort()).toEqual([movedId, deletedId].sort());
		expect(store.listNotes('jira').map((note) => note.target)).toEqual([{kind: 'ticket', ticketId: movedId}]);
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'idle', cursor: null, sweptAt: now});

		// Swept just now: the next quiet sync is three requests again.
		now += hour;
		before = jira.requests.length;
		await sync();
		expect(jira.requests.length - before).toBe(3);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-4', 'ENG-5']);
	}, 60_000);

	it('a sweep whose listing fails removes nothing; the next sync lists again and sweeps', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		const provider = () => providerFor(jira, deployment, {retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 2}});
		await runSync({store, provider: provider(), full: false, now: () => now});
		jira.deleteIssue('ENG-4');

		now += scopeSweepIntervalMs;
		// The incremental search answers; both attempts at the listing fail.
		jira.fail({kind: 'server', path: new RegExp(`^${searchPath(deployment)}$`), after: 1, times: 2});
		await expect(runSync({store, provider: provider(), full: false, now: () => now})).rejects.toThrow();
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4', 'ENG-5']);
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'running', sweptAt: epoch + 2 * hour});

		expect(jira.requests.filter((request) => request.outcome === 'server')).toHaveLength(2);
		now += hour;
		await runSync({store, provider: provider(), full: false, now: () => now});
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-3', 'ENG-5']);
		expect(store.getSyncState('jira', 'tickets')).toMatchObject({phase: 'idle', cursor: null});
	}, 60_000);

	/**
	 * Two instances on one store (cron and the TUI): `sweeping` is the provider of the one whose sweep is
	 * raced. The other starts with it (the store idle, nothing to resume) but its pull waits; once the
	 * sweeping pull hands on the page `racedPage` picks, an issue is created in Jira and the other instance,
	 * on its own handle of the store, syncs to its end and stores it; only then is that page written.
	 */
	function raced(jira: FakeJira, sweeping: Provider, racedPage: (page: SyncPage) => boolean, now: () => number): Provider & {readonly otherRan: () => boolean} {
		let open: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => {
			open = resolve;
		});
		const waiting = providerFor(jira, deployment);
		const other: Provider = {
			...waiting,
			async *pull(options) {
				await gate;
				yield* waiting.pull(options);
			},
		};
		let ran = false;
		return {
			...sweeping,
			otherRan: () => ran,
			async *pull(options) {
				const tui = openStore(store.file);
				const otherSync = runSync({store: tui, provider: other, full: false, now}).finally(() => tui.close());
				for await (const page of sweeping.pull(options)) {
					if (racedPage(page)) {
						const at = new Date(now()).toISOString();
						jira.issues = [...jira.issues, makeIssue(deployment, {id: 6, created: at, updated: at, status: 'In Progress'})];
						open();
						await otherSync;
						ran = true;
					}
					yield page;
				}
			},
		};
	}

	it('a ticket another process stores after the listing began is not swept by it (cron and the TUI on one store)', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		await runSync({store, provider: providerFor(jira, deployment), full: false, now: () => now});
		jira.deleteIssue('ENG-2');

		now += scopeSweepIntervalMs;
		const cron = raced(jira, providerFor(jira, deployment), (page) => page.ticketIdsInScope !== undefined && !page.ticketIdsInScope.includes('6'), () => now);
		await runSync({store, provider: cron, full: false, now: () => now});
		expect(cron.otherRan()).toBe(true);
		// ENG-2 was deleted before the listing: it leaves. ENG-6 was stored after it, by the other instance: it stays.
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-3', 'ENG-4', 'ENG-5', 'ENG-6']);

		// The next day's sweep lists it: it stays.
		now += scopeSweepIntervalMs;
		await runSync({store, provider: providerFor(jira, deployment), full: false, now: () => now});
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-3', 'ENG-4', 'ENG-5', 'ENG-6']);
	}, 60_000);

	it('a ticket another process stores while a full sync runs, after its search passed, is not swept by it', async () => {
		const jira = await tenant(deployment);
		let now = epoch + 2 * hour;
		await runSync({store, provider: providerFor(jira, deployment), full: false, now: () => now});
		jira.deleteIssue('ENG-2');

		now += hour;
		const full = raced(jira, providerFor(jira, deployment), (page) => page.cursor === null, () => now);
		await runSync({store, provider: full, full: true, now: () => now});
		expect(full.otherRan()).toBe(true);
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-3', 'ENG-4', 'ENG-5', 'ENG-6']);
	}, 60_000);

	it('an issue moved back into the scope while the listing runs, after the listing passed its id, is not swept', async () => {
		let moveBack: (() => void) | null = null;
		let listingPages = 0;
		// Pages of two ids: the move lands between the listing's first and second page.
		const jira = await tenant(deployment, {
			...(deployment === 'cloud' ? {idsOnlyCap: 2} : {maxResultsCap: 2}),
			onRequest(request) {
				const body = request.body as {fields?: unknown; jql?: string} | undefined;
				if (JSON.stringify(body?.fields) !== '["id"]' || body?.jql?.includes('updated') !== false) return;
				listingPages++;
				if (listingPages === 2) moveBack?.();
			},
		});
		let now = epoch + 2 * hour;
		// One clock for the sync and the provider, as in the product.
		const sync = async () => runSync({store, provider: providerFor(jira, deployment, {now: () => now}), full: false, now: () => now});
		await sync();
		now += hour;
		jira.moveIssue('ENG-1', 'OPS', new Date(now - 30 * 60_000).toISOString());
		jira.deleteIssue('ENG-3');
		await sync();

		now = epoch + 2 * hour + scopeSweepIntervalMs;
		moveBack = () => {
			moveBack = null;
			jira.moveIssue('OPS-1', 'ENG', new Date(now).toISOString());
		};
		await sync();
		expect(listingPages).toBeGreaterThanOrEqual(2);
		expect(moveBack).toBeNull();
		// ENG-3 was deleted; the issue ENG-1 was (now ENG-6) is in the scope and stays, to be brought under its new key by the next sync.
		expect(storedKeys()).toEqual(['ENG-1', 'ENG-2', 'ENG-4', 'ENG-5']);
		now += hour;
		await sync();
		expect(storedKeys()).toEqual(['ENG-2', 'ENG-4', 'ENG-5', 'ENG-6']);
	}, 60_000);
});
