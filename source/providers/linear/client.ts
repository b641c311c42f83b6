import {LinearClient, LinearError} from '@linear/sdk';
import {toTerminalLine} from '../../text/sanitize.js';
import {ProviderError} from '../provider.js';
import {defaultRetryPolicy, parseRetryAfter, sleep, TransientFault, withRetries, type RetryPolicy} from '../retry.js';
import {TrackerClock} from '../tracker-clock.js';
import {LinearBudget, refusingEndpoint, resetInstant} from './budget.js';

/**
 * Transport for the Linear adapter: our own documents through `@linear/sdk`'s
 * `client.client.rawRequest`, a timeout on every request, retries for what is transient,
 * and every other failure turned into a `ProviderError` the user can act on. No message
 * ever carries the API key. Linear's hourly budget is read from every response: a request
 * that would not fit waits when the budget refills within `maxRateLimitWaitMs`, and
 * otherwise stops the pull with the time it can go on.
 */

export interface LinearTransportOptions {
	readonly apiKey: string;
	readonly apiUrl: string;
	readonly retry?: Partial<RetryPolicy>;
	readonly requestTimeoutMs?: number;
	readonly allowInsecureHttp?: boolean;
	/** The zone the "can go on at" time is written in. */
	readonly timezone?: string;
	/** The clock the budget is read with (tests move a fake one). */
	readonly now?: () => number;
}

/** An error Linear reported at one field of an answer that otherwise came (GraphQL's `path`: names and list indexes). */
export interface FieldError {
	readonly path: ReadonlyArray<string | number>;
	readonly message: string;
	/** Linear said the node is not for this key ("Entity not found", FORBIDDEN), not that it failed. */
	readonly hidden: boolean;
}

/** An answer whose `data` came with errors at some of its fields: those fields are null in `data`. */
export interface PartialAnswer {
	/** Null when an error at a non-null field nulled every parent up to `data` (GraphQL's null propagation). */
	readonly data: unknown;
	readonly fieldErrors: readonly FieldError[];
	/** With `data` null: what the request fails with should the caller not read around those errors. */
	readonly failure?: ProviderError;
}

export interface LinearTransport {
	/** Sends one document; resolves with its `data`. Any error in the answer fails it, data or not. */
	request(document: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<unknown>;
	/**
	 * Sends one document whose caller can read an answer with errors at some fields (a node the
	 * key cannot see): resolves with the `data` and those errors. An answer whose `data` is null
	 * only because of such errors (one was at a non-null field) resolves with `data` null and the
	 * `failure` it would have failed with; one with an error that is not at a field (rate limit,
	 * authentication, an internal error) fails as `request` fails.
	 */
	requestPartial(document: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<PartialAnswer>;
	/** Requests sent so far, retries included. */
	readonly requestCount: number;
	/** Linear's clock against ours, from every answer's `Date`. */
	readonly clock: TrackerClock;
}

export const defaultRequestTimeoutMs = 30_000;
/** How many times a request that timed out is sent in all. */
export const linearTimeoutAttempts = 2;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The endpoint must be HTTPS unless it is this machine or the user opted out (a proxy on a trusted network). */
export function checkApiUrl(apiUrl: string, allowInsecureHttp: boolean): URL {
	let url: URL;
	try {
		url = new URL(apiUrl);
	} catch {
		throw new ProviderError('linear', 'config', 'The Linear API URL is not a valid URL', 'set LINEAR_API_URL to the GraphQL endpoint, e.g. https://api.linear.app/graphql');
	}

	if (url.protocol === 'https:') return url;
	if (url.protocol === 'http:' && (loopbackHosts.has(url.hostname) || allowInsecureHttp)) return url;
	throw new ProviderError(
		'linear',
		'config',
		`The Linear API URL ${url.protocol}//${url.host} is not HTTPS: the API key would travel in clear text`,
		'use an https:// URL, or set allowInsecureHttp in the config if this proxy is on a trusted network',
	);
}

export function createLinearTransport(options: LinearTransportOptions): LinearTransport {
	const url = checkApiUrl(options.apiUrl, options.allowInsecureHttp ?? false);
	// A request Linear has not answered in 30 s is tried once more, not six times (3 minutes of silence).
	const policy: RetryPolicy = {...defaultRetryPolicy, timeoutAttempts: linearTimeoutAttempts, ...options.retry};
	const timeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
	const credential = linearCredential(options.apiKey);
	const secrets = [options.apiKey, 'apiKey' in credential ? credential.apiKey : credential.accessToken].filter((secret) => secret !== '');
	const redact = (text: string) => secrets.reduce((redacted, secret) => redacted.split(secret).join('[redacted]'), text);
	const now = options.now ?? Date.now;
	const clock = new TrackerClock();
	const budget = new LinearBudget((instant) => clock.local(instant));
	const timezone = options.timezone ?? 'UTC';
	let requestCount = 0;

	/** Waits for the budget when it refills soon enough; otherwise stops with when it can go on. */
	const waitForBudget = async (key: string, signal?: AbortSignal): Promise<void> => {
		const shortfall = budget.shortfall(key, now());
		if (shortfall === null) return;
		if (shortfall.waitMs > policy.maxRateLimitWaitMs) throw budgetSpent(shortfall.resumeAt, shortfall.resumeAt - now(), timezone, {refused: false, endpoint: shortfall.endpoint});
		await (policy.sleep ?? sleep)(shortfall.waitMs, signal);
	};

	/** `tries.timeouts`: how often this request has timed out so far, for the message that ends it. */
	const attempt = async (document: string, variables: Record<string, unknown>, key: string, tries: {timeouts: number}, partial: boolean, signal?: AbortSignal): Promise<PartialAnswer> => {
		await waitForBudget(key, signal);
		const timeout = AbortSignal.timeout(timeoutMs);
		const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
		// A client per request: the SDK hands its options to fetch, so this is how each request gets its own deadline.
		const client = new LinearClient({...credential, apiUrl: options.apiUrl, signal: combined});
		requestCount++;
		try {
			const response = await client.client.rawRequest<unknown, Record<string, unknown>>(document, variables);
			if (response.headers instanceof Headers) {
				// The clock first: the budget reads the reset instants on it.
				clock.observe(response.headers);
				budget.observe(response.headers, key, now());
			}
			return {data: response.data, fieldErrors: []};
		} catch (error) {
			if (signal?.aborted) throw signal.reason as Error;
			// The SDK throws on any `errors`, even beside data (GraphQL's partial result, HTTP 200).
			const answered = partial ? partialAnswer(error) : null;
			if (answered !== null) {
				const headers = (error as LinearError).raw?.response?.headers;
				if (headers instanceof Headers) {
					clock.observe(headers);
					budget.observe(headers, key, now());
				}

				if (answered.data !== null) return answered;
				const failure = classifyLinearFailure(error, url, redact, now(), 'accessToken' in credential);
				// Not a ProviderError (a blip): fails as any other request does, retried first.
				if (!(failure instanceof ProviderError)) throw failure;
				return {...answered, failure};
			}

			if (timeout.aborted) {
				tries.timeouts++;
				throw new TransientFault(`Linear did not answer within ${formatSeconds(timeoutMs)}${tries.timeouts > 1 ? `, ${tries.timeouts} times in a row` : ''}`, 'timeout');
			}
			const fault = classifyLinearFailure(error, url, redact, now(), 'accessToken' in credential);
			const headers = (error as {raw?: {response?: {headers?: unknown}}}).raw?.response?.headers;
			if (headers instanceof Headers) clock.observe(headers);
			if (fault instanceof TransientFault && fault.kind === 'rate-limit' && headers instanceof Headers) {
				// Retry-After when Linear sends one; else the budget headers say when this query fits
				// (it may be refused while points remain: it costs more than is left).
				const wait = parseRetryAfter(headers.get('retry-after'), now()) ?? budget.waitAfterRefusal(headers, key, now());
				const endpoint = refusingEndpoint(headers);
				throw endpoint === null ? new TransientFault(fault.message, 'rate-limit', wait) : new EndpointLimitFault(endpoint, wait);
			}

			throw fault;
		}
	};

	const send = async (document: string, variables: Record<string, unknown>, partial: boolean, signal?: AbortSignal): Promise<PartialAnswer> => {
		const key = budgetKey(document, variables);
		const tries = {timeouts: 0};
		try {
			return await withRetries(async () => attempt(document, variables, key, tries, partial, signal), policy, signal);
		} catch (error) {
			if (error instanceof TransientFault) throw exhausted(error, url, now(), timezone);
			throw error;
		}
	};

	return {
		async request(document, variables, signal) {
			return (await send(document, variables, false, signal)).data;
		},
		async requestPartial(document, variables, signal) {
			return send(document, variables, true, signal);
		},
		get requestCount() {
			return requestCount;
		},
		clock,
	};
}

/**
 * Linear takes a personal API key (`lin_api_…`) as the bare Authorization value and refuses it
 * after `Bearer `; an OAuth access token (`lin_oauth_…`) goes after `Bearer `. A key pasted
 * with the wrong one of the two forms is sent in the right one; anything else goes as given.
 */
export function linearCredential(secret: string): {apiKey: string} | {accessToken: string} {
	const bare = secret.replace(/^bearer\s+/i, '');
	if (bare.startsWith('lin_oauth_')) return {accessToken: bare};
	return bare.startsWith('lin_api_') ? {apiKey: bare} : {apiKey: secret};
}

/** Error types that are about the whole request, never one field: such an answer fails whole. */
const requestWideErrorTypes = new Set(['ratelimited', 'authentication error', 'internal error', 'lock timeout', 'graphql error']);

/**
 * The data and field errors of an HTTP 200 answer whose errors are all at fields (each with a
 * `path`); its data is null when one of them was a non-null field (the null went up to `data`).
 * Null for anything else, which fails as before.
 */
function partialAnswer(error: unknown): PartialAnswer | null {
	if (!(error instanceof LinearError) || error.status !== 200) return null;
	const response = (error.raw as {response?: {data?: unknown; errors?: unknown}} | undefined)?.response;
	const data = response?.data ?? null;
	if (typeof data !== 'object' || !Array.isArray(response?.errors) || response.errors.length === 0) return null;
	const fieldErrors: FieldError[] = [];
	for (const entry of response.errors as Array<RawGraphqlError & {path?: unknown}>) {
		const type = String(entry.extensions?.type ?? '').toLowerCase();
		const code = String(entry.extensions?.code ?? '').toUpperCase();
		if (requestWideErrorTypes.has(type) || code === 'RATELIMITED' || code === 'AUTHENTICATION_ERROR' || code === 'INTERNAL_SERVER_ERROR') return null;
		if (!Array.isArray(entry.path) || entry.path.length === 0 || !entry.path.every((part) => typeof part === 'string' || typeof part === 'number')) return null;
		const message = typeof entry.message === 'string' ? entry.message : '';
		const hidden = code === 'FORBIDDEN' || type === 'forbidden' || /entity.not.found/i.test(`${message} ${type} ${code}`);
		fieldErrors.push({path: entry.path as Array<string | number>, message, hidden});
	}

	return {data, fieldErrors};
}

interface RawGraphqlError {
	readonly message?: unknown;
	readonly extensions?: {readonly code?: unknown; readonly type?: unknown; readonly userPresentableMessage?: unknown};
}

/** Linear refused a query over its 10,000-point limit: the caller may ask for less at a time. */
export class QueryTooComplex extends ProviderError {
	constructor(detail: string) {
		super('linear', 'malformed', `Linear refused a query as too complex${detail ? `: ${detail}` : ''}`, 'Linear may count query complexity differently now: update director-review');
	}
}

/**
 * Turns whatever a request threw into a `TransientFault` (retried) or a `ProviderError` (surfaced).
 * `oauth`: the secret is an OAuth access token, which Linear refuses once its 24 hours are up.
 */
export function classifyLinearFailure(error: unknown, url: URL, redact: (text: string) => string, now: number = Date.now(), oauth = false): TransientFault | ProviderError {
	if (error instanceof LinearError) {
		const raw = error.raw as {response?: {errors?: unknown; headers?: unknown; error?: unknown}} | undefined;
		const graphqlErrors: RawGraphqlError[] = Array.isArray(raw?.response?.errors) ? (raw.response.errors as RawGraphqlError[]) : [];
		const codes = new Set(graphqlErrors.map((entry) => String(entry.extensions?.code ?? '').toUpperCase()));
		const types = new Set(graphqlErrors.map((entry) => String(entry.extensions?.type ?? '').toLowerCase()));
		const headers = raw?.response?.headers instanceof Headers ? raw.response.headers : new Headers();
		const status = error.status ?? 0;
		const firstMessage = graphqlErrors[0]?.message;
		const detail = typeof firstMessage === 'string' ? redact(toTerminalLine(firstMessage)).slice(0, 200) : '';

		if (status === 429 || codes.has('RATELIMITED') || types.has('ratelimited')) {
			return new TransientFault('Linear is rate-limiting requests', 'rate-limit', rateLimitWait(headers, now));
		}

		if (status === 401 || codes.has('AUTHENTICATION_ERROR') || types.has('authentication error')) {
			// Since April 2026 an OAuth access token lives 24 hours unless refreshed (Linear's OAuth
			// docs), and this tool does not refresh: a token that worked yesterday is refused today.
			if (oauth) return oauthTokenRefused();
			return new ProviderError('linear', 'auth', 'Linear rejected the API key', 'check LINEAR_API_KEY, or linear.apiKey in config.json (Linear → Settings → Security & access → API)');
		}

		if (status === 403 || codes.has('FORBIDDEN') || types.has('forbidden')) {
			return new ProviderError('linear', 'forbidden', 'The Linear API key may not read this data', 'use a key of a member of the synced teams (Settings → API)');
		}

		if (status >= 500) return new TransientFault(`Linear answered HTTP ${status}`, 'server');
		// Linear reports a resolver's blip as HTTP 200 with an "internal error" (or a database "lock
		// timeout") in the body, not as a 5xx: the same transient fault, tried again.
		if (codes.has('INTERNAL_SERVER_ERROR') || types.has('internal error') || types.has('lock timeout')) {
			return new TransientFault('Linear reported an internal error', 'server');
		}

		if (status >= 200 && status < 300 && graphqlErrors.length === 0) {
			return new ProviderError('linear', 'malformed', 'Linear sent a response without data', 'try again; if it persists, Linear may have changed its API');
		}

		if (graphqlErrors.some((entry) => typeof entry.message === 'string' && /too complex/i.test(entry.message))) {
			return new QueryTooComplex(detail);
		}

		if (codes.has('GRAPHQL_VALIDATION_FAILED') || codes.has('GRAPHQL_PARSE_FAILED')) {
			return new ProviderError('linear', 'malformed', `Linear rejected a query${detail ? `: ${detail}` : ''}`, 'Linear may have changed its API: update director-review');
		}

		return new ProviderError('linear', 'malformed', `Linear reported an error${detail ? `: ${detail}` : ` (HTTP ${status})`}`, 'try again; if it persists, report it with this message');
	}

	// The SDK parses JSON outside its own error handling: a broken body arrives as a bare SyntaxError.
	if (error instanceof SyntaxError) {
		return new ProviderError('linear', 'malformed', 'Linear sent a response that is not valid JSON', 'a proxy may be in the way: check LINEAR_API_URL');
	}

	if (error instanceof TypeError) {
		// undici: "fetch failed" (refused, reset, DNS) or "terminated" (connection dropped mid-body).
		return new TransientFault(`Could not reach Linear at ${url.host}`, 'network');
	}

	if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
		return new TransientFault('Linear did not answer in time', 'timeout');
	}

	return new ProviderError('linear', 'malformed', 'Unexpected failure talking to Linear', 'try again; if it persists, report it');
}

function oauthTokenRefused(): ProviderError {
	return new ProviderError(
		'linear',
		'auth',
		'Linear rejected the OAuth access token: Linear lets one live 24 hours (30 days from client credentials) unless it is renewed, and it may have been revoked',
		'put a personal API key (lin_api_…, Linear → Settings → Security & access → Personal API keys) in LINEAR_API_KEY or linear.apiKey in config.json: it needs no refreshing',
	);
}

/**
 * How long Linear asks us to wait: Retry-After (seconds) if present, else the reset instant
 * (epoch ms) of whichever budget ran out: requests, complexity, or the endpoint's own.
 */
export function rateLimitWait(headers: Headers, now: number = Date.now()): number | null {
	const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
	if (retryAfter !== null) return retryAfter;
	const resets: number[] = [];
	for (const budget of ['requests', 'complexity', 'endpoint-requests']) {
		const reset = resetInstant(headers.get(`x-ratelimit-${budget}-reset`));
		const remaining = headers.get(`x-ratelimit-${budget}-remaining`);
		if (reset === null) continue;
		if (remaining === null || Number(remaining) <= 0) resets.push(reset);
	}

	return resets.length === 0 ? null : Math.max(0, Math.max(...resets) - now);
}

/** A document's cost depends on the page sizes it is sent with, not on the cursor or the filter's dates. */
function budgetKey(document: string, variables: Record<string, unknown>): string {
	const sizes = Object.entries(variables).filter(([, value]) => typeof value === 'number');
	return `${/\b(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? document}:${JSON.stringify(sizes)}`;
}

/** A refusal by one endpoint's own request limit (`X-RateLimit-Endpoint-Name`), not by the key's hourly budget. */
class EndpointLimitFault extends TransientFault {
	constructor(
		readonly endpoint: string,
		retryAfterMs: number | null,
	) {
		super('Linear is rate-limiting requests', 'rate-limit', retryAfterMs);
	}
}

/**
 * The one line a stopped sync ends with: which limit stopped it, when it can go on, and that
 * it resumes. `endpoint`: the endpoint whose own limit it was (null: the key's hourly budget).
 */
export function budgetSpent(resumeAt: number, waitMs: number, timezone: string, stop: {refused: boolean; endpoint: string | null} = {refused: false, endpoint: null}): ProviderError {
	const until = `until ${clockTime(resumeAt, timezone)} (in ${formatDuration(waitMs)})`;
	// The name comes from a response header: one short line of plain text.
	const endpoint = stop.endpoint === null ? null : toTerminalLine(stop.endpoint).slice(0, 60);
	const message =
		endpoint === null
			? stop.refused
				? `Linear is rate-limiting requests from this API key ${until}`
				: `Linear's hourly API budget for this key is spent ${until}`
			: `Linear's own request limit on its "${endpoint}" endpoint is reached for this key ${until}`;
	return new ProviderError('linear', 'rate-limit', message, 'run director-review sync again then: it continues where it stopped, without fetching again what it already has');
}

function exhausted(fault: TransientFault, url: URL, now: number, timezone: string): ProviderError {
	switch (fault.kind) {
		case 'rate-limit': {
			const endpoint = fault instanceof EndpointLimitFault ? fault.endpoint : null;
			if (fault.retryAfterMs !== null) return budgetSpent(now + fault.retryAfterMs, fault.retryAfterMs, timezone, {refused: true, endpoint});
			const limited = endpoint === null ? 'Linear is rate-limiting requests from this API key' : `Linear's own request limit on its "${toTerminalLine(endpoint).slice(0, 60)}" endpoint is reached for this key`;
			return new ProviderError('linear', 'rate-limit', limited, 'wait a few minutes and sync again: it continues where it stopped');
		}

		case 'server': {
			return new ProviderError('linear', 'server', `${fault.message}, and kept failing`, 'Linear may be having trouble: check https://linearstatus.com and sync again later');
		}

		case 'network': {
			return new ProviderError('linear', 'network', fault.message, `check your network connection and that ${url.host} is reachable`);
		}

		case 'timeout': {
			return new ProviderError('linear', 'timeout', fault.message, 'check your network connection, then sync again (it resumes where it stopped)');
		}
	}
}

function clockTime(at: number, timezone: string): string {
	const format = (zone: string) =>
		new Intl.DateTimeFormat('en-GB', {timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).format(new Date(at));
	try {
		return `${format(timezone)} ${timezone}`;
	} catch {
		return `${format('UTC')} UTC`;
	}
}

function formatDuration(ms: number): string {
	if (ms < 60_000) return formatSeconds(ms);
	const minutes = Math.ceil(ms / 60_000);
	if (minutes < 60) return `${minutes} min`;
	return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function formatSeconds(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.ceil(ms / 1000)} s`;
}
