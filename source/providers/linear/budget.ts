/**
 * Linear's hourly budget for an API key, as the response headers report it: requests and
 * complexity points, each a leaky bucket refilled at limit / hour. A query costing more
 * points than are left is refused (RATELIMITED) even while the remaining figure is above
 * zero, so the transport checks the next request against what is left before sending it:
 * a long sync waits when enough refills soon, and otherwise stops without spending a
 * request on a refusal. Some endpoints have a request limit of their own, with its own
 * window (`X-RateLimit-Endpoint-Requests-*`, `X-RateLimit-Endpoint-Name`): a document asking
 * one is checked against that bucket too, and a refusal it explains is timed by it.
 */

const hourMs = 3_600_000;

interface BucketState {
	readonly limit: number | null;
	readonly remaining: number;
	/** When the bucket is full again (epoch ms), per Linear's `…-reset` header. */
	readonly resetAt: number | null;
	/** When these figures were read. */
	readonly at: number;
}

export interface BudgetShortfall {
	/** How long until the next request fits. */
	readonly waitMs: number;
	/** When to go on if not waiting now: the short bucket's reset (full again), else when it fits. */
	readonly resumeAt: number;
	/**
	 * The endpoint whose own request limit sets `resumeAt` (Linear's `X-RateLimit-Endpoint-Name`);
	 * null when it is the key's hourly budget, so the user is told which limit stopped the sync.
	 */
	readonly endpoint: string | null;
}

export class LinearBudget {
	/**
	 * `localInstant`: a reset instant, stamped on Linear's clock, on ours. Linear sends resets
	 * as instants (epoch ms), not durations: were ours ahead of Linear's, a reset a minute away
	 * would read as already past, and the refused query be sent again at once.
	 */
	constructor(private readonly localInstant: (trackerInstant: number) => number = (instant) => instant) {}

	private requests: BucketState | null = null;
	private complexity: BucketState | null = null;
	/** Linear's cost of each document (`x-complexity`): a document with the same variables costs the same again. */
	private readonly costs = new Map<string, number>();
	/**
	 * Linear documents a leaky bucket (a steady refill); should a query the refill says fits be
	 * refused anyway, the budget behaves like a window here, and only its reset is trusted.
	 */
	private refillUntrusted = false;
	/** Documents Linear refused: a refused document's cost stays unknown. */
	private readonly refused = new Set<string>();
	/** Endpoint-specific buckets by endpoint name, and the endpoint each document was last answered for. */
	private readonly endpoints = new Map<string, BucketState>();
	private readonly endpointOf = new Map<string, string>();

	/** Records what a response's headers say; `key` names the document and the variables that size it. */
	observe(headers: Headers, key: string, at: number): void {
		this.requests = readBucket(headers, 'requests', at, this.localInstant) ?? this.requests;
		this.complexity = readBucket(headers, 'complexity', at, this.localInstant) ?? this.complexity;
		const cost = Number(headers.get('x-complexity') ?? Number.NaN);
		if (Number.isFinite(cost) && cost >= 0) this.costs.set(key, cost);
		const endpoint = readBucket(headers, 'endpoint-requests', at, this.localInstant);
		if (endpoint !== null) {
			const name = headers.get('x-ratelimit-endpoint-name') ?? key;
			this.endpoints.set(name, endpoint);
			this.endpointOf.set(key, name);
		}
	}

	/**
	 * Null when the request should fit; otherwise how long until it does. A document never
	 * sent before is assumed to fit: Linear will say if it does not.
	 */
	shortfall(key: string, at: number): BudgetShortfall | null {
		const cost = this.costs.get(key);
		const endpointName = this.endpointOf.get(key);
		const endpoint = endpointName === undefined ? undefined : this.endpoints.get(endpointName);
		const short = [
			this.requests === null ? null : {bucket: this.requests, wait: this.waitFor(this.requests, 1, at), endpoint: null},
			this.complexity === null || cost === undefined ? null : {bucket: this.complexity, wait: this.waitFor(this.complexity, cost, at), endpoint: null},
			endpoint === undefined ? null : {bucket: endpoint, wait: waitForEndpoint(endpoint, at), endpoint: endpointName!},
		].filter((entry): entry is {bucket: BucketState; wait: number; endpoint: string | null} => entry !== null && entry.wait > 0);
		if (short.length === 0) return null;
		const waitMs = Math.max(...short.map((entry) => entry.wait));
		const resumes = short.map((entry) => ({at: entry.bucket.resetAt ?? at + entry.wait, endpoint: entry.endpoint}));
		const latest = resumes.reduce((a, b) => (b.at > a.at ? b : a));
		return {waitMs, resumeAt: Math.max(latest.at, at + waitMs), endpoint: latest.endpoint};
	}

	/** After a refusal: how long until `key` fits, from the refusal's own headers. */
	waitAfterRefusal(headers: Headers, key: string, at: number): number | null {
		// An empty endpoint bucket explains the refusal: the key's own budgets may be far from spent.
		const endpoint = readBucket(headers, 'endpoint-requests', at, this.localInstant);
		const byEndpoint = endpoint !== null && endpoint.remaining < 1;
		// A refusal of a document whose cost we knew: we thought it fitted, so the refill is not steady.
		// So is a second refusal of a document whose cost we never learnt: the refill promised it would fit.
		if ((this.costs.has(key) || this.refused.has(key)) && !byEndpoint) this.refillUntrusted = true;
		this.refused.add(key);
		this.observe(headers, key, at);
		const shortfall = this.shortfall(key, at);
		if (shortfall !== null) return shortfall.waitMs;
		// The cost of a refused document is unknown: wait until the empty bucket (else every bucket) is full again.
		const buckets = [this.requests, this.complexity].filter((bucket): bucket is BucketState => bucket !== null && bucket.resetAt !== null);
		const empty = buckets.filter((bucket) => bucket.remaining < 1);
		const resets = (empty.length > 0 ? empty : buckets).map((bucket) => bucket.resetAt!);
		return resets.length === 0 ? null : Math.max(0, Math.max(...resets) - at);
	}

	/** Milliseconds until `amount` fits in the bucket (0 when it fits now). */
	private waitFor(bucket: BucketState, amount: number, at: number): number {
		const elapsed = Math.max(0, at - bucket.at);
		const untilReset = bucket.resetAt === null ? 0 : Math.max(0, bucket.resetAt - at);
		if (bucket.limit !== null && amount > bucket.limit) return 0; // Never fits: let Linear say so rather than wait forever.
		// Without a steady refill to count on, only the reset frees the budget (0 once it has passed).
		if (bucket.limit === null || this.refillUntrusted) return bucket.remaining >= amount ? 0 : untilReset;
		const rate = bucket.limit / hourMs;
		const now = Math.min(bucket.limit, bucket.remaining + elapsed * rate);
		if (now >= amount) return 0;
		// The reset instant is when the bucket is full again: never wait past it.
		const wait = Math.ceil((amount - now) / rate);
		return bucket.resetAt === null ? wait : Math.min(wait, untilReset);
	}
}

/**
 * The endpoint whose own limit a refusal's headers say is spent (`X-RateLimit-Endpoint-Name`
 * with nothing remaining); null when the refusal was the key's own budgets.
 */
export function refusingEndpoint(headers: Headers): string | null {
	const remaining = Number(headers.get('x-ratelimit-endpoint-requests-remaining') ?? Number.NaN);
	if (!Number.isFinite(remaining) || remaining >= 1) return null;
	return headers.get('x-ratelimit-endpoint-name') ?? 'unnamed';
}

/**
 * Milliseconds until an endpoint's bucket has a request again. Its window is its own (not
 * documented as an hour): the steady refill Linear documents for its limiters is read from
 * the headers, as what is missing coming back by the reset instant.
 */
function waitForEndpoint(bucket: BucketState, at: number): number {
	if (bucket.remaining >= 1) return 0;
	if (bucket.resetAt === null) return 0; // Nothing says when: let Linear say so.
	const untilReset = Math.max(0, bucket.resetAt - at);
	const span = bucket.resetAt - bucket.at;
	if (bucket.limit === null || span <= 0 || bucket.limit <= bucket.remaining) return untilReset;
	const rate = (bucket.limit - bucket.remaining) / span;
	const readyAt = bucket.at + Math.ceil((1 - bucket.remaining) / rate);
	return Math.max(0, Math.min(readyAt, bucket.resetAt) - at);
}

function readBucket(headers: Headers, name: 'requests' | 'complexity' | 'endpoint-requests', at: number, localInstant: (instant: number) => number): BucketState | null {
	const remaining = Number(headers.get(`x-ratelimit-${name}-remaining`) ?? Number.NaN);
	if (!Number.isFinite(remaining)) return null;
	const limit = Number(headers.get(`x-ratelimit-${name}-limit`) ?? Number.NaN);
	return {limit: Number.isFinite(limit) && limit > 0 ? limit : null, remaining, resetAt: localReset(headers.get(`x-ratelimit-${name}-reset`), localInstant), at};
}

function localReset(value: string | null, localInstant: (instant: number) => number): number | null {
	const reset = resetInstant(value);
	return reset === null ? null : localInstant(reset);
}

/**
 * A `…-reset` header as epoch ms. Linear's docs have said UTC epoch milliseconds and, earlier,
 * epoch seconds: a value below 10^11 (1973 in ms, the year 5138 in s) can only be seconds.
 */
export function resetInstant(value: string | null): number | null {
	const reset = Number(value ?? Number.NaN);
	if (!Number.isFinite(reset) || reset <= 0) return null;
	return reset < 1e11 ? reset * 1000 : reset;
}
