import {categoryOfCode} from './categories.js';
import {categoryOf} from './context.js';
import type {Classification, Ticket} from '../types.js';
import type {AllocationCounts} from './types.js';

/** The tickets behind each allocation count. */
export interface AllocationIds {
	readonly operational: readonly string[];
	readonly strategic: readonly string[];
	readonly unclassified: readonly string[];
}

export class AllocationTally {
	readonly ids = {operational: [] as string[], strategic: [] as string[], unclassified: [] as string[]};

	add(ticket: Ticket, classifications: ReadonlyMap<string, Classification>): void {
		this.ids[categoryOf(ticket, classifications)].push(ticket.id);
	}

	/** The same with the ticket's category code already read (categories.ts). */
	addAs(ticket: Ticket, code: number): void {
		this.addIdAs(ticket.id, code);
	}

	/** The same with the ticket's id read (by position, week-reads.ts). */
	addIdAs(id: string, code: number): void {
		this.ids[categoryOfCode(code)].push(id);
	}

	counts(): AllocationCounts {
		const operational = this.ids.operational.length;
		const strategic = this.ids.strategic.length;
		const classified = operational + strategic;
		return {
			operational,
			strategic,
			unclassified: this.ids.unclassified.length,
			operationalShare: classified === 0 ? null : operational / classified,
		};
	}
}

/** strategic / (operational + strategic): the complement of the firefighting share. */
export function strategicShare(counts: AllocationCounts): number | null {
	const classified = counts.operational + counts.strategic;
	return classified === 0 ? null : counts.strategic / classified;
}
