/**
 * One pull: the issue search (Cloud by page token, Data Center by id windows), each page
 * mapped with complete changelogs; then resolved blockers the search never brought, and
 * on full syncs the boards' sprints (on incremental ones, the stored sprints still running
 * that no issue brought, read again one by one). Every page carries the cursor to resume after it;
 * only the page after which nothing is left carries none.
 */
import type {Iteration, Person, Ticket} from '../../domain/types.js';
import type {PullOptions, SyncPage} from '../provider.js';
import {completeChangelogs} from './changelog.js';
import {approximateCount, searchCloudResumed} from './cloud.js';
import {decodeCursor, encodeCursor, type SearchPosition} from './cursor.js';
import {searchDataCenter, type DataCenterWindowQuery} from './datacenter.js';
import {buildSearchJql} from './jql.js';
import {searchByKeys} from './lookup.js';
import {listScopeIds} from './scope-ids.js';
import {blockerFields, blockerResolvedAt, formerBlockerKeys, mapIssue, type JiraBlockerRef, type MappedIssue} from './map.js';
import {mapConcurrently} from './concurrency.js';
import {ProviderError} from '../provider.js';
import type {JiraDeploymentKind, JiraHistory, JiraIssue, JiraSchema} from './shapes.js';
import {boardSprints, boardTeam, readSprintsAgain} from './sprints.js';
import type {JiraTransport} from './transport.js';
import type {JiraFieldIds, JiraLinkVocabulary, JiraResolutionVocabulary, JiraStatusVocabulary} from './vocabulary.js';

export interface PullContext {
	readonly transport: JiraTransport;
	readonly kind: JiraDeploymentKind;
	/** The configured scope; null → every issue the credentials can see. */
	readonly scope: string | null;
	readonly pageSize: number;
	readonly concurrency: number;
	readonly now: () => number;
	readonly resultWindow?: number;
	fields(signal?: AbortSignal): Promise<JiraFieldIds>;
	/** The searching user's profile time zone, which JQL dates are read in; null when it cannot be read here. */
	profileZone(signal?: AbortSignal): Promise<string | null>;
	vocabulary(signal?: AbortSignal): Promise<JiraStatusVocabulary & JiraLinkVocabulary & JiraResolutionVocabulary & {readonly siteUrl: string}>;
}

const baseFields = [
	'summary',
	'issuetype',
	'priority',
	'labels',
	'components',
	'project',
	'status',
	'resolution',
	'resolutiondate',
	// When the status category last changed (Cloud): a finished issue's time when neither a resolution date nor the changelog tells it.
	'statuscategorychangedate',
	'created',
	'updated',
	'duedate',
	'assignee',
	'creator',
	'reporter',
	'issuelinks',
	'timeoriginalestimate',
	// A sub-task's parent, or an epic's child's epic: the parent's category is classification evidence.
	'parent',
];

/** An issue yielded with a resolved blocker's spell left out, kept so it can be mapped again. */
interface AwaitingIssue {
	readonly issue: JiraIssue;
	readonly histories: readonly JiraHistory[];
	readonly schema: JiraSchema;
	readonly blockers: readonly JiraBlockerRef[];
}

export async function* pullIssues(context: PullContext, pullOptions: PullOptions): AsyncGenerator<SyncPage> {
	const {signal} = pullOptions;
	const {transport, kind, pageSize, concurrency} = context;
	const resumed = decodeCursor(pullOptions.resumeCursor, kind);
	const [fieldIds, timezone] = await Promise.all([context.fields(signal), context.profileZone(signal)]);
	// Read on Jira's clock, as some answer has told it by now: a resumed pull keeps the one it started with.
	const since = resumed ? resumed.since : transport.clock.since(pullOptions.updatedSince);
	const now = resumed?.asOf ?? context.now();
	const jqlFor = (window?: DataCenterWindowQuery) => buildSearchJql({scope: context.scope, updatedSince: since, timezone, now, order: 'id', window});
	const requested = [...baseFields, fieldIds.sprintField, fieldIds.flaggedField, fieldIds.epicLinkField ?? null, ...fieldIds.storyPointsFields].filter((field): field is string => field !== null);
	// Sprints from the agile API on full syncs; incremental ones read them off the issues, and read again
	// the stored ones still running: Jira closes a sprint whose issues are all done without touching any
	// of them, so no search brings it, and a team may close one before its planned end.
	const withBoardSprints = since === null;
	const sprintsRunning = since === null ? [] : (pullOptions.iterationsRunning ?? []);
	// Starting a sprint touches no issue either, and a team often starts its next one early (at the review
	// that closed the last): each team's next planned sprint is read too while none of its sprints runs.
	const sprintsNext = since === null ? [] : nextPlannedSprints(pullOptions.knownIterations ?? [], sprintsRunning);
	const withSprintsPhase = withBoardSprints || sprintsRunning.length > 0 || sprintsNext.length > 0;
	// Once a day (the sync says when), an incremental pull lists the scope's ids after its search, so the
	// issues gone from it leave the store; a pull that stopped in the listing lists again from the start.
	const withSweep = since !== null && (pullOptions.sweepScope === true || resumed?.next === 'sweep');
	// Sprints some issue of this pull brought: their Sprint field values are as current as a read of the sprint.
	const sprintsBrought = new Set<string>();
	const resolvedAt = new Map<string, number>();
	const projects = new Set<string>();
	let done = resumed?.done ?? 0;
	// By issue id: yielded with a resolved blocker's spell left out, to be mapped again once its time is known.
	const awaiting = new Map<string, AwaitingIssue>();
	// Yielded by the pull this one resumes: only their keys survived, in the cursor.
	const awaitingElsewhere = new Set<string>(resumed?.awaiting ?? []);
	// Keys this pull has mapped: an issue it brought needs no second read for a blocker's sake.
	const mappedKeys = new Set<string>();

	// A blocker's key now, by a key it had before a move that some changelog names; and every key asked about.
	const keysNow = new Map<string, string>();
	const keysAsked = new Set<string>();

	/**
	 * Asks Jira what each of `keys` is called now: "Jira reserves all previous historical keys",
	 * so `GET /issue/{old key}` answers with the issue under its key now. One request per key,
	 * once a pull, only for link items no link explains (`formerBlockerKeys`); a key Jira no
	 * longer finds (deleted, out of sight) stays as it is.
	 */
	const learnKeysNow = async (keys: readonly string[]) => {
		const unasked = [...new Set(keys)].filter((key) => !keysAsked.has(key));
		for (const key of unasked) keysAsked.add(key);
		await mapConcurrently(unasked, concurrency, async (key) => {
			try {
				const found = (await transport.get(kind === 'cloud' ? '/rest/api/3' : '/rest/api/2', `/issue/${encodeURIComponent(key)}`, {fields: 'created'}, signal)) as {key?: unknown} | undefined;
				if (typeof found?.key === 'string' && found.key !== key) keysNow.set(key, found.key);
			} catch (error) {
				if (!(error instanceof ProviderError) || error.kind !== 'not-found') throw error;
			}
		});
	};

	// Only a pull that brought issues looks up the rest of the vocabulary: a quiet sync stays cheap.
	const schemaFor = async (): Promise<JiraSchema> => ({deployment: kind, ...fieldIds, ...(await context.vocabulary(signal))});

	/** Maps issues, remembering resolutions and the issues still awaiting a blocker's. */
	const mapAll = async (issues: readonly JiraIssue[]): Promise<MappedIssue[]> => {
		if (issues.length === 0) return [];
		const schema = await schemaFor();
		const histories = await completeChangelogs(transport, kind, issues, concurrency, signal);
		await learnKeysNow(issues.flatMap((issue, index) => formerBlockerKeys(issue, histories[index] ?? [], schema)));
		return issues.map((issue, index) => {
			const issueHistories = histories[index] ?? [];
			const mapped = mapIssue(issue, issueHistories, schema, resolvedAt, keysNow);
			const resolution = mapped.ticket.completedAt ?? mapped.ticket.canceledAt;
			if (resolution !== null) resolvedAt.set(mapped.ticket.id, resolution);
			// This copy is the newest: it replaces whatever was awaiting for the issue.
			awaitingElsewhere.delete(issue.key);
			awaiting.delete(issue.id);
			mappedKeys.add(issue.key);
			if (mapped.awaitingBlockers.length > 0) awaiting.set(issue.id, {issue, histories: issueHistories, schema, blockers: mapped.awaitingBlockers});
			// A finished blocker: Jira does not touch the issues it blocked (their `updated` stays), so an
			// incremental pull would leave their spell open for good. Those this pull did not bring are read again.
			if (resolution !== null) for (const key of mapped.blocks) if (!mappedKeys.has(key)) awaitingElsewhere.add(key);
			return mapped;
		});
	};

	/** Maps again the awaiting issues one of whose blockers' resolution is now known. */
	const remapAwaiting = (): MappedIssue[] => {
		const remapped: MappedIssue[] = [];
		for (const [id, entry] of awaiting) {
			if (!entry.blockers.some((blocker) => resolvedAt.has(blocker.id))) continue;
			const mapped = mapIssue(entry.issue, entry.histories, entry.schema, resolvedAt, keysNow);
			if (mapped.awaitingBlockers.length > 0) awaiting.set(id, {...entry, blockers: mapped.awaitingBlockers});
			else awaiting.delete(id);
			remapped.push(mapped);
		}

		return remapped;
	};

	// A sprint's team is the board it was created on's, which may sit in another project than the issue
	// (a board's filter spans projects; a sprint is shared by every board holding one of its issues):
	// looked up once a pull per board, as the full sync's board listing names it.
	const boardTeams = new Map<string, Promise<string | null>>();
	const teamOfBoard = async (boardId: string) => {
		let team = boardTeams.get(boardId);
		if (!team) {
			team = boardTeam(transport, boardId, signal);
			boardTeams.set(boardId, team);
		}

		return team;
	};

	const pageOf = async (mapped: Iterable<MappedIssue>) => {
		const people = new Map<string, Person>();
		const iterations = new Map<string, Iteration>();
		const tickets: Ticket[] = [];
		for (const {ticket, people: ticketPeople, iterations: ticketIterations, iterationBoards} of mapped) {
			if (ticket.project) projects.add(ticket.project);
			for (const person of ticketPeople) people.set(person.id, person);
			for (const iteration of ticketIterations) {
				const boardId = iterationBoards.get(iteration.id);
				const team = boardId === undefined ? null : await teamOfBoard(boardId);
				iterations.set(iteration.id, team === null ? iteration : {...iteration, team});
				sprintsBrought.add(iteration.id);
			}

			tickets.push(ticket);
		}

		return {tickets, people: [...people.values()], iterations: [...iterations.values()]};
	};

	const mapPage = async (issues: readonly JiraIssue[]) => {
		const byId = new Map((await mapAll(issues)).map((mapped) => [mapped.ticket.id, mapped]));
		// A blocker the pull brings after the issue it blocked, in this page or a later one:
		// the blocked issue goes again, in place when it is in this page, else with this page.
		for (const mapped of remapAwaiting()) byId.set(mapped.ticket.id, mapped);
		done += issues.length;
		return await pageOf(byId.values());
	};

	/**
	 * After the last search page: ask Jira, in batches, when the blockers the pull never
	 * brought were resolved, and map their blocked issues again. Issues only known by key
	 * (yielded before an interruption) are fetched again whole first.
	 */
	const resolveLateBlockers = async () => {
		const corrected = new Map<string, MappedIssue>();
		if (awaitingElsewhere.size > 0) {
			// Within the scope: an issue a finished blocker names may lie outside it, and is then no ticket of ours.
			const refetched = await searchByKeys(transport, kind, [...awaitingElsewhere], {fields: requested, changelog: true, pageSize, concurrency, scope: context.scope}, signal);
			awaitingElsewhere.clear();
			for (const mapped of await mapAll(refetched)) corrected.set(mapped.ticket.id, mapped);
		}

		const missing = new Map<string, string>();
		for (const entry of awaiting.values()) for (const blocker of entry.blockers) if (!resolvedAt.has(blocker.id)) missing.set(blocker.id, blocker.key);
		if (missing.size > 0) {
			for (const blocker of await searchByKeys(transport, kind, [...missing.values()], {fields: blockerFields, changelog: false, pageSize, concurrency}, signal)) {
				const resolution = blockerResolvedAt(blocker);
				if (resolution !== null) resolvedAt.set(blocker.id, resolution);
			}
		}

		for (const mapped of remapAwaiting()) corrected.set(mapped.ticket.id, mapped);
		// Whatever is still unknown (a blocker Jira would not show, or without a resolution date) stays out.
		awaiting.clear();
		return await pageOf(corrected.values());
	};

	const awaitingKeys = () => [...[...awaiting.values()].map((entry) => entry.issue.key), ...awaitingElsewhere];
	const sprintsCursor = () => (withSprintsPhase ? encodeCursor({v: 3, deployment: kind, since, done, asOf: now, next: 'sprints'}) : null);
	const sweepCursor = () => (withSweep ? encodeCursor({v: 3, deployment: kind, since, done, asOf: now, next: 'sweep'}) : sprintsCursor());
	const cursorAfter = (next: SearchPosition | null): string | null => {
		const keys = awaitingKeys();
		const base = {v: 3, deployment: kind, since, done, asOf: now, ...(keys.length > 0 ? {awaiting: keys} : {})} as const;
		if (next !== null) return encodeCursor({...base, next});
		// Only the last page has no cursor: a blocker lookup still to come keeps this one open.
		if (keys.length > 0) return encodeCursor({...base, next: 'blockers'});
		return sweepCursor();
	};

	if (resumed?.next !== 'sprints' && resumed?.next !== 'sweep') {
		if (resumed?.next !== 'blockers') {
			if (kind === 'cloud') {
				const token = resumed && typeof resumed.next === 'object' && 'token' in resumed.next ? resumed.next.token : null;
				// By id, which no edit moves: Atlassian does not say what a page token holds, and were it a
				// position, an issue edited mid-pull under `ORDER BY updated` would jump to the end and
				// shift the next one past the token, unread (and swept by a full sync).
				const jql = jqlFor();
				// search/jql gives no total: the whole is Cloud's estimate, asked once, only when one page is not all.
				let estimate: number | null | undefined;
				for await (const page of searchCloudResumed(transport, {jql, fields: requested, pageSize, pageToken: token, signal})) {
					const mapped = await mapPage(page.issues);
					const last = page.nextPageToken === null;
					if (!last && estimate === undefined) estimate = await approximateCount(transport, jql, signal);
					// An estimate may lag: never a whole below what was read, and the last page's whole is what was read.
					const total = last ? done : estimate === undefined || estimate === null ? null : Math.max(estimate, done);
					yield {...mapped, cursor: cursorAfter(last ? null : {token: page.nextPageToken}), progress: {done, total}};
				}
			} else {
				const from = resumed && typeof resumed.next === 'object' && 'startAt' in resumed.next ? resumed.next : {afterId: null, startAt: 0};
				for await (const page of searchDataCenter(transport, {jqlFor, projectWindows: true, fields: requested, pageSize, from, concurrency, resultWindow: context.resultWindow, signal})) {
					const before = done;
					const mapped = await mapPage(page.issues);
					yield {...mapped, cursor: cursorAfter(page.next), progress: {done, total: before + page.remaining}};
				}
			}
		}

		if (resumed?.next === 'blockers' || awaiting.size > 0 || awaitingElsewhere.size > 0) {
			const corrected = await resolveLateBlockers();
			yield {...corrected, cursor: sweepCursor(), progress: {done, total: done}};
		}
	}

	if (withSweep && resumed?.next !== 'sprints') {
		const ticketIdsInScope = await listScopeIds({transport, kind, scope: context.scope, timezone, concurrency, resultWindow: context.resultWindow, now: context.now, signal});
		yield {tickets: [], people: [], iterations: [], ticketIdsInScope, cursor: sprintsCursor(), progress: {done, total: done}};
	}

	if (withBoardSprints) {
		const iterations = await boardSprints(transport, projects, concurrency, signal);
		yield {tickets: [], people: [], iterations, cursor: null, progress: {done, total: done}};
	} else if (sprintsRunning.length > 0 || sprintsNext.length > 0) {
		const toRead = sprintsRunning.filter((iteration) => !sprintsBrought.has(iteration.id));
		const {iterations, removedIds} = toRead.length === 0 ? {iterations: [], removedIds: []} : await readSprintsAgain(transport, toRead, concurrency, signal);
		// A team whose sprint this read found closed (or gone) may have started its next one at that close.
		const ended = new Set([...removedIds, ...iterations.filter((iteration) => iteration.completedAt !== null).map((iteration) => iteration.id)]);
		const teamsRunning = new Set(sprintsRunning.filter((iteration) => !ended.has(iteration.id)).map((iteration) => iteration.team));
		const nextToRead = sprintsNext.filter((iteration) => !teamsRunning.has(iteration.team) && !sprintsBrought.has(iteration.id));
		const next = nextToRead.length === 0 ? {iterations: [], removedIds: []} : await readSprintsAgain(transport, nextToRead, concurrency, signal);
		yield {tickets: [], people: [], iterations: [...iterations, ...next.iterations], removedIterationIds: [...removedIds, ...next.removedIds], cursor: null, progress: {done, total: done}};
	}
}

/**
 * Each team's next planned sprint: of the stored ones not completed and not running (the sync judged
 * those on its clock: started, by their stored start), the one whose start is the nearest. The one
 * after it waits: a team starts its sprints in order.
 */
function nextPlannedSprints(known: readonly Iteration[], running: readonly Iteration[]): Iteration[] {
	const runningIds = new Set(running.map((iteration) => iteration.id));
	const nextByTeam = new Map<string | null, Iteration>();
	for (const iteration of known) {
		if (iteration.completedAt !== null || runningIds.has(iteration.id)) continue;
		const current = nextByTeam.get(iteration.team);
		if (current === undefined || iteration.startsAt < current.startsAt) nextByTeam.set(iteration.team, iteration);
	}

	return [...nextByTeam.values()];
}

