import {describe, expect, it} from 'vitest';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {fields, makeIssue, statuses, users, type Deployment, type SprintSpec} from '../../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../../fakes/jira/server.js';
import {storePerTest} from '../store-per-test.js';
import {agileReadsOfSync, providerFor} from './helpers.js';

/**
 * A sprint is often started later (or earlier) than planned. Data Center keeps the planned start in
 * the sprint's `startDate` and records the start itself as `activatedDate` (agile API and the Sprint
 * field's `…Sprint@…[…,activatedDate=…]` strings; apache/devlake#3250 "sprint start date is wrong when
 * using jira server", fixed in devlake#3251 by preferring `activatedDate`). Cloud has no
 * `activatedDate`: its `startDate` is the start. A sprint's week is the week it ran, not the one planned.
 */

const hour = 3_600_000;
const day = 24 * hour;
const epoch = Date.parse('2026-03-02T00:00:00Z');
const at = (days: number, hours = 0) => new Date(epoch + days * day + hours * hour).toISOString();
/** Planned for Monday 09:00, started on Wednesday 14:00 once the last sprint's leftovers were sorted. */
const plannedStart = at(0, 9);
const realStart = at(2, 14);

let store: Store;
let fake: FakeJira | null = null;

storePerTest('jira-sprint-start', {use: (opened) => (store = opened), startedServer: () => fake});

/** The sprint as the agile API lists it on a board. */
const listed = (sprint: SprintSpec) => ({id: sprint.id, name: sprint.name, state: sprint.state, startDate: sprint.start, endDate: sprint.end, ...(sprint.complete === undefined ? {} : {completeDate: sprint.complete}), ...(sprint.activated === undefined ? {} : {activatedDate: sprint.activated})});

/** One issue in `sprint`; with `boardSprints`, the ENG scrum board lists those. */
async function tenant(deployment: Deployment, sprint: SprintSpec, boardSprints?: readonly SprintSpec[]): Promise<FakeJira> {
	const {dana, alex} = users(deployment);
	fake = await startFakeJira({
		deployment,
		issues: [makeIssue(deployment, {id: 1, created: at(-3), updated: at(-3), status: 'To Do', assignee: alex, creator: dana, sprint})],
		users: [dana, alex],
		me: dana,
		statuses,
		fields,
		...(boardSprints === undefined ? {} : {boards: [{id: 1, name: 'ENG board', type: 'scrum' as const, projectKey: 'ENG', sprints: boardSprints.map((spec) => listed(spec))}]}),
	});
	return fake;
}

const iteration = (id: string) => store.loadIterations('jira').find((candidate) => candidate.id === id);

describe('Jira Data Center: a sprint started later than planned', () => {
	const started: SprintSpec = {id: 7, name: 'Sprint 7', state: 'active', start: plannedStart, end: at(14, 9), activated: realStart, boardId: 1};

	it('starts at its activatedDate, not its planned startDate, read from the Sprint field', async () => {
		const server = await tenant('datacenter', started);
		await runSync({store, provider: providerFor(server, 'datacenter'), full: true, now: () => Date.parse(at(3))});
		expect(iteration('7')).toMatchObject({startsAt: Date.parse(realStart), endsAt: Date.parse(at(14, 9))});
	}, 60_000);

	it('starts at its activatedDate, not its planned startDate, read from the board\'s sprints', async () => {
		// The issue is in the last sprint: the board listing alone knows the new one, which no issue is in yet.
		const last: SprintSpec = {id: 6, name: 'Sprint 6', state: 'closed', start: at(-14, 9), end: at(0, 9), complete: at(0, 8), activated: at(-14, 9), boardId: 1};
		const server = await tenant('datacenter', last, [last, started]);
		await runSync({store, provider: providerFor(server, 'datacenter'), full: true, now: () => Date.parse(at(3))});
		expect(iteration('7')).toMatchObject({startsAt: Date.parse(realStart)});
	}, 60_000);
});

describe.each(['cloud', 'datacenter'] as const)('Jira %s: a planned sprint started late, touching no issue', (deployment) => {
	it('is read again by the next incremental sync at its real start', async () => {
		const planned: SprintSpec = {id: 8, name: 'Sprint 8', state: 'future', start: plannedStart, end: at(14, 9), boardId: 1};
		const server = await tenant(deployment, planned, [planned]);
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => Date.parse(at(-1))});
		expect(iteration('8')).toMatchObject({startsAt: Date.parse(plannedStart), completedAt: null});

		server.startSprint(8, realStart);
		await runSync({store, provider: providerFor(server, deployment), full: false, now: () => Date.parse(at(3))});
		expect(iteration('8')).toMatchObject({startsAt: Date.parse(realStart), endsAt: Date.parse(at(14, 9)), completedAt: null});
	}, 60_000);
});

describe.each(['cloud', 'datacenter'] as const)('Jira %s: the next sprint started before its planned start, touching no issue', (deployment) => {
	it('is seen started, at its real start, once the team has no sprint running; no read while one runs', async () => {
		const running: SprintSpec = {id: 4, name: 'Sprint 4', state: 'active', start: at(-7, 9), end: at(7, 9), activated: at(-7, 9), boardId: 1};
		// Planned for Monday 09:00 (day 7); the team closes Sprint 4 at Friday's review (day 4) and starts this one then.
		const next: SprintSpec = {id: 5, name: 'Sprint 5', state: 'future', start: at(7, 9), end: at(21, 9), boardId: 1};
		const later: SprintSpec = {id: 6, name: 'Sprint 6', state: 'future', start: at(21, 9), end: at(35, 9), boardId: 1};
		const server = await tenant(deployment, running, [running, next, later]);
		let now = Date.parse(at(-1));
		await runSync({store, provider: providerFor(server, deployment), full: true, now: () => now});
		expect(iteration('5')).toMatchObject({startsAt: Date.parse(at(7, 9)), completedAt: null});

		// Sprint 4 runs: only it is read again, never the planned ones.
		now = Date.parse(at(2));
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/4']);

		server.closeSprint(4, at(4, 15));
		server.startSprint(5, at(4, 16));
		now = Date.parse(at(4, 17));
		// The team's next planned sprint is read once none of its stored sprints runs; the one after it is not.
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/4', 'GET /rest/agile/1.0/sprint/5']);
		expect(iteration('4')).toMatchObject({completedAt: Date.parse(at(4, 15))});
		expect(iteration('5')).toMatchObject({startsAt: Date.parse(at(4, 16)), endsAt: Date.parse(at(21, 9)), completedAt: null});

		// Sprint 5 runs now: it alone is read.
		now += hour;
		expect(await agileReadsOfSync(store, server, deployment, now)).toEqual(['GET /rest/agile/1.0/sprint/5']);
	}, 60_000);
});
