import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {openStore} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {computeCommitment} from '../../../source/domain/metrics/v2/commitment.js';
import {isUnplannedBy} from '../../../source/domain/metrics/v2/timeline.js';
import type {Iteration, Ticket} from '../../../source/domain/types.js';
import {weekOf} from '../../../source/domain/week.js';
import {datasetEpoch, iso, LinearDatasetBuilder} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {providerFor, pullAll} from './helpers.js';

/*
 * At a cycle's end Linear rolls its unfinished issues into the team's next cycle (a move by
 * no one: `actorId` null). Back-to-back cycles: the end is the next one's start, and the
 * history stamps the move when Linear's job ran, a little after it.
 */

const day = 86_400_000;
const minute = 60_000;
let server: FakeLinearServer | undefined;

afterEach(async () => {
	await server?.close();
	server = undefined;
});

function org(lagMs: number, completedEarlyBy = 0) {
	const builder = new LinearDatasetBuilder();
	const dana = builder.user('Dana Director');
	const eng = builder.team('ENG', 'Engineering');
	const firstStart = datasetEpoch - 28 * day;
	const first = builder.cycle(eng, 1, firstStart);
	const second = builder.cycle(eng, 2, firstStart + 14 * day);
	const carried = builder.issue(eng, {title: 'Carried over', creatorId: dana.id, createdAt: iso(firstStart - 10 * day), state: 'In Progress', startedAt: iso(firstStart + 2 * day)});
	builder.moveToCycle(carried, first, firstStart - 2 * day, dana.id);
	const done = builder.issue(eng, {title: 'Done in time', creatorId: dana.id, createdAt: iso(firstStart - 10 * day), state: 'Done', startedAt: iso(firstStart + day), completedAt: iso(firstStart + 5 * day)});
	builder.moveToCycle(done, first, firstStart - 2 * day, dana.id);
	const endedAt = firstStart + 14 * day - completedEarlyBy;
	builder.completeCycle(first, endedAt, lagMs);
	return {builder, first, second, carried, done, endedAt};
}

function iterationsOf(pages: Awaited<ReturnType<typeof pullAll>>): Iteration[] {
	return pages.flatMap((page) => page.iterations);
}

describe('Linear cycle roll-over', () => {
	test.each([
		['stamped at the end instant', 0],
		['stamped 90 s after the end (the next cycle had started)', 90_000],
		['stamped a second before the cycle’s completedAt', -1000],
	])('a rolled-over issue is planned in the next cycle, neither added nor unplanned there, and not removed from the one it left (%s)', async (_name, lagMs) => {
		const {builder, first, second, carried, endedAt} = org(lagMs);
		server = await startFakeLinear({dataset: builder.dataset});
		const pages = await pullAll(providerFor(server));
		const tickets: Ticket[] = pages.flatMap((page) => page.tickets);
		const iterations = iterationsOf(pages);

		const endedWeek = weekOf(endedAt - minute, 'UTC');
		const [ended] = computeCommitment(tickets, iterations, endedWeek, endedWeek.endAt).filter((integrity) => integrity.id === first.id);
		expect(ended).toMatchObject({planned: 2, removed: 0, completedPlanned: 1});
		const nextWeek = weekOf(endedAt + day, 'UTC');
		const [running] = computeCommitment(tickets, iterations, nextWeek, nextWeek.endAt).filter((integrity) => integrity.id === second.id);
		expect(running).toMatchObject({planned: 1, added: 0, removed: 0});
		const ticket = tickets.find((candidate) => candidate.id === carried.id)!;
		expect(isUnplannedBy(ticket, new Map(iterations.map((iteration) => [iteration.id, iteration])), nextWeek.endAt)).toBe(false);
	});

	test('an incremental pull reads an old roll-over the same way, asking once for the cycles its directory did not bring', async () => {
		const {builder, second, carried} = org(90_000);
		server = await startFakeLinear({dataset: builder.dataset});
		const full = (await pullAll(providerFor(server))).flatMap((page) => page.tickets).find((ticket) => ticket.id === carried.id)!;
		// Later, the carried issue is edited; the cycles have not changed since.
		const since = datasetEpoch + day;
		carried.title = 'Carried over, renamed';
		carried.updatedAt = iso(since + minute);
		const before = server.requestCount;
		const pages = await pullAll(providerFor(server), since);
		const incremental = pages.flatMap((page) => page.tickets).find((ticket) => ticket.id === carried.id)!;
		expect(incremental.history).toEqual(full.history);
		expect(incremental.history.filter((event) => event.field === 'iteration' && event.to === second.id)[0]?.at).toBe(Date.parse(second.startsAt));
		expect(server.requests.slice(before).filter((request) => request.operationName === 'DirectorReviewCyclesById')).toHaveLength(1);
	});

	test('an incremental sync takes the cycles from the store: re-reading a rolled-over issue asks Linear for no cycle', async () => {
		const {builder, carried, second} = org(90_000);
		server = await startFakeLinear({dataset: builder.dataset});
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-linear-roll-over-'));
		const store = openStore(path.join(folder, 'director-review.db'));
		try {
			await runSync({store, provider: providerFor(server), full: true, now: () => datasetEpoch});
			carried.title = 'Carried over, renamed';
			carried.updatedAt = iso(datasetEpoch + 2 * day);
			const before = server.requestCount;
			await runSync({store, provider: providerFor(server), full: false, now: () => datasetEpoch + 3 * day});
			expect(server.requests.slice(before).map((request) => request.operationName)).toEqual(['DirectorReviewDirectory', 'DirectorReviewIssues']);
			const stored = store.loadTickets('linear').find((ticket) => ticket.id === carried.id)!;
			expect(stored.title).toBe('Carried over, renamed');
			expect(stored.history.find((event) => event.field === 'iteration' && event.to === second.id)?.at).toBe(Date.parse(second.startsAt));
		} finally {
			store.close();
			fs.rmSync(folder, {recursive: true, force: true});
		}
	});

	test('a cycle completed early (before the next one starts): the issue leaves it after its completion and is planned in the next; a move by someone is read as stamped', async () => {
		const {builder, first, second, carried, endedAt} = org(30_000, 3 * day);
		// Someone moves the done issue's neighbour by hand after the start of the next cycle: no roll-over.
		const late = builder.issue(builder.dataset.teams[0]!, {title: 'Added by hand', createdAt: iso(endedAt - 20 * day)});
		builder.moveToCycle(late, second, Date.parse(second.startsAt) + day, builder.dataset.viewerId);
		server = await startFakeLinear({dataset: builder.dataset});
		const pages = await pullAll(providerFor(server));
		const tickets = pages.flatMap((page) => page.tickets);
		const moves = tickets.find((ticket) => ticket.id === carried.id)!.history.filter((event) => event.field === 'iteration');
		// Completed three days early: the next cycle had not started, so the move keeps its stamp.
		expect(moves.at(-1)).toMatchObject({from: first.id, to: second.id, at: endedAt + 30_000});
		const iterations = pages.flatMap((page) => page.iterations);
		const endedWeek = weekOf(endedAt, 'UTC');
		expect(computeCommitment(tickets, iterations, endedWeek, endedWeek.endAt).find((integrity) => integrity.id === first.id)).toMatchObject({planned: 2, removed: 0});
		const nextWeek = weekOf(Date.parse(second.startsAt) + 2 * day, 'UTC');
		expect(computeCommitment(tickets, iterations, nextWeek, nextWeek.endAt).find((integrity) => integrity.id === second.id)).toMatchObject({planned: 1, added: 1});
		expect(tickets.find((ticket) => ticket.id === late.id)!.history.filter((event) => event.field === 'iteration')).toEqual([
			expect.objectContaining({from: null, to: second.id, at: Date.parse(second.startsAt) + day}),
		]);
	});
});
