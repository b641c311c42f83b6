import {afterEach, expect, test} from 'vitest';
import {runSync} from '../../../source/sync/run-sync.js';
import {datasetEpoch, iso, LinearDatasetBuilder, type FakeIssue} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {editedAfterFirstPage, useFreshStore} from '../../support/mid-sync.js';
import {providerFor} from './helpers.js';

/**
 * Tickets edited while a sync runs. Linear pages a connection newest first by its order
 * field (the fake does the same); an issue edited between two pages of a pull ordered by
 * `updatedAt` jumps ahead of the cursor, and the pull never sees it.
 */

const hour = 3_600_000;
let server: FakeLinearServer | null = null;
const fresh = useFreshStore('director-review-linear-midsync-');

afterEach(async () => {
	await server?.close();
	server = null;
});

test('a full sync keeps every ticket when one not yet read is edited mid-sync (not swept, not missed)', async () => {
	const builder = new LinearDatasetBuilder();
	builder.user('Dana Director');
	const eng = builder.team('ENG');
	const issues: FakeIssue[] = [];
	for (let index = 0; index < 9; index++) {
		const at = iso(datasetEpoch - (30 - index) * 24 * hour);
		issues.push(builder.issue(eng, {createdAt: at, updatedAt: at}));
	}

	server = await startFakeLinear({dataset: builder.dataset});
	let now = datasetEpoch;
	await runSync({store: fresh.store(), provider: providerFor(server, {pageSize: 3}), full: true, now: () => now});
	expect(fresh.store().ticketCount('linear')).toBe(9);

	// The oldest issue sits on the last page: edited once the first page is in, it is still in the workspace.
	now += hour;
	const edited = issues[0]!;
	const provider = editedAfterFirstPage(providerFor(server, {pageSize: 3}), () => {
		edited.title = 'Edited while the sync ran';
		edited.updatedAt = iso(now + 60_000);
	});
	await runSync({store: fresh.store(), provider, full: true, now: () => now});

	const keys = new Set(fresh.store().loadTickets('linear').map((ticket) => ticket.key));
	expect(keys).toEqual(new Set(issues.map((issue) => issue.identifier)));
});

test('a pull cut short under the former updatedAt order starts over: its cursor says nothing in createdAt order', async () => {
	const builder = new LinearDatasetBuilder();
	builder.user('Dana Director');
	const eng = builder.team('ENG');
	// Created oldest to newest; the oldest was edited last, so it led the former updatedAt order.
	const issues: FakeIssue[] = [];
	for (let index = 0; index < 6; index++) {
		const at = iso(datasetEpoch - (30 - index) * 24 * hour);
		issues.push(builder.issue(eng, {createdAt: at, updatedAt: at}));
	}

	issues[0]!.updatedAt = iso(datasetEpoch - hour);
	server = await startFakeLinear({dataset: builder.dataset});
	// What the former version stored after its first page of 3: the third most recently updated issue.
	const after = issues[5]!.id;
	const resumeCursor = Buffer.from(JSON.stringify({v: 1, after, since: null, done: 3}), 'utf8').toString('base64url');
	const keys: string[] = [];
	for await (const page of providerFor(server, {pageSize: 3}).pull({updatedSince: null, resumeCursor})) keys.push(...page.tickets.map((ticket) => ticket.key));
	expect(new Set(keys)).toEqual(new Set(issues.map((issue) => issue.identifier)));
});

test('an incremental sync on a machine whose clock runs 20 minutes ahead of Linear misses no change', async () => {
	const skew = -20 * 60_000;
	const builder = new LinearDatasetBuilder();
	builder.user('Dana Director');
	const eng = builder.team('ENG');
	const issue = builder.issue(eng, {createdAt: iso(datasetEpoch), updatedAt: iso(datasetEpoch)});
	server = await startFakeLinear({dataset: builder.dataset, clockSkewMs: skew});
	const started = Date.now();
	await runSync({store: fresh.store(), provider: providerFor(server), full: true, now: () => started});

	// Five minutes after that sync started, on Linear's clock: fifteen minutes before it, on ours.
	issue.title = 'Changed after the sync started';
	issue.updatedAt = iso(started + skew + 5 * 60_000);
	await runSync({store: fresh.store(), provider: providerFor(server), full: false, now: () => started + hour});
	expect(fresh.store().loadTickets('linear').find((ticket) => ticket.id === issue.id)?.title).toBe('Changed after the sync started');
});

test('a pull resumed after an issue Linear no longer pages past (deleted, moved out of the teams) starts over instead of failing for ever', async () => {
	const builder = new LinearDatasetBuilder();
	builder.user('Dana Director');
	const eng = builder.team('ENG');
	const issues = Array.from({length: 5}, (_, index) => builder.issue(eng, {createdAt: iso(datasetEpoch - (10 - index) * hour)}));
	server = await startFakeLinear({dataset: builder.dataset});
	const resumeCursor = Buffer.from(JSON.stringify({v: 2, after: '11111111-dead-4000-8000-000000000000', since: null, done: 3}), 'utf8').toString('base64url');
	const keys: string[] = [];
	for await (const page of providerFor(server, {pageSize: 2}).pull({updatedSince: null, resumeCursor})) keys.push(...page.tickets.map((ticket) => ticket.key));
	expect(new Set(keys)).toEqual(new Set(issues.map((issue) => issue.identifier)));
});
