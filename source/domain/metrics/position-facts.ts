import type {Ticket} from '../types.js';

/**
 * Per-ticket facts that do not depend on the week, kept by the ticket's position in the
 * store's array: a trend reads the same tickets in eight weeks, and the review prepares them
 * while it loads. Each kind of fact has its own list, valid while the array (not grown since)
 * and the kind's key (a roster, a time zone) are the same; a fact is worked out the first
 * time it is asked for.
 */
interface Kept {
	readonly key: unknown;
	readonly facts: unknown[];
}

const stores = new WeakMap<readonly Ticket[], Map<string, Kept>>();

export function factsByPosition<F>(store: readonly Ticket[], kind: string, key: unknown, make: (ticket: Ticket) => F): (position: number, ticket: Ticket) => F {
	let kinds = stores.get(store);
	if (!kinds) {
		kinds = new Map();
		stores.set(store, kinds);
	}
	let kept = kinds.get(kind);
	if (kept === undefined || kept.key !== key || kept.facts.length !== store.length) {
		kept = {key, facts: new Array<unknown>(store.length)};
		kinds.set(kind, kept);
	}
	const facts = kept.facts as Array<F | undefined>;
	return (position, ticket) => {
		let known = facts[position];
		if (known === undefined) {
			known = make(ticket);
			facts[position] = known;
		}
		return known;
	};
}

/** Works out every ticket's fact of a kind now (while loading), so the weeks read them without it. */
export function prepareFacts<F>(store: readonly Ticket[], factsAt: (position: number, ticket: Ticket) => F): void {
	for (let position = 0; position < store.length; position++) {
		const ticket = store[position];
		if (ticket !== undefined) factsAt(position, ticket);
	}
}
