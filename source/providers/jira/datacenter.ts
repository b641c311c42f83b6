/**
 * Jira Data Center search: POST /rest/api/2/search, paged by `startAt` with a `total`.
 * The search platform answers no further than its result window (10,000 by default,
 * `jira.search.platform.max.result.window`): past it a page fails (500 "Search limit
 * exceeded") or comes back empty. So the search runs in windows: within one, pages by
 * `startAt` (a few at a time once the first tells the total and the server's page size).
 * A query whose results fit one window is read in one, ordered by id. Past it, the rest is
 * read project by project: Jira reads a relational id clause (`id >= 10400`) by the issue it
 * names, as key numbers within that issue's project (IssueIdClauseQueryFactory), so a window
 * after an id only holds that issue's project. Each project is found (`project not in` the
 * ones read whole), then read in windows by id within it (`project = P AND id >= N`, the
 * anchor N itself first, then dropped). The pull has reached the end only when a window held
 * every issue its query matched and no project is left.
 */
import {ProviderError} from '../provider.js';
import {asIssues, malformed} from './cloud.js';
import type {JiraIssue} from './shapes.js';
import type {JiraTransport} from './transport.js';

/** Past the result window: the project being read (null: the next one is to be found) and the projects read whole. */
export interface DataCenterProjectScope {
	readonly project: string | null;
	readonly done: readonly string[];
}

/**
 * Where a Data Center search resumes: `startAt` into the window from issue `afterId` on
 * (null: the first), within `byProject` once the results outgrew one window.
 */
export interface DataCenterPosition {
	readonly afterId: string | null;
	readonly startAt: number;
	readonly byProject?: DataCenterProjectScope;
}

/** The query of one window: from issue `afterId` (inclusive) within `byProject`. */
export type DataCenterWindowQuery = Pick<DataCenterPosition, 'afterId' | 'byProject'>;

export interface DataCenterSearchPage {
	readonly issues: readonly JiraIssue[];
	/** Where the page after this one starts; null when this was provably the last. */
	readonly next: DataCenterPosition | null;
	/** Issues the current window's query still held from this page on. */
	readonly remaining: number;
}

export interface DataCenterSearchOptions {
	/** The JQL of a window, ordered by id. */
	readonly jqlFor: (window: DataCenterWindowQuery) => string;
	/**
	 * Whether `jqlFor` writes the windows past the first (by project, from an id): a query
	 * that cannot (a fixed lookup) fails rather than read the same window again.
	 */
	readonly projectWindows?: boolean;
	readonly fields: readonly string[];
	readonly pageSize: number;
	readonly from: DataCenterPosition;
	readonly concurrency: number;
	/** Embed each issue's changelog; default true (a blocker lookup needs none). */
	readonly changelog?: boolean;
	/** The search platform's result window; startAt + maxResults never goes past it. */
	readonly resultWindow?: number;
	readonly signal?: AbortSignal;
}

/** Jira Data Center's default `jira.search.platform.max.result.window`. */
export const defaultResultWindow = 10_000;

interface DataCenterSearchResponse {
	readonly issues?: unknown;
	readonly maxResults?: unknown;
	readonly total?: unknown;
}

interface FetchedPage {
	readonly issues: JiraIssue[];
	readonly maxResults: number;
	readonly total: number;
}

async function fetchPage(transport: JiraTransport, options: DataCenterSearchOptions, jql: string, startAt: number, maxResults: number): Promise<FetchedPage> {
	const body = {jql, startAt, maxResults, fields: options.fields, ...(options.changelog === false ? {} : {expand: ['changelog']})};
	const response = (await transport.post('/rest/api/2', '/search', body, options.signal)) as DataCenterSearchResponse | undefined;
	if (typeof response !== 'object' || response === null || typeof response.total !== 'number') throw malformed('search result');
	const issues = asIssues(response.issues);
	const served = typeof response.maxResults === 'number' && response.maxResults > 0 ? response.maxResults : Math.max(issues.length, 1);
	return {issues, maxResults: served, total: response.total};
}

/**
 * Pages of one window, in order; returns whether the window held every issue its query matched.
 * Each page starts after the issues Jira actually sent: "Jira may return fewer items per page
 * where a large number of fields are requested" (the search docs), so a page can come short of
 * its `maxResults` before the end, and the next one starting a whole page later would skip the rest.
 */
async function* searchWindow(transport: JiraTransport, options: DataCenterSearchOptions, query: DataCenterWindowQuery, startAt: number, window: number): AsyncGenerator<{page: FetchedPage; startAt: number; lastInWindow: boolean}, {complete: boolean; lastId: string | null}> {
	const jql = options.jqlFor(query);
	const size = (offset: number) => Math.max(1, Math.min(options.pageSize, window - offset));
	const first = await fetchPage(transport, options, jql, startAt, size(startAt));
	// The server's page size, not ours: Jira caps maxResults (often at 50) without saying so elsewhere.
	const step = Math.min(first.maxResults, size(startAt));
	const {total} = first;
	const end = Math.min(total, window);
	let lastId = first.issues.at(-1)?.id ?? null;
	if (first.issues.length === 0 && startAt < end) {
		// Jira says there are issues here but sent none: going on would skip them.
		throw new ProviderError('jira', 'server', 'Jira sent an empty search page before the end of the results', 'run the sync again; if it persists, ask the Jira administrator about the search index');
	}

	// Where the next unread issue is.
	let next = startAt + first.issues.length;
	yield {page: first, startAt, lastInWindow: next >= end};
	// Pages asked for ahead, a server page apart from `next` on; dropped when a page that came short moves `next` off them.
	const ahead = new Map<number, Promise<FetchedPage>>();
	let planned = next;
	const launch = () => {
		while (planned < end && ahead.size < Math.max(1, options.concurrency)) {
			const promise = fetchPage(transport, options, jql, planned, size(planned));
			// Awaited in order below (or dropped); this only keeps a later page's failure from being reported as unhandled first.
			promise.catch(() => undefined);
			ahead.set(planned, promise);
			planned += step;
		}
	};

	while (next < end) {
		if (!ahead.has(next)) {
			ahead.clear();
			planned = next;
		}

		launch();
		const pageStart = next;
		const page = await (ahead.get(pageStart) as Promise<FetchedPage>);
		ahead.delete(pageStart);
		if (page.total !== total || page.issues.length === 0) {
			// The result set changed under the window (an issue left or joined), or Jira sent nothing where it
			// counted issues: offsets past this point may skip issues. Drop this page; the next window starts
			// at the last id handed out.
			return {complete: false, lastId};
		}

		lastId = page.issues.at(-1)?.id ?? lastId;
		next = pageStart + page.issues.length;
		yield {page, startAt: pageStart, lastInWindow: next >= end};
	}

	// Complete only when the window reached the query's total and nothing shifted under it.
	return {complete: total <= window && next >= total, lastId};
}

/** The project of an issue, from its key (`ENG-12` → `ENG`): no field needed. */
function projectOf(issue: JiraIssue): string {
	return issue.key.replace(/-\d+$/, '');
}

export async function* searchDataCenter(transport: JiraTransport, options: DataCenterSearchOptions): AsyncGenerator<DataCenterSearchPage> {
	const window = options.resultWindow ?? defaultResultWindow;
	let position: DataCenterPosition = options.from;
	// Issues this run handed out: a project read again after the first window gives them once.
	const handedOut = new Set<string>();
	// The last issue of each project the first window handed out, in id order: its project is read on from there.
	const lastInFirstWindow = new Map<string, string>();
	const fresh = (issues: readonly JiraIssue[], inFirstWindow: boolean) => {
		const unseen = issues.filter((issue) => !handedOut.has(issue.id));
		for (const issue of unseen) {
			handedOut.add(issue.id);
			if (inFirstWindow) lastInFirstWindow.set(projectOf(issue), issue.id);
		}

		return unseen;
	};

	for (;;) {
		const {byProject} = position;
		if (byProject?.project === null) {
			// The next project not yet read whole: one issue of it says which.
			const found = await fetchPage(transport, {...options, changelog: false}, options.jqlFor({afterId: null, byProject}), 0, 1);
			const next = found.issues[0];
			if (next === undefined) {
				yield {issues: [], next: null, remaining: 0};
				return;
			}

			const project = projectOf(next);
			position = {afterId: lastInFirstWindow.get(project) ?? null, startAt: 0, byProject: {project, done: byProject.done}};
			continue;
		}

		const {afterId} = position;
		const pages = searchWindow(transport, options, {afterId, byProject}, position.startAt, window);
		// A window's last page is handed out once the window says whether it held everything: only then is its cursor known.
		let pending: {page: FetchedPage; startAt: number} | null = null;
		let anchorSeen = false;
		const handOut = (page: FetchedPage, pageStart: number) => {
			// The window starts at its anchor, handed out by the window before: it is dropped.
			anchorSeen ||= pageStart === 0 && afterId !== null && page.issues[0]?.id === afterId;
			return fresh(
				page.issues.filter((issue) => !(pageStart === 0 && issue.id === afterId)),
				byProject === undefined,
			);
		};

		for (;;) {
			const step = await pages.next();
			if (!step.done) {
				const {page, startAt: pageStart, lastInWindow} = step.value;
				if (lastInWindow) pending = {page, startAt: pageStart};
				else yield {issues: handOut(page, pageStart), next: {afterId, startAt: pageStart + page.issues.length, byProject}, remaining: Math.max(0, page.total - pageStart)};
				continue;
			}

			const {complete, lastId} = step.value;
			const remaining = pending ? Math.max(0, pending.page.total - pending.startAt) : 0;
			const last = pending ? handOut(pending.page, pending.startAt) : [];
			let next: DataCenterPosition | null;
			if (afterId !== null && position.startAt === 0 && !anchorSeen) {
				// The anchor is gone (deleted, moved): Jira's id clause then matches nothing, so the
				// project is read again from its start; what this run handed out is not given twice.
				next = {afterId: null, startAt: 0, byProject};
			} else if (complete) {
				// The first window held everything; or this project is read whole, and the next is to be found.
				next = byProject ? {afterId: null, startAt: 0, byProject: {project: null, done: [...byProject.done, byProject.project as string]}} : null;
			} else if (byProject) {
				// The project outgrew the window (or shifted under it): on from the last issue handed out.
				if (lastId === null || lastId === afterId) throw malformed('search window');
				next = {afterId: lastId, startAt: 0, byProject};
			} else {
				// The results outgrew one window: the rest is read project by project.
				next = {afterId: null, startAt: 0, byProject: {project: null, done: []}};
			}

			yield {issues: last, next, remaining};
			if (next === null) return;
			// A fixed query (a sample, a lookup) cannot go past its first window: asked for more, it fails.
			if (!options.projectWindows) throw new ProviderError('jira', 'server', 'Jira\'s search results changed while they were read', 'run the sync again');
			position = next;
			break;
		}
	}
}
