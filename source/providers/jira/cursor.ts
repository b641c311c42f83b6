/** The pull's resume point, kept by the sync between pages. */
import type {DataCenterPosition} from './datacenter.js';
import type {JiraDeploymentKind} from './shapes.js';

export type SearchPosition = {readonly token: string} | DataCenterPosition;

export interface PullCursor {
	/**
	 * 3: Cloud searches ordered by id. 2: Data Center pages by id windows (version 1 paged by
	 * startAt over an update-ordered query); a version 2 Cloud page token belongs to the
	 * update-ordered query, which Cloud no longer sends.
	 */
	readonly v: 3;
	readonly deployment: JiraDeploymentKind;
	readonly since: number | null;
	readonly done: number;
	/** The instant an empty scope's `created` bound was written from: a resumed search keeps its JQL (a page token belongs to one query). */
	readonly asOf?: number;
	/**
	 * Where the issue search resumes; 'blockers' once only the late blocker lookup is left,
	 * 'sweep' once the listing of the scope's ids (and the sprints) is, 'sprints' once only the sprint lookup is.
	 */
	readonly next: SearchPosition | 'blockers' | 'sweep' | 'sprints';
	/** Keys of issues already yielded whose resolved blockers' resolution times were unknown. */
	readonly awaiting?: readonly string[];
}

export function encodeCursor(cursor: PullCursor): string {
	return JSON.stringify(cursor);
}

function isPosition(next: unknown): boolean {
	if (next === 'blockers' || next === 'sweep' || next === 'sprints') return true;
	if (typeof next !== 'object' || next === null) return false;
	const position = next as {token?: unknown; afterId?: unknown; startAt?: unknown; byProject?: unknown};
	if (typeof position.token === 'string') return true;
	const scope = position.byProject as {project?: unknown; done?: unknown} | undefined;
	const validScope =
		scope === undefined
			? // Before the project windows, a window after an id was read across projects, which Jira does not do: only the first window stands.
				position.afterId === null
			: typeof scope === 'object' && scope !== null && (scope.project === null || typeof scope.project === 'string') && Array.isArray(scope.done) && scope.done.every((project) => typeof project === 'string');
	return validScope && (position.afterId === null || (typeof position.afterId === 'string' && /^\d+$/.test(position.afterId))) && typeof position.startAt === 'number';
}

export function decodeCursor(value: string | null, deployment: JiraDeploymentKind): PullCursor | null {
	if (value === null) return null;
	try {
		const cursor = JSON.parse(value) as Partial<PullCursor>;
		// A cursor from another deployment or version (the config or the product changed) cannot resume: start over.
		if (cursor.deployment !== deployment || !isPosition(cursor.next)) return null;
		const oldCloudToken = typeof cursor.next === 'object' && 'token' in cursor.next;
		if (!(cursor.v === 3 || (cursor.v === 2 && !oldCloudToken))) return null;
		if (cursor.asOf !== undefined && typeof cursor.asOf !== 'number') return null;
		if (cursor.awaiting !== undefined && !(Array.isArray(cursor.awaiting) && cursor.awaiting.every((key) => typeof key === 'string'))) return null;
		return {...cursor, v: 3} as PullCursor;
	} catch {
		return null;
	}
}
