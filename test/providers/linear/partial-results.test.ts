import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {openStore, type Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {datasetEpoch, iso, LinearDatasetBuilder} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {providerFor, pullAll} from './helpers.js';

/*
 * Linear answers HTTP 200 with `data` and `errors` when a field points at what the key cannot
 * see (GraphQL's partial result: the field is null, the error's `path` names it). `@linear/sdk`
 * throws on any `errors`, data or not; the pull reads the data and decides per field.
 */

const day = 86_400_000;
let server: FakeLinearServer | undefined;
let folder: string | undefined;
let store: Store | undefined;

afterEach(async () => {
	store?.close();
	await server?.close();
	if (folder) fs.rmSync(folder, {recursive: true, force: true});
	server = undefined;
	store = undefined;
	folder = undefined;
});

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

	test('a ticket whose creator the key cannot see is not written with no creator: a sync keeps it as stored, a full sync does not sweep it', async () => {
		const {builder, hidden, createdByHidden} = org();
		server = await startFakeLinear({dataset: builder.dataset});
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-linear-partial-'));
		store = openStore(path.join(folder, 'director-review.db'));
		const now = datasetEpoch;
		await runSync({store, provider: providerFor(server), full: true, now: () => now});
		expect(store.loadTickets('linear').find((ticket) => ticket.id === createdByHidden.id)?.creatorId).toBe(hidden.id);

		// Hana is later out of the key's sight (a team it left); the issue is edited.
		builder.hide(hidden, 'not-found');
		createdByHidden.title = 'Renamed while hidden';
		createdByHidden.updatedAt = iso(now + 1000);
		const pages = await pullAll(providerFor(server));
		expect(pages.flatMap((page) => page.tickets).some((ticket) => ticket.id === createdByHidden.id)).toBe(false);
		expect(pages.flatMap((page) => page.ticketIdsKept ?? [])).toEqual([createdByHidden.id]);

		const result = await runSync({store, provider: providerFor(server), full: true, now: () => now + day});
		expect(result.full).toBe(true);
		const kept = store.loadTickets('linear').find((ticket) => ticket.id === createdByHidden.id);
		expect(kept).toMatchObject({creatorId: hidden.id, title: 'Created by someone hidden'});
		expect(store.loadTickets('linear')).toHaveLength(3);
	});
});
