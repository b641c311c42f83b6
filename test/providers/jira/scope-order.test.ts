/**
 * A scope's own ORDER BY is dropped (ours decides the order), but only an ORDER BY of the
 * query itself: "order by" inside a quoted value is text (Jira JQL: string literals in double
 * or single quotes, `\` escaping). Cutting there left an unterminated string, a 400.
 */
import {afterEach, expect, it} from 'vitest';
import {buildSearchJql} from '../../../source/providers/jira/jql.js';
import {fields, makeIssue, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

const now = Date.parse('2026-03-05T09:30:00Z');
const full = (scope: string) => buildSearchJql({scope, updatedSince: null, timezone: 'UTC', now, order: 'id'});

it('keeps "order by" inside quoted values and drops only the query\'s own ORDER BY', () => {
	expect(full('summary ~ "sort order by date"')).toBe('(summary ~ "sort order by date") ORDER BY id ASC');
	expect(full("summary ~ 'order by' ORDER BY rank")).toBe("(summary ~ 'order by') ORDER BY id ASC");
	expect(full('summary ~ "say \\"order by\\" twice" order by created DESC')).toBe('(summary ~ "say \\"order by\\" twice") ORDER BY id ASC');
	expect(full('labels = orderbyme')).toBe('(labels = orderbyme) ORDER BY id ASC');
	expect(full('project = ENG\nORDER BY priority DESC')).toBe('(project = ENG) ORDER BY id ASC');
});

it('syncs a scope whose quoted text says "order by"', async () => {
	const {dana, alex} = users('cloud');
	fake = await startFakeJira({
		deployment: 'cloud',
		issues: [makeIssue('cloud', {id: 1, summary: 'Change the sort order by date', created: '2026-03-01T10:00:00Z'}), makeIssue('cloud', {id: 2, created: '2026-03-01T10:00:00Z'})],
		users: [dana, alex],
		statuses,
		fields,
	});
	const pages = await collect(providerFor(fake, 'cloud', {jql: 'project = ENG AND summary ~ "sort order by date" ORDER BY rank'}).pull({updatedSince: null, resumeCursor: null}));
	expect(tickets(pages).map((ticket) => ticket.key)).toEqual(['ENG-1']);
});

it('offers the people of a scope whose quoted text says "ORDER BY"', async () => {
	const {dana, alex} = users('cloud');
	fake = await startFakeJira({
		deployment: 'cloud',
		issues: [makeIssue('cloud', {id: 1, summary: 'Fix ORDER BY date', assignee: alex, created: '2026-03-01T10:00:00Z'})],
		users: [dana],
		statuses,
		fields,
	});
	const people = await providerFor(fake, 'cloud', {jql: 'project = ENG AND summary ~ "ORDER BY date"'}).listPeople?.();
	expect(people?.map((person) => person.name)).toContain('Alex Kim');
});
