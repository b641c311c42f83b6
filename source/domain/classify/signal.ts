import type {Category} from '../types.js';

/** One piece of evidence: "label incident" says operational with weight 2.5. */
export interface Signal {
	readonly category: Category;
	readonly weight: number;
	readonly reason: string;
	/** Strengthens a verdict other evidence makes; never makes one alone (priority). */
	readonly supporting?: boolean;
}
