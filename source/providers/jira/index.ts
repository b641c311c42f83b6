/**
 * The Jira adapter (Cloud and Data Center) behind the Provider interface. jira-client
 * builds the requests, transport.ts carries them; pull.ts runs a pull (cloud.ts and
 * datacenter.ts page the search, changelog.ts completes changelogs, map.ts turns Jira's
 * JSON into tickets); vocabulary.ts looks up the instance's fields, statuses, link types
 * and resolutions; people.ts answers who is who.
 */
import {ProviderError, type Provider, type PullOptions, type SyncPage} from '../provider.js';
import type {RetryPolicy} from '../retry.js';
import {ticketsToKeep} from './archived.js';
import {malformed} from './cloud.js';
import {buildSearchJql} from './jql.js';
import {listPeople, whoAmI} from './people.js';
import {platformGet} from './platform.js';
import {pullIssues, type PullContext} from './pull.js';
import type {JiraDeploymentKind} from './shapes.js';
import {createJiraTransport, type JiraAuth, type JiraTransport} from './transport.js';
import {defaultBlockerLinkTypes, lookUpFields, lookUpLinkTypes, lookUpProfileZone, lookUpResolutions, lookUpStatuses} from './vocabulary.js';

export {quoteJqlValue} from './jql.js';

export interface JiraProviderOptions {
	/**
	 * Where the REST API is: the site (`https://acme.atlassian.net`, a Data Center URL) or,
	 * for scoped API tokens and service accounts, `https://api.atlassian.com/ex/jira/{cloudId}`.
	 */
	readonly baseUrl: string;
	readonly deployment: 'cloud' | 'datacenter' | 'auto';
	/** The configured scope; null → every issue the credentials can see. */
	readonly jql: string | null;
	/** Cloud basic auth. */
	readonly email: string | null;
	readonly apiToken: string | null;
	/** Data Center bearer token. */
	readonly pat: string | null;
	/** The director's time zone: used only when Jira does not tell the profile's. */
	readonly timezone: string;
	/** Link types that mean "is blocked by" (name, inward or outward description); default ["Blocks"]. */
	readonly blockedByLinkTypes?: readonly string[];
	readonly retry?: Partial<RetryPolicy>;
	readonly pageSize?: number;
	readonly allowInsecureHttp?: boolean;
	readonly requestTimeoutMs?: number;
	/** Data Center search pages and changelog fetches in flight at once. */
	readonly concurrency?: number;
	/** Data Center's search result window (`jira.search.platform.max.result.window`); default 10,000. */
	readonly resultWindow?: number;
	/** The most stored tickets one sweep asks about (archived.ts); default `archiveChecksPerSync`, 500. */
	readonly archiveChecksPerSync?: number;
	/** The clock (tests); default Date.now. */
	readonly now?: () => number;
}

function chooseAuth(options: JiraProviderOptions, deployment: JiraDeploymentKind | null): JiraAuth {
	const basic = options.email && options.apiToken ? ({kind: 'basic', email: options.email, apiToken: options.apiToken} as const) : null;
	const bearer = options.pat ? ({kind: 'bearer', pat: options.pat} as const) : null;
	if (deployment === 'cloud' && basic) return basic;
	if (deployment === 'datacenter' && bearer) return bearer;
	if (deployment === null && (basic ?? bearer)) return (bearer ?? basic) as JiraAuth;
	throw new ProviderError(
		'jira',
		'auth',
		'Jira credentials are missing',
		deployment === 'cloud'
			? 'set JIRA_EMAIL and JIRA_API_TOKEN (Jira Cloud)'
			: deployment === 'datacenter'
				? 'set JIRA_PAT (a Data Center personal access token)'
				: 'set JIRA_EMAIL and JIRA_API_TOKEN (Cloud) or JIRA_PAT (Data Center)',
	);
}

function isAtlassianCloudHost(baseUrl: string): boolean {
	try {
		return /(^|\.)(atlassian\.net|jira\.com)$/i.test(new URL(baseUrl).hostname) || isApiGateway(baseUrl);
	} catch {
		return false;
	}
}

/**
 * Scoped API tokens and service accounts reach Cloud only through Atlassian's API gateway,
 * `https://api.atlassian.com/ex/jira/{cloudId}`: known by that path, whatever the host (a proxy may front it).
 */
function isApiGateway(baseUrl: string): boolean {
	try {
		return /^\/ex\/jira\/[\w-]+\/?$/.test(new URL(baseUrl).pathname);
	} catch {
		return false;
	}
}

/** A lookup run once and kept; a failed one is not kept, so the next call asks again. */
function cached<T>(lookup: (signal?: AbortSignal) => Promise<T>): (signal?: AbortSignal) => Promise<T> {
	let pending: Promise<T> | null = null;
	return async (signal) => {
		pending ??= lookup(signal).catch((error: unknown) => {
			pending = null;
			throw error;
		});
		return pending;
	};
}

export function createJiraProvider(options: JiraProviderOptions): Provider {
	const baseUrl = options.baseUrl.replace(/\/+$/, '');
	const configured: JiraDeploymentKind | null = options.deployment === 'auto' ? (isAtlassianCloudHost(baseUrl) ? 'cloud' : null) : options.deployment;
	const transports = new Map<string, JiraTransport>();
	const transportFor = (auth: JiraAuth) => {
		let transport = transports.get(auth.kind);
		if (!transport) {
			transport = createJiraTransport({baseUrl, auth, retry: options.retry, requestTimeoutMs: options.requestTimeoutMs, allowInsecureHttp: options.allowInsecureHttp});
			transports.set(auth.kind, transport);
		}

		return transport;
	};

	// Fail on a missing credential or an unusable URL now, not on the first request.
	transportFor(chooseAuth(options, configured));

	const deployment = cached(async (signal) => {
		if (configured !== null) return configured;
		const info = (await transportFor(chooseAuth(options, null)).get('/rest/api/2', '/serverInfo', undefined, signal)) as {deploymentType?: unknown} | undefined;
		const type = typeof info?.deploymentType === 'string' ? info.deploymentType.toLowerCase() : null;
		if (type === null) throw malformed('server info');
		return type === 'cloud' ? 'cloud' : 'datacenter';
	});

	async function client(signal?: AbortSignal): Promise<{transport: JiraTransport; kind: JiraDeploymentKind}> {
		const kind = await deployment(signal);
		return {transport: transportFor(chooseAuth(options, kind)), kind};
	}

	const transportNow = async (signal?: AbortSignal) => (await client(signal)).transport;
	const fields = cached(async (signal) => {
		const {transport, kind} = await client(signal);
		return lookUpFields(transport, kind, signal);
	});
	const profileZone = cached(async (signal) => {
		const {transport, kind} = await client(signal);
		return lookUpProfileZone(transport, kind, signal);
	});
	// Through the API gateway, ticket links still point at the site: serverInfo names it.
	const siteUrl = cached(async (signal) => {
		if (!isApiGateway(baseUrl)) return baseUrl;
		const info = (await platformGet(await transportNow(signal), 'cloud', '/serverInfo', undefined, signal)) as {baseUrl?: unknown} | undefined;
		if (typeof info?.baseUrl !== 'string' || !/^https:\/\//.test(info.baseUrl)) throw malformed('server info');
		return info.baseUrl.replace(/\/+$/, '');
	});
	const vocabulary = cached(async (signal) => {
		const {transport, kind} = await client(signal);
		const [statuses, links, resolutions, site] = await Promise.all([
			lookUpStatuses(transport, kind, signal),
			lookUpLinkTypes(transport, kind, options.blockedByLinkTypes ?? defaultBlockerLinkTypes, signal),
			lookUpResolutions(transport, kind, signal),
			siteUrl(signal),
		]);
		return {...statuses, ...links, ...resolutions, siteUrl: site};
	});

	async function* pull(pullOptions: PullOptions): AsyncGenerator<SyncPage> {
		const {transport, kind} = await client(pullOptions.signal);
		const context: PullContext = {
			transport,
			kind,
			scope: options.jql,
			pageSize: options.pageSize ?? 100,
			concurrency: options.concurrency ?? 4,
			now: options.now ?? Date.now,
			resultWindow: options.resultWindow,
			fields,
			profileZone,
			vocabulary,
		};
		yield* pullIssues(context, pullOptions);
	}

	function describe(): string {
		const host = (() => {
			try {
				return new URL(baseUrl).host;
			} catch {
				return baseUrl;
			}
		})();
		return options.jql ? `Jira · ${host} · ${options.jql}` : `Jira · ${host} · all visible issues`;
	}

	return {
		name: 'jira',
		description: describe(),
		// 1: custom priorities read by their names ("Blocker - P1"), where a store made before holds none.
		readingVersion: 1,
		pull,
		async whoAmI() {
			const {transport, kind} = await client();
			return whoAmI(transport, kind);
		},
		async ticketsToKeep(candidateIds, signal) {
			const {transport, kind} = await client(signal);
			return ticketsToKeep(transport, kind, candidateIds, options.concurrency ?? 4, signal, options.archiveChecksPerSync);
		},
		async listPeople() {
			const {transport, kind} = await client();
			const zone = await profileZone();
			const recent = buildSearchJql({scope: options.jql, updatedSince: null, timezone: zone, now: (options.now ?? Date.now)(), order: 'recent'});
			return listPeople(transport, kind, recent);
		},
	};
}
