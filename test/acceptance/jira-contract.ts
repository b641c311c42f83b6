import fs from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {change, fields, item, makeIssue, statuses, userRef, type Deployment, type SprintSpec} from '../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraBoard, type FakeJiraHistory, type FakeJiraIssue, type FakeJiraOptions, type FakeJiraUser} from '../fakes/jira/server.js';
import {expectContractShape, makeHome, reportFigures, runCli, type ContractExport} from './contract.js';
import {itGivesTheVersion2Figures, type Version2Export} from './version2-contract.js';
import {
	assigneeSteps,
	categoryOf,
	currentAssignee,
	currentDue,
	dueSteps,
	expectedW45,
	iterationSteps,
	iterations,
	labelsOf,
	lastTouched,
	outOfScope,
	people,
	roster,
	tickets,
	timezone,
	weekId,
	type Who,
} from './scenario.js';

/**
 * Issue 3 and 4 acceptance, Jira (Cloud or Data Center): the scenario org as Jira issues
 * in that deployment's JSON — users as accountIds or names/keys, a changelog with
 * assignee, due-date and status changes, an "is blocked by" link, the Flagged field, a
 * Blocked status, a Won't Do resolution — then `sync` and `export --format json` through
 * the built CLI, compared with the figures worked out by hand in scenario.ts.
 */

const keyOf = (n: number) => `ENG-${n}`;

function jiraUsers(deployment: Deployment): Record<Who, FakeJiraUser> {
	const users = {} as Record<Who, FakeJiraUser>;
	for (const [index, who] of (Object.keys(people) as Who[]).entries()) {
		const {name, email} = people[who];
		users[who] =
			deployment === 'cloud'
				? {accountId: `712020:acc0-${index}f3e-4b6d-9a1c-00000000000${index}`, accountType: 'atlassian', displayName: name, emailAddress: email, active: true}
				: {name: `${who}.${index}`, key: `JIRAUSER2010${index}`, displayName: name, emailAddress: email, active: true};
	}
	return users;
}

const boardId = 7;
/** The scenario's iterations as the ENG board's sprints: closed with their completeDate, the last one active. */
const sprintSpecs: readonly SprintSpec[] = iterations.map((iteration) => ({
	id: 100 + iteration.id,
	name: iteration.name,
	state: iteration.completed === null ? 'active' : 'closed',
	start: iteration.starts,
	end: iteration.ends,
	...(iteration.completed === null ? {} : {complete: iteration.completed}),
	boardId,
}));
const sprintOf = (id: number) => sprintSpecs[id - 1]!;

export const engBoard: FakeJiraBoard = {
	id: boardId,
	name: 'ENG board',
	type: 'scrum',
	projectKey: 'ENG',
	sprints: sprintSpecs.map((sprint) => ({
		id: sprint.id,
		name: sprint.name,
		state: sprint.state,
		startDate: new Date(sprint.start).toISOString(),
		endDate: new Date(sprint.end).toISOString(),
		...(sprint.complete === undefined ? {} : {completeDate: new Date(sprint.complete).toISOString()}),
	})),
};

/**
 * The ticket's Sprint changes as Jira's changelog records them, and the field's final value.
 * A sprint left during it drops out of the field; one left by a roll-over, closed by then,
 * stays (Jira keeps every closed sprint a ticket was carried over from).
 */
function sprintHistory(ticket: Parameters<typeof iterationSteps>[0], author: FakeJiraUser, deployment: Deployment): {histories: FakeJiraHistory[]; sprints: SprintSpec[]} {
	let field: SprintSpec[] = [];
	const histories: FakeJiraHistory[] = [];
	for (const step of iterationSteps(ticket)) {
		const kept = step.rollOver ? field : field.filter((sprint) => sprint.id !== (step.from === null ? -1 : sprintOf(step.from).id));
		const next = step.to === null ? kept : [...kept, sprintOf(step.to)];
		histories.push(change(author, step.at, item.sprint(field, next, deployment)));
		field = next;
	}
	return {histories, sprints: field};
}

export function buildJiraOrg(deployment: Deployment): {issues: FakeJiraIssue[]; users: FakeJiraUser[]} {
	const users = jiraUsers(deployment);
	const user = (who: Who | null) => (who === null ? null : users[who]);
	const issues = tickets.map((ticket) => {
		const owner = users[currentAssignee(ticket) ?? ticket.creator];
		const histories: FakeJiraHistory[] = [];
		for (const step of assigneeSteps(ticket)) histories.push(change(users.dana, step.at, item.assignee(user(step.from), user(step.to), deployment)));
		for (const step of dueSteps(ticket)) histories.push(change(users[ticket.creator], step.at, item.duedate(step.from, step.to)));
		if (ticket.started) histories.push(change(owner, ticket.started, item.status('To Do', 'In Progress')));
		if (ticket.completed) histories.push(change(owner, ticket.completed, item.status('In Progress', 'Done'), item.resolution('Done')));
		if (ticket.canceled) histories.push(change(owner, ticket.canceled, item.status('In Progress', 'Done'), item.resolution("Won't Do")));
		const blocker = ticket.blocker;
		if (blocker?.kind === 'state') histories.push(change(owner, blocker.at, item.status('In Progress', 'Blocked')));
		if (blocker?.kind === 'link') histories.push(change(owner, blocker.at, item.blockedBy(keyOf(blocker.by))));
		if (blocker?.kind === 'impediment') histories.push(change(owner, blocker.from, item.flagged(true)), change(owner, blocker.to, item.flagged(false)));
		const sprintChanges = sprintHistory(ticket, users.dana, deployment);
		histories.push(...sprintChanges.histories);
		histories.sort((a, b) => Date.parse(a.created.replace('+0000', 'Z')) - Date.parse(b.created.replace('+0000', 'Z')));
		const linked = blocker?.kind === 'link' ? tickets.find((candidate) => candidate.n === blocker.by) : undefined;
		const finished = ticket.completed ?? ticket.canceled;
		return makeIssue(deployment, {
			id: ticket.n,
			project: 'ENG',
			summary: ticket.title,
			type: 'Task',
			labels: labelsOf(ticket),
			components: ticket.area ? [ticket.area] : [],
			status: finished ? 'Done' : blocker?.kind === 'state' ? 'Blocked' : ticket.started ? 'In Progress' : 'To Do',
			resolution: ticket.completed ? 'Done' : ticket.canceled ? "Won't Do" : null,
			resolved: finished,
			created: ticket.created,
			updated: lastTouched(ticket),
			due: currentDue(ticket),
			assignee: user(currentAssignee(ticket)),
			creator: users[ticket.creator],
			blockedBy: linked ? [{id: linked.n, key: keyOf(linked.n), status: linked.completed ? 'Done' : 'In Progress'}] : [],
			sprints: sprintChanges.sprints,
			histories,
		});
	});
	issues.push(
		makeIssue(deployment, {
			id: 900,
			project: 'OPS',
			summary: outOfScope.title,
			type: 'Task',
			labels: ['incident'],
			status: 'Done',
			resolution: 'Done',
			resolved: outOfScope.completed,
			created: outOfScope.created,
			updated: outOfScope.completed,
			assignee: users.dana,
			creator: users.dana,
			histories: [change(users.dana, outOfScope.started, item.status('To Do', 'In Progress')), change(users.dana, outOfScope.completed, item.status('In Progress', 'Done'), item.resolution('Done'))],
		}),
	);
	// The changelog names people the way the deployment does.
	expect(userRef(users.alex, deployment)).toBe(deployment === 'cloud' ? users.alex.accountId : users.alex.key);
	return {issues, users: Object.values(users)};
}

/** A site setting the scenario is run under as well, with the same expected figures. */
export interface JiraSiteVariant {
	readonly label: string;
	readonly fake: Partial<FakeJiraOptions>;
}

export function describeJiraContract(deployment: Deployment, variant?: JiraSiteVariant): void {
	let fake: FakeJira;
	let home: string;
	let synced: Awaited<ReturnType<typeof runCli>>;
	let exported: ContractExport;
	let offline: ContractExport;
	let version2: Version2Export;
	let quietRequests: string[];
	let quietSyncedAt: number;
	const env: Record<string, string> =
		deployment === 'cloud' ? {JIRA_EMAIL: fakeCredentials.email, JIRA_API_TOKEN: fakeCredentials.apiToken} : {JIRA_PAT: fakeCredentials.pat};

	beforeAll(async () => {
		const org = buildJiraOrg(deployment);
		fake = await startFakeJira({deployment, issues: org.issues, users: org.users, me: org.users[0], statuses, fields, timezone, projects: ['ENG', 'OPS'], boards: [engBoard], ...variant?.fake});
		home = makeHome({provider: 'jira', timezone, staleDays: 14, jira: {baseUrl: fake.url, deployment, jql: 'project = ENG'}, roster});
		synced = await runCli(['sync'], home, env);
		const before = fake.requests.length;
		quietSyncedAt = Date.now();
		const online = await runCli(['export', '--format', 'json', '--schema', '1', '--week', weekId, '--out', '-'], home, env);
		expect(online.code, online.stderr).toBe(0);
		// The export syncs first; nothing changed since `sync`.
		quietRequests = fake.requests.slice(before).map((request) => `${request.method} ${request.path}`);
		exported = JSON.parse(online.stdout) as ContractExport;
		const afterOnline = fake.requests.length;
		const stored = await runCli(['export', '--offline', '--format', 'json', '--schema', '1', '--week', weekId, '--out', '-'], home, env);
		expect(stored.code, stored.stderr).toBe(0);
		expect(fake.requests.length, 'an offline export asks the tracker nothing').toBe(afterOnline);
		offline = JSON.parse(stored.stdout) as ContractExport;
		const current = await runCli(['export', '--offline', '--format', 'json', '--week', weekId, '--out', '-'], home, env);
		expect(current.code, current.stderr).toBe(0);
		version2 = JSON.parse(current.stdout) as Version2Export;
	}, 120_000);

	afterAll(async () => {
		await fake?.close();
		if (home) fs.rmSync(home, {recursive: true, force: true});
	});

	describe(`Jira ${deployment}${variant ? ` (${variant.label})` : ''}: sync, then export --format json --week 2026-W45`, () => {
		it('syncs what the JQL selects', () => {
			expect(synced.code, synced.stderr).toBe(0);
			expect(synced.stderr).toMatch(/; 28 in the store/);
		});

		it('writes an export valid against the contract, for the week asked, in the configured zone', () => {
			expectContractShape(exported);
			expect(exported.provider).toBe('jira');
			expect(exported.week).toEqual({id: '2026-W45', start: '2026-11-02', end: '2026-11-08', timezone: 'Europe/Berlin'});
		});

		it('lists the tickets completed or active in W, each with the category its labels give', () => {
			expect(exported.tickets.map((ticket) => ticket.key)).toEqual(expectedW45.ticketNumbers.map(keyOf));
			for (const row of exported.tickets) {
				const ticket = tickets.find((candidate) => keyOf(candidate.n) === row.key)!;
				expect(row.category, row.key).toBe(categoryOf(ticket));
				expect(row.assignee, row.key).toBe(people[currentAssignee(ticket)!].name);
				// resolutiondate is the completion; a Won't Do resolution is no completion.
				expect(row.completedAt, row.key).toBe(ticket.completed === undefined ? null : new Date(ticket.completed).toISOString());
				expect(row.dueDate, row.key).toBe(currentDue(ticket));
			}
		});

		it('gives the hand-computed allocation', () => {
			expect(exported.allocation).toEqual(expectedW45.allocation);
		});

		it('gives the hand-computed predictability', () => {
			expect(exported.predictability).toEqual(expectedW45.predictability);
		});

		it('gives the hand-computed delegation, people matched by email and by display name', () => {
			const {reports, ...org} = exported.delegation;
			const {reports: expectedReports, ...expectedOrg} = expectedW45.delegation;
			expect(org).toEqual(expectedOrg);
			expect(reports.map((report) => reportFigures(report))).toEqual(expectedReports);
		});

		it('gives the hand-computed blockers (link, Flagged, Blocked status)', () => {
			// T9's "is blocked by ENG-4" ends when ENG-4 was resolved (2 days); T5 flagged Nov 1 10:00 →
			// Nov 6 10:00 (5 days); T11 in status Blocked since Nov 6 12:00; T10's flag ended Oct 28.
			expect(exported.blockers).toEqual(expectedW45.blockers);
		});

		it('gives the hand-computed themes', () => {
			// Operational tickets completed in W42..W45 (Berlin): T1, T4, T5, T17, T24 (W45), T2 (W44), T3 (W43)
			// → project:ENG 7 tickets in 3 weeks; label:dns T1, T2, T3, T17 → 4 in 3 weeks;
			// component:Checkout T2, T4, T5, T17 → 4 in 2 weeks. billing has only 2; incident restates the category.
			// Most tickets first (metrics.md); the order of a tie is not the contract's.
			const byName = <T extends {name: string}>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
			expect(byName(exported.themes)).toEqual(
				byName([
					{name: 'project:ENG', count: 7, weeks: 3},
					{name: 'label:dns', count: 4, weeks: 3},
					{name: 'component:Checkout', count: 4, weeks: 2},
				]),
			);
			expect(exported.themes[0]?.name).toBe('project:ENG');
		});

		it('gives the same figures offline, from the store alone', () => {
			const {generatedAt: _online, ...onlineRest} = exported as unknown as Record<string, unknown>;
			const {generatedAt: _offline, ...offlineRest} = offline as unknown as Record<string, unknown>;
			expect(offlineRest).toEqual(onlineRest);
		});

		describe('version 2 (issue 17)', () => {
			// Completed by (assignee at completion): project:ENG T1 Sam, T2 Casey, T3 Sam, T4 Casey, T5 Blake,
			// T17 Casey, T24 Dana → Casey 3/7; label:dns 2 Sam, 2 Casey → a tie at 0.5; component:Checkout
			// T2, T4, T17 Casey and T5 Blake → Casey 3/4 = 0.75 ≥ 0.7 with 4 tickets: a single responder.
			itGivesTheVersion2Figures(() => version2, [
				{name: 'project:ENG', topResponder: ['Casey Moreau'], topResponderShare: 3 / 7, singleResponder: false},
				{name: 'label:dns', topResponder: ['Sam Lindqvist', 'Casey Moreau'], topResponderShare: 0.5, singleResponder: false},
				{name: 'component:Checkout', topResponder: ['Casey Moreau'], topResponderShare: 0.75, singleResponder: true},
			]);
		});

		it('a second sync with nothing changed costs at most three requests, plus one per running sprint (issue 4; the profile zone since issue 13)', () => {
			// The scenario's dates are fixed and the CLI runs on the machine's clock: once the open sprint has
			// started, the sync also reads it again, before its planned end too (a sprint can close without
			// touching any issue, and a team may close it early, at its review).
			const sprintsRunning = sprintSpecs.filter((sprint) => sprint.complete === undefined && Date.parse(sprint.start) <= quietSyncedAt).map((sprint) => `GET /rest/agile/1.0/sprint/${sprint.id}`);
			const sprintReads = quietRequests.filter((request) => request.startsWith('GET /rest/agile/1.0/sprint/'));
			expect(sprintReads.sort()).toEqual(sprintsRunning.sort());
			const quiet = quietRequests.filter((request) => !sprintReads.includes(request));
			expect(quiet.length, quietRequests.join('\n')).toBeGreaterThan(0);
			// Field ids, the profile's time zone (JQL dates are read in it, issue 13) and one search.
			expect(quiet.length, quietRequests.join('\n')).toBeLessThanOrEqual(3);
		});
	});
}
