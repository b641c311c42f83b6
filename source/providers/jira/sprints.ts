/**
 * Sprints from the agile API (/rest/agile/1.0): every board of the projects in the pull that
 * can hold sprints — `scrum` (company-managed) and `simple` (team-managed projects' boards) —
 * every sprint of each, with its dates and, once closed, its `completeDate`. Kanban boards
 * have none. A sprint is shown on every board whose filter holds one of its issues (a shared
 * sprint, Atlassian KB "Sprint management for projects appearing on multiple boards"): it is
 * one iteration, of the team of the board it was created on (`originBoardId`).
 */
import type {Iteration} from '../../domain/types.js';
import {ProviderError} from '../provider.js';
import {mapConcurrently} from './concurrency.js';
import {parseJiraInstant} from './instant.js';
import {sprintStart} from './sprint-values.js';
import type {JiraTransport} from './transport.js';

interface Board {
	readonly id?: number;
	readonly name?: string;
	readonly type?: string;
	readonly location?: {readonly projectKey?: string};
}

/** A board's team: the project it sits in, else its name (a board in a user's profile has no project). */
function teamOf(board: Board): string | null {
	return board.location?.projectKey ?? board.name ?? null;
}

/** What the agile API may answer instead of a board: no Jira Software (404), no access (403, a scoped token's 401), no such board (400). */
function isAgileRefusal(error: unknown): boolean {
	return error instanceof ProviderError && (error.kind === 'not-found' || error.kind === 'forbidden' || error.kind === 'config' || error.kind === 'auth');
}

/**
 * The team of the board a sprint was created on (GET /rest/agile/1.0/board/{id}), as `boardSprints`
 * names it; null when the agile API will not say, and the project stands in.
 */
export async function boardTeam(transport: JiraTransport, boardId: string, signal?: AbortSignal): Promise<string | null> {
	if (!/^\d+$/.test(boardId)) return null;
	try {
		const board = (await transport.get('/rest/agile/1.0', `/board/${boardId}`, undefined, signal)) as Board | undefined;
		return typeof board === 'object' && board !== null ? teamOf(board) : null;
	} catch (error) {
		if (isAgileRefusal(error)) return null;
		throw error;
	}
}

export async function boardSprints(transport: JiraTransport, projects: ReadonlySet<string>, concurrency: number, signal?: AbortSignal): Promise<Iteration[]> {
	const boards: Board[] = [];
	try {
		for (let startAt = 0; ; ) {
			const page = (await transport.get('/rest/agile/1.0', '/board', {startAt, maxResults: 50}, signal)) as {values?: unknown; isLast?: unknown} | undefined;
			const values = Array.isArray(page?.values) ? (page.values as Board[]) : [];
			boards.push(...values);
			startAt += values.length;
			if (page?.isLast !== false || values.length === 0) break;
		}
	} catch (error) {
		// No Jira Software on the instance (404) or no access to boards (403; 401 "scope does not match" for a scoped
		// token without the agile scopes, the credentials having served the search): sprints come from the issues alone.
		if (isAgileRefusal(error)) return [];
		throw error;
	}

	const relevant = boards.filter(
		(board) => typeof board.id === 'number' && board.type !== 'kanban' && (board.location?.projectKey === undefined || projects.has(board.location.projectKey)),
	);
	const boardsById = new Map(boards.map((board) => [board.id, board]));
	const perBoard = await mapConcurrently(relevant, concurrency, async (board) => {
		const iterations: Iteration[] = [];
		try {
			for (let startAt = 0; ; ) {
				const page = (await transport.get('/rest/agile/1.0', `/board/${String(board.id)}/sprint`, {startAt, maxResults: 50}, signal)) as {values?: unknown; isLast?: unknown} | undefined;
				const values = Array.isArray(page?.values) ? (page.values as Array<{id?: unknown; name?: unknown; startDate?: unknown; activatedDate?: unknown; endDate?: unknown; completeDate?: unknown; originBoardId?: unknown}>) : [];
				for (const sprint of values) {
					// A board the sprint was not created on shows it too: the team is its origin board's, when that board is known.
					const origin = typeof sprint.originBoardId === 'number' ? boardsById.get(sprint.originBoardId) : undefined;
					const team = teamOf(origin ?? board);
					const startsAt = sprintStart(sprint.startDate, sprint.activatedDate);
					const endsAt = parseJiraInstant(sprint.endDate);
					if (sprint.id === undefined || startsAt === null || endsAt === null) continue;
					iterations.push({
							id: String(sprint.id as number),
							name: typeof sprint.name === 'string' ? sprint.name : `Sprint ${String(sprint.id as number)}`,
							team,
							startsAt,
							endsAt,
							completedAt: parseJiraInstant(sprint.completeDate),
						});
				}

				startAt += values.length;
				if (page?.isLast !== false || values.length === 0) break;
			}
		} catch (error) {
			// A board that does not support sprints answers 400; a removed one 404.
			if (error instanceof ProviderError && (error.kind === 'not-found' || error.kind === 'config' || error.kind === 'forbidden')) return iterations;
			throw error;
		}

		return iterations;
	});
	// A shared sprint comes once from each board that shows it: one iteration.
	const byId = new Map<string, Iteration>();
	for (const iteration of perBoard.flat()) if (!byId.has(iteration.id)) byId.set(iteration.id, iteration);
	return [...byId.values()];
}


/** What reading stored sprints again found: the sprints as Jira has them now, and those it no longer has. */
export interface SprintsReadAgain {
	readonly iterations: Iteration[];
	readonly removedIds: string[];
}

/**
 * The stored sprints still running, read again one by one (GET /rest/agile/1.0/sprint/{id}): Jira
 * Software closes a sprint whose issues are all done without touching any of them, so no
 * incremental search brings it; and a team often closes one before its planned end (at its
 * review), so those within their dates are read too. One request per running sprint is the
 * cheapest way to learn it: listing each board's active sprints (`state=active`) costs the board
 * listing's pages plus one request per sprint board of the scope, and a board holds one running
 * sprint at a time unless the team runs parallel sprints. The answer's state, dates and
 * `completeDate` replace the stored ones; the team stays the stored one (the origin board does not
 * change, and naming it again would cost a board lookup). A 404 — "the sprint does not exist"
 * (deleted; or no longer visible to the caller, whose issues then leave the scope too) — removes
 * it. A refusal of the agile API itself (403 no Jira Software licence, a scoped token's 401)
 * leaves every sprint as the issues say, as before, and asks no more.
 */
export async function readSprintsAgain(transport: JiraTransport, stored: readonly Iteration[], concurrency: number, signal?: AbortSignal): Promise<SprintsReadAgain> {
	const iterations: Iteration[] = [];
	const removedIds: string[] = [];
	let refused = false;
	await mapConcurrently(
		stored.filter((iteration) => /^\d+$/.test(iteration.id)),
		concurrency,
		async (iteration) => {
			if (refused) return;
			let sprint: {state?: unknown; name?: unknown; startDate?: unknown; activatedDate?: unknown; endDate?: unknown; completeDate?: unknown} | undefined;
			try {
				sprint = (await transport.get('/rest/agile/1.0', `/sprint/${iteration.id}`, undefined, signal)) as typeof sprint;
			} catch (error) {
				if (error instanceof ProviderError && error.kind === 'not-found') {
					removedIds.push(iteration.id);
					return;
				}

				if (error instanceof ProviderError && (error.kind === 'forbidden' || error.kind === 'auth')) {
					refused = true;
					return;
				}

				// 400, "the request is invalid": this sprint stays as it is.
				if (error instanceof ProviderError && error.kind === 'config') return;

				throw error;
			}

			if (typeof sprint !== 'object' || sprint === null) return;
			// Only a closed sprint is complete: a `completeDate` on another state is not a completion.
			const completedAt = sprint.state === 'closed' ? parseJiraInstant(sprint.completeDate) : null;
			iterations.push({
				...iteration,
				name: typeof sprint.name === 'string' ? sprint.name : iteration.name,
				startsAt: sprintStart(sprint.startDate, sprint.activatedDate) ?? iteration.startsAt,
				endsAt: parseJiraInstant(sprint.endDate) ?? iteration.endsAt,
				completedAt,
			});
		},
	);
	return {iterations, removedIds};
}
