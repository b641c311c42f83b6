import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {rosterCandidates} from '../../../source/commands/roster-check.js';
import type {Provider} from '../../../source/providers/provider.js';
import {openStore, type Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {change, item, makeIssue, statuses, fields, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira, type FakeJiraOptions, type FakeJiraUser} from '../../fakes/jira/server.js';
import {providerFor} from './helpers.js';

/*
 * Jira Cloud's user objects carry `accountType`: "atlassian" (a person), "app" (an application
 * user such as Automation for Jira, which creates, assigns and transitions issues) or "customer"
 * (a Jira Service Management customer, who reports them). Get all users (/users/search) lists
 * "all users, including active users, inactive users and previously deleted users", apps among
 * them. A deactivated account keeps its accountId with `active: false`; one removed under GDPR
 * reads "Former user".
 */

const {dana, alex} = users('cloud');
const automation: FakeJiraUser = {accountId: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', accountType: 'app', displayName: 'Automation for Jira', active: true};
const customer: FakeJiraUser = {accountId: 'qm:a1b2c3d4-0000-4000-8000-000000000001:5f1e', accountType: 'customer', displayName: 'Casey Customer', active: true};
const gone: FakeJiraUser = {accountId: '5b10ac8d82e05b22cc710009', accountType: 'atlassian', displayName: 'Former user', active: false};

let fake: FakeJira | undefined;
let folder: string | undefined;
let store: Store | undefined;

afterEach(async () => {
	store?.close();
	await fake?.close();
	if (folder) fs.rmSync(folder, {recursive: true, force: true});
	fake = store = folder = undefined;
});

/** Issue 1, created by `creator` and assigned to Alex, which Automation for Jira moved to In Progress. */
const movedByAutomation = (creator: FakeJiraUser) =>
	makeIssue('cloud', {
		id: 1,
		created: '2026-03-02T10:00:00Z',
		updated: '2026-03-03T10:00:00Z',
		creator,
		assignee: alex,
		histories: [change(automation, '2026-03-03T10:00:00Z', item.status('To Do', 'In Progress'))],
	});

/** A fake Cloud tenant of `issues` (Dana is the caller), synced in full into a store in a new folder. */
async function syncedTenant(issues: FakeJiraOptions['issues'], options: Partial<FakeJiraOptions>): Promise<{tenant: FakeJira; provider: Provider; synced: Store; file: string}> {
	const tenant = await startFakeJira({deployment: 'cloud', issues, me: dana, statuses, fields, ...options});
	fake = tenant;
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-jira-users-'));
	const file = path.join(folder, 'director-review.db');
	const synced = openStore(file);
	store = synced;
	const provider = providerFor(tenant, 'cloud');
	await runSync({store: synced, provider, full: true, now: () => Date.parse('2026-03-10T10:00:00Z')});
	return {tenant, provider, synced, file};
}

describe('Jira Cloud users: app and customer accounts, deactivated and removed people', () => {
	test('roster suggestions (init, doctor) never offer an app or customer account, listed now or stored by a sync; deactivated and removed people stay', async () => {
		const reported = makeIssue('cloud', {id: 2, created: '2026-03-02T11:00:00Z', creator: dana, assignee: gone});
		const {provider, synced} = await syncedTenant([movedByAutomation(automation), {...reported, fields: {...reported.fields, reporter: customer}}], {users: [dana, alex, gone, automation]});
		// The sync keeps every account a ticket names: a ticket created by Automation for Jira still says so.
		expect(synced.loadPeople('jira').map((person) => person.name)).toEqual(expect.arrayContaining(['Automation for Jira', 'Casey Customer']));

		const listed = await provider.listPeople();
		expect(listed.find((person) => person.id === automation.accountId)?.app).toBe(true);
		const candidates = rosterCandidates(listed, synced.loadPeople('jira'));
		expect(candidates.map((person) => person.name).sort()).toEqual(['Alex Kim', 'Dana Director', 'Former user']);
		expect(candidates.find((person) => person.id === gone.accountId)?.active).toBe(false);
	});

	test('an app account seen only as a changelog\'s author, with users/search refused (403), is never offered: the store keeps the mark the sync saw', async () => {
		// Automation for Jira only transitioned the issue: it is neither its assignee, creator nor reporter.
		const {tenant, provider, synced, file} = await syncedTenant([movedByAutomation(dana)], {users: [dana, alex, automation], browseUsers: false});
		synced.close();
		// Read back from the file, as init and doctor read it.
		const reopened = openStore(file);
		store = reopened;
		expect(reopened.loadPeople('jira').find((person) => person.id === automation.accountId)).toMatchObject({name: 'Automation for Jira', app: true});

		const listed = await provider.listPeople();
		expect(tenant.requests.some((request) => request.path === '/rest/api/3/users/search' && request.outcome === 403)).toBe(true);
		expect(listed.map((person) => person.id)).not.toContain(automation.accountId);
		const candidates = rosterCandidates(listed, reopened.loadPeople('jira'));
		expect(candidates.map((person) => person.name).sort()).toEqual(['Alex Kim', 'Dana Director']);
	});
});
