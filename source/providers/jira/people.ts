/**
 * People: who the credentials are, and the users init offers for the roster. User search
 * is limited (Data Center 10+ answers at most 100 users from /user/search; Cloud hides
 * e-mail addresses by each user's privacy setting), so the assignees and creators of the
 * issues in scope are offered too.
 */
import type {Person} from '../../domain/types.js';
import {ProviderError} from '../provider.js';
import {malformed, searchCloud} from './cloud.js';
import {searchDataCenter} from './datacenter.js';
import {platformGet} from './platform.js';
import {mapPerson} from './values.js';
import type {JiraDeploymentKind, JiraIssue, JiraUser} from './shapes.js';
import type {JiraTransport} from './transport.js';

// Issues read for their people: the most recently updated, enough to meet the active team.
const peopleSampleSize = 200;

export async function whoAmI(transport: JiraTransport, kind: JiraDeploymentKind): Promise<Person> {
	const user = (await platformGet(transport, kind, '/myself')) as JiraUser | undefined;
	const person = user ? mapPerson(user, kind) : null;
	if (!person) throw malformed('answer about the current user');
	return person;
}

async function searchedUsers(transport: JiraTransport, kind: JiraDeploymentKind, into: Map<string, Person>): Promise<void> {
	for (let startAt = 0; ; ) {
		// Data Center needs a search term; "." matches every user there.
		const page =
			kind === 'cloud'
				? await transport.get('/rest/api/3', '/users/search', {startAt, maxResults: 100})
				: await transport.get('/rest/api/2', '/user/search', {username: '.', startAt, maxResults: 100});
		if (!Array.isArray(page)) throw malformed('user list');
		// App and customer accounts come marked (`app`), so the roster leaves out the stored copies too.
		for (const user of page as readonly JiraUser[]) {
			const person = mapPerson(user, kind);
			if (person) into.set(person.id, person);
		}

		if (page.length === 0) break;
		startAt += page.length;
		// Data Center stops at 100 users whatever startAt says: a page that adds nobody new ends the walk.
		if (kind === 'datacenter' && startAt >= 100 && page.length < 100) break;
	}
}

/** The assignees, creators and reporters of the most recently updated issues in `jql`. */
async function issuePeople(transport: JiraTransport, kind: JiraDeploymentKind, jql: string, into: Map<string, Person>): Promise<void> {
	const fields = ['assignee', 'creator', 'reporter'];
	const issues: JiraIssue[] = [];
	const pages =
		kind === 'cloud'
			? searchCloud(transport, {jql, fields, pageSize: 100, pageToken: null, changelog: false})
			: searchDataCenter(transport, {jqlFor: () => jql, fields, pageSize: 100, from: {afterId: null, startAt: 0}, concurrency: 1, changelog: false, resultWindow: peopleSampleSize});
	for await (const page of pages) {
		issues.push(...page.issues);
		if (issues.length >= peopleSampleSize) break;
	}

	for (const issue of issues) {
		for (const field of fields) {
			const user = issue.fields?.[field];
			if (typeof user !== 'object' || user === null) continue;
			const person = mapPerson(user as JiraUser, kind);
			if (person && !into.has(person.id)) into.set(person.id, person);
		}
	}
}

export async function listPeople(transport: JiraTransport, kind: JiraDeploymentKind, recentIssuesJql: string): Promise<Person[]> {
	const people = new Map<string, Person>();
	try {
		await searchedUsers(transport, kind, people);
	} catch (error) {
		// User search needs the "Browse users and groups" global permission (403 without it): the issues' people still come.
		if (!(error instanceof ProviderError) || error.kind !== 'forbidden') throw error;
	}

	await issuePeople(transport, kind, recentIssuesJql, people);
	return [...people.values()];
}
