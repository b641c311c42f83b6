import type {Classification, EffectiveCategory, Ticket} from '../types.js';

/**
 * Each ticket's effective category by its position in the ticket array, read off the
 * classification map once per map instead of once per ticket, figure and week: a map
 * lookup by id on freshly loaded tickets costs a cache miss or two each, and a trend of eight
 * weeks asked it about half a million times. The review builds it while it loads, with the
 * relevance index (compute.ts prepareCategories); a week reads bytes by position.
 *
 * Keyed by the map: a new classification (relearn) is a new map and gets a fresh array. A
 * caller that changes a map in place (one tag) must call `forgetCategories` after.
 */
const categoryCodes: readonly EffectiveCategory[] = ['unclassified', 'operational', 'strategic'];

export const unclassifiedCode = 0;
export const operationalCode = 1;
export const strategicCode = 2;

interface CategoryIndex {
	readonly tickets: readonly Ticket[];
	readonly codes: Uint8Array;
}

const indexes = new WeakMap<ReadonlyMap<string, Classification>, CategoryIndex>();

/** The category codes of `tickets` by position (0 unclassified, 1 operational, 2 strategic). */
export function categoriesByPosition(tickets: readonly Ticket[], classifications: ReadonlyMap<string, Classification>): Uint8Array {
	const cached = indexes.get(classifications);
	// The same array, not grown since: a caller that grew it gets a fresh index, as with relevance.
	if (cached?.tickets === tickets && cached.codes.length === tickets.length) return cached.codes;
	const codes = new Uint8Array(tickets.length);
	for (let position = 0; position < tickets.length; position++) {
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		codes[position] = categoryCode(classifications.get(ticket.id)?.category);
	}
	indexes.set(classifications, {tickets, codes});
	return codes;
}

/** The map changed in place (a tag applied to one ticket): its categories are read again on the next week. */
export function forgetCategories(classifications: ReadonlyMap<string, Classification>): void {
	indexes.delete(classifications);
}

/** A category's code; a ticket with no classification is unclassified. */
export function categoryCode(category: EffectiveCategory | undefined): number {
	return category === 'operational' ? operationalCode : category === 'strategic' ? strategicCode : unclassifiedCode;
}

export function categoryOfCode(code: number): EffectiveCategory {
	return categoryCodes[code] ?? 'unclassified';
}
