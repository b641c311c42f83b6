import {createHash} from 'node:crypto';
import {classifierVersion} from '../domain/classify/index.js';
import type {Classification, Tag, Ticket} from '../domain/types.js';
import type {Store} from '../store/store.js';
import type {ReviewSettings} from './settings.js';

/**
 * The version of everything a ticket's verdict reads besides its own document and its
 * parent's (which the store's triggers watch): the classifier's code, the rules, the
 * threshold, every tag (a ticket's own, its parent's) and the learner's state — the tagged
 * tickets as loaded with their categories, all it trains on. Nothing in classification reads
 * the time zone, the clock or the week (source/domain/classify), so they are not part of it.
 */
export function verdictContext(settings: Pick<ReviewSettings, 'rules' | 'threshold'>, tags: ReadonlyMap<string, Tag>, tickets: readonly Ticket[]): string {
	const hash = createHash('sha256');
	// `kept` 2: verdicts kept before a parent loaded only as a parent was left out (keepVerdicts) may be wrong; they are not read.
	hash.update(JSON.stringify({classifier: classifierVersion, kept: 2, threshold: settings.threshold, rules: settings.rules}));
	const tagged = new Map<string, Ticket>();
	for (const ticket of tickets) if (tags.has(ticket.id)) tagged.set(ticket.id, ticket);
	for (const id of [...tags.keys()].sort()) {
		const ticket = tagged.get(id);
		hash.update(`\n${JSON.stringify([id, tags.get(id)?.category, ticket ?? null])}`);
	}
	return hash.digest('base64url');
}

/**
 * Keeps the verdicts a load worked out (those not read from the store) for the next load,
 * when nothing else committed to the store since `stamp` — what they were worked out from is
 * then what the store holds. Not a parent's whose own parent the load does not hold: a load
 * brings a ticket's parents, not its parents' parents (store/ticket-window.ts), so a ticket
 * loaded only as a parent was classified without the parent the store may hold, and its
 * verdict is not what a load holding both works out.
 */
export function keepVerdicts(
	store: Store,
	where: {readonly provider: Parameters<Store['saveVerdicts']>[0]; readonly context: string; readonly stamp: number},
	tickets: readonly Ticket[],
	classifications: ReadonlyMap<string, Classification>,
	kept: ReadonlyMap<string, Classification>,
): void {
	const keys = new Set<string>();
	const parentKeys = new Set<string>();
	for (const ticket of tickets) {
		keys.add(ticket.key);
		if (ticket.parentKey) parentKeys.add(ticket.parentKey);
	}
	const rows = [];
	for (const ticket of tickets) {
		if (kept.has(ticket.id)) continue;
		if (ticket.parentKey && !keys.has(ticket.parentKey) && parentKeys.has(ticket.key)) continue;
		const classification = classifications.get(ticket.id);
		if (classification) rows.push({id: ticket.id, parentKey: ticket.parentKey ?? null, classification});
	}
	store.saveVerdicts(where.provider, where.context, where.stamp, rows);
}
