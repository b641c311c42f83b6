/**
 * Every GraphQL document the Linear adapter sends, written against Linear's public schema
 * (the July 2026 snapshot that `@linear/sdk` 88.3.0 was generated from). They go out through
 * `client.client.rawRequest`, never through the SDK's typed queries: one request per page,
 * with everything the metrics need nested in it, instead of one request per lazy relation.
 *
 * Complexity (Linear: 0.1 point a field, 1 an object, a connection multiplies its nodes by
 * `first`; 10,000 points a query) is estimated in docs/providers.md for the page sizes below.
 */

/** Issues per sync page. ≈ 209 points an issue with the nested connections below: 40 ≈ 8,400 (docs/providers.md). */
export const issuesPageSize = 40;
/**
 * History entries fetched with each issue; an issue with more is paged on its own. 35, not
 * 50: each entry carries its relation changes, and 40 issues × 50 entries would cost 10,382
 * points, over Linear's 10,000 a query.
 */
export const historyPageSize = 35;
/** Labels fetched with each issue; an issue with more is paged on its own, so no label (a classifying one) is cut off. */
export const labelsPageSize = 20;
/** Labels per request when an issue's labels are paged further. */
export const labelsOverflowPageSize = 100;
/**
 * Relations pointing at each issue (blocks, duplicates, related) fetched with it; an issue with
 * more — a popular bug collects duplicates — is paged on its own, so no "blocks" is cut off.
 */
export const relationsPageSize = 15;
/** Relations per request when an issue's relations are paged further. */
export const relationsOverflowPageSize = 100;
/** History entries per request when an issue's history is paged further. */
export const historyOverflowPageSize = 100;
/** Issues that left the synced teams, per request: asked with the first page of an incremental pull. */
export const leftScopePageSize = 50;
/** Users, cycles, workflow states per request. */
export const directoryPageSize = 100;

/** A relation pointing at the issue, and the issue it starts from (for `blocks`, the blocker). */
const inverseRelationNode = `type createdAt issue { identifier previousIdentifiers completedAt canceledAt trashed archivedAt state { type } }`;

/*
 * History carries state and user *ids*, not nested objects: a nested `fromState { type name }`
 * costs an object per entry per side and would push a 40-issue page past the limit. The
 * states are fetched once per sync in the directory document and looked up by id.
 */
const historyNode = `id createdAt actorId fromAssigneeId toAssigneeId fromDueDate toDueDate fromStateId toStateId fromCycleId toCycleId relationChanges { identifier type }`;

/*
 * Pages go by `createdAt`, which never changes: Linear pages newest first by the order field,
 * so under `orderBy: updatedAt` an issue edited between two pages jumps ahead of the cursor
 * and the pull never sees it — a full sync then swept it from the store. An issue created
 * mid-pull is missed the same way, but it was in no store yet, and its `updatedAt` is after
 * the sync's start, where the next incremental sync begins.
 *
 * `leftScope` (first page of an incremental pull of some teams only): issues updated since
 * that are now in another team. Moving an issue gives it that team's identifier and takes it
 * out of the team filter, so the pull would never see it again; a full sync sweeps it, and
 * so must an incremental one. Asked in the same request, so a quiet sync costs no more.
 */
export const issuesPageDocument = /* GraphQL */ `
	query DirectorReviewIssues(
		$first: Int!
		$after: String
		$filter: IssueFilter
		$historyFirst: Int!
		$labelsFirst: Int!
		$relationsFirst: Int!
		$withLeftScope: Boolean = false
		$leftScopeFilter: IssueFilter
		$leftScopeFirst: Int = 50
	) {
		leftScope: issues(first: $leftScopeFirst, filter: $leftScopeFilter, includeArchived: true) @include(if: $withLeftScope) {
			nodes { id }
			pageInfo { hasNextPage endCursor }
		}
		issues(first: $first, after: $after, filter: $filter, orderBy: createdAt, includeArchived: true) {
			nodes {
				id
				identifier
				title
				url
				priority
				estimate
				dueDate
				createdAt
				updatedAt
				startedAt
				completedAt
				canceledAt
				trashed
				team { key }
				project { name }
				cycle { id }
				state { name type }
				parent { identifier }
				slaBreachesAt
				assignee { id }
				creator { id }
				labels(first: $labelsFirst) {
					nodes { name }
					pageInfo { hasNextPage endCursor }
				}
				inverseRelations(first: $relationsFirst) {
					nodes { ${inverseRelationNode} }
					pageInfo { hasNextPage endCursor }
				}
				history(first: $historyFirst) {
					nodes { ${historyNode} }
					pageInfo { hasNextPage endCursor }
				}
			}
			pageInfo { hasNextPage endCursor }
		}
	}
`;

export const issueHistoryPageDocument = /* GraphQL */ `
	query DirectorReviewIssueHistory($id: String!, $first: Int!, $after: String) {
		issue(id: $id) {
			id
			history(first: $first, after: $after) {
				nodes { ${historyNode} }
				pageInfo { hasNextPage endCursor }
			}
		}
	}
`;

export const issueRelationsPageDocument = /* GraphQL */ `
	query DirectorReviewIssueRelations($id: String!, $first: Int!, $after: String) {
		issue(id: $id) {
			id
			inverseRelations(first: $first, after: $after) {
				nodes { ${inverseRelationNode} }
				pageInfo { hasNextPage endCursor }
			}
		}
	}
`;

export const issueLabelsPageDocument = /* GraphQL */ `
	query DirectorReviewIssueLabels($id: String!, $first: Int!, $after: String) {
		issue(id: $id) {
			id
			labels(first: $first, after: $after) {
				nodes { name }
				pageInfo { hasNextPage endCursor }
			}
		}
	}
`;

/**
 * The id of the one issue at a cursor, in the sync pages' order and filter: the issue whose page
 * came back null (a hidden node in a non-null field of it) is named without asking for any of
 * its fields but `id`, which no hidden node can null. ≈ 2 points.
 */
export const issueAtDocument = /* GraphQL */ `
	query DirectorReviewIssueAt($after: String, $filter: IssueFilter) {
		issues(first: 1, after: $after, filter: $filter, orderBy: createdAt, includeArchived: true) {
			nodes { id }
			pageInfo { hasNextPage endCursor }
		}
	}
`;

/** The rest of `leftScope` when more issues left the synced teams than its first page holds. */
export const leftScopePageDocument = /* GraphQL */ `
	query DirectorReviewLeftScope($first: Int!, $after: String, $filter: IssueFilter) {
		issues(first: $first, after: $after, filter: $filter, includeArchived: true) {
			nodes { id }
			pageInfo { hasNextPage endCursor }
		}
	}
`;

/**
 * When the blockers of since-removed "blocked by" relations finished: a removed relation is
 * gone from `inverseRelations`, and the history names the blocker only by its key — the key
 * it had then: `previousIdentifiers` ties a key from before a team move to the current one.
 * Sent only for a page that has such keys; `$filter` ORs `{team: {key}, number}` per key.
 */
export const blockersDocument = /* GraphQL */ `
	query DirectorReviewRemovedBlockers($first: Int!, $filter: IssueFilter) {
		issues(first: $first, filter: $filter, includeArchived: true) {
			nodes { identifier previousIdentifiers completedAt canceledAt trashed archivedAt }
		}
	}
`;

const userFields = `id name displayName email active app`;
const cycleFields = `id number name startsAt endsAt completedAt team { key }`;
const stateFields = `id name type`;

/**
 * The first request of every pull: people, cycles and workflow states (first pages), plus the
 * configured teams so an unknown key fails before any issue is read. `$teamFilter` is null
 * when every team is synced.
 */
export const directoryDocument = /* GraphQL */ `
	query DirectorReviewDirectory($first: Int!, $teamFilter: TeamFilter, $cycleFilter: CycleFilter) {
		teams(first: 250, filter: $teamFilter) { nodes { key } }
		users(first: $first, includeDisabled: true) {
			nodes { ${userFields} }
			pageInfo { hasNextPage endCursor }
		}
		cycles(first: $first, filter: $cycleFilter, includeArchived: true) {
			nodes { ${cycleFields} }
			pageInfo { hasNextPage endCursor }
		}
		workflowStates(first: $first, includeArchived: true) {
			nodes { ${stateFields} }
			pageInfo { hasNextPage endCursor }
		}
	}
`;

/**
 * Cycles by id: those a page's roll-overs name that the directory did not bring (an incremental
 * sync's directory holds only the cycles changed or ended since), to read the roll-over by.
 */
export const cyclesByIdDocument = /* GraphQL */ `
	query DirectorReviewCyclesById($first: Int!, $ids: [ID!]) {
		cycles(first: $first, filter: {id: {in: $ids}}, includeArchived: true) {
			nodes { ${cycleFields} }
		}
	}
`;

export const usersPageDocument = /* GraphQL */ `
	query DirectorReviewUsers($first: Int!, $after: String) {
		users(first: $first, after: $after, includeDisabled: true) {
			nodes { ${userFields} }
			pageInfo { hasNextPage endCursor }
		}
	}
`;

export const cyclesPageDocument = /* GraphQL */ `
	query DirectorReviewCycles($first: Int!, $after: String, $filter: CycleFilter) {
		cycles(first: $first, after: $after, filter: $filter, includeArchived: true) {
			nodes { ${cycleFields} }
			pageInfo { hasNextPage endCursor }
		}
	}
`;

export const workflowStatesPageDocument = /* GraphQL */ `
	query DirectorReviewWorkflowStates($first: Int!, $after: String) {
		workflowStates(first: $first, after: $after, includeArchived: true) {
			nodes { ${stateFields} }
			pageInfo { hasNextPage endCursor }
		}
	}
`;

/** The configured teams' keys (at most 250 keys are configured: one page). */
export const teamKeysDocument = /* GraphQL */ `
	query DirectorReviewTeamKeys($teamFilter: TeamFilter) {
		teams(first: 250, filter: $teamFilter) { nodes { key } }
	}
`;

export const viewerDocument = /* GraphQL */ `
	query DirectorReviewViewer {
		viewer { ${userFields} }
	}
`;
