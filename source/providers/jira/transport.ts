/**
 * HTTP for jira-client. jira-client builds URLs and request options; the `request`
 * function it calls is ours, on Node's fetch, so status codes, Retry-After, timeouts and
 * retries are decided here. jira-client rethrows every failure as
 * `new Error(JSON.stringify(e))`, text that can hold request options and so credentials:
 * the real fault is kept aside per call and that text is dropped unread.
 */
import {AsyncLocalStorage} from 'node:async_hooks';
import JiraApiModule from 'jira-client';
import {toTerminalLine} from '../../text/sanitize.js';
import {ProviderError} from '../provider.js';
import {defaultRetryPolicy, parseRetryAfter, TransientFault, untilResetInstant, withRetries, type RetryPolicy} from '../retry.js';
import {TrackerClock} from '../tracker-clock.js';

export type JiraAuth = {readonly kind: 'basic'; readonly email: string; readonly apiToken: string} | {readonly kind: 'bearer'; readonly pat: string};

export interface JiraTransportOptions {
	readonly baseUrl: string;
	readonly auth: JiraAuth;
	readonly retry?: Partial<RetryPolicy>;
	readonly requestTimeoutMs?: number;
	readonly allowInsecureHttp?: boolean;
}

/** The API families we call; each is a path prefix under the base URL. */
export type JiraApiPrefix = '/rest/api/2' | '/rest/api/3' | '/rest/agile/1.0';

export interface JiraTransport {
	/** Jira's clock against ours, from every answer's `Date`. */
	readonly clock: TrackerClock;
	get(prefix: JiraApiPrefix, pathname: string, query?: Readonly<Record<string, string | number>>, signal?: AbortSignal): Promise<unknown>;
	post(prefix: JiraApiPrefix, pathname: string, body: unknown, signal?: AbortSignal): Promise<unknown>;
}

/** What jira-client hands to `request`: postman-request style options. */
interface ClientRequestOptions {
	readonly uri: string;
	readonly method?: string;
	readonly json?: boolean;
	readonly body?: unknown;
	readonly timeout?: number;
	readonly auth?: {readonly user?: string; readonly pass?: string; readonly bearer?: string};
}

/** The jira-client members we use; its typings mark the generic ones private. */
interface JiraClient {
	makeUri(options: {pathname: string; intermediatePath?: string; query?: Record<string, string | number>}): string;
	makeRequestHeader(uri: string, options?: {method?: string; body?: unknown}): Record<string, unknown>;
	doRequest(options: Record<string, unknown>): Promise<unknown>;
}

type JiraClientConstructor = new (options: Record<string, unknown>) => JiraClient;

// Node hands ESM the CommonJS exports object or its `default`, depending on the loader.
const JiraApi = ((JiraApiModule as unknown as {default?: JiraClientConstructor}).default ?? JiraApiModule) as unknown as JiraClientConstructor;

interface CallContext {
	readonly signal: AbortSignal | undefined;
	fault: Error | null;
}

const calls = new AsyncLocalStorage<CallContext>();
const defaultTimeoutMs = 30_000;
// Query values reach the URL through jira-client's decodeURIComponent: only plain tokens are safe there.
const safeQueryValue = /^[\w.,-]*$/;

export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function credentialsHint(auth: JiraAuth): string {
	return auth.kind === 'basic'
		? 'check JIRA_EMAIL and JIRA_API_TOKEN (an Atlassian API token for that account)'
		: 'check JIRA_PAT (a Data Center personal access token that has not expired)';
}

/** Jira's own explanation of a 400, from `errorMessages` and `errors`, made safe to print. */
function jiraErrorText(body: unknown): string {
	if (typeof body !== 'object' || body === null) return '';
	const {errorMessages, errors} = body as {errorMessages?: unknown; errors?: unknown};
	const messages: string[] = [];
	if (Array.isArray(errorMessages)) for (const message of errorMessages) if (typeof message === 'string') messages.push(message);
	if (typeof errors === 'object' && errors !== null) for (const message of Object.values(errors)) if (typeof message === 'string') messages.push(message);
	return toTerminalLine(messages.join('; ')).slice(0, 300);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** Atlassian's basic-auth docs: `X-Seraph-LoginReason: AUTHENTICATION_DENIED` means the login was refused unchecked (CAPTCHA). */
function isCaptchaChallenge(headers: Headers): boolean {
	const reason = headers.get('x-seraph-loginreason') ?? '';
	const denied = headers.get('x-authentication-denied-reason') ?? '';
	return /AUTHENTICATION_DENIED/i.test(reason) || /CAPTCHA/i.test(denied);
}

function statusFault(status: number, headers: Headers, text: string, auth: JiraAuth, what: string): Error {
	const body = parseJson(text);
	if (status === 429) {
		// Atlassian: a 429 "may be accompanied by Retry-After and X-RateLimit-Reset" — either may
		// come alone; the reset is an ISO 8601 instant to the minute (yyyy-MM-ddTHH:mmZ).
		const wait = parseRetryAfter(headers.get('retry-after')) ?? untilResetInstant(headers.get('x-ratelimit-reset'));
		return new TransientFault('Jira is rate-limiting requests', 'rate-limit', wait);
	}

	if (status >= 500) return new TransientFault(`Jira answered ${status} for ${what}`, 'server', parseRetryAfter(headers.get('retry-after')));
	if ((status === 401 || status === 403) && isCaptchaChallenge(headers)) {
		// Not a permission: after failed logins Jira turns basic auth away, unread, until a browser login.
		return new ProviderError('jira', 'auth', 'Jira wants a CAPTCHA solved before it accepts these credentials again', 'sign in to Jira once in a browser (Jira asks after several failed logins), then sync again');
	}

	switch (status) {
		case 401: {
			// The API gateway answers a scoped token that lacks a scope with {"code": 401, "message": "Unauthorized; scope does not match"}.
			const message = typeof body === 'object' && body !== null ? (body as {message?: unknown}).message : undefined;
			if (typeof message === 'string' && /scope does not match/i.test(message)) {
				return new ProviderError('jira', 'auth', `Jira refused the token's scopes for ${what}`, 'give the scoped API token the read scopes: read:jira-work and read:jira-user (and read:board-scope:jira-software, read:sprint:jira-software for sprints)');
			}

			return new ProviderError('jira', 'auth', 'Jira rejected the credentials', credentialsHint(auth));
		}

		case 403: {
			return new ProviderError('jira', 'forbidden', `Jira refused access to ${what}`, 'the account needs "Browse projects" on the projects in scope');
		}

		case 400: {
			const detail = jiraErrorText(body);
			return new ProviderError(
				'jira',
				'config',
				detail === '' ? `Jira rejected the request for ${what}` : `Jira rejected the query: ${detail}`,
				'check jira.jql in the configuration (try it in Jira\'s issue search)',
			);
		}

		case 404: {
			return new ProviderError('jira', 'not-found', `Jira has no ${what} here`, 'check JIRA_BASE_URL (include the context path of a Data Center install, e.g. /jira)');
		}

		case 410: {
			return new ProviderError('jira', 'not-found', `Jira removed the endpoint for ${what}`, 'set jira.deployment to match the instance ("cloud" or "datacenter")');
		}

		default: {
			return new ProviderError('jira', 'server', `Jira answered ${status} for ${what}`, 'try again later; if it persists, check the Jira instance');
		}
	}
}

function networkFault(error: unknown, timedOut: boolean, what: string): Error {
	if (timedOut) return new TransientFault(`Jira did not answer ${what} in time`, 'timeout');
	const cause = (error as {cause?: {code?: unknown}}).cause;
	const code = typeof cause?.code === 'string' ? cause.code : 'connection failed';
	return new TransientFault(`the connection to Jira failed (${code})`, 'network');
}

/** After the last retry: one line of cause, one of hint. */
function exhausted(fault: TransientFault): ProviderError {
	switch (fault.kind) {
		case 'rate-limit': {
			return new ProviderError('jira', 'rate-limit', 'Jira kept rate-limiting the sync', 'wait a few minutes and run the sync again');
		}

		case 'timeout': {
			return new ProviderError('jira', 'timeout', fault.message, 'check the network and the Jira instance, then sync again');
		}

		case 'network': {
			return new ProviderError('jira', 'network', fault.message, 'check JIRA_BASE_URL and the network, then sync again');
		}

		case 'server': {
			return new ProviderError('jira', 'server', fault.message, 'Jira is having trouble; try again later');
		}
	}
}

function describeUri(uri: string): string {
	// Names the endpoint, never the query (it may hold user text) nor the host's credentials.
	const {pathname} = new URL(uri);
	return pathname.replace(/\/rest\/(?:api|agile)\/[\d.]+/, '').replace(/\/\d+(?=\/|$)/g, '/{id}') || '/';
}

export function createJiraTransport(options: JiraTransportOptions): JiraTransport {
	const url = parseBaseUrl(options.baseUrl, options.allowInsecureHttp ?? false);
	const retry: RetryPolicy = {...defaultRetryPolicy, ...options.retry};
	const timeoutMs = options.requestTimeoutMs ?? defaultTimeoutMs;
	const {auth} = options;
	const clock = new TrackerClock();

	async function request(requestOptions: ClientRequestOptions): Promise<unknown> {
		const context = calls.getStore();
		try {
			return await send(requestOptions, context?.signal);
		} catch (error) {
			if (context) context.fault = error as Error;
			throw error;
		}
	}

	async function send(requestOptions: ClientRequestOptions, signal: AbortSignal | undefined): Promise<unknown> {
		const what = describeUri(requestOptions.uri);
		// Jira answers in the profile's language unless forced: names are read in English (ids where they exist).
		const headers: Record<string, string> = {accept: 'application/json', 'accept-language': 'en', 'x-force-accept-language': 'true'};
		const credentials = requestOptions.auth;
		if (credentials?.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
		else if (credentials?.user) headers.authorization = `Basic ${Buffer.from(`${credentials.user}:${credentials.pass ?? ''}`).toString('base64')}`;
		let body: string | undefined;
		if (requestOptions.body !== undefined) {
			body = JSON.stringify(requestOptions.body);
			headers['content-type'] = 'application/json';
		}

		const timeout = AbortSignal.timeout(requestOptions.timeout ?? timeoutMs);
		const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
		let response: Response;
		let text: string;
		try {
			response = await fetch(requestOptions.uri, {method: requestOptions.method ?? 'GET', headers, body, signal: combined, redirect: 'manual'});
			text = await response.text();
		} catch (error) {
			if (signal?.aborted) throw signal.reason as Error;
			throw networkFault(error, timeout.aborted, what);
		}

		clock.observe(response.headers);
		if (response.status >= 300 && response.status < 400) {
			// A redirect usually means a login page or a moved instance; following it could carry the credentials elsewhere.
			throw new ProviderError('jira', 'config', `Jira redirected the request for ${what}`, 'set JIRA_BASE_URL to the address Jira is served from');
		}

		if (!response.ok) throw statusFault(response.status, response.headers, text, auth, what);
		if (text.trim() === '') return undefined;
		const parsed = parseJson(text);
		if (parsed === undefined) {
			throw new ProviderError('jira', 'malformed', `Jira sent a response for ${what} that is not JSON`, 'check JIRA_BASE_URL points at Jira, not a proxy or login page');
		}

		return parsed;
	}

	const client = new JiraApi({
		protocol: url.protocol.replace(/:$/, ''),
		host: url.hostname.replace(/^\[|\]$/g, ''),
		port: url.port === '' ? undefined : url.port,
		base: url.pathname.replace(/\/+$/, ''),
		apiVersion: '2',
		strictSSL: true,
		timeout: timeoutMs,
		request,
		...(auth.kind === 'basic' ? {username: auth.email, password: auth.apiToken} : {bearer: auth.pat}),
	});

	async function call(method: 'GET' | 'POST', prefix: JiraApiPrefix, pathname: string, query: Readonly<Record<string, string | number>> | undefined, body: unknown, signal: AbortSignal | undefined) {
		for (const value of Object.values(query ?? {})) {
			if (!safeQueryValue.test(String(value))) throw new Error(`unsafe query value for ${pathname}`);
		}

		const uri = client.makeUri({pathname, intermediatePath: prefix, query: query ? {...query} : undefined});
		const attempt = async () => {
			const context: CallContext = {signal, fault: null};
			try {
				return await calls.run(context, async () => client.doRequest(client.makeRequestHeader(uri, method === 'POST' ? {method, body} : {method})));
			} catch {
				// Never the caught text: it is jira-client's JSON dump of the request.
				throw context.fault ?? new ProviderError('jira', 'server', `Jira reported an error for ${describeUri(uri)}`, 'try again later; if it persists, check the Jira instance');
			}
		};

		try {
			return await withRetries(attempt, retry, signal);
		} catch (error) {
			throw error instanceof TransientFault ? exhausted(error) : error;
		}
	}

	return {
		clock,
		get: async (prefix, pathname, query, signal) => call('GET', prefix, pathname, query, undefined, signal),
		post: async (prefix, pathname, body, signal) => call('POST', prefix, pathname, undefined, body, signal),
	};
}

function parseBaseUrl(baseUrl: string, allowInsecureHttp: boolean): URL {
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw new ProviderError('jira', 'config', 'JIRA_BASE_URL is not a URL', 'use the address Jira is served from, e.g. https://acme.atlassian.net');
	}

	if (url.username || url.password) {
		throw new ProviderError('jira', 'config', 'JIRA_BASE_URL carries credentials', 'remove them from the URL; use JIRA_EMAIL/JIRA_API_TOKEN or JIRA_PAT');
	}

	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new ProviderError('jira', 'config', 'JIRA_BASE_URL must be an http(s) URL', 'use the address Jira is served from, e.g. https://acme.atlassian.net');
	}

	if (url.protocol === 'http:' && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
		throw new ProviderError('jira', 'config', 'JIRA_BASE_URL uses plain HTTP', 'use https://, or set allowInsecureHttp to send credentials unencrypted');
	}

	return url;
}
