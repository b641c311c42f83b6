/**
 * A blocker moved to another project after the link was made. "When you move an issue to a
 * different project or rename a project, the issue keys change. However, Jira reserves all
 * previous historical keys" (Atlassian KB, historical keys): the blocked issue's changelog
 * keeps the key the blocker had when the link was added (or removed), its links name the
 * key it has now.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {change, fields, makeIssue, statuses, users, type Deployment} from '../../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraHistory} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
const linkItem = (key: string): FakeJiraHistory['items'][number] => ({field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: key, toString: `This issue is blocked by ${key}`});
const unlinkItem = (key: string): FakeJiraHistory['items'][number] => ({field: 'Link', fieldtype: 'jira', from: key, fromString: `This issue is blocked by ${key}`, to: null, toString: null});

let fake: FakeJira | null = null;
afterEach(async () => {
	await fake?.close();
	fake = null;
});

describe('Jira "is blocked by" links whose blocker moved to another project', () => {
	for (const deployment of ['cloud', 'datacenter'] as const satisfies readonly Deployment[]) {
		it(`${deployment}: the spell starts when the link was added under the blocker's old key, not when the blocked issue was created; a link removed after the move ends it`, async () => {
			const {dana, alex} = users(deployment);
			// OPS-3 became PLAT-30 and OPS-4 became PLAT-31 (moved out of the triage project on day 7).
			const stillLinked = makeIssue(deployment, {id: 1, created: day(1), updated: day(5), blockedBy: [{id: 30, key: 'PLAT-30', status: 'In Progress'}], histories: [change(alex, day(5), linkItem('OPS-3'))]});
			const unlinked = makeIssue(deployment, {id: 2, created: day(1), updated: day(9), histories: [change(alex, day(5), linkItem('OPS-4')), change(alex, day(9), unlinkItem('PLAT-31'))]});
			const blockers = [
				{...makeIssue(deployment, {id: 30, project: 'PLAT', created: day(1), status: 'In Progress'}), formerKeys: ['OPS-3']},
				{...makeIssue(deployment, {id: 31, project: 'PLAT', created: day(1), status: 'In Progress'}), formerKeys: ['OPS-4']},
			];
			fake = await startFakeJira({deployment, issues: [stillLinked, unlinked, ...blockers], users: [dana, alex], me: dana, statuses, fields});
			const got = tickets(await collect(providerFor(fake, deployment).pull({updatedSince: null, resumeCursor: null})));
			const spells = (key: string) => got.find((ticket) => ticket.key === key)?.blockedSpells;
			expect(spells('ENG-1')).toEqual([{start: Date.parse(day(5)), end: null, reason: 'blocked by PLAT-30'}]);
			expect(spells('ENG-2')).toEqual([{start: Date.parse(day(5)), end: Date.parse(day(9)), reason: 'blocked by PLAT-31'}]);
		});
	}

	it('the fake finds a moved issue by a key it had before, as Jira does', async () => {
		const {dana, alex} = users('datacenter');
		fake = await startFakeJira({deployment: 'datacenter', issues: [{...makeIssue('datacenter', {id: 30, project: 'PLAT', created: day(1)}), formerKeys: ['OPS-3']}], users: [dana, alex], me: dana, statuses, fields});
		const headers = {authorization: `Bearer ${fakeCredentials.pat}`, accept: 'application/json', 'content-type': 'application/json'};
		const single = (await (await fetch(`${fake.url}/rest/api/2/issue/OPS-3?fields=created`, {headers})).json()) as {key: string};
		expect(single.key).toBe('PLAT-30');
		const search = (await (await fetch(`${fake.url}/rest/api/2/search`, {method: 'POST', headers, body: JSON.stringify({jql: 'key in (OPS-3)', fields: ['created']})})).json()) as {issues: Array<{key: string}>};
		expect(search.issues.map((issue) => issue.key)).toEqual(['PLAT-30']);
	});
});
