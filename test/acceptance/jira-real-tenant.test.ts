/**
 * Issue 13 acceptance (Jira), through the built CLI against fakes that behave like real
 * tenants: a German profile exports the same JSON as an English one; an empty scope on
 * Cloud (which refuses unbounded JQL) syncs what an explicit scope does; with e-mails
 * hidden by Cloud's privacy settings, `doctor` names the roster entries that match nobody.
 */
import fs from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {fields, statuses} from '../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraOptions} from '../fakes/jira/server.js';
import {makeHome, runCli} from './contract.js';
import {buildJiraOrg} from './jira-contract.js';
import {roster, timezone, weekId} from './scenario.js';

const env = {JIRA_EMAIL: fakeCredentials.email, JIRA_API_TOKEN: fakeCredentials.apiToken};
const fakes: FakeJira[] = [];
const homes: string[] = [];

afterAll(async () => {
	for (const fake of fakes) await fake.close();
	for (const home of homes) fs.rmSync(home, {recursive: true, force: true});
});

async function exportFrom(options: Partial<FakeJiraOptions>, jql: string | null): Promise<{json: string; fake: FakeJira; home: string}> {
	const org = buildJiraOrg('cloud');
	const fake = await startFakeJira({deployment: 'cloud', issues: org.issues, users: org.users, me: org.users[0], statuses, fields, timezone, projects: ['ENG', 'OPS'], ...options});
	fakes.push(fake);
	const home = makeHome({provider: 'jira', timezone, staleDays: 14, jira: {baseUrl: fake.url, deployment: 'cloud', ...(jql === null ? {} : {jql})}, roster});
	homes.push(home);
	const synced = await runCli(['sync'], home, env);
	expect(synced.code, synced.stderr).toBe(0);
	const exported = await runCli(['export', '--offline', '--format', 'json', '--week', weekId, '--out', '-'], home, env);
	expect(exported.code, exported.stderr).toBe(0);
	const parsed = JSON.parse(exported.stdout.split(fake.url).join('<site>')) as Record<string, unknown>;
	delete parsed['generatedAt'];
	return {json: JSON.stringify(parsed), fake, home};
}

describe('Jira as real tenants are (issue 13)', () => {
	it('a German-profile Jira gives the same JSON export as the English one', async () => {
		const english = await exportFrom({}, 'project = ENG');
		const german = await exportFrom({locale: 'de'}, 'project = ENG');
		expect(german.json).toBe(english.json);
		expect(JSON.parse(english.json)).toHaveProperty('tickets');
	}, 120_000);

	it('an empty scope on Cloud syncs the same tickets as the explicit project scope', async () => {
		const explicit = await exportFrom({}, 'project in (ENG, OPS)');
		const empty = await exportFrom({}, null);
		expect(empty.fake.requests.filter((request) => request.path === '/rest/api/3/search/jql').every((request) => request.outcome === 200)).toBe(true);
		expect(empty.json).toBe(explicit.json);
	}, 120_000);

	it('doctor names every roster entry that matches nobody when Cloud hides e-mail addresses', async () => {
		const hidden = await exportFrom({hiddenEmails: 'all'}, 'project = ENG');
		const doctor = await runCli(['doctor'], hidden.home, env);
		expect(doctor.code).toBe(1);
		expect(doctor.stdout).toContain('✗ roster:');
		for (const reference of ['DANA.ORTIZ@weekly.example', 'alex.brandt@weekly.example', 'sam.l@weekly.example', 'casey.m@weekly.example']) expect(doctor.stdout).toContain(reference);
		// Matched by display name: not named.
		expect(doctor.stdout).not.toContain('"blake jones"');
		expect(doctor.stdout).toContain('hides e-mail addresses');
	}, 120_000);
});
