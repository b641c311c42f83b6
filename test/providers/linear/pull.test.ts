import {afterEach, describe, expect, test} from 'vitest';
import {buildBulkOrg, datasetEpoch, iso} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {collectPages, operationCounts, providerFor, pullAll} from './helpers.js';

const minute = 60_000;
let server: FakeLinearServer | null = null;

afterEach(async () => {
	await server?.close();
	server = null;
});

describe('Linear pull over the real SDK against the fake', () => {
	test('a full pull of 230 issues takes one request per page of 40 plus one directory request', async () => {
		const {builder} = buildBulkOrg(230);
		server = await startFakeLinear({dataset: builder.dataset});
		const pages = await pullAll(providerFor(server));

		expect(pages).toHaveLength(6);
		const ids = new Set(pages.flatMap((page) => page.tickets.map((ticket) => ticket.id)));
		expect(ids.size).toBe(230);
		expect(server.requestCount).toBe(7);
		expect(operationCounts(server)).toEqual({DirectorReviewDirectory: 1, DirectorReviewIssues: 6});
		// People and cycles travel with the first page only.
		expect(pages[0]!.people.map((person) => person.name)).toEqual(['Dana Director', 'Rui Report', 'Iva Engineer', 'Omar Engineer']);
		expect(pages[0]!.iterations).toHaveLength(2);
		expect(pages.slice(1).every((page) => page.people.length === 0 && page.iterations.length === 0)).toBe(true);
		expect(pages.map((page) => page.progress.done)).toEqual([40, 80, 120, 160, 200, 230]);
		expect(pages.at(-1)!.cursor).toBeNull();
		expect(pages.slice(0, -1).every((page) => page.cursor !== null)).toBe(true);
	});

	test('the team filter and page size reach the server as variables', async () => {
		const {builder} = buildBulkOrg(30);
		server = await startFakeLinear({dataset: builder.dataset});
		const pages = await pullAll(providerFor(server, {teams: ['PLAT'], pageSize: 10}));

		const tickets = pages.flatMap((page) => page.tickets);
		expect(tickets).toHaveLength(15);
		expect(new Set(tickets.map((ticket) => ticket.team))).toEqual(new Set(['PLAT']));
		expect(pages[0]!.iterations.map((iteration) => iteration.team)).toEqual(['PLAT']);
		const issuesRequest = server.requests.find((request) => request.operationName === 'DirectorReviewIssues')!;
		expect(issuesRequest.variables).toMatchObject({first: 10, filter: {team: {key: {in: ['PLAT']}}}});
	});

	test('an incremental pull returns only the issues updated since, in two requests', async () => {
		const {builder} = buildBulkOrg(230);
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server);
		await pullAll(provider);
		const before = server.requestCount;

		const since = datasetEpoch + 5 * minute;
		const changed = [builder.dataset.issues[3]!, builder.dataset.issues[150]!, builder.dataset.issues[229]!];
		for (const [index, issue] of changed.entries()) issue.updatedAt = iso(since + index * minute);
		const pages = await pullAll(provider, since);

		expect(pages.flatMap((page) => page.tickets.map((ticket) => ticket.key)).sort()).toEqual(changed.map((issue) => issue.identifier).sort());
		expect(server.requestCount - before).toBe(2);
		const incremental = server.requests.at(-1)!;
		expect(incremental.variables['filter']).toEqual({
			or: [
				{updatedAt: {gte: new Date(since).toISOString()}},
				{archivedAt: {gte: new Date(since).toISOString()}},
				{hasBlockedByRelations: {eq: true}, completedAt: {null: true}, canceledAt: {null: true}},
			],
		});
	});

	test('an incremental pull re-reads open blocked issues, so a finished blocker ends their spell', async () => {
		const {builder, teams} = buildBulkOrg(20);
		const [eng] = teams;
		const blocker = builder.issue(eng!, {state: 'In Progress', createdAt: iso(datasetEpoch - 3 * 86_400_000)});
		const blocked = builder.issue(eng!, {createdAt: iso(datasetEpoch - 3 * 86_400_000)});
		const finishedBlocked = builder.issue(eng!, {state: 'Done', createdAt: iso(datasetEpoch - 3 * 86_400_000), completedAt: iso(datasetEpoch - 86_400_000)});
		builder.relation('blocks', blocker, blocked, datasetEpoch - 2 * 86_400_000);
		builder.relation('blocks', blocker, finishedBlocked, datasetEpoch - 2 * 86_400_000);
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server);
		const first = (await pullAll(provider)).flatMap((page) => page.tickets).find((ticket) => ticket.id === blocked.id)!;
		expect(first.blockedSpells).toEqual([{start: datasetEpoch - 2 * 86_400_000, end: null, reason: `blocked by ${blocker.identifier}`}]);

		// The blocker is done; the blocked issue itself is untouched since.
		const doneAt = datasetEpoch + 2 * minute;
		blocker.completedAt = iso(doneAt);
		blocker.stateId = builder.state(eng!, 'Done').id;
		blocker.updatedAt = iso(doneAt);
		const pages = await pullAll(provider, datasetEpoch + minute);
		const tickets = pages.flatMap((page) => page.tickets);
		expect(tickets.map((ticket) => ticket.key).sort()).toEqual([blocker.identifier, blocked.identifier].sort());
		expect(tickets.find((ticket) => ticket.id === blocked.id)!.blockedSpells).toEqual([
			{start: datasetEpoch - 2 * 86_400_000, end: doneAt, reason: `blocked by ${blocker.identifier}`},
		]);
	});

	test('an incremental pull with no changes yields one empty last page', async () => {
		const {builder} = buildBulkOrg(12);
		server = await startFakeLinear({dataset: builder.dataset});
		const pages = await pullAll(providerFor(server), datasetEpoch + 365 * 86_400_000);

		expect(pages).toHaveLength(1);
		expect(pages[0]!.tickets).toEqual([]);
		expect(pages[0]!.cursor).toBeNull();
		expect(server.requestCount).toBe(2);
	});

	test('a pull resumes from a cursor a previous pull yielded', async () => {
		const {builder} = buildBulkOrg(100);
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server, {pageSize: 25});
		const first = await pullAll(provider);
		const firstKeys = first.flatMap((page) => page.tickets.map((ticket) => ticket.key));

		const resumed = await collectPages(provider.pull({updatedSince: null, resumeCursor: first[1]!.cursor}));
		expect(resumed.flatMap((page) => page.tickets.map((ticket) => ticket.key))).toEqual(firstKeys.slice(50));
		expect(resumed.map((page) => page.progress.done)).toEqual([75, 100]);
	});

	test('history is paged further only for the issue that has more than one page of it', async () => {
		const {builder, teams, users} = buildBulkOrg(60);
		const busy = builder.issue(teams[0]!, {title: 'Busy', createdAt: iso(datasetEpoch - 90 * 86_400_000)});
		// 130 reassignments: the page carries 50, the overflow document the other 80 (pages of 100).
		for (let index = 0; index < 130; index++) {
			const from = index === 0 ? null : users[index % 4]!.id;
			builder.history(busy, datasetEpoch - 80 * 86_400_000 + index * minute, {fromAssigneeId: from, toAssigneeId: users[(index + 1) % 4]!.id});
		}

		server = await startFakeLinear({dataset: builder.dataset});
		const pages = await pullAll(providerFor(server));

		const overflow = server.requests.filter((request) => request.operationName === 'DirectorReviewIssueHistory');
		expect(overflow).toHaveLength(1);
		expect(overflow[0]!.variables['id']).toBe(busy.id);
		const ticket = pages.flatMap((page) => page.tickets).find((candidate) => candidate.id === busy.id)!;
		expect(ticket.history).toHaveLength(130);
		expect(ticket.history.every((event, index, all) => index === 0 || all[index - 1]!.at <= event.at)).toBe(true);
		expect(ticket.history[0]).toMatchObject({field: 'assignee', from: null, to: users[1]!.id});
	});

	test('whoAmI and listPeople read the viewer and every user, deactivated ones included', async () => {
		const {builder} = buildBulkOrg(1);
		builder.user('Gone Person', {active: false});
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server);

		expect(await provider.whoAmI()).toEqual({id: builder.dataset.viewerId, name: 'Dana Director', displayName: 'dana', email: 'dana@example.test', active: true});
		const people = await provider.listPeople();
		expect(people).toHaveLength(5);
		expect(people.find((person) => person.name === 'Gone Person')?.active).toBe(false);
		expect(provider.description).toBe('Linear, all teams');
	});
});

describe('issues that left the synced teams', () => {
	test('more of them than one page holds are paged to the end, and only on an incremental pull of some teams', async () => {
		const {builder, teams} = buildBulkOrg(230);
		const [eng, plat] = teams;
		server = await startFakeLinear({dataset: builder.dataset});
		const provider = providerFor(server, {teams: ['ENG']});
		const full = await pullAll(provider);
		expect(full.flatMap((page) => page.removedTicketIds ?? [])).toEqual([]);
		expect(server.requests.every((request) => request.variables['withLeftScope'] !== true)).toBe(true);

		const since = datasetEpoch + 5 * minute;
		const leaving = builder.dataset.issues.filter((issue) => issue.teamId === eng!.id).slice(0, 60);
		for (const [index, issue] of leaving.entries()) builder.moveToTeam(issue, plat!, since + index * 1000);
		const before = server.requestCount;
		const pages = await pullAll(provider, since);

		expect(new Set(pages.flatMap((page) => page.removedTicketIds ?? []))).toEqual(new Set(leaving.map((issue) => issue.id)));
		expect(pages.flatMap((page) => page.tickets)).toEqual([]);
		expect(server.requests.slice(before).map((request) => request.operationName)).toEqual(['DirectorReviewDirectory', 'DirectorReviewIssues', 'DirectorReviewLeftScope']);
	});
});
