import {ProviderError, type Provider, type PullOptions, type SyncPage} from '../provider.js';
import type {RetryPolicy} from '../retry.js';
import {toTerminalLine} from '../../text/sanitize.js';
import {createLinearTransport, QueryTooComplex, type FieldError, type LinearTransport} from './client.js';
import {checkTeams, collect, loadDirectory, nextCursor, read} from './directory.js';
import {
	blockersDocument,
	cyclesByIdDocument,
	directoryPageSize,
	historyOverflowPageSize,
	historyPageSize,
	issueAtDocument,
	issueHistoryPageDocument,
	issueLabelsPageDocument,
	issueRelationsPageDocument,
	issuesPageDocument,
	issuesPageSize,
	labelsOverflowPageSize,
	labelsPageSize,
	leftScopePageDocument,
	leftScopePageSize,
	relationsOverflowPageSize,
	relationsPageSize,
	usersPageDocument,
	viewerDocument,
} from './documents.js';
import {sortedHistory} from './spells.js';
import type {Iteration} from '../../domain/types.js';
import {field, mapTicket, readIteration, readConnection, readFinish, readBlockingRelations, readHistoryEntry, readId, readIssue, readLabelNames, readPerson, removedBlockerKeys, type RawIssue, type RemovedBlockers} from './map.js';

export interface LinearProviderOptions {
	readonly apiKey: string;
	readonly apiUrl: string;
	/** Team keys; [] = all teams. */
	readonly teams: readonly string[];
	/** Linear's due dates are calendar dates and its instants UTC: nothing here needs converting. */
	readonly timezone: string;
	readonly retry?: Partial<RetryPolicy>;
	readonly pageSize?: number;
	readonly allowInsecureHttp?: boolean;
	readonly requestTimeoutMs?: number;
	/** The clock the API budget is read with; tests pass the fake server's. */
	readonly now?: () => number;
}

/** What a sync cursor holds: where the next page starts, and the filter the pull was started with. */
interface CursorState {
	readonly after: string;
	readonly since: number | null;
	readonly done: number;
}

export function createLinearProvider(options: LinearProviderOptions): Provider {
	const transport = createLinearTransport(options);
	const teams = [...new Set(options.teams.map((team) => team.trim()).filter((team) => team !== ''))];
	const pageSize = options.pageSize ?? issuesPageSize;

	return {
		name: 'linear',
		description: teams.length > 0 ? `Linear teams ${teams.join(', ')}` : 'Linear, all teams',
		pull: (pullOptions) => pull(transport, teams, pageSize, pullOptions),
		async whoAmI() {
			const data = await transport.request(viewerDocument, {});
			return read(() => readPerson(field(data, 'viewer'), 'viewer'));
		},
		checkScope: () => checkTeams(transport, teams),
		async listPeople() {
			return collect(transport, usersPageDocument, 'users', {}, undefined, readPerson);
		},
	};
}

async function* pull(transport: LinearTransport, teams: readonly string[], pageSize: number, options: PullOptions): AsyncIterable<SyncPage> {
	const resumed = options.resumeCursor === null ? null : decodeCursor(options.resumeCursor);
	// Cycles changed since: on Linear's clock as far as an earlier answer of this process told it.
	const directory = await loadDirectory(transport, teams, resumed === null ? transport.clock.since(options.updatedSince) : resumed.since, options.signal);
	// Read on Linear's clock, now that an answer told it: a resumed pull keeps the one it started with.
	const since = resumed === null ? transport.clock.since(options.updatedSince) : resumed.since;
	let after = resumed?.after ?? null;
	let done = resumed?.done ?? 0;
	let isFirst = true;
	let first = pageSize;
	const leftScope = leftScopeFilter(teams, since);
	// Those stored by earlier syncs, then those just fetched (newer): roll-overs are read by them.
	const cycles = new Map([...(options.knownIterations ?? []), ...directory.iterations].map((iteration) => [iteration.id, iteration]));
	// Asked for once a pull: one Linear did not return (deleted) is not asked for again.
	const cyclesAsked = new Set<string>();
	// Issues held back because their page came back null (below): listed with the next page yielded.
	const isolated = new IsolatedIssues(pageSize, since === null);
	// Set when a page was asked only up to the issue that nulled it: that issue is next.
	let prefix: number | null = null;
	let poisonedNext = false;
	for (;;) {
		if (poisonedNext) {
			poisonedNext = false;
			const at = await issueAt(transport, after, issueFilter(teams, since), options.signal);
			if (at !== null) isolated.add(at.id);
			if (at === null || at.next === null) {
				// The end of the issues: what was held back still goes out, with the directory if nothing else did.
				isolated.checkEnd();
				const removedTicketIds = isFirst && leftScope !== null ? await leftScopeIds(transport, null, leftScope, options.signal) : [];
				const unreadable = isolated.take();
				yield {tickets: [], removedTicketIds, ticketIdsKept: unreadable, ticketIdsUnreadable: unreadable, people: isFirst ? directory.people : [], iterations: isFirst ? directory.iterations : [], cursor: null, progress: {done, total: null}};
				return;
			}

			after = at.next;
			continue;
		}

		let data: unknown;
		let fieldErrors: readonly FieldError[];
		let failure: ProviderError | undefined;
		try {
			({data, fieldErrors, failure} = await transport.requestPartial(
				issuesPageDocument,
				{
					first: prefix ?? first,
					after,
					filter: issueFilter(teams, since),
					historyFirst: historyPageSize,
					labelsFirst: labelsPageSize,
					relationsFirst: relationsPageSize,
					withLeftScope: isFirst && leftScope !== null,
					leftScopeFilter: isFirst ? leftScope : null,
					leftScopeFirst: leftScopePageSize,
				},
				options.signal,
			));
			// An answer nulled by anything but one issue's hidden node fails as it did.
			if (failure !== undefined && firstNulledIssue(fieldErrors) === null) throw failure;
		} catch (error) {
			// Should Linear count a page as over its 10,000 points, fewer issues a page cost less: the cursor stays valid.
			if (error instanceof QueryTooComplex && first > 1) {
				first = Math.max(1, Math.floor(first / 2));
				continue;
			}

			// A resumed cursor names an issue Linear may no longer page past (deleted for good, moved out of
			// the teams): refused, every later sync would resume into the same refusal. The pull starts over.
			if (isFirst && resumed !== null && after === resumed.after && error instanceof ProviderError && error.kind === 'malformed' && !(error instanceof QueryTooComplex)) {
				after = null;
				continue;
			}

			throw error;
		}

		if (failure !== undefined) {
			// A hidden node in a non-null field of one issue (a relation's `issue`, `Issue.team`) nulled
			// the page: the issues before it are asked again on their own, the issue itself is held back.
			const index = firstNulledIssue(fieldErrors)!;
			isolated.failure = failure;
			if (index === 0) poisonedNext = true;
			else prefix = index;
			continue;
		}

		const {issues, pageInfo} = read(() => {
			const connection = readConnection(field(data, 'issues'), 'issues');
			return {issues: connection.nodes.map((node, index) => readIssue(node, `issues.nodes[${index}]`)), pageInfo: connection.pageInfo};
		});
		const unreadable = unreadableFields(fieldErrors);
		const complete: RawIssue[] = [];
		const heldBack: string[] = [];
		const removedTicketIds: string[] = isFirst && leftScope !== null ? await leftScopeIds(transport, data, leftScope, options.signal) : [];
		for (const [index, issue] of issues.entries()) {
			// A trashed issue was deleted: not a ticket, and gone from the store if it was one.
			// Archived ones (Linear archives old finished issues itself) stay tickets.
			if (issue.trashed) {
				removedTicketIds.push(issue.id);
				continue;
			}

			// Only the few busy issues pay for a second request; the rest came whole with the page.
			const withHistory = issue.historyPage.hasNextPage ? await withFullHistory(transport, issue, options.signal) : issue;
			const withRelations = withHistory.relationsPage.hasNextPage ? await withAllRelations(transport, withHistory, options.signal) : withHistory;
			const whole = withRelations.labelsPage.hasNextPage ? await withAllLabels(transport, withRelations, options.signal) : withRelations;
			const readable = readAround(whole, unreadable.get(index), options.storedPeople);
			if (readable === null) heldBack.push(issue.id);
			else complete.push(readable);
		}

		const blockers = await removedBlockers(transport, complete, options.signal);
		await addRolledOverCycles(transport, complete, cycles, cyclesAsked, options.signal);
		const tickets = read(() => complete.map((issue) => mapTicket(issue, directory.states, blockers, cycles)));
		done += tickets.length;
		const next = nextCursor(pageInfo, 'issues');
		if (issues.length > 0) isolated.readSome();
		heldBack.unshift(...isolated.take());
		// The issue after a page asked up to it is the one that nulled the page.
		if (prefix !== null) poisonedNext = next !== null;
		prefix = null;
		yield {
			tickets,
			removedTicketIds,
			...(heldBack.length > 0 ? {ticketIdsKept: heldBack, ticketIdsUnreadable: heldBack} : {}),
			people: isFirst ? directory.people : [],
			iterations: isFirst ? directory.iterations : [],
			cursor: next === null ? null : encodeCursor({after: next, since, done}),
			progress: {done, total: null},
		};
		if (next === null) return;
		after = next;
		isFirst = false;
	}
}

/**
 * The issues held back one by one because each nulled its page, and when to stop doing so:
 * a whole page's worth in a row with nothing readable between them, or a full pull that reaches
 * the end having read nothing else, is not one hidden node but a key that cannot read the
 * issues; the pull then stops with the page's own error, as before.
 */
class IsolatedIssues {
	private ids: string[] = [];
	private inRow = 0;
	private readAny = false;
	/** The error of the last page that came back null. */
	failure: ProviderError | null = null;

	constructor(
		private readonly pageSize: number,
		private readonly full: boolean,
	) {}

	add(id: string): void {
		this.ids.push(id);
		this.inRow++;
		if (this.inRow >= this.pageSize) throw this.failure!;
	}

	readSome(): void {
		this.readAny = true;
		this.inRow = 0;
	}

	checkEnd(): void {
		if (this.full && !this.readAny) throw this.failure!;
	}

	take(): string[] {
		const ids = this.ids;
		this.ids = [];
		return ids;
	}
}

/**
 * The lowest index of `issues.nodes` an error's path names: the issue that nulled its page.
 * Null unless every error is a hidden node's inside an issue of the page.
 */
function firstNulledIssue(fieldErrors: readonly FieldError[]): number | null {
	let lowest: number | null = null;
	for (const error of fieldErrors) {
		const [root, nodes, index] = error.path;
		if (!error.hidden || root !== 'issues' || nodes !== 'nodes' || typeof index !== 'number') return null;
		lowest = lowest === null ? index : Math.min(lowest, index);
	}

	return lowest;
}

/** The id of the issue at `after` and the cursor past it; null past the last issue. */
async function issueAt(transport: LinearTransport, after: string | null, filter: Record<string, unknown> | null, signal?: AbortSignal): Promise<{id: string; next: string | null} | null> {
	const data = await transport.request(issueAtDocument, {after, filter}, signal);
	return read(() => {
		const connection = readConnection(field(data, 'issues'), 'issues');
		const node = connection.nodes[0];
		if (node === undefined) return null;
		return {id: readId(node, 'issues.nodes[0]'), next: nextCursor(connection.pageInfo, 'issues')};
	});
}

/**
 * The fields Linear could not give of each issue of a page, by the issue's index: a field
 * pointing at what the key cannot see (a private team's user, a deleted one) comes as null with
 * an error at its path. An error anywhere else leaves the page unreadable.
 */
function unreadableFields(fieldErrors: readonly FieldError[]): Map<number, Set<string>> {
	const byIssue = new Map<number, Set<string>>();
	for (const error of fieldErrors) {
		const [root, nodes, index, name] = error.path;
		if (root !== 'issues' || nodes !== 'nodes' || typeof index !== 'number' || typeof name !== 'string') {
			const where = error.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').slice(1);
			throw new ProviderError('linear', 'malformed', `Linear reported an error at ${toTerminalLine(where).slice(0, 120)}: ${toTerminalLine(error.message).slice(0, 160)}`, 'try again; if it persists, report it with this message');
		}

		byIssue.set(index, (byIssue.get(index) ?? new Set()).add(name));
	}

	return byIssue;
}

/**
 * An issue some of whose fields Linear could not give, read without them where their value is
 * known otherwise; null when it is not, and the ticket stays as stored (never read wrong).
 * The assignee: its history names it by id (a scalar, never hidden), as the last assignee change's
 * `toAssigneeId`; an unassigned ticket would be a wrong one. With no change in the whole history it
 * is the assignee the issue was created with: the one the store holds, when it holds the ticket
 * (read while the key still saw that user; else the ticket stays unread). The creator: no one can
 * change it (`IssueUpdateInput` has no creator), so the store's is still right. The parent: an
 * issue the key cannot read, so no ticket it could ever look up by key (a parent is only ever
 * looked up among the stored tickets); read as no parent known, not as a reason to leave a
 * sub-issue's own work unread. Cycle, project: no other reading; nulls would say "none" where
 * Linear said "not for you".
 */
function readAround(issue: RawIssue, unreadable: ReadonlySet<string> | undefined, storedPeople: PullOptions['storedPeople']): RawIssue | null {
	if (unreadable === undefined) return issue;
	let {assigneeId, creatorId, parentKey} = issue;
	// Someone is meant (Linear errs on a user, not on no one): a stored "nobody" is no reading.
	const stored = () => storedPeople?.([issue.id]).get(issue.id);
	for (const name of unreadable) {
		if (name === 'creator') {
			const storedCreator = stored()?.creatorId;
			if (storedCreator === undefined || storedCreator === null) return null;
			creatorId = storedCreator;
			continue;
		}

		if (name === 'parent') {
			parentKey = null;
			continue;
		}

		if (name !== 'assignee') return null;
		const changes = sortedHistory(issue.history).filter((entry) => entry.fromAssigneeId !== entry.toAssigneeId);
		const last = changes.at(-1);
		if (last !== undefined) {
			assigneeId = last.toAssigneeId;
			continue;
		}

		const storedAssignee = stored()?.assigneeId;
		if (storedAssignee === undefined || storedAssignee === null) return null;
		assigneeId = storedAssignee;
	}

	return {...issue, assigneeId, creatorId, parentKey};
}

/**
 * Adds to `cycles` those a page's possible roll-overs (moves by no one between two cycles) name
 * that it lacks: one request when there are any, none otherwise. A cycle Linear no longer has
 * stays unknown, and its moves are read as stamped.
 */
async function addRolledOverCycles(transport: LinearTransport, issues: readonly RawIssue[], cycles: Map<string, Iteration>, asked: Set<string>, signal?: AbortSignal): Promise<void> {
	const missing = new Set<string>();
	for (const issue of issues) {
		for (const entry of issue.history) {
			if (entry.actorId !== null || entry.fromCycleId === null || entry.toCycleId === null) continue;
			for (const id of [entry.fromCycleId, entry.toCycleId]) if (!cycles.has(id) && !asked.has(id)) missing.add(id);
		}
	}

	const ids = [...missing];
	for (const id of ids) asked.add(id);
	for (let start = 0; start < ids.length; start += directoryPageSize) {
		const batch = ids.slice(start, start + directoryPageSize);
		const data = await transport.request(cyclesByIdDocument, {first: batch.length, ids: batch}, signal);
		read(() => {
			for (const [index, node] of readConnection(field(data, 'cycles'), 'cycles').nodes.entries()) {
				const cycle = readIteration(node, `cycles.nodes[${index}]`);
				cycles.set(cycle.id, cycle);
			}
		});
	}
}

/** One request for a page whose issues had "blocked by" relations removed; none otherwise. */
async function removedBlockers(transport: LinearTransport, issues: readonly RawIssue[], signal?: AbortSignal): Promise<RemovedBlockers> {
	const keys = [...new Set(issues.flatMap((issue) => removedBlockerKeys(issue)))].flatMap((key) => {
		const match = /^(.+)-(\d+)$/.exec(key);
		return match ? [{key, team: match[1]!, number: Number(match[2])}] : [];
	});
	const finishes = new Map<string, number>();
	const currentKeys = new Map<string, string>();
	for (let start = 0; start < keys.length; start += directoryPageSize) {
		const batch = keys.slice(start, start + directoryPageSize);
		const filter = {or: batch.map(({team, number}) => ({team: {key: {eq: team}}, number: {eq: number}}))};
		const data = await transport.request(blockersDocument, {first: batch.length, filter}, signal);
		read(() => {
			for (const [index, node] of readConnection(field(data, 'issues'), 'issues').nodes.entries()) {
				const blocker = readFinish(node, `issues.nodes[${index}]`);
				if (blocker.finishedAt !== null) finishes.set(blocker.identifier, blocker.finishedAt);
				for (const previous of blocker.previousKeys) currentKeys.set(previous, blocker.identifier);
			}
		});
	}

	return {finishes, currentKeys};
}

function issueFilter(teams: readonly string[], since: number | null): Record<string, unknown> | null {
	const filter: Record<string, unknown> = {};
	if (teams.length > 0) filter['team'] = {key: {in: teams}};
	if (since !== null) {
		// A blocker finishing does not touch the issue it blocked: open blocked issues are re-read
		// every time, so their spells end when their blockers do.
		// Deleting an issue archives it into the trash; Linear does not say it moves `updatedAt`
		// (the last "meaningful" update), so issues archived since are asked for too: a deleted
		// ticket leaves the store with the next sync, not the next full one.
		filter['or'] = [
			{updatedAt: {gte: new Date(since).toISOString()}},
			{archivedAt: {gte: new Date(since).toISOString()}},
			{hasBlockedByRelations: {eq: true}, completedAt: {null: true}, canceledAt: {null: true}},
		];
	}

	return Object.keys(filter).length === 0 ? null : filter;
}

/** Issues updated since that now sit in a team not synced: they moved out. Null when there are none to look for. */
function leftScopeFilter(teams: readonly string[], since: number | null): Record<string, unknown> | null {
	if (teams.length === 0 || since === null) return null;
	return {team: {key: {nin: teams}}, updatedAt: {gte: new Date(since).toISOString()}};
}

/** The ids of the first page's `leftScope` (null: not asked with it), paged to the end. */
async function leftScopeIds(transport: LinearTransport, data: unknown, filter: Record<string, unknown>, signal?: AbortSignal): Promise<string[]> {
	const ids: string[] = [];
	const firstPage = data ?? {leftScope: field(await transport.request(leftScopePageDocument, {first: leftScopePageSize, after: null, filter}, signal), 'issues')};
	let page = read(() => readConnection(field(firstPage, 'leftScope'), 'leftScope'));
	for (;;) {
		ids.push(...read(() => page.nodes.map((node, index) => readId(node, `leftScope.nodes[${index}]`))));
		const after = nextCursor(page.pageInfo, 'leftScope');
		if (after === null) return ids;
		const next = await transport.request(leftScopePageDocument, {first: leftScopePageSize, after, filter}, signal);
		page = read(() => readConnection(field(next, 'issues'), 'issues'));
	}
}

/** An issue with more inverse relations than the page held: the rest, so no blocker is cut off. */
async function withAllRelations(transport: LinearTransport, issue: RawIssue, signal?: AbortSignal): Promise<RawIssue> {
	const blockingRelations = [...issue.blockingRelations];
	let after = nextCursor(issue.relationsPage, `issue ${issue.identifier} inverseRelations`);
	while (after !== null) {
		const data = await transport.request(issueRelationsPageDocument, {id: issue.id, first: relationsOverflowPageSize, after}, signal);
		const page = read(() => readConnection((field(data, 'issue') as {inverseRelations?: unknown} | null)?.inverseRelations, 'issue.inverseRelations'));
		blockingRelations.push(...read(() => readBlockingRelations(page.nodes, 'issue.inverseRelations')));
		after = nextCursor(page.pageInfo, `issue ${issue.identifier} inverseRelations`);
	}

	return {...issue, blockingRelations, relationsPage: {hasNextPage: false, endCursor: null}};
}

/** An issue with more labels than the page held: the rest, so no label that classifies it is cut off. */
async function withAllLabels(transport: LinearTransport, issue: RawIssue, signal?: AbortSignal): Promise<RawIssue> {
	const labels = [...issue.labels];
	let after = nextCursor(issue.labelsPage, `issue ${issue.identifier} labels`);
	while (after !== null) {
		const data = await transport.request(issueLabelsPageDocument, {id: issue.id, first: labelsOverflowPageSize, after}, signal);
		const page = read(() => readConnection((field(data, 'issue') as {labels?: unknown} | null)?.labels, 'issue.labels'));
		labels.push(...read(() => readLabelNames(page.nodes, 'issue.labels')));
		after = nextCursor(page.pageInfo, `issue ${issue.identifier} labels`);
	}

	return {...issue, labels, labelsPage: {hasNextPage: false, endCursor: null}};
}

async function withFullHistory(transport: LinearTransport, issue: RawIssue, signal?: AbortSignal): Promise<RawIssue> {
	const history = [...issue.history];
	let after = nextCursor(issue.historyPage, `issue ${issue.identifier} history`);
	while (after !== null) {
		const data = await transport.request(issueHistoryPageDocument, {id: issue.id, first: historyOverflowPageSize, after}, signal);
		const page = read(() => {
			const node = field(data, 'issue') as {history?: unknown} | null;
			const connection = readConnection(node?.history, 'issue.history');
			return {entries: connection.nodes.map((entry, index) => readHistoryEntry(entry, `issue.history.nodes[${index}]`)), pageInfo: connection.pageInfo};
		});
		history.push(...page.entries);
		after = nextCursor(page.pageInfo, `issue ${issue.identifier} history`);
	}

	return {...issue, history, historyPage: {hasNextPage: false, endCursor: null}};
}

/** 2: pages in `createdAt` order. A version 1 cursor points into the former `updatedAt` order: the pull starts over. */
export function encodeCursor(state: CursorState): string {
	return Buffer.from(JSON.stringify({v: 2, ...state}), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorState | null {
	try {
		const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
		const {v, after, since, done} = value;
		const readable = typeof after === 'string' && (since === null || typeof since === 'number') && typeof done === 'number';
		if (v === 1 && readable) return null;
		if (v === 2 && readable) return {after, since, done};
	} catch {
		// Falls through to the error below: a cursor from another version or another provider.
	}

	throw new ProviderError('linear', 'config', 'The saved Linear sync position is not readable', 'run director-review sync --full to start over');
}
