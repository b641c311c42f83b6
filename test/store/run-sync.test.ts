import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Iteration, Person, Ticket} from '../../source/domain/types.js';
import type {Provider, PullOptions, SyncPage} from '../../source/providers/provider.js';
import {openStore, type Store} from '../../source/store/store.js';
import {incrementalOverlapMs, runSync} from '../../source/sync/run-sync.js';
import {alex, t0, temporaryFolder, ticket} from './fixtures.js';

/**
 * The sync loop against a real store: a tracker held in memory, paged like the real
 * adapters page (cursor = index of the next page), that can fail after a given page.
 */
class TrackerInMemory implements Provider {
	readonly name = 'linear' as const;
	readonly description = 'an in-memory tracker';
	tickets: Ticket[] = [];
	/** Sent with every page. */
	iterations: Iteration[] = [];
	failAfterPage: number | null = null;
	readonly pulls: PullOptions[] = [];

	constructor(private readonly pageSize: number) {}

	async *pull(options: PullOptions): AsyncIterable<SyncPage> {
		this.pulls.push(options);
		const wanted = this.tickets.filter((t) => options.updatedSince === null || t.updatedAt >= options.updatedSince);
		let index = options.resumeCursor === null ? 0 : Number(options.resumeCursor);
		while (index * this.pageSize < wanted.length) {
			if (this.failAfterPage !== null && index > this.failAfterPage) throw new Error('connection reset');
			const tickets = wanted.slice(index * this.pageSize, (index + 1) * this.pageSize);
			index++;
			const more = index * this.pageSize < wanted.length;
			yield {tickets, people: [alex], iterations: this.iterations, cursor: more ? String(index) : null, progress: {done: Math.min(index * this.pageSize, wanted.length), total: wanted.length}};
		}
	}

	async whoAmI(): Promise<Person> {
		return alex;
	}

	async listPeople(): Promise<readonly Person[]> {
		return [alex];
	}
}

let temporary: ReturnType<typeof temporaryFolder>;
let store: Store;

beforeEach(() => {
	temporary = temporaryFolder();
	store = openStore(temporary.file);
});

afterEach(() => {
	store.close();
	temporary.cleanup();
});

const ids = (tickets: readonly Ticket[]) => tickets.map((t) => t.id).sort((a, b) => Number(a) - Number(b));

describe('runSync into the store', () => {
	it('a first sync is full and records when it started', async () => {
		const tracker = new TrackerInMemory(2);
		tracker.tickets = ['1', '2', '3', '4', '5'].map((id) => ticket(id));
		const result = await runSync({store, provider: tracker, full: false, now: () => t0});
		expect(result).toMatchObject({tickets: 5, pages: 3, full: true, resumed: false});
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '2', '3', '4', '5']);
		expect(store.getSyncState('linear', 'tickets')).toMatchObject({phase: 'idle', cursor: null, lastSyncedAt: t0});
		expect(store.loadPeople('linear')).toEqual([alex]);
	});

	it('an interrupted sync keeps its whole pages and resumes from the last cursor', async () => {
		const tracker = new TrackerInMemory(2);
		tracker.tickets = ['1', '2', '3', '4', '5', '6'].map((id) => ticket(id));
		tracker.failAfterPage = 0;
		await expect(runSync({store, provider: tracker, full: false, now: () => t0})).rejects.toThrow('connection reset');
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '2']);
		expect(store.getSyncState('linear', 'tickets')).toMatchObject({phase: 'running', cursor: '1', full: true});

		tracker.failAfterPage = null;
		const result = await runSync({store, provider: tracker, full: false, now: () => t0 + 60_000});
		expect(result).toMatchObject({resumed: true, full: true, tickets: 4});
		expect(tracker.pulls.at(-1)?.resumeCursor).toBe('1');
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '2', '3', '4', '5', '6']);
		// The resumed run still counts from when the interrupted one started.
		expect(store.getSyncState('linear', 'tickets')?.lastSyncedAt).toBe(t0);
	});

	it('an incremental sync asks for changes since the last one, with overlap', async () => {
		const tracker = new TrackerInMemory(10);
		tracker.tickets = [ticket('1', {updatedAt: t0 - 3_600_000})];
		await runSync({store, provider: tracker, full: false, now: () => t0});
		tracker.tickets = [ticket('1', {updatedAt: t0 - 3_600_000}), ticket('2', {updatedAt: t0 + 5000})];
		const result = await runSync({store, provider: tracker, full: false, now: () => t0 + 3_600_000});
		expect(result).toMatchObject({full: false, tickets: 1});
		expect(tracker.pulls.at(-1)?.updatedSince).toBe(t0 - incrementalOverlapMs);
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '2']);
	});

	it('an incremental sync names the stored iterations still running, before their end too; a full one names none', async () => {
		const tracker = new TrackerInMemory(10);
		const hour = 3_600_000;
		const iteration = (id: string, startsAt: number, endsAt: number, completedAt: number | null): Iteration => ({id, name: `Cycle ${id}`, team: 'ENG', startsAt, endsAt, completedAt});
		tracker.tickets = [ticket('1', {updatedAt: t0 - hour})];
		tracker.iterations = [
			iteration('closed', t0 - 300 * hour, t0 - 2 * hour, t0 - 2 * hour),
			iteration('overdue', t0 - 300 * hour, t0 - hour, null),
			iteration('running', t0 - 300 * hour, t0 + 100 * hour, null),
			// A planned one: not running until its start.
			iteration('starting-later', t0 + 2 * hour, t0 + 300 * hour, null),
		];
		await runSync({store, provider: tracker, full: false, now: () => t0});
		expect(tracker.pulls.at(-1)?.iterationsRunning).toEqual([]);

		await runSync({store, provider: tracker, full: false, now: () => t0 + hour});
		expect(tracker.pulls.at(-1)?.iterationsRunning?.map((entry) => entry.id).sort()).toEqual(['overdue', 'running']);

		await runSync({store, provider: tracker, full: false, now: () => t0 + 3 * hour});
		expect(tracker.pulls.at(-1)?.iterationsRunning?.map((entry) => entry.id).sort()).toEqual(['overdue', 'running', 'starting-later']);

		await runSync({store, provider: tracker, full: true, now: () => t0 + 4 * hour});
		expect(tracker.pulls.at(-1)?.iterationsRunning).toEqual([]);
	});

	it('a full sync drops tickets gone from the tracker and keeps every tag', async () => {
		const tracker = new TrackerInMemory(2);
		tracker.tickets = ['1', '2', '3'].map((id) => ticket(id));
		await runSync({store, provider: tracker, full: false, now: () => t0});
		store.setTag('linear', '2', 'operational');
		store.setTag('linear', '3', 'strategic');
		tracker.tickets = [ticket('1'), ticket('3', {key: 'PLAT-3'})];
		await runSync({store, provider: tracker, full: true, now: () => t0 + 1000});
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '3']);
		expect(store.getTags('linear').get('2')?.category).toBe('operational');
		expect(store.findTicketByKey('linear', 'ENG-3')?.key).toBe('PLAT-3');
		expect(store.getTags('linear').get('3')?.category).toBe('strategic');
	});

	it('a full pull that stops while its last page still has a cursor is an error and sweeps nothing', async () => {
		const tracker = new TrackerInMemory(2);
		tracker.tickets = ['1', '2', '3', '4', '5'].map((id) => ticket(id));
		await runSync({store, provider: tracker, full: false, now: () => t0});
		// A provider that ends quietly after its first page, as an empty page past a search cap would.
		const quitter: Provider = {
			...tracker,
			name: 'linear',
			description: tracker.description,
			async *pull() {
				yield {tickets: [ticket('1')], people: [], iterations: [], cursor: '1', progress: {done: 1, total: 5}};
			},
			whoAmI: async () => alex,
			listPeople: async () => [alex],
		};
		await expect(runSync({store, provider: quitter, full: true, now: () => t0 + 1000})).rejects.toThrow('before the last page');
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '2', '3', '4', '5']);
		expect(store.getSyncState('linear', 'tickets')).toMatchObject({phase: 'running', cursor: '1', full: true});
	});

	it('the store sweeps nothing while the sync state still holds a cursor', async () => {
		const tracker = new TrackerInMemory(2);
		tracker.tickets = ['1', '2', '3'].map((id) => ticket(id));
		await runSync({store, provider: tracker, full: false, now: () => t0});
		const generation = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', {tickets: [ticket('1')], people: [], iterations: [], cursor: '1', progress: {done: 1, total: 3}}, {cursor: '1', phase: 'running', full: true, updatedSince: null, runStartedAt: t0, generation, lastSyncedAt: t0});
		expect(store.finishFullSync('linear', generation)).toBe(0);
		expect(ids(store.loadTickets('linear'))).toEqual(['1', '2', '3']);
	});
});
