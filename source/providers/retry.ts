import {RunTimeError} from '../errors/app-error.js';
import {redactSecrets} from '../errors/secrets.js';
import {toTerminalLine} from '../text/sanitize.js';

/**
 * Retries shared by the tracker adapters: rate limits wait as long as the server asks,
 * server faults and dropped connections back off exponentially with jitter, and every
 * other failure surfaces at once. Each adapter classifies its own responses into
 * `TransientFault`s; this module only decides when to try again.
 */

/**
 * A failure worth trying again. The adapters turn one that kept failing into a
 * `ProviderError` of their own words; should one reach the user as it is, it still reads
 * as a run-time failure with a way out.
 */
export class TransientFault extends RunTimeError {
	constructor(
		message: string,
		/** 'rate-limit' waits for `retryAfterMs`; the others back off. */
		readonly kind: 'rate-limit' | 'server' | 'network' | 'timeout',
		readonly retryAfterMs: number | null = null,
	) {
		super(message, 'try again later, or pass --offline to use the last synced data');
	}

	override get reportedMessage(): string {
		return `the tracker kept failing (${this.message})`;
	}
}

export interface RetryPolicy {
	readonly attempts: number;
	/**
	 * Attempts for a request that timed out (default: `attempts`). Each costs a whole timeout,
	 * so six of them keep a user before a silent terminal for minutes.
	 */
	readonly timeoutAttempts?: number;
	readonly baseDelayMs: number;
	readonly maxDelayMs: number;
	/** A rate-limit wait longer than this is not waited out: the fault surfaces instead. */
	readonly maxRateLimitWaitMs: number;
	readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly random?: () => number;
	readonly onRetry?: (fault: TransientFault, attempt: number, delayMs: number) => void;
}

export const defaultRetryPolicy: RetryPolicy = {
	attempts: 6,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxRateLimitWaitMs: 120_000,
};

export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		if (signal?.aborted) {
			reject(signal.reason as Error);
			return;
		}
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal?.reason as Error);
		};
		signal?.addEventListener('abort', onAbort, {once: true});
	});
}

/** The delay before retry number `attempt` (1-based): capped exponential backoff, full jitter. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetries<T>(operation: () => Promise<T>, policy: RetryPolicy = defaultRetryPolicy, signal?: AbortSignal): Promise<T> {
	const wait = policy.sleep ?? sleep;
	for (let attempt = 1; ; attempt++) {
		try {
			return await operation();
		} catch (error) {
			if (!(error instanceof TransientFault) || attempt >= policy.attempts) throw error;
			if (error.kind === 'timeout' && attempt >= (policy.timeoutAttempts ?? policy.attempts)) throw error;
			let delay = backoffDelay(attempt, policy, policy.random);
			if (error.kind === 'rate-limit' && error.retryAfterMs !== null) {
				if (error.retryAfterMs > policy.maxRateLimitWaitMs) throw error;
				// A little jitter on top, so parallel clients don't all return on the same tick.
				delay = error.retryAfterMs + Math.round((policy.random ?? Math.random)() * 250);
			} else if (error.retryAfterMs !== null && error.retryAfterMs <= policy.maxRateLimitWaitMs) {
				// A 503 "when a resource limit has been reached" may say when to come back (Atlassian's
				// rate-limiting docs): sooner would fail again. Longer than we wait: backing off may still do.
				delay = Math.max(delay, error.retryAfterMs);
			}
			policy.onRetry?.(error, attempt, delay);
			await wait(delay, signal);
		}
	}
}

/**
 * The notice of a request about to be tried again, in the words every surface uses (the
 * `sync` command's stderr, the TUI's status line): "Jira answered 503 for the search; trying
 * again in 2 s (retry 1)". The fault's words may be the tracker's own (a rate-limit error's
 * message): one safe line, no remembered secret.
 */
export function retryNotice(fault: TransientFault, attempt: number, delayMs: number): string {
	return redactSecrets(toTerminalLine(`${fault.message}; trying again in ${Math.max(1, Math.round(delayMs / 1000))} s (retry ${attempt})`));
}

/** Parses Retry-After: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
	if (!value) return null;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** How long until an ISO 8601 reset instant (Jira's `X-RateLimit-Reset`, `yyyy-MM-ddTHH:mmZ`); null when absent or unreadable. */
export function untilResetInstant(value: string | null | undefined, now: number = Date.now()): number | null {
	const trimmed = value?.trim() ?? '';
	if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
	const at = Date.parse(trimmed);
	return Number.isNaN(at) ? null : Math.max(0, at - now);
}
