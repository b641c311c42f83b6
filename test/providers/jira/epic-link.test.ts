/**
 * Data Center keeps an epic child's epic in the Epic Link custom field
 * (`com.pyxis.greenhopper.jira:gh-epic-link`, the epic's key); `parent` there is only a
 * sub-task's (the Epic Link example there: `"customfield_10014": "ABC-1"`). Cloud moved epics
 * under `parent` (Atlassian developer community, "Deprecation of the Epic Link, Parent Link and
 * other related fields in REST APIs and webhooks", t/54048). Either way the epic is the parent.
 */
import {afterEach, expect, it} from 'vitest';
import {epicLinkFieldId, fields, makeIssue, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

it('a Data Center epic child names its epic (Epic Link) as its parent; a sub-task its parent', async () => {
	const {dana, alex} = users('datacenter');
	const created = '2026-03-01T10:00:00Z';
	fake = await startFakeJira({
		deployment: 'datacenter',
		issues: [
			makeIssue('datacenter', {id: 1, type: 'Epic', created}),
			makeIssue('datacenter', {id: 2, epic: 'ENG-1', created}),
			makeIssue('datacenter', {id: 3, type: 'Sub-task', parent: {id: 2, key: 'ENG-2', type: 'Story'}, created}),
		],
		users: [dana, alex],
		statuses,
		fields,
	});
	const pages = await collect(providerFor(fake, 'datacenter').pull({updatedSince: null, resumeCursor: null}));
	const parents = new Map(tickets(pages).map((ticket) => [ticket.key, ticket.parentKey ?? null]));
	expect(parents).toEqual(new Map([['ENG-1', null], ['ENG-2', 'ENG-1'], ['ENG-3', 'ENG-2']]));
	const search = fake.requests.find((request) => request.path === '/rest/api/2/search');
	expect((search?.body as {fields: string[]}).fields).toContain(epicLinkFieldId);
});
