import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {rosterCandidates} from '../../../source/commands/roster-check.js';
import {openStore, type Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {datasetEpoch, iso, LinearDatasetBuilder} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {providerFor} from './helpers.js';

/*
 * Linear's users (schema `User`): `active` false once suspended (deactivated: never deleted,
 * listed with `includeDisabled`), `guest` for someone limited to some teams, `app` for an
 * integration's or agent's user, which can be assigned issues.
 */

const day = 86_400_000;
let server: FakeLinearServer | undefined;
let folder: string | undefined;
let store: Store | undefined;

afterEach(async () => {
	store?.close();
	await server?.close();
	if (folder) fs.rmSync(folder, {recursive: true, force: true});
	server = store = folder = undefined;
});

function org() {
	const builder = new LinearDatasetBuilder();
	const dana = builder.user('Dana Director');
	const gone = builder.user('Gita Gone', {active: false});
	const guest = builder.user('Gus Guest', {guest: true});
	const bot = builder.user('Cursor Agent', {app: true});
	const eng = builder.team('ENG', 'Engineering');
	const byGone = builder.issue(eng, {title: 'Done by someone since deactivated', creatorId: dana.id, createdAt: iso(datasetEpoch - 40 * day)});
	builder.history(byGone, datasetEpoch - 39 * day, {actorId: dana.id, fromAssigneeId: null, toAssigneeId: gone.id});
	byGone.assigneeId = gone.id;
	const byBot = builder.issue(eng, {title: 'Handed to an agent', creatorId: dana.id, createdAt: iso(datasetEpoch - 5 * day)});
	builder.history(byBot, datasetEpoch - 4 * day, {actorId: dana.id, fromAssigneeId: null, toAssigneeId: bot.id});
	byBot.assigneeId = bot.id;
	return {builder, dana, gone, guest, bot, byGone, byBot};
}

describe('Linear users: deactivated, guests, app users', () => {
	test('roster suggestions (init, doctor) never offer an app user, listed now or stored by a sync; deactivated people and guests stay (doctor matches them; the init picker shows the active ones)', async () => {
		const {builder, dana, gone, guest, bot} = org();
		server = await startFakeLinear({dataset: builder.dataset});
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-linear-users-'));
		store = openStore(path.join(folder, 'director-review.db'));
		await runSync({store, provider: providerFor(server), full: true, now: () => datasetEpoch});

		const listed = await providerFor(server).listPeople();
		expect(listed.find((person) => person.id === bot.id)?.app).toBe(true);
		const candidates = rosterCandidates(listed, store.loadPeople('linear'));
		expect(candidates.map((person) => person.id).sort()).toEqual([dana.id, gone.id, guest.id].sort());
	});

	test('a ticket of a deactivated user stays that person’s, and an agent’s ticket names the agent', async () => {
		const {builder, gone, bot, byGone, byBot} = org();
		server = await startFakeLinear({dataset: builder.dataset});
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-linear-users-'));
		store = openStore(path.join(folder, 'director-review.db'));
		await runSync({store, provider: providerFor(server), full: true, now: () => datasetEpoch});

		const tickets = store.loadTickets('linear');
		expect(tickets.find((ticket) => ticket.id === byGone.id)?.assigneeId).toBe(gone.id);
		expect(tickets.find((ticket) => ticket.id === byBot.id)?.assigneeId).toBe(bot.id);
		const people = store.loadPeople('linear');
		expect(people.find((person) => person.id === gone.id)).toMatchObject({name: 'Gita Gone', active: false});
		expect(people.find((person) => person.id === bot.id)?.name).toBe('Cursor Agent');
	});

	test('the store keeps which stored users are app users: with no listing naming the agent, it is still never offered', async () => {
		const {builder, dana, gone, bot} = org();
		server = await startFakeLinear({dataset: builder.dataset});
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-linear-users-'));
		const file = path.join(folder, 'director-review.db');
		store = openStore(file);
		await runSync({store, provider: providerFor(server), full: true, now: () => datasetEpoch});
		store.close();
		store = openStore(file);

		const stored = store.loadPeople('linear');
		expect(stored.find((person) => person.id === bot.id)).toMatchObject({name: 'Cursor Agent', app: true});
		expect(stored.find((person) => person.id === dana.id)?.app).toBeUndefined();
		// A listing that does not name it (or says nothing of apps) is no evidence it is a person.
		const candidates = rosterCandidates([], stored).map((person) => person.id);
		expect(candidates).not.toContain(bot.id);
		expect(candidates).toEqual(expect.arrayContaining([dana.id, gone.id]));
		const {app: _mark, ...unmarked} = stored.find((person) => person.id === bot.id)!;
		expect(rosterCandidates([unmarked], stored).map((person) => person.id)).not.toContain(bot.id);
	});
});
