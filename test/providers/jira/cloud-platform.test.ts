/**
 * Jira Cloud's REST reference is the v3 platform API (developer.atlassian.com/cloud/jira/platform/rest/v3):
 * a Cloud sync reads its vocabulary there, and asks v2 only of a host that answers v3 with 404.
 */
import {expect, it} from 'vitest';
import {change, item, users, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {cloudTenants, collect, providerFor, tickets} from './helpers.js';

const {dana, alex} = users('cloud');
const start = cloudTenants();

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;

const specs: IssueSpec[] = [
	{
		id: 1,
		status: 'Done',
		resolution: 'Done',
		resolved: day(6),
		created: day(1),
		updated: day(6),
		assignee: alex,
		points: 5,
		histories: [change(alex, day(3), item.status('To Do', 'In Progress')), change(alex, day(6), item.status('In Progress', 'Done'), item.resolution('Done'))],
	},
	{id: 2, status: 'Done', resolution: "Won't Do", resolved: day(4), created: day(1), updated: day(4), histories: [change(dana, day(4), item.status('To Do', 'Done'), item.resolution("Won't Do"))]},
];

function expectFigures(got: ReturnType<typeof tickets>): void {
	const byKey = new Map(got.map((ticket) => [ticket.key, ticket]));
	expect(byKey.get('ENG-1')).toMatchObject({statusCategory: 'completed', startedAt: Date.parse(day(3)), completedAt: Date.parse(day(6)), estimate: 5, assigneeId: alex.accountId});
	expect(byKey.get('ENG-2')).toMatchObject({statusCategory: 'canceled', canceledAt: Date.parse(day(4)), completedAt: null});
}

it('a Cloud sync reads fields, statuses, resolutions, link types and the profile from the v3 platform API', async () => {
	const server = await start(specs);
	expectFigures(tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}))));
	const platform = server.requests.map((request) => request.path).filter((path) => path.startsWith('/rest/api/'));
	expect(platform).toEqual(expect.arrayContaining(['/rest/api/3/field', '/rest/api/3/status', '/rest/api/3/resolution', '/rest/api/3/issueLinkType', '/rest/api/3/myself']));
	expect(platform.filter((path) => path.startsWith('/rest/api/2/'))).toEqual([]);
});

it('a Cloud host that answers the v3 platform API with 404 is asked v2 for the same resource, with the same figures', async () => {
	const server = await start(specs);
	server.fail({kind: 'server', status: 404, path: /^\/rest\/api\/3\/(field|status|resolution|issueLinkType|myself)$/, times: 100});
	expectFigures(tickets(await collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null}))));
	expect(server.requests.map((request) => request.path)).toEqual(expect.arrayContaining(['/rest/api/2/field', '/rest/api/2/status', '/rest/api/2/resolution', '/rest/api/2/myself']));
});

it('whoAmI on Cloud asks the v3 platform API', async () => {
	const server = await start([]);
	expect(await providerFor(server, 'cloud').whoAmI()).toMatchObject({id: dana.accountId, name: 'Dana Director'});
	expect(server.requests.map((request) => request.path)).toEqual(['/rest/api/3/myself']);
});
