import type {Category} from '../types.js';

/** One piece of evidence: "label incident" says operational with weight 2.5. */
export interface Signal {
	readonly category: Category;
	readonly weight: number;
	readonly reason: string;
	/** Strengthens a verdict other evidence makes; never makes one alone (priority). */
	readonly supporting?: boolean;
}

// Signals are values, and a tracker's tickets carry a few hundred distinct ones between them.
// Tickets keep their signals for retraining, so one object per signal and ticket was ~90,000
// objects at 20,000 tickets; the bound keeps a pathological corpus from growing this without end.
const sharedLimit = 10_000;
const sharedByReason = new Map<string, Signal[]>();

/** The one kept signal equal to `signal` (the same category, weight, reason and support). */
export function sharedSignal(signal: Signal): Signal {
	let same = sharedByReason.get(signal.reason);
	if (same === undefined) {
		if (sharedByReason.size >= sharedLimit) sharedByReason.clear();
		same = [];
		sharedByReason.set(signal.reason, same);
	}
	for (const known of same) if (known.category === signal.category && known.weight === signal.weight && known.supporting === signal.supporting) return known;
	same.push(signal);
	return signal;
}
