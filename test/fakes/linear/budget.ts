import {
	getNamedType,
	isCompositeType,
	isObjectType,
	Kind,
	type DocumentNode,
	type FragmentDefinitionNode,
	type GraphQLCompositeType,
	type GraphQLSchema,
	type OperationDefinitionNode,
	type SelectionSetNode,
	type ValueNode,
} from 'graphql';

/**
 * Linear's rate limits as its developer docs describe them (linear.app/developers/rate-limiting):
 * two leaky buckets per API key — requests and complexity points — refilled at a constant
 * rate of limit per hour, a hard cap of 10,000 points on any single query, and headers on
 * every response saying what is left. A query costing more than the complexity left is
 * refused with RATELIMITED even though the remaining figure is above zero.
 */

/** The personal API key's budget (Linear's docs, 2025–2026). */
export const apiKeyRequestsPerHour = 5000;
export const apiKeyComplexityPerHour = 3_000_000;
export const maxQueryComplexity = 10_000;
const hourMs = 3_600_000;

export interface FakeLinearBudgetOptions {
	readonly requestsPerHour?: number;
	readonly complexityPerHour?: number;
	/** What is left when the server starts (default: full buckets). */
	readonly requestsRemaining?: number;
	readonly complexityRemaining?: number;
	/** The fake's clock; tests move it to let the buckets refill. */
	readonly now?: () => number;
	/**
	 * `leaky` (Linear's docs): a constant refill of limit / hour, "reset" = when full again.
	 * `window`: nothing comes back until the hour is over, then all of it — for checking that
	 * a client does not depend on the steady refill the docs promise.
	 */
	readonly refill?: 'leaky' | 'window';
	/**
	 * Endpoint-specific limits (Linear's docs: "some endpoints have their own, lower limits"),
	 * keyed by root field (`issues`, `users`, …): a request asking that field is charged one
	 * request of the endpoint's own bucket as well, and is refused (HTTP 400 `RATELIMITED`)
	 * when that bucket is empty, though the key's hourly budgets have plenty left. Answers of
	 * such an endpoint carry `X-RateLimit-Endpoint-Requests-Limit/-Remaining/-Reset` and
	 * `X-RateLimit-Endpoint-Name`.
	 */
	readonly endpoints?: Readonly<Record<string, {readonly requestsPerHour: number; readonly requestsRemaining?: number}>>;
}

export type BudgetVerdict =
	| {readonly kind: 'accepted'; readonly cost: number; readonly headers: Record<string, string>}
	| {readonly kind: 'too-complex'; readonly cost: number; readonly headers: Record<string, string>}
	| {readonly kind: 'rate-limited'; readonly cost: number; readonly headers: Record<string, string>};

export interface FakeLinearBudget {
	/** Charges a valid document, or says why it is refused; headers for the response either way. */
	charge(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): BudgetVerdict;
	/** Headers for a response that charged nothing (auth failures, invalid documents). */
	headers(): Record<string, string>;
	readonly requestsRemaining: number;
	readonly complexityRemaining: number;
}

export function createBudget(options: FakeLinearBudgetOptions = {}): FakeLinearBudget {
	const now = options.now ?? Date.now;
	const mode = options.refill ?? 'leaky';
	const requests = bucket(options.requestsPerHour ?? apiKeyRequestsPerHour, options.requestsRemaining, now());
	const complexity = bucket(options.complexityPerHour ?? apiKeyComplexityPerHour, options.complexityRemaining, now());
	const refill = (state: Bucket, at: number) => (mode === 'leaky' ? leak(state, at) : renewWindow(state, at));
	const resetAt = (state: Bucket, at: number) => (mode === 'leaky' ? fullAgainAt(state, at) : state.refilledAt + hourMs);

	const endpoints = new Map(Object.entries(options.endpoints ?? {}).map(([name, limits]) => [name, bucket(limits.requestsPerHour, limits.requestsRemaining, now())]));
	/** The endpoint-limited root fields a document asks for, with their headers as they stand. */
	const endpointsOf = (document: DocumentNode) => rootFields(document).flatMap((name) => {
		const state = endpoints.get(name);
		return state === undefined ? [] : [{name, state}];
	});
	const endpointHeaders = (limited: ReadonlyArray<{name: string; state: Bucket}>): Record<string, string> => {
		// One set of headers: the endpoint closest to its limit.
		const at = now();
		for (const {state} of limited) refill(state, at);
		const tightest = [...limited].sort((a, b) => a.state.remaining - b.state.remaining)[0];
		if (tightest === undefined) return {};
		return {
			'x-ratelimit-endpoint-requests-limit': String(tightest.state.limit),
			'x-ratelimit-endpoint-requests-remaining': String(Math.floor(tightest.state.remaining)),
			'x-ratelimit-endpoint-requests-reset': String(resetAt(tightest.state, at)),
			'x-ratelimit-endpoint-name': tightest.name,
		};
	};

	const headers = (): Record<string, string> => {
		const at = now();
		refill(requests, at);
		refill(complexity, at);
		return {
			'x-ratelimit-requests-limit': String(requests.limit),
			'x-ratelimit-requests-remaining': String(Math.floor(requests.remaining)),
			'x-ratelimit-requests-reset': String(resetAt(requests, at)),
			'x-ratelimit-complexity-limit': String(complexity.limit),
			'x-ratelimit-complexity-remaining': String(Math.floor(complexity.remaining)),
			'x-ratelimit-complexity-reset': String(resetAt(complexity, at)),
		};
	};

	return {
		charge(schema, document, variables) {
			const cost = queryComplexity(schema, document, variables);
			if (cost > maxQueryComplexity) return {kind: 'too-complex', cost, headers: headers()};
			const limited = endpointsOf(document);
			const before = {...headers(), ...endpointHeaders(limited)};
			// Refused while the remaining figure is still above zero: the query must fit whole.
			if (requests.remaining < 1 || complexity.remaining < cost) return {kind: 'rate-limited', cost, headers: before};
			if (limited.some(({state}) => state.remaining < 1)) return {kind: 'rate-limited', cost, headers: before};
			requests.remaining -= 1;
			complexity.remaining -= cost;
			for (const {state} of limited) state.remaining -= 1;
			return {kind: 'accepted', cost, headers: {...headers(), ...endpointHeaders(limited), 'x-complexity': String(cost)}};
		},
		headers,
		get requestsRemaining() {
			refill(requests, now());
			return requests.remaining;
		},
		get complexityRemaining() {
			refill(complexity, now());
			return complexity.remaining;
		},
	};
}

interface Bucket {
	readonly limit: number;
	remaining: number;
	refilledAt: number;
}

function bucket(limit: number, remaining: number | undefined, at: number): Bucket {
	return {limit, remaining: Math.min(limit, remaining ?? limit), refilledAt: at};
}

function leak(state: Bucket, at: number): void {
	if (at <= state.refilledAt) return;
	state.remaining = Math.min(state.limit, state.remaining + ((at - state.refilledAt) * state.limit) / hourMs);
	state.refilledAt = at;
}

/** A window starts full at `refilledAt` and stays as spent until the hour is over. */
function renewWindow(state: Bucket, at: number): void {
	if (at < state.refilledAt + hourMs) return;
	state.remaining = state.limit;
	state.refilledAt += Math.floor((at - state.refilledAt) / hourMs) * hourMs;
}

/** A leaky bucket has no window: "reset" is when it is full again. */
function fullAgainAt(state: Bucket, at: number): number {
	return at + Math.ceil(((state.limit - state.remaining) * hourMs) / state.limit);
}

/** The root fields of a document's (first) operation, aliases looked through, each once: one request of each endpoint. */
function rootFields(document: DocumentNode): string[] {
	const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
	return [...new Set((operation?.selectionSet.selections ?? []).flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : [])))];
}

/**
 * Linear's complexity: 0.1 point a scalar field, 1 an object, a connection's nodes (or edges)
 * multiplied by its `first` (50 when absent); the total rounded up. A plain list of objects
 * (not a connection) counts its selection once.
 */
export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
	const fragments = new Map<string, FragmentDefinitionNode>();
	let operation: OperationDefinitionNode | undefined;
	for (const definition of document.definitions) {
		if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
		if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
	}

	if (operation === undefined) return 0;
	const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
	if (!root) return 0;
	const points = selectionCost(operation.selectionSet, root, fragments, variables, schema);
	return Math.ceil(Math.round(points * 10) / 10);
}

function selectionCost(
	selectionSet: SelectionSetNode,
	parent: GraphQLCompositeType,
	fragments: ReadonlyMap<string, FragmentDefinitionNode>,
	variables: Record<string, unknown>,
	schema: GraphQLSchema,
): number {
	let points = 0;
	for (const selection of selectionSet.selections) {
		if (selection.kind === Kind.FRAGMENT_SPREAD) {
			const fragment = fragments.get(selection.name.value);
			const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
			if (fragment && type && isCompositeType(type)) points += selectionCost(fragment.selectionSet, type, fragments, variables, schema);
			continue;
		}

		if (selection.kind === Kind.INLINE_FRAGMENT) {
			const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
			if (type && isCompositeType(type)) points += selectionCost(selection.selectionSet, type, fragments, variables, schema);
			continue;
		}

		if (selection.name.value === '__typename' || !('getFields' in parent)) continue;
		const field = parent.getFields()[selection.name.value];
		if (!field) continue;
		const type = getNamedType(field.type);
		if (!selection.selectionSet || !isCompositeType(type)) {
			points += 0.1;
			continue;
		}

		if (isObjectType(type) && type.name.endsWith('Connection')) {
			const firstArgument = selection.arguments?.find((argument) => argument.name.value === 'first');
			const first = firstArgument ? Number(valueOf(firstArgument.value, variables) ?? 50) : 50;
			for (const inner of selection.selectionSet.selections) {
				if (inner.kind !== Kind.FIELD) continue;
				const innerField = type.getFields()[inner.name.value];
				const innerType = innerField ? getNamedType(innerField.type) : undefined;
				if (!inner.selectionSet || !innerType || !isCompositeType(innerType)) {
					points += 0.1;
					continue;
				}

				const each = 1 + selectionCost(inner.selectionSet, innerType, fragments, variables, schema);
				points += inner.name.value === 'nodes' || inner.name.value === 'edges' ? first * each : each;
			}

			continue;
		}

		points += 1 + selectionCost(selection.selectionSet, type, fragments, variables, schema);
	}

	return points;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
	if (node.kind === Kind.VARIABLE) return variables[node.name.value];
	if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
	if (node.kind === Kind.NULL) return null;
	return undefined;
}
