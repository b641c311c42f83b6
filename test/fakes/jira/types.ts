/** The fake Jira's data and options, in the JSON shapes each deployment really sends. */
import type {FakeLocale} from './locale.js';
import type {FakeJiraLinkType, FakeJiraResolution} from './vocabulary.js';

export interface FakeJiraUser {
	readonly accountId?: string;
	readonly accountType?: string;
	readonly name?: string;
	readonly key?: string;
	readonly displayName: string;
	readonly emailAddress?: string;
	readonly active: boolean;
}

export interface FakeJiraHistory {
	readonly id: string;
	readonly author: FakeJiraUser;
	readonly created: string;
	readonly items: ReadonlyArray<{
		readonly field: string;
		readonly fieldtype: string;
		readonly fieldId?: string;
		readonly from: string | null;
		readonly fromString: string | null;
		readonly to: string | null;
		readonly toString: string | null;
		/** Cloud user fields: the accountIds, also where `from`/`to` are empty. */
		readonly tmpFromAccountId?: string | null;
		readonly tmpToAccountId?: string | null;
	}>;
}

export interface FakeJiraIssue {
	readonly id: string;
	readonly key: string;
	/**
	 * Keys the issue had before it was moved to another project (or its project's key changed):
	 * "Jira reserves all previous historical keys", so `GET /issue/{old key}` and a JQL `key`
	 * clause naming one find the issue, under its key now. Changelogs written before keep the old key.
	 */
	readonly formerKeys?: readonly string[];
	readonly fields: Record<string, unknown>;
	readonly histories: readonly FakeJiraHistory[];
}

export interface FakeJiraStatus {
	readonly id: string;
	readonly name: string;
	readonly category: 'new' | 'indeterminate' | 'done';
}

export interface FakeJiraField {
	readonly id: string;
	readonly name: string;
	readonly custom: boolean;
	readonly schema?: {readonly type: string; readonly custom?: string; readonly customId?: number; readonly system?: string; readonly items?: string};
}

export interface FakeJiraBoard {
	readonly id: number;
	readonly name: string;
	/** `simple`: a team-managed project's board, which holds sprints when the project uses them. */
	readonly type: 'scrum' | 'kanban' | 'simple';
	readonly projectKey: string;
	/**
	 * The sprints the board shows. A sprint is shown on every board whose filter holds one of its
	 * issues (Atlassian KB "Sprint management for projects appearing on multiple boards"): a shared
	 * sprint names the board it was created on as `originBoardId` (default: this board).
	 * `activatedDate`: Data Center's record of when the sprint was really started, `startDate` staying
	 * the planned start (apache/devlake#3250: "jira cloud has no activated date field in sprint api").
	 */
	readonly sprints: ReadonlyArray<{readonly id: number; readonly name: string; readonly state: string; readonly startDate?: string; readonly endDate?: string; readonly completeDate?: string; readonly activatedDate?: string; readonly originBoardId?: number}>;
}

/**
 * `scope`: the API gateway (api.atlassian.com/ex/jira/{cloudId}) turning away a scoped API token that lacks
 * the endpoint's scope: 401 `{"code": 401, "message": "Unauthorized; scope does not match"}`.
 * `captcha`: after several failed logins Jira refuses basic auth until someone signs in through the
 * browser's CAPTCHA: 403 with `X-Seraph-LoginReason: AUTHENTICATION_DENIED` and
 * `X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=…` (Atlassian's basic-auth docs, "CAPTCHA").
 */
export type FakeFaultKind = 'rate-limit' | 'server' | 'reset' | 'hang' | 'malformed' | 'truncated' | 'captcha' | 'scope';

export interface FakeFault {
	readonly kind: FakeFaultKind;
	/** Only requests whose path (after the base path) matches. */
	readonly path?: RegExp;
	readonly method?: string;
	/** How many matching requests fail; default 1. */
	readonly times?: number;
	/** Skip this many matching requests before failing. */
	readonly after?: number;
	readonly retryAfter?: string;
	/**
	 * A 429's `X-RateLimit-Reset` (ISO 8601 to the minute, `yyyy-MM-ddTHH:mmZ`). Atlassian:
	 * "429 responses may be accompanied by Retry-After and X-RateLimit-Reset headers"
	 * (developer.atlassian.com/cloud/jira/platform/rate-limiting, quoted in JRACLOUD-69262):
	 * with it and no `retryAfter`, the 429 carries the reset alone.
	 */
	readonly rateLimitReset?: string;
	readonly status?: number;
}

export interface FakeJiraRequest {
	readonly method: string;
	/** Path after the base path, without the query. */
	readonly path: string;
	readonly query: Readonly<Record<string, string>>;
	readonly body: unknown;
	readonly authorization: string | undefined;
	/** Requests being answered when this one arrived (itself included). */
	readonly inFlightAtArrival: number;
	/** What the server did: the status sent, or the fault. */
	outcome: number | FakeFaultKind;
}

export interface FakeJiraOptions {
	readonly deployment: 'cloud' | 'datacenter';
	readonly issues?: readonly FakeJiraIssue[];
	readonly users?: readonly FakeJiraUser[];
	/**
	 * false: the account lacks the "Browse users and groups" global permission, which user search
	 * requires: 403 with Jira's error body (the one JRACLOUD-81445 quotes for /group/bulk, which needs
	 * the same permission). The issues' people still come with them.
	 */
	readonly browseUsers?: boolean;
	readonly me?: FakeJiraUser;
	readonly statuses?: readonly FakeJiraStatus[];
	readonly fields?: readonly FakeJiraField[];
	/** undefined → the agile API is absent (404), as on Jira without Jira Software. */
	readonly boards?: readonly FakeJiraBoard[];
	readonly email?: string;
	readonly apiToken?: string;
	readonly pat?: string;
	/** The server's own cap on maxResults, whatever the client asks. */
	readonly maxResultsCap?: number;
	/**
	 * Cloud's `POST /rest/api/3/search/approximate-count` ("Provide an estimated count of the issues that
	 * match the JQL. Recent updates might not be immediately visible… This endpoint requires JQL to be
	 * bounded"): its `count` is off from the search's by this many (default 0), or the endpoint is
	 * missing (`'missing'`: 404).
	 */
	readonly approximateCountOff?: number | 'missing';
	/** Cloud search/jql's cap on an id-only page: "It returns max 5000 issues" (default 5000). */
	readonly idsOnlyCap?: number;
	/** Histories embedded in a search result before the changelog counts as truncated. */
	readonly embeddedChangelogLimit?: number;
	/** The embedded changelog's `total`: every history (default, as Jira has answered) or only those on the page (as PageOfChangelogs documents it). */
	readonly embeddedChangelogTotal?: 'all' | 'page';
	/**
	 * false: a search answers `expand=changelog` with no `changelog` on its issues (the enhanced search's
	 * expand options were still "being looked into" in Atlassian's RFC-61); the changelog endpoints still answer.
	 */
	readonly searchEmbedsChangelog?: boolean;
	readonly changelogPageCap?: number;
	/** Data Center before the paged changelog endpoint existed. */
	readonly changelogEndpoint?: boolean;
	readonly latencyMs?: number;
	readonly basePath?: string;
	/** The time zone JQL dates are read in (the searching user's profile zone). */
	readonly timezone?: string;
	/**
	 * The name `/myself` gives that zone, when Java's differs from ECMAScript's: a JVM's custom
	 * offset (`GMT-08:00`, as `TimeZone.getID()` writes it), or a name only Java knows. Default: `timezone`.
	 */
	readonly profileTimeZoneName?: string;
	readonly dataCenterDeploymentType?: 'Server' | 'DataCenter';
	/** The instance's project keys; when set, JQL naming another project is a 400, as on Jira. */
	readonly projects?: readonly string[];
	/** The searching user's profile language: names come translated unless the request forces English. */
	readonly locale?: FakeLocale;
	/**
	 * Data Center search pages that come short: the search at `startAt` sends only `served` issues, its
	 * `maxResults` and `total` unchanged ("Jira may return fewer items per page where a large number of
	 * fields are requested", the search docs), the rest of its page left for the next `startAt`.
	 */
	readonly shortSearchPages?: ReadonlyArray<{readonly startAt: number; readonly served: number}>;
	/** Data Center's search result window (`jira.search.platform.max.result.window`, default 10,000). */
	readonly resultWindow?: number;
	/** The site URL serverInfo names (it differs from the fake's own URL behind the API gateway). */
	readonly siteUrl?: string;
	readonly resolutions?: readonly FakeJiraResolution[];
	/**
	 * Cloud accounts whose profile hides their e-mail ('all', or accountIds): Cloud leaves
	 * `emailAddress` out wherever such a user appears (user search, issue fields, changelogs).
	 */
	readonly hiddenEmails?: 'all' | readonly string[];
	/**
	 * Data Center's e-mail visibility (General configuration, `jira.option.emailvisible`),
	 * applied to every user in every answer: `show` (default), `mask` ("dana at acme dot
	 * example"), `hide` (no address).
	 */
	readonly emailVisibility?: 'show' | 'mask' | 'hide';
	readonly linkTypes?: readonly FakeJiraLinkType[];
	/**
	 * Fields Jira fails to load for an issue, the next `times` searches (default 1) that ask for them. Cloud's
	 * search/jql `failFast` ("Fail this request early if we can't retrieve all field data", default false): without
	 * it the answer is a 200 whose issue lacks the field; with it the request fails (a 500 here: the docs name no status).
	 */
	readonly fieldLoadFailures?: ReadonlyArray<{readonly key: string; readonly field: string; readonly times?: number}>;
	/** Called as each request arrives, before it is answered: a test changes the tenant between two requests of one pull. */
	readonly onRequest?: (request: FakeJiraRequest) => void;
	/** How far Jira's clock is from this machine's, for the `Date` header every answer carries (RFC 9110 §6.6.1); negative: Jira is behind. */
	readonly clockSkewMs?: number;
}

export interface FakeJira {
	readonly url: string;
	readonly requests: FakeJiraRequest[];
	/** The most requests the server was ever answering at once. */
	readonly maxInFlight: number;
	issues: FakeJiraIssue[];
	/**
	 * Completes a sprint as Jira Software does when every issue in it is done: the sprint turns
	 * `closed` with its `completeDate` (agile API, Sprint field values) and no issue changes.
	 */
	closeSprint(id: number, completedAt: string): void;
	/**
	 * Starts a planned (`future`) sprint at `startedAt`, as Jira Software does, touching no issue: on
	 * Data Center the sprint keeps its planned `startDate` and records the start as `activatedDate`
	 * (apache/devlake#3250, fixed by preferring it in devlake#3251); on Cloud, which has no
	 * `activatedDate`, the `startDate` becomes the start.
	 */
	startSprint(id: number, startedAt: string): void;
	/**
	 * Moves an issue to another project, as Jira does at `at`: it takes that project's next number,
	 * keeps its id, and its old key still finds it (`formerKeys`). Returns the new key.
	 */
	moveIssue(key: string, project: string, at: string): string;
	/**
	 * Archives an issue (Data Center 8.1+, Cloud Premium): no search finds it, `GET /issue/{id}` still
	 * answers, with `fields.archiveddate` (and `archivedby`, by default `me`) set.
	 */
	archiveIssue(key: string, at: string, by?: FakeJiraUser): void;
	/** Restores an archived issue: searches find it again, and `GET /issue/{id}` shows no `archiveddate`. */
	unarchiveIssue(key: string): void;
	/** Deletes an issue: no search finds it, and `GET /issue/{key}` answers 404. */
	deleteIssue(key: string): void;
	/** Deletes a sprint: the agile API answers 404 for it, and no issue changes. */
	deleteSprint(id: number): void;
	fail(...faults: FakeFault[]): void;
	close(): Promise<void>;
}

