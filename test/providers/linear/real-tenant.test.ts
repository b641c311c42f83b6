import {LinearClient} from '@linear/sdk';
import {describe, expect, test} from 'vitest';
import type {Ticket} from '../../../source/domain/types.js';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {datasetEpoch, iso, LinearDatasetBuilder} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor, pullAll} from './helpers.js';

/**
 * Issue 13, Linear: what a real workspace holds that a tidy one does not — trashed and
 * auto-archived issues, issues moving between cycles, blocker relations removed after the
 * fact — through the real SDK over HTTP against the fake.
 */

const hour = 3_600_000;
const day = 24 * hour;
const t = (days: number) => datasetEpoch - 30 * day + days * day;

let server: FakeLinearServer | null = null;
let store: Store;

storePerTest('linear-tenant', {use: (opened) => (store = opened), startedServer: () => server});

function byKey(tickets: readonly Ticket[]): Map<string, Ticket> {
	return new Map(tickets.map((ticket) => [ticket.key, ticket]));
}

describe('trashed and archived issues', () => {
	test('the fake hides archived issues unless asked with includeArchived, and then flags the trashed ones, like Linear', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const open = builder.issue(eng);
		const archived = builder.issue(eng, {state: 'Done', completedAt: iso(t(1))});
		builder.archive(archived, t(20));
		const trashed = builder.issue(eng);
		builder.trash(trashed, t(21));
		server = await startFakeLinear({dataset: builder.dataset});
		const client = new LinearClient({apiKey: server.apiKey, apiUrl: server.url});

		const visible = await client.issues();
		expect(visible.nodes.map((issue) => issue.id)).toEqual([open.id]);
		const all = await client.issues({includeArchived: true});
		expect(new Map(all.nodes.map((issue) => [issue.id, issue.trashed ?? false]))).toEqual(
			new Map([
				[open.id, false],
				[archived.id, false],
				[trashed.id, true],
			]),
		);
	});

	test('an archived issue is a ticket; a trashed one is not, and one trashed since the last sync leaves the store (though trashing does not move its updatedAt), its tag kept', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const archived = builder.issue(eng, {state: 'Done', createdAt: iso(t(0)), completedAt: iso(t(2))});
		builder.archive(archived, t(3));
		const trashedEarly = builder.issue(eng, {createdAt: iso(t(0))});
		builder.trash(trashedEarly, t(4));
		const trashedLater = builder.issue(eng, {createdAt: iso(t(0))});
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server);
		let now = datasetEpoch;

		await runSync({store, provider, full: false, now: () => now});
		expect(new Set(store.loadTickets('linear').map((ticket) => ticket.key))).toEqual(new Set([archived.identifier, trashedLater.identifier]));
		store.setTag('linear', trashedLater.id, 'operational');

		now += hour;
		builder.trash(trashedLater, now - 30 * 60_000);
		await runSync({store, provider, full: false, now: () => now});
		expect(store.loadTickets('linear').map((ticket) => ticket.key)).toEqual([archived.identifier]);
		expect(store.getTags('linear').get(trashedLater.id)?.category).toBe('operational');
	});
});

describe('cycle membership over time', () => {
	test('history fromCycleId/toCycleId become iteration events (joined, moved, left); cycles carry completedAt', async () => {
		const builder = new LinearDatasetBuilder();
		const report = builder.user('Rui Report');
		const eng = builder.team('ENG');
		const first = builder.cycle(eng, 1, t(0));
		const second = builder.cycle(eng, 2, t(14));
		const running = builder.cycle(eng, 3, datasetEpoch - 2 * day);
		const moved = builder.issue(eng, {createdAt: iso(t(0))});
		builder.moveToCycle(moved, first, t(1), report.id);
		builder.moveToCycle(moved, second, t(14), null);
		builder.moveToCycle(moved, null, t(20), report.id);
		builder.history(moved, t(21), {actorId: report.id, fromAssigneeId: null, toAssigneeId: report.id});
		server = await startFakeLinear({dataset: builder.dataset});

		const pages = await pullAll(providerFor(server));
		const ticket = byKey(pages.flatMap((page) => page.tickets)).get(moved.identifier)!;
		expect(ticket.iterationId).toBeNull();
		expect(ticket.history.filter((event) => event.field === 'iteration')).toEqual([
			{at: t(1), field: 'iteration', from: null, to: first.id, actorId: report.id},
			{at: t(14), field: 'iteration', from: first.id, to: second.id, actorId: null},
			{at: t(20), field: 'iteration', from: second.id, to: null, actorId: report.id},
		]);
		const iterations = new Map(pages.flatMap((page) => page.iterations).map((iteration) => [iteration.id, iteration]));
		expect(iterations.get(first.id)?.completedAt).toBe(t(14));
		expect(iterations.get(second.id)?.completedAt).toBe(t(28));
		expect(iterations.get(running.id)?.completedAt).toBeNull();

		await runSync({store, provider: providerFor(server), full: true, now: () => datasetEpoch});
		expect(new Map(store.loadIterations('linear').map((iteration) => [iteration.id, iteration.completedAt]))).toEqual(
			new Map([
				[first.id, t(14)],
				[second.id, t(28)],
				[running.id, null],
			]),
		);
	});
});

describe('a cycle that ends between two syncs', () => {
	test('the next incremental sync stores its completion, though completing it is no "meaningful" update of the cycle', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const running = builder.cycle(eng, 3, datasetEpoch - 13 * day);
		const next = builder.cycle(eng, 4, datasetEpoch + day);
		const old = builder.cycle(eng, 2, datasetEpoch - 27 * day);
		builder.issue(eng, {createdAt: iso(t(0))});
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server, {teams: ['ENG']});
		let now = datasetEpoch;
		await runSync({store, provider, full: false, now: () => now});
		expect(store.loadIterations('linear').find((iteration) => iteration.id === running.id)?.completedAt).toBeNull();

		// Linear completes a cycle when its end passes: completedAt is set, updatedAt (documented
		// as the last "meaningful" update) need not move.
		now += 2 * day;
		running.completedAt = running.endsAt;
		await runSync({store, provider, full: false, now: () => now});
		const stored = new Map(store.loadIterations('linear').map((iteration) => [iteration.id, iteration.completedAt]));
		expect(stored.get(running.id)).toBe(Date.parse(running.endsAt));
		expect(stored.get(next.id)).toBeNull();
		expect(stored.get(old.id)).toBe(Date.parse(old.completedAt!));
		// Only the cycles that could have ended since are read again.
		const cycleFilter = server.requests.at(-2)!.variables['cycleFilter'] as {or: unknown[]};
		expect(cycleFilter.or).toHaveLength(2);
	});
});

describe('blocker relations removed after the fact', () => {
	test('a spell survives the removal of its relation, ending at the removal or at the blocker\'s finish if that came first', async () => {
		const builder = new LinearDatasetBuilder();
		const report = builder.user('Rui Report');
		const eng = builder.team('ENG');
		const blocker = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
		const finishedBlocker = builder.issue(eng, {state: 'Done', createdAt: iso(t(0)), completedAt: iso(t(6))});
		// ENG-3: blocked by ENG-1 on days 2–4 (relation removed), and again from day 10 (still there).
		const blocked = builder.issue(eng, {createdAt: iso(t(1))});
		const removed = builder.relation('blocks', blocker, blocked, t(2), report.id);
		builder.removeRelation(removed, t(4), report.id);
		builder.relation('blocks', blocker, blocked, t(10), report.id);
		// ENG-4: blocked by ENG-2 from day 3; ENG-2 done on day 6; the relation tidied away on day 9.
		const tidied = builder.issue(eng, {createdAt: iso(t(1))});
		const stale = builder.relation('blocks', finishedBlocker, tidied, t(3));
		builder.removeRelation(stale, t(9));
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(tickets.get(blocked.identifier)!.blockedSpells).toEqual([
			{start: t(2), end: t(4), reason: `blocked by ${blocker.identifier}`},
			{start: t(10), end: null, reason: `blocked by ${blocker.identifier}`},
		]);
		expect(tickets.get(tidied.identifier)!.blockedSpells).toEqual([{start: t(3), end: t(6), reason: `blocked by ${finishedBlocker.identifier}`}]);
		// The blocker's own history says it blocked them; that blocks nothing of its own.
		expect(tickets.get(blocker.identifier)!.blockedSpells).toEqual([]);
	});

	test('a relation gone without a removal entry (its blocker archived away) still blocks until that blocker finished', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const blocker = builder.issue(eng, {state: 'Done', createdAt: iso(t(0)), completedAt: iso(t(5))});
		const blocked = builder.issue(eng, {createdAt: iso(t(1))});
		const relation = builder.relation('blocks', blocker, blocked, t(2));
		// No history entry: the relation simply is not listed any more.
		builder.dataset.relations.splice(builder.dataset.relations.indexOf(relation), 1);
		builder.archive(blocker, t(20));
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(tickets.get(blocked.identifier)!.blockedSpells).toEqual([{start: t(2), end: t(5), reason: `blocked by ${blocker.identifier}`}]);
	});

	test('an incremental sync after a removal keeps the past spell in the store', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const blocker = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
		const blocked = builder.issue(eng, {createdAt: iso(t(1))});
		const relation = builder.relation('blocks', blocker, blocked, t(2));
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server);
		let now = datasetEpoch;
		await runSync({store, provider, full: false, now: () => now});
		expect(store.findTicketByKey('linear', blocked.identifier)!.blockedSpells).toEqual([{start: t(2), end: null, reason: `blocked by ${blocker.identifier}`}]);

		now += day;
		builder.removeRelation(relation, now - hour);
		await runSync({store, provider, full: false, now: () => now});
		expect(store.findTicketByKey('linear', blocked.identifier)!.blockedSpells).toEqual([{start: t(2), end: now - hour, reason: `blocked by ${blocker.identifier}`}]);
	});
});

describe('issues moved between teams', () => {
	test('an issue moved out of the synced teams leaves the store on the next incremental sync, as a full sync would sweep it; its tag kept', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const ops = builder.team('OPS');
		const staying = builder.issue(eng, {createdAt: iso(t(0))});
		const leaving = builder.issue(eng, {createdAt: iso(t(1)), state: 'In Progress'});
		builder.issue(ops, {createdAt: iso(t(2))});
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server, {teams: ['ENG']});
		let now = datasetEpoch;

		await runSync({store, provider, full: false, now: () => now});
		expect(new Set(store.loadTickets('linear').map((ticket) => ticket.key))).toEqual(new Set(['ENG-1', 'ENG-2']));
		store.setTag('linear', leaving.id, 'operational');

		now += hour;
		builder.moveToTeam(leaving, ops, now - 30 * 60_000);
		expect(leaving.identifier).toBe('OPS-2');
		const before = server.requestCount;
		await runSync({store, provider, full: false, now: () => now});
		expect(store.loadTickets('linear').map((ticket) => ticket.key)).toEqual([staying.identifier]);
		expect(store.getTags('linear').get(leaving.id)?.category).toBe('operational');
		// Found in the requests an incremental sync sends anyway: none more.
		expect(server.requestCount - before).toBeLessThanOrEqual(2);

		// Moved back, it returns under its new key with its tag.
		now += hour;
		builder.moveToTeam(leaving, eng, now - 30 * 60_000);
		await runSync({store, provider, full: false, now: () => now});
		expect(new Set(store.loadTickets('linear').map((ticket) => ticket.key))).toEqual(new Set(['ENG-1', 'ENG-3']));
		expect(store.getTags('linear').get(leaving.id)?.category).toBe('operational');
	});

	test('an issue moved between two synced teams keeps its id and tag under its new key, its history read across the move', async () => {
		const builder = new LinearDatasetBuilder();
		const report = builder.user('Rui Report');
		const eng = builder.team('ENG');
		const ops = builder.team('OPS');
		const moving = builder.issue(eng, {createdAt: iso(t(0)), state: 'In Progress', startedAt: iso(t(1)), assigneeId: report.id});
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server, {teams: ['ENG', 'OPS']});
		let now = datasetEpoch;
		await runSync({store, provider, full: false, now: () => now});
		store.setTag('linear', moving.id, 'strategic');

		now += hour;
		builder.moveToTeam(moving, ops, now - 30 * 60_000);
		await runSync({store, provider, full: false, now: () => now});
		const [ticket] = store.loadTickets('linear');
		expect(ticket).toMatchObject({id: moving.id, key: 'OPS-1', team: 'OPS', status: 'In Progress', statusCategory: 'started'});
		// The move changes the workflow state to the new team's, not the state's category.
		expect(ticket!.history.filter((event) => event.field === 'status')).toEqual([]);
		expect(store.getTags('linear').get(moving.id)?.category).toBe('strategic');
		expect(store.findTicketByKey('linear', 'ENG-1')?.id).toBe(moving.id);
	});
});

describe('a blocker that moved to another team', () => {
	test('a spell whose history names the blocker by its old key, then its new one, is one spell under the new key', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const ops = builder.team('OPS');
		const blocker = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
		// ENG-2: blocked by ENG-1 from day 2; ENG-1 became OPS-1 on day 3; the relation was removed on day 5.
		const blocked = builder.issue(eng, {createdAt: iso(t(1))});
		const relation = builder.relation('blocks', blocker, blocked, t(2));
		// ENG-3: blocked by ENG-1 from day 2, still; the blocker moved on day 3 and finished on day 8.
		const stillBlocked = builder.issue(eng, {createdAt: iso(t(1))});
		builder.relation('blocks', blocker, stillBlocked, t(2));
		// ENG-4: blocked by ENG-1 from day 2, by OPS-1 (the same issue) again from day 7 after a removal on day 5.
		const blockedTwice = builder.issue(eng, {createdAt: iso(t(1))});
		const first = builder.relation('blocks', blocker, blockedTwice, t(2));
		builder.moveToTeam(blocker, ops, t(3));
		builder.removeRelation(relation, t(5));
		builder.removeRelation(first, t(5));
		builder.relation('blocks', blocker, blockedTwice, t(7));
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(tickets.get('ENG-2')!.blockedSpells).toEqual([{start: t(2), end: t(5), reason: 'blocked by OPS-1'}]);
		expect(tickets.get('ENG-3')!.blockedSpells).toEqual([{start: t(2), end: null, reason: 'blocked by OPS-1'}]);
		expect(tickets.get('ENG-4')!.blockedSpells).toEqual([
			{start: t(2), end: t(5), reason: 'blocked by OPS-1'},
			{start: t(7), end: null, reason: 'blocked by OPS-1'},
		]);

		blocker.stateId = builder.state(ops, 'Done').id;
		blocker.completedAt = iso(t(8));
		const again = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(again.get('ENG-2')!.blockedSpells).toEqual([{start: t(2), end: t(5), reason: 'blocked by OPS-1'}]);
		expect(again.get('ENG-3')!.blockedSpells).toEqual([{start: t(2), end: t(8), reason: 'blocked by OPS-1'}]);
	});
});

describe('an issue with more relations than one page holds', () => {
	test('a blocker past the first page of inverse relations (behind a pile of duplicates) still blocks, for one more request', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const blocker = builder.issue(eng, {state: 'Done', createdAt: iso(t(0)), completedAt: iso(t(9))});
		const popular = builder.issue(eng, {createdAt: iso(t(1))});
		builder.relation('blocks', blocker, popular, t(2));
		for (let index = 0; index < 30; index++) builder.relation('duplicate', builder.issue(eng, {createdAt: iso(t(3))}), popular, t(3) + index * 60_000);
		// Without the history that names it, the relation itself is the only evidence.
		builder.dataset.history = builder.dataset.history.filter((entry) => entry.issueId !== popular.id);
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(tickets.get(popular.identifier)!.blockedSpells).toEqual([{start: t(2), end: t(9), reason: `blocked by ${blocker.identifier}`}]);
		expect(server.requests.filter((request) => request.operationName === 'DirectorReviewIssueRelations')).toHaveLength(1);
	});
});

describe('a blocker deleted into the trash', () => {
	test('blocks until it was trashed: a trashed issue is no ticket, and blocks nothing any more', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const blocker = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
		const blocked = builder.issue(eng, {createdAt: iso(t(1))});
		builder.relation('blocks', blocker, blocked, t(2));
		builder.trash(blocker, t(5));
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(tickets.has(blocker.identifier)).toBe(false);
		expect(tickets.get(blocked.identifier)!.blockedSpells).toEqual([{start: t(2), end: t(5), reason: `blocked by ${blocker.identifier}`}]);
	});
});

describe('issues marked as duplicates (the native Duplicate state)', () => {
	test('a duplicate is canceled from its move into the Duplicate state, though Linear stamps no canceledAt, and a duplicate blocker blocks nothing now', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const original = builder.issue(eng, {createdAt: iso(t(0))});
		const openBlocker = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
		const duplicate = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(1)), startedAt: iso(t(1))});
		builder.relation('blocks', openBlocker, duplicate, t(2));
		builder.markDuplicate(duplicate, original, t(5));
		const duplicateBlocker = builder.issue(eng, {state: 'In Progress', createdAt: iso(t(0))});
		const blocked = builder.issue(eng, {createdAt: iso(t(1))});
		builder.relation('blocks', duplicateBlocker, blocked, t(2));
		builder.markDuplicate(duplicateBlocker, original, t(6));
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(tickets.get(duplicate.identifier)).toMatchObject({status: 'Duplicate', statusCategory: 'canceled', canceledAt: t(5), completedAt: null});
		expect(tickets.get(duplicate.identifier)!.blockedSpells).toEqual([{start: t(2), end: t(5), reason: `blocked by ${openBlocker.identifier}`}]);
		expect(tickets.get(duplicateBlocker.identifier)).toMatchObject({statusCategory: 'canceled', canceledAt: t(6)});
		// The blocker's finish time is not in the relation: like a canceled one without it, it blocks nothing now.
		expect(tickets.get(blocked.identifier)!.blockedSpells.filter((spell) => spell.end === null)).toEqual([]);
	});
});

describe('an issue with more labels than the page asks for', () => {
	test('keeps every label (a label past the first 20 can be the one that classifies it), for one more request', async () => {
		const builder = new LinearDatasetBuilder();
		builder.user('Dana Director');
		const eng = builder.team('ENG');
		const names = Array.from({length: 24}, (_, index) => `area-${String(index).padStart(2, '0')}`);
		const tagged = builder.issue(eng, {createdAt: iso(t(1)), labels: [...names, 'incident']});
		builder.issue(eng, {createdAt: iso(t(2)), labels: ['bug']});
		server = await startFakeLinear({dataset: builder.dataset});

		const tickets = byKey((await pullAll(providerFor(server))).flatMap((page) => page.tickets));
		expect(new Set(tickets.get(tagged.identifier)!.labels)).toEqual(new Set([...names, 'incident']));
		expect(tickets.get(tagged.identifier)!.labels).toHaveLength(25);
		expect(server.requests.filter((request) => request.operationName === 'DirectorReviewIssueLabels')).toHaveLength(1);
	});
});
