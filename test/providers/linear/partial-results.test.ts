import {describe, expect, test} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {unreadableNotice} from '../../../source/commands/sync.js';
import {datasetEpoch, iso, LinearDatasetBuilder} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {storePerTest} from '../store-per-test.js';
import {providerFor, pullAll} from './helpers.js';

/*
 * Linear answers HTTP 200 with `data` and `errors` when a field points at what the key cannot
 * see (GraphQL's partial result: the field is null, the error's `path` names it). `@linear/sdk`
 * throws on any `errors`, data or not; the pull reads the data and decides per field.
 */

const day = 86_400_000;
let server: FakeLinearServer | undefined;
let store: Store;

storePerTest('linear-partial', {use: (opened) => (store = opened), startedServer: () => server});

function org() {
	const builder = new LinearDatasetBuilder();
	const dana = builder.user('Dana Director');
	const rui = builder.user('Rui Report');
	const hidden = builder.user('Hana Hidden');
	const eng = builder.team('ENG', 'Engineering');
	const plain = builder.issue(eng, {title: 'Readable', creatorId: dana.id, createdAt: iso(datasetEpoch - 20 * day)});
	const assigned = builder.issue(eng, {title: 'Assigned to someone hidden', creatorId: dana.id, createdAt: iso(datasetEpoch - 19 * day)});
	builder.history(assigned, datasetEpoch - 18 * day, {actorId: dana.id, fromAssigneeId: null, toAssigneeId: rui.id});
	builder.history(assigned, datasetEpoch - 10 * day, {actorId: dana.id, fromAssigneeId: rui.id, toAssigneeId: hidden.id});
	assigned.assigneeId = hidden.id;
	const createdByHidden = builder.issue(eng, {title: 'Created by someone hidden', creatorId: hidden.id, createdAt: iso(datasetEpoch - 17 * day)});
	return {builder, dana, rui, hidden, plain, assigned, createdByHidden};
}

describe('partial GraphQL results (data with errors at a field)', () => {
	test('an assignee the key cannot see is read from the history, never as unassigned, and the rest of the page is read', async () => {
		const {builder, hidden, plain, assigned} = org();
		builder.hide(hidden, 'forbidden');
		server = await startFakeLinear({dataset: builder.dataset});

		const pages = await pullAll(providerFor(server));
		const tickets = pages.flatMap((page) => page.tickets);
		expect(tickets.find((ticket) => ticket.id === plain.id)?.title).toBe('Readable');
		expect(tickets.find((ticket) => ticket.id === assigned.id)?.assigneeId).toBe(hidden.id);
		// The answer did carry the errors: the fake is as strict as Linear here.
		expect(server.requests.some((request) => request.operationName === 'DirectorReviewIssues' && request.status === 200)).toBe(true);
	});

	test('a ticket whose creator the key cannot see is never written with no creator: one stored keeps its stored creator (no one can change it) and the rest is read; one never stored is held back, and a full sync does not sweep it', async () => {
		const {builder, hidden, createdByHidden} = org();
		const eng = builder.dataset.teams[0]!;
		server = await startFakeLinear({dataset: builder.dataset});
		const now = datasetEpoch;
		await runSync({store, provider: providerFor(server), full: true, now: () => now});
		expect(store.loadTickets('linear').find((ticket) => ticket.id === createdByHidden.id)?.creatorId).toBe(hidden.id);

		// Hana is later out of the key's sight (a team it left); the issue is edited, and she files another.
		builder.hide(hidden, 'not-found');
		createdByHidden.title = 'Renamed while hidden';
		createdByHidden.updatedAt = iso(now + 1000);
		const filedWhileHidden = builder.issue(eng, {title: 'Filed by someone hidden', creatorId: hidden.id, createdAt: iso(now + 2000)});
		const pages = await pullAll(providerFor(server));
		expect(pages.flatMap((page) => page.tickets).some((ticket) => ticket.creatorId === null)).toBe(false);
		// Outside a sync nothing is stored to read the creator from: held back, never "no creator".
		expect(pages.flatMap((page) => page.ticketIdsKept ?? []).sort()).toEqual([createdByHidden.id, filedWhileHidden.id].sort());

		const result = await runSync({store, provider: providerFor(server), full: true, now: () => now + day});
		expect(result.full).toBe(true);
		// Said to the director (sync's note, the status line): the one held back is in no figure.
		expect(result.unreadable).toEqual({tickets: 1, notStored: 1});
		expect(unreadableNotice(result.unreadable)).toBe('note: 1 ticket could not be read whole with this API key (a person or team it cannot see): 1 not in the store\n  hint: an API key of a workspace member who sees every team in scope reads them');
		const tickets = store.loadTickets('linear');
		expect(tickets.find((ticket) => ticket.id === createdByHidden.id)).toMatchObject({creatorId: hidden.id, title: 'Renamed while hidden'});
		expect(tickets.some((ticket) => ticket.id === filedWhileHidden.id)).toBe(false);
		expect(tickets).toHaveLength(3);
	});

	test('a sub-issue whose parent is in a team the key cannot see is a ticket, with no parent key (none it could look up), not held back', async () => {
		const {builder, dana, rui, plain} = org();
		const eng = builder.dataset.teams[0]!;
		const product = builder.team('PM', 'Product (not shared with this key)');
		const epic = builder.issue(product, {title: 'Private parent', creatorId: dana.id, createdAt: iso(datasetEpoch - 30 * day)});
		const child = builder.issue(eng, {title: 'Sub-issue of a private parent', creatorId: dana.id, assigneeId: rui.id, parentId: epic.id, createdAt: iso(datasetEpoch - 12 * day)});
		const sibling = builder.issue(eng, {title: 'Sub-issue of a readable parent', creatorId: dana.id, parentId: plain.id, createdAt: iso(datasetEpoch - 11 * day)});
		builder.hide(epic, 'forbidden');
		server = await startFakeLinear({dataset: builder.dataset});

		const pages = await pullAll(providerFor(server));
		const tickets = pages.flatMap((page) => page.tickets);
		const read = tickets.find((ticket) => ticket.id === child.id);
		expect(read).toMatchObject({title: 'Sub-issue of a private parent', assigneeId: rui.id});
		expect(read?.parentKey).toBeUndefined();
		expect(tickets.find((ticket) => ticket.id === sibling.id)?.parentKey).toBe(plain.identifier);
		expect(pages.flatMap((page) => page.ticketIdsKept ?? [])).toEqual([]);
		// Linear did answer with an error at the parent: the fake is as strict as Linear here.
		expect(server.requests.some((request) => request.operationName === 'DirectorReviewIssues' && request.status === 200)).toBe(true);
	});

	test('an assignee hidden since the ticket was stored, on an issue created assigned (no assignee change in its history), keeps the stored assignee and the rest of the ticket is read: a completion is not lost', async () => {
		const {builder, dana, hidden} = org();
		const eng = builder.dataset.teams[0]!;
		const createdAssigned = builder.issue(eng, {title: 'Created assigned to Hana', creatorId: dana.id, assigneeId: hidden.id, createdAt: iso(datasetEpoch - 15 * day)});
		server = await startFakeLinear({dataset: builder.dataset});
		const now = datasetEpoch;
		await runSync({store, provider: providerFor(server), full: true, now: () => now});
		expect(store.loadTickets('linear').find((ticket) => ticket.id === createdAssigned.id)?.assigneeId).toBe(hidden.id);

		// Hana leaves the key's sight (a guest key, her team no longer shared); the issue is then finished.
		builder.hide(hidden, 'forbidden');
		builder.history(createdAssigned, now + 1000, {actorId: dana.id, fromStateId: builder.state(eng, 'Todo').id, toStateId: builder.state(eng, 'Done').id});
		createdAssigned.stateId = builder.state(eng, 'Done').id;
		createdAssigned.completedAt = iso(now + 1000);
		// One created assigned to her while hidden was never stored: nothing says whose it is.
		const neverStored = builder.issue(eng, {title: 'Created for Hana while hidden', creatorId: dana.id, assigneeId: hidden.id, createdAt: iso(now + 2000)});

		await runSync({store, provider: providerFor(server), full: false, now: () => now + day});
		const tickets = store.loadTickets('linear');
		expect(tickets.find((ticket) => ticket.id === createdAssigned.id)).toMatchObject({assigneeId: hidden.id, statusCategory: 'completed', completedAt: now + 1000});
		expect(tickets.some((ticket) => ticket.id === neverStored.id)).toBe(false);
	});
});

/*
 * A hidden node in a NON-NULL position (a relation's `issue`, `Issue.team`) nulls every parent
 * up to `data`: the whole page comes back null, with the error's `path` naming the issue.
 */
function orgWithPrivateBlocker() {
	const builder = new LinearDatasetBuilder();
	const dana = builder.user('Dana Director');
	const eng = builder.team('ENG', 'Engineering');
	const sec = builder.team('SEC', 'Security (private)');
	const issues = Array.from({length: 7}, (_, index) => builder.issue(eng, {title: `Issue ${index + 1}`, creatorId: dana.id, createdAt: iso(datasetEpoch - (30 - index) * day)}));
	const secret = builder.issue(sec, {title: 'Private blocker', creatorId: dana.id, createdAt: iso(datasetEpoch - 40 * day)});
	// Newest first: issues[5] is the second issue of the first page of 3.
	const blocked = issues[5]!;
	builder.relation('blocks', secret, blocked, datasetEpoch - 5 * day, dana.id);
	builder.hide(secret, 'forbidden');
	return {builder, issues, blocked, secret, eng};
}

describe('a hidden node in a non-null position (the page itself comes back null)', () => {
	test('one issue blocked from a private team is held back as stored; the rest of the org is read, at a bounded cost', async () => {
		const {builder, issues, blocked} = orgWithPrivateBlocker();
		server = await startFakeLinear({dataset: builder.dataset});

		const pages = await pullAll(providerFor(server, {pageSize: 3}));
		const read = pages.flatMap((page) => page.tickets.map((ticket) => ticket.id));
		expect(read.sort()).toEqual(issues.filter((issue) => issue !== blocked).map((issue) => issue.id).sort());
		expect(pages.flatMap((page) => page.ticketIdsKept ?? [])).toEqual([blocked.id]);
		// The nulled page was asked again for the issues before the hidden node only.
		expect(server.requests.some((request) => request.operationName === 'DirectorReviewIssues' && request.variables['first'] === 1)).toBe(true);
		// Without the hidden node: 3 pages of 3. With it: the nulled page, its readable prefix, one id probe, then pages on.
		const issuePages = server.requests.filter((request) => request.operationName === 'DirectorReviewIssues').length;
		const probes = server.requests.filter((request) => request.operationName === 'DirectorReviewIssueAt').length;
		expect(probes).toBe(1);
		expect(issuePages).toBeLessThanOrEqual(3 + 2);
	});

	test('a sync keeps the held-back ticket as stored, and a full sync does not sweep it', async () => {
		const {builder, issues, blocked, secret} = orgWithPrivateBlocker();
		builder.dataset.hidden = new Map();
		server = await startFakeLinear({dataset: builder.dataset});
		const now = datasetEpoch;
		await runSync({store, provider: providerFor(server, {pageSize: 3}), full: true, now: () => now});
		expect(store.loadTickets('linear')).toHaveLength(8);

		// The blocker's team turns private. An open blocked issue is re-read by every incremental sync:
		// a quiet one, reading nothing else, holds it back and goes through.
		builder.hide(secret, 'not-found');
		const quiet = await runSync({store, provider: providerFor(server, {pageSize: 3}), full: false, now: () => now + 1000});
		expect(quiet.full).toBe(false);
		expect(server.requests.filter((request) => request.operationName === 'DirectorReviewIssueAt').length).toBe(1);

		// The blocked issue is edited.
		blocked.title = 'Renamed while its blocker is private';
		blocked.updatedAt = iso(now + 2000);
		const result = await runSync({store, provider: providerFor(server, {pageSize: 3}), full: true, now: () => now + day});
		expect(result.full).toBe(true);
		const tickets = store.loadTickets('linear');
		expect(tickets.find((ticket) => ticket.id === blocked.id)?.title).toBe('Issue 6');
		expect(tickets.filter((ticket) => issues.some((issue) => issue.id === ticket.id))).toHaveLength(7);
	});

	test('a page none of whose issues can be read (their team is hidden) still stops with the clear error', async () => {
		const {builder, eng} = orgWithPrivateBlocker();
		builder.hide(eng, 'forbidden');
		server = await startFakeLinear({dataset: builder.dataset});
		await expect(pullAll(providerFor(server, {pageSize: 3}))).rejects.toMatchObject({kind: 'forbidden', message: 'The Linear API key may not read this data'});
		// Bounded: no more than a page's worth of probes before it stops.
		expect(server.requests.filter((request) => request.operationName === 'DirectorReviewIssueAt').length).toBeLessThanOrEqual(3);
	});

	test('a full sync whose every issue nulls its page, fewer than a page of them, stops with the clear error too', async () => {
		const builder = new LinearDatasetBuilder();
		const dana = builder.user('Dana Director');
		const eng = builder.team('ENG', 'Engineering');
		const sec = builder.team('SEC', 'Security (private)');
		const secret = builder.issue(sec, {title: 'Private blocker', creatorId: dana.id, createdAt: iso(datasetEpoch - 40 * day)});
		for (const index of [1, 2]) builder.relation('blocks', secret, builder.issue(eng, {title: `Blocked ${index}`, creatorId: dana.id, createdAt: iso(datasetEpoch - index * day)}), datasetEpoch, dana.id);
		builder.hide(secret, 'not-found');
		server = await startFakeLinear({dataset: builder.dataset});
		await expect(pullAll(providerFor(server, {pageSize: 3}))).rejects.toMatchObject({kind: 'malformed', message: 'Linear reported an error: Entity not found: Issue'});
	});
});
