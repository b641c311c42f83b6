/**
 * Data Center site settings the Cloud never has: e-mail visibility (`jira.option.emailvisible`)
 * and Jira's own default resolutions. The fake applies them as a Data Center install does.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {resolveRoster} from '../../../source/domain/roster.js';
import {change, fields, item, makeIssue, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraIssue, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

const {dana, alex, sam} = users('datacenter');
let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

async function start(issues: readonly FakeJiraIssue[], options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	fake = await startFakeJira({deployment: 'datacenter', issues, users: [dana, alex, sam], me: dana, statuses, fields, ...options});
	return fake;
}

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;

describe('Jira Data Center e-mail visibility', () => {
	it('a roster naming people by e-mail finds them on a site that masks addresses ("dana at acme dot example")', async () => {
		const server = await start([makeIssue('datacenter', {id: 1, created: day(1), assignee: alex, creator: dana, histories: [change(dana, day(2), item.assignee(sam, alex, 'datacenter'))]})], {emailVisibility: 'mask'});
		const provider = providerFor(server, 'datacenter');
		const pages = await collect(provider.pull({updatedSince: null, resumeCursor: null}));
		const people = [...(await provider.listPeople()), ...pages.flatMap((page) => page.people)];
		// The fake masks as Jira does: the address never arrives with an @.
		const me = (await (await fetch(`${server.url}/rest/api/2/myself`, {headers: {authorization: 'Bearer dc-pat-s3cr3t'}})).json()) as {emailAddress?: string};
		expect(me.emailAddress).toBe('dana at acme dot example');
		expect(people.find((person) => person.id === alex.key)?.email).toBe('alex@acme.example');
		const roster = resolveRoster({director: 'dana@acme.example', reports: [{name: 'Alex Kim', id: 'alex@acme.example', team: ['sam@acme.example']}]}, people);
		expect([...roster.directorIds]).toEqual([dana.key]);
		expect([...(roster.reports[0]?.groupIds ?? [])]).toEqual([alex.key, sam.key]);
		await expect(provider.whoAmI()).resolves.toMatchObject({id: dana.key, email: 'dana@acme.example'});
	});

	it('a site that hides addresses gives people without one, still named by username', async () => {
		const server = await start([makeIssue('datacenter', {id: 1, created: day(1), assignee: alex, creator: dana})], {emailVisibility: 'hide'});
		const pages = await collect(providerFor(server, 'datacenter').pull({updatedSince: null, resumeCursor: null}));
		const people = pages.flatMap((page) => page.people);
		expect(people.map((person) => person.email)).toEqual([null, null]);
		const roster = resolveRoster({director: 'dana', reports: [{name: 'Alex Kim', id: 'alex', team: []}]}, people);
		expect([...roster.directorIds]).toEqual([dana.key]);
	});
});

describe('Jira Data Center default resolutions', () => {
	it('"Incomplete" (Jira\'s resolution for work closed without being done) cancels, as Won\'t Fix does; Fixed completes', async () => {
		const finished = (id: number, resolution: {id: string; name: string}): FakeJiraIssue => {
			const issue = makeIssue('datacenter', {
				id,
				created: day(1),
				status: 'Done',
				resolved: day(6),
				assignee: alex,
				histories: [
					change(alex, day(2), item.status('To Do', 'In Progress')),
					change(alex, day(6), item.status('In Progress', 'Done'), {...item.resolution(resolution.name), to: resolution.id}),
				],
			});
			return {...issue, fields: {...issue.fields, resolution: {self: `/rest/api/2/resolution/${resolution.id}`, ...resolution, description: ''}}};
		};

		const server = await start([finished(1, {id: '4', name: 'Incomplete'}), finished(2, {id: '2', name: "Won't Fix"}), finished(3, {id: '1', name: 'Fixed'})]);
		const byKey = new Map(tickets(await collect(providerFor(server, 'datacenter').pull({updatedSince: null, resumeCursor: null}))).map((ticket) => [ticket.key, ticket]));
		expect(byKey.get('ENG-1')).toMatchObject({statusCategory: 'canceled', completedAt: null, canceledAt: Date.parse(day(6))});
		expect(byKey.get('ENG-2')).toMatchObject({statusCategory: 'canceled', completedAt: null, canceledAt: Date.parse(day(6))});
		expect(byKey.get('ENG-3')).toMatchObject({statusCategory: 'completed', completedAt: Date.parse(day(6)), canceledAt: null});
		const toCanceled = byKey.get('ENG-1')?.history.filter((event) => event.field === 'status').at(-1);
		expect(toCanceled).toMatchObject({from: 'started', to: 'canceled'});
	});
});

describe('Jira link types named by their outward description', () => {
	it('"depends on" (a Dependency type\'s outward description) makes the issue it points at the blocker, not the issue pointing', async () => {
		const dependency = {id: '10300', name: 'Dependency', inward: 'is a dependency of', outward: 'depends on'};
		const linkItem = (key: string, phrase: string) => ({field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: key, toString: `This issue ${phrase} ${key}`});
		const status = (name: string, key: string) => ({id: name === 'Done' ? '10001' : '3', name, statusCategory: {key}});
		const dependent = makeIssue('datacenter', {id: 1, created: day(1), status: 'In Progress', histories: [change(alex, day(2), linkItem('ENG-8', dependency.outward))]});
		const dependedOn = makeIssue('datacenter', {id: 8, created: day(1), status: 'In Progress', histories: [change(alex, day(2), linkItem('ENG-1', dependency.inward))]});
		// Jira's own Blocks keeps its direction when its outward description is named too: ENG-3 blocks ENG-1.
		const blocking = makeIssue('datacenter', {id: 3, created: day(1), status: 'In Progress'});
		const withLinks = (issue: FakeJiraIssue, links: unknown[]): FakeJiraIssue => ({...issue, fields: {...issue.fields, issuelinks: links}});
		const blocksType = {id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks'};
		const server = await start([
			withLinks(dependent, [
				{id: '40001', type: dependency, outwardIssue: {id: '8', key: 'ENG-8', fields: {status: status('In Progress', 'indeterminate')}}},
				{id: '40002', type: blocksType, inwardIssue: {id: '3', key: 'ENG-3', fields: {status: status('In Progress', 'indeterminate')}}},
			]),
			withLinks(dependedOn, [{id: '40001', type: dependency, inwardIssue: {id: '1', key: 'ENG-1', fields: {status: status('In Progress', 'indeterminate')}}}]),
			withLinks(blocking, [{id: '40002', type: blocksType, outwardIssue: {id: '1', key: 'ENG-1', fields: {status: status('In Progress', 'indeterminate')}}}]),
		], {linkTypes: [blocksType, dependency]});
		const got = tickets(await collect(providerFor(server, 'datacenter', {blockedByLinkTypes: ['depends on', 'blocks']}).pull({updatedSince: null, resumeCursor: null})));
		const spells = (key: string) => got.find((ticket) => ticket.key === key)?.blockedSpells;
		expect(spells('ENG-1')).toEqual([{start: Date.parse(day(1)), end: null, reason: 'blocked by ENG-3, blocked by ENG-8'}]);
		expect(spells('ENG-8')).toEqual([]);
		expect(spells('ENG-3')).toEqual([]);
	});
});

describe('Jira Data Center under a context path', () => {
	it('a base URL with a path (https://host/jira) reaches every API under it, and ticket links keep it', async () => {
		const sprint = {id: 4, name: 'Sprint 4', state: 'active', start: day(1), end: day(14), boardId: 2};
		const server = await start([makeIssue('datacenter', {id: 1, created: day(1), assignee: alex, sprint})], {
			basePath: '/jira',
			boards: [{id: 2, name: 'ENG board', type: 'scrum', projectKey: 'ENG', sprints: [{id: 4, name: 'Sprint 4', state: 'active', startDate: day(1), endDate: day(14)}]}],
		});
		expect(server.url).toMatch(/\/jira$/);
		const pages = await collect(providerFor(server, 'auto', {email: null, apiToken: null}).pull({updatedSince: null, resumeCursor: null}));
		expect(tickets(pages).map((ticket) => ticket.url)).toEqual([`${server.url}/browse/ENG-1`]);
		expect(pages.flatMap((page) => page.iterations).map((iteration) => iteration.id)).toContain('4');
		// Every request went under the context path: none was answered 404.
		expect(server.requests.filter((request) => request.outcome !== 200)).toEqual([]);
		expect(server.requests.map((request) => request.path)).toEqual(expect.arrayContaining(['/rest/api/2/serverInfo', '/rest/api/2/search', '/rest/agile/1.0/board', '/rest/agile/1.0/board/2/sprint']));
	});
});

/** Data Center names a sprint's board in its Sprint field string (`rapidViewId`); the board's project is the sprint's team. */
it('a Data Center incremental sync names a sprint\'s team by its board (rapidViewId), not by the issue\'s project', async () => {
	const sprint = {id: 5, name: 'ENG Sprint 5', state: 'active', start: day(1), end: day(14), boardId: 7};
	const server = await start([makeIssue('datacenter', {id: 2, project: 'OPS', created: day(1), updated: day(3), sprint})], {
		boards: [{id: 7, name: 'ENG scrum', type: 'scrum', projectKey: 'ENG', sprints: [{id: 5, name: 'ENG Sprint 5', state: 'active', startDate: day(1), endDate: day(14)}]}],
	});
	const pages = await collect(providerFor(server, 'datacenter', {jql: 'project in (ENG, OPS)'}).pull({updatedSince: Date.parse(day(2)), resumeCursor: null}));
	expect(pages.flatMap((page) => page.iterations).map((iteration) => [iteration.id, iteration.team])).toEqual([['5', 'ENG']]);
});
