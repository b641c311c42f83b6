/**
 * HTTP for jira-client. jira-client builds URLs and request options; the `request`
 * function it calls is ours, on Node's fetch, so status codes, Retry-After, timeouts and
 * retries are decided here. jira-client rethrows every failure as
 * `new Error(JSON.stringify(e))`, text that can hold request options and so credentials:
 * the real fault is kept aside per call and that text is dropped unread.
 */
import {AsyncLocalStorage} from 'node:async_hooks';
import JiraApiModule from 'jira-client';
import {ProviderError} from '../provider.js';
import {defaultRetryPolicy, TransientFault, withRetries, type RetryPolicy} from '../retry.js';
import {TrackerClock} from '../tracker-clock.js';
import {describeUri, exhausted, networkFault, parseJson, statusFault, type JiraAuth} from './transport-faults.js';

export type {JiraAuth} from './transport-faults.js';

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
