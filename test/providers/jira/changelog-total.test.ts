/**
 * Jira Cloud's search embeds only the most recent histories, newest first (40 reported on
 * search/jql, 100 on the old search), and documents the embedded `total`
 * (PageOfChangelogs) as "The number of results on the page". Where `total` says no more than
 * the page holds, a long changelog cannot be told complete: it is read whole (one bulk
 * request per search page), or the oldest transitions — when work started — are lost.
 */
import {afterEach, expect, it} from 'vitest';
import {change, fields, item, makeIssue, statuses, users} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {collect, providerFor, tickets} from './helpers.js';

let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, 0) + minutes * 60_000).toISOString();

it('a long changelog whose embedded total counts only the page is read whole', async () => {
	const {dana, alex} = users('cloud');
	const histories = [
		change(dana, at(0), item.status('To Do', 'In Progress')),
		...Array.from({length: 44}, (_, index) => change(dana, at(10 + index), item.duedate(null, `2026-04-${String((index % 28) + 1).padStart(2, '0')}`))),
	];
	const short = makeIssue('cloud', {id: 2, created: at(-60), updated: at(1), status: 'In Progress', histories: [change(alex, at(1), item.status('To Do', 'In Progress'))]});
	fake = await startFakeJira({
		deployment: 'cloud',
		issues: [makeIssue('cloud', {id: 1, created: at(-60), updated: at(60), status: 'In Progress', histories}), short],
		users: [dana, alex],
		statuses,
		fields,
		embeddedChangelogLimit: 40,
		embeddedChangelogTotal: 'page',
	});
	const pages = await collect(providerFor(fake, 'cloud').pull({updatedSince: null, resumeCursor: null}));
	const long = tickets(pages).find((ticket) => ticket.key === 'ENG-1');
	expect(long?.startedAt).toBe(Date.parse(at(0)));
	expect(long?.history.filter((event) => event.field === 'dueDate')).toHaveLength(44);
	// The short changelog is complete as embedded: only the long one is asked for.
	const bulk = fake.requests.filter((request) => request.path === '/rest/api/3/changelog/bulkfetch');
	expect(bulk.map((request) => (request.body as {issueIdsOrKeys: string[]}).issueIdsOrKeys)).toEqual([['1']]);
});
