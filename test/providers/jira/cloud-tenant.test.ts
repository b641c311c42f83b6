/** What a real Jira Cloud tenant does that the other Cloud tests do not exercise, each as Atlassian's docs state it. */
import {expect, it} from 'vitest';
import {change, item, makeIssue, users} from '../../fakes/jira/fixtures.js';
import {fakeCredentials} from '../../fakes/jira/server.js';
import {cloudTenants, collect, failure, providerFor, tickets} from './helpers.js';

const {dana, alex} = users('cloud');
const start = cloudTenants();

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;


it('a 403 CAPTCHA challenge (X-Seraph-LoginReason: AUTHENTICATION_DENIED) says to sign in through the browser, not that a permission is missing', async () => {
	const server = await start([{id: 1, created: day(1)}]);
	server.fail({kind: 'captcha', times: 100});
	const error = await failure(collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(error.kind).toBe('auth');
	expect(error.message).toContain('CAPTCHA');
	expect(error.hint).toContain('browser');
	expect(`${error.message} ${error.hint}`).not.toContain(fakeCredentials.apiToken);
	// Not retried: every attempt would be turned away the same way.
	expect(server.requests.filter((request) => request.outcome === 'captcha')).toHaveLength(1);
});

/**
 * A link type's inward and outward descriptions are the site's to write (Jira's issue-linking admin page):
 * where the outward one reads as the blocked side, a blocked issue names its blocker as `outwardIssue`.
 */
it('a link type whose outward description reads "is blocked by" (or "depends on") names the blocker on its outward side', async () => {
	const reversedBlocks = {id: '10000', name: 'Blocks', inward: 'blocks', outward: 'is blocked by'};
	const dependency = {id: '10300', name: 'Dependency', inward: 'is depended on by', outward: 'depends on'};
	const open = {id: '99', fields: {status: {id: '3', name: 'In Progress', statusCategory: {key: 'indeterminate'}}}};
	const linked = (id: number, phrase: string, link: Record<string, unknown>): ReturnType<typeof makeIssue> => {
		const blocker = ((link.outwardIssue ?? link.inwardIssue) as {key: string}).key;
		const issue = makeIssue('cloud', {id, created: day(1), histories: [change(alex, day(2), {field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: blocker, toString: `This issue ${phrase} ${blocker}`})]});
		return {...issue, fields: {...issue.fields, issuelinks: [{id: String(40_000 + id), ...link}]}};
	};

	const issues = [
		// ENG-1 is blocked by ENG-7: on ENG-1 the link points outward.
		linked(1, 'is blocked by', {type: reversedBlocks, outwardIssue: {...open, key: 'ENG-7'}}),
		// ENG-2 blocks ENG-8: nothing blocks ENG-2.
		linked(2, 'blocks', {type: reversedBlocks, inwardIssue: {...open, key: 'ENG-8'}}),
		// ENG-3 depends on ENG-9.
		linked(3, 'depends on', {type: dependency, outwardIssue: {...open, key: 'ENG-9'}}),
	];
	const fake = await start([], {issues, linkTypes: [reversedBlocks, dependency]});
	const got = tickets(await collect(providerFor(fake, 'cloud', {blockedByLinkTypes: ['Blocks', 'Dependency']}).pull({updatedSince: null, resumeCursor: null})));
	const spells = (key: string) => got.find((ticket) => ticket.key === key)?.blockedSpells;
	expect(spells('ENG-1')).toEqual([{start: Date.parse(day(2)), end: null, reason: 'blocked by ENG-7'}]);
	expect(spells('ENG-2')).toEqual([]);
	expect(spells('ENG-3')).toEqual([{start: Date.parse(day(2)), end: null, reason: 'blocked by ENG-9'}]);
});

/**
 * Cloud's changelog names the accounts of a user field in `tmpFromAccountId`/`tmpToAccountId`, and only
 * there when `from`/`to` are empty (apache/devlake#7734: "there is no tmpFromAccountId, but a tmpToAccountId").
 */
it('an assignee change that names its accounts only in tmpFromAccountId/tmpToAccountId keeps who held the ticket', async () => {
	const assigned = {field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: null, fromString: null, to: null, toString: alex.displayName, tmpFromAccountId: null, tmpToAccountId: alex.accountId ?? null};
	const handed = {field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: '', fromString: alex.displayName, to: '', toString: dana.displayName, tmpFromAccountId: alex.accountId ?? null, tmpToAccountId: dana.accountId ?? null};
	const server = await start([{id: 1, created: day(1), assignee: dana, histories: [change(dana, day(2), assigned), change(alex, day(3), handed)]}]);
	const [ticket] = tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(ticket?.history.map(({field, from, to}) => ({field, from, to}))).toEqual([
		{field: 'assignee', from: null, to: alex.accountId},
		{field: 'assignee', from: alex.accountId, to: dana.accountId},
	]);
});

it('a search that leaves the asked-for changelog out has each issue\'s changelog read whole, not taken as empty', async () => {
	const server = await start(
		[
			{
				id: 1,
				status: 'Done',
				resolution: 'Done',
				resolved: day(6),
				created: day(1),
				updated: day(6),
				assignee: alex,
				histories: [change(dana, day(2), item.assignee(null, alex, 'cloud')), change(alex, day(3), item.status('To Do', 'In Progress')), change(alex, day(6), item.status('In Progress', 'Done'), item.resolution('Done'))],
			},
		],
		{searchEmbedsChangelog: false},
	);
	const [ticket] = tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(ticket).toMatchObject({startedAt: Date.parse(day(3)), completedAt: Date.parse(day(6))});
	expect(ticket?.history.map((event) => event.field)).toEqual(['assignee', 'status', 'status']);
	expect(server.requests.filter((request) => request.path === '/rest/api/3/changelog/bulkfetch')).toHaveLength(1);
});

/** A team-managed project's board is of type `simple` (the agile API's board types: scrum, kanban, simple) and holds its sprints. */
it('a full sync reads the sprints of team-managed (simple) boards as well as scrum boards', async () => {
	const sprint = (id: number, name: string) => ({id, name, state: 'closed', startDate: day(1), endDate: day(14), completeDate: day(14)});
	const server = await start([{id: 1, created: day(1)}], {
		boards: [
			{id: 1, name: 'ENG scrum', type: 'scrum', projectKey: 'ENG', sprints: [sprint(5, 'ENG Sprint 5')]},
			{id: 2, name: 'ENG team board', type: 'simple', projectKey: 'ENG', sprints: [sprint(41, 'Team Sprint 1')]},
			{id: 3, name: 'ENG flow', type: 'kanban', projectKey: 'ENG', sprints: []},
		],
	});
	const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
	expect(pages.flatMap((page) => page.iterations).map((iteration) => iteration.id).sort()).toEqual(['41', '5']);
	// A kanban board is not asked for sprints it cannot have.
	expect(server.requests.some((request) => request.path === '/rest/agile/1.0/board/3/sprint')).toBe(false);
});

/**
 * A workflow without a resolution step leaves `resolutiondate` empty; `updated` then moves with every later
 * edit (a comment, a label), which would carry the completion into a later week.
 */
it('a Done issue without a resolution date and without a transition into Done finishes when its status category changed, else when it was created', async () => {
	const server = await start([
		// Created straight into Done (an import): no status change recorded, commented on since.
		{id: 1, status: 'Done', created: day(2), updated: day(20)},
		// Its status moved to Done's category by an admin's workflow change: Jira still records when the category changed.
		{id: 2, status: 'Done', created: day(1), updated: day(20), histories: [change(alex, day(3), item.status('To Do', 'In Progress'))]},
	]);
	server.issues = server.issues.map((issue) => (issue.id === '2' ? {...issue, fields: {...issue.fields, statuscategorychangedate: '2026-03-05T10:00:00.000+0000'}} : issue));
	const byKey = new Map(tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}))).map((ticket) => [ticket.key, ticket]));
	expect(byKey.get('ENG-1')).toMatchObject({statusCategory: 'completed', completedAt: Date.parse(day(2))});
	expect(byKey.get('ENG-2')).toMatchObject({statusCategory: 'completed', completedAt: Date.parse(day(5))});
	const search = server.requests.find((request) => request.path === '/rest/api/3/search/jql');
	expect((search?.body as {fields: string[]}).fields).toContain('statuscategorychangedate');
});

/** Cloud's user search needs the "Browse users and groups" global permission; without it, 403. */
it('listPeople without permission to browse users still offers the people of the issues in scope', async () => {
	const server = await start([{id: 1, created: day(1), assignee: alex, creator: dana}]);
	server.fail({kind: 'server', status: 403, path: /^\/rest\/api\/3\/users\/search$/, times: 100});
	const people = await providerFor(server, 'cloud').listPeople();
	expect(people.map((person) => person.id).sort()).toEqual([alex.accountId, dana.accountId].sort());
});

it('the fake refuses an enhanced-search body whose expand is not one string, as Cloud does', async () => {
	const server = await start([{id: 1, created: day(1)}]);
	const post = async (body: unknown) =>
		fetch(`${server.url}/rest/api/3/search/jql`, {
			method: 'POST',
			headers: {authorization: `Basic ${Buffer.from(`${fakeCredentials.email}:${fakeCredentials.apiToken}`).toString('base64')}`, 'content-type': 'application/json'},
			body: JSON.stringify(body),
		});
	expect((await post({jql: 'project = ENG', fields: ['summary'], expand: ['changelog']})).status).toBe(400);
	expect((await post({jql: 'project = ENG', fields: ['summary'], expand: 'changelog'})).status).toBe(200);
});

it('an issue deleted between the search and the reading of its changelog (404) keeps what the search embedded; the sync does not fail', async () => {
	const histories = Array.from({length: 6}, (_, index) => change(alex, day(2 + index), item.duedate(`2026-04-0${index + 1}`, `2026-04-0${index + 2}`)));
	const server = await start([{id: 1, created: day(1), updated: day(9), histories}, {id: 2, created: day(1)}], {embeddedChangelogLimit: 3});
	// No bulk endpoint on this site, and the issue is gone by the time its changelog is asked for.
	server.fail({kind: 'server', status: 404, path: /^\/rest\/api\/3\/changelog\/bulkfetch$/, times: 100}, {kind: 'server', status: 404, path: /^\/rest\/api\/3\/issue\/1\/changelog$/, times: 100});
	const got = tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(got.map((ticket) => ticket.key)).toEqual(['ENG-1', 'ENG-2']);
	expect(got[0]?.history.map((event) => event.to)).toEqual(['2026-04-05', '2026-04-06', '2026-04-07']);
});

it('a scoped token without the agile scopes still finishes a full sync (sprints from the issues); without the search scopes it is told which scopes to grant', async () => {
	const board = {id: 1, name: 'ENG scrum', type: 'scrum' as const, projectKey: 'ENG', sprints: []};
	const server = await start([{id: 1, created: day(1)}], {boards: [board]});
	server.fail({kind: 'scope', path: /^\/rest\/agile\//, times: 100});
	const pages = await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}));
	expect(tickets(pages).map((ticket) => ticket.key)).toEqual(['ENG-1']);
	expect(pages.at(-1)?.cursor).toBeNull();

	server.fail({kind: 'scope', path: /^\/rest\/api\/3\/search\/jql$/, times: 100});
	const error = await failure(collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(error.kind).toBe('auth');
	expect(error.hint).toContain('read:jira-work');
});

/** GET /rest/api/3/status: "Returns a list of all statuses associated with active workflows." */
it('a transition into a status the status list leaves out counts by the category the issue itself gives that status', async () => {
	const reviewing = {self: '/rest/api/3/status/10200', id: '10200', name: 'Reviewing', statusCategory: {id: 4, key: 'indeterminate', name: 'In Progress'}};
	const into = {field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '10200', toString: 'Reviewing'};
	const server = await start([{id: 1, created: day(1), updated: day(3), histories: [change(alex, day(3), into)]}]);
	server.issues = server.issues.map((issue) => ({...issue, fields: {...issue.fields, status: reviewing}}));
	const [ticket] = tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(ticket).toMatchObject({status: 'Reviewing', statusCategory: 'started', startedAt: Date.parse(day(3))});
	expect(ticket?.history).toEqual([{at: Date.parse(day(3)), field: 'status', from: 'unstarted', to: 'started', actorId: alex.accountId}]);
});

/**
 * A sprint is shown on every board whose filter holds one of its issues ("shared sprint", Atlassian KB
 * "Sprint management for projects appearing on multiple boards in Jira Cloud"); `originBoardId` names the
 * board it was created on. Each board's listing gives it, so it is one iteration, of its origin board's team.
 */
it('a sprint shared by two boards is one iteration, of the team whose board it was created on', async () => {
	const sprint = (id: number, name: string, originBoardId?: number) => ({id, name, state: 'closed', startDate: day(1), endDate: day(14), completeDate: day(14), ...(originBoardId === undefined ? {} : {originBoardId})});
	const server = await start([{id: 1, created: day(1)}, {id: 2, project: 'OPS', created: day(1)}], {
		boards: [
			{id: 1, name: 'ENG scrum', type: 'scrum', projectKey: 'ENG', sprints: [sprint(5, 'ENG Sprint 5')]},
			// OPS-2 was pulled into ENG's sprint: the OPS board shows that sprint too.
			{id: 2, name: 'OPS scrum', type: 'scrum', projectKey: 'OPS', sprints: [sprint(5, 'ENG Sprint 5', 1), sprint(9, 'OPS Sprint 9')]},
		],
	});
	const pages = await collect(providerFor(server, 'cloud', {jql: 'project in (ENG, OPS)'}).pull({updatedSince: null, resumeCursor: null}));
	const fromBoards = pages.at(-1)?.iterations ?? [];
	expect(fromBoards.map((iteration) => [iteration.id, iteration.team])).toEqual([
		['5', 'ENG'],
		['9', 'OPS'],
	]);
});

/** The board a shared sprint was created on decides its team even when it is listed first by another board. */
it('a shared sprint listed first by a board it was not created on is still its origin board\'s', async () => {
	const sprint = (id: number, originBoardId?: number) => ({id, name: `Sprint ${id}`, state: 'active', startDate: day(1), endDate: day(14), ...(originBoardId === undefined ? {} : {originBoardId})});
	const server = await start([{id: 1, created: day(1)}, {id: 2, project: 'OPS', created: day(1)}], {
		boards: [
			{id: 2, name: 'OPS scrum', type: 'scrum', projectKey: 'OPS', sprints: [sprint(5, 7)]},
			{id: 7, name: 'ENG scrum', type: 'scrum', projectKey: 'ENG', sprints: [sprint(5)]},
		],
	});
	const pages = await collect(providerFor(server, 'cloud', {jql: 'project in (ENG, OPS)'}).pull({updatedSince: null, resumeCursor: null}));
	expect((pages.at(-1)?.iterations ?? []).map((iteration) => [iteration.id, iteration.team])).toEqual([['5', 'ENG']]);
});

/**
 * A sprint belongs to the board it was created on (the Sprint field's `boardId`), whose project may not be the
 * issue's: a board's filter may span projects, and a sprint is shared by every board holding one of its issues.
 * An incremental sync reads the sprint off its issues, and names the same team the full sync's boards named.
 */
it('an incremental sync names a sprint\'s team by the board it was created on, as the full sync does, not by the issue\'s project', async () => {
	const sprint = {id: 5, name: 'ENG Sprint 5', state: 'active', start: day(1), end: day(14), boardId: 7};
	const server = await start([{id: 1, created: day(1), sprint}, {id: 2, project: 'OPS', created: day(1), updated: day(3), sprint}], {
		boards: [{id: 7, name: 'ENG scrum', type: 'scrum', projectKey: 'ENG', sprints: [{id: 5, name: 'ENG Sprint 5', state: 'active', startDate: day(1), endDate: day(14)}]}],
	});
	const provider = providerFor(server, 'cloud', {jql: 'project in (ENG, OPS)'});
	const full = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
	const teams = (pages: typeof full) => [...new Set(pages.flatMap((page) => page.iterations).filter((iteration) => iteration.id === '5').map((iteration) => iteration.team))];
	expect(teams(full)).toEqual(['ENG']);
	const incremental = await collect(provider.pull({updatedSince: Date.parse(day(2)), resumeCursor: null}));
	expect(incremental.flatMap((page) => page.tickets).map((ticket) => ticket.key)).toEqual(['OPS-2']);
	expect(teams(incremental)).toEqual(['ENG']);
});

/**
 * search/jql's `failFast` (default false): "Fail this request early if we can't retrieve all field data." Without
 * it a field Jira could not load is simply missing from the 200: a Done issue would be stored with no status.
 */
it('a search page where Jira could not load a field fails and is asked again, never stored without the field', async () => {
	const server = await start([{id: 1, created: day(1), updated: day(3), status: 'Done', resolution: 'Done', resolved: day(3), histories: [change(alex, day(3), item.status('In Progress', 'Done'))]}], {
		fieldLoadFailures: [{key: 'ENG-1', field: 'status'}],
	});
	const [ticket] = tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(ticket?.status).toBe('Done');
	expect(ticket?.statusCategory).toBe('completed');
	const searches = server.requests.filter((request) => request.path === '/rest/api/3/search/jql');
	expect(searches.map((request) => (request.body as {failFast?: unknown}).failFast)).toEqual([true, true]);
	expect(searches.map((request) => request.outcome)).toEqual([500, 200]);
});
