import {categoryOf} from './context.js';
import type {Classification, Ticket} from '../types.js';
import type {AllocationCounts} from './types.js';

export class AllocationTally {
	operational = 0;
	strategic = 0;
	unclassified = 0;

	add(ticket: Ticket, classifications: ReadonlyMap<string, Classification>): void {
		this[categoryOf(ticket, classifications)]++;
	}

	counts(): AllocationCounts {
		const classified = this.operational + this.strategic;
		return {
			operational: this.operational,
			strategic: this.strategic,
			unclassified: this.unclassified,
			operationalShare: classified === 0 ? null : this.operational / classified,
		};
	}
}

/** strategic / (operational + strategic): the complement of the firefighting share. */
export function strategicShare(counts: AllocationCounts): number | null {
	const classified = counts.operational + counts.strategic;
	return classified === 0 ? null : counts.strategic / classified;
}
