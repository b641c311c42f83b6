/**
 * What a failed Jira call means, in one line of cause and one of hint: a status (with its
 * Retry-After or rate-limit reset), a network failure or timeout, the end of the retries.
 * Never the request's query or credentials: an endpoint is named by its path alone.
 */
import {toTerminalLine} from '../../text/sanitize.js';
import {ProviderError} from '../provider.js';
import {parseRetryAfter, TransientFault, untilResetInstant} from '../retry.js';

/** How the sync signs in: Cloud's e-mail and API token (basic), Data Center's personal access token (bearer). */
export type JiraAuth = {readonly kind: 'basic'; readonly email: string; readonly apiToken: string} | {readonly kind: 'bearer'; readonly pat: string};

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

export function parseJson(text: string): unknown {
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

export function statusFault(status: number, headers: Headers, text: string, auth: JiraAuth, what: string): Error {
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

export function networkFault(error: unknown, timedOut: boolean, what: string): Error {
	if (timedOut) return new TransientFault(`Jira did not answer ${what} in time`, 'timeout');
	const cause = (error as {cause?: {code?: unknown}}).cause;
	const code = typeof cause?.code === 'string' ? cause.code : 'connection failed';
	return new TransientFault(`the connection to Jira failed (${code})`, 'network');
}

/** After the last retry: one line of cause, one of hint. */
export function exhausted(fault: TransientFault, now: () => number = Date.now): ProviderError {
	switch (fault.kind) {
		case 'rate-limit': {
			// A wait past what the sync sits out (Retry-After, or X-RateLimit-Reset an hour away): Jira said how long,
			// and "a request reissued before the retry period expires will fail and return the same or longer Retry-After".
			const wait = fault.retryAfterMs;
			if (wait !== null && wait >= 60_000) {
				const until = new Date(now() + wait).toISOString().slice(11, 16);
				return new ProviderError('jira', 'rate-limit', `Jira asks the sync to wait ${Math.ceil(wait / 60_000)} min before its next request (rate limit)`, `run the sync again after ${until} UTC`);
			}

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

export function describeUri(uri: string): string {
	// Names the endpoint, never the query (it may hold user text) nor the host's credentials.
	const {pathname} = new URL(uri);
	return pathname.replace(/\/rest\/(?:api|agile)\/[\d.]+/, '').replace(/\/\d+(?=\/|$)/g, '/{id}') || '/';
}
