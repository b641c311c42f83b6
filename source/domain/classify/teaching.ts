import type {Classification, Ticket} from '../types.js';
import {ticketFeatures} from './tokens.js';

/**
 * How unsure the machine is of a classification, 0 (sure) to 1 (no idea): an unclassified
 * ticket with no suggestion is the most unsure, one classified at 0.98 the least.
 */
export function uncertaintyOf(classification: Classification | undefined): number {
	if (!classification) return 1;
	const suggested = classification.suggestion?.confidence ?? classification.confidence;
	if (classification.category === 'unclassified' && !classification.suggestion) return 1;
	// Confidence runs from 0.5 (a coin toss) to 1; map it onto 1 … 0.
	return Math.min(1, Math.max(0, 2 * (1 - suggested)));
}

// A feature already taught by an earlier pick teaches a fifth as much again: a second copy of
// "site is down" adds little once the first is tagged, a different kind of ticket adds much.
const repeatDecay = 0.2;

interface Candidate {
	readonly id: string;
	/** Every feature of the ticket, as its number: a pick covers them all. */
	readonly features: readonly number[];
	/** The features other unsure tickets share, and log(1 + how unsure those are together): fixed once every ticket is counted. */
	readonly shared: Int32Array;
	readonly weights: Float64Array;
	readonly uncertainty: number;
	gain: number;
	/** How many picks had been made when `gain` was computed (lazy greedy). */
	stamp: number;
}

/**
 * Orders tickets by how much a tag on each would teach the classifier, not only by how unsure
 * it is: a tag teaches the learner the ticket's words, labels and components, and through
 * them every ticket that shares them. A ticket's value is its uncertainty times the number
 * of unsure tickets its features reach, and a feature already covered by an earlier pick is
 * worth less each time (so twenty tags do not go to twenty copies of "site is down"). Greedy
 * with lazy re-evaluation: a ticket's value can only fall as picks are made.
 */
export function teachingOrder(tickets: readonly Ticket[], classifications: ReadonlyMap<string, Classification>): string[] {
	// Features by number, and what depends only on the counts (not on the picks) worked out
	// once: the greedy re-evaluates a ticket many times.
	const numbers = new Map<string, number>();
	const reach: number[] = [];
	const read: Array<{readonly id: string; readonly features: number[]; readonly uncertainty: number}> = [];
	for (const ticket of tickets) {
		const uncertainty = uncertaintyOf(classifications.get(ticket.id));
		const features = ticketFeatures(ticket).map((feature) => {
			let number = numbers.get(feature);
			if (number === undefined) {
				number = reach.length;
				numbers.set(feature, number);
				reach.push(0);
			}
			return number;
		});
		read.push({id: ticket.id, features, uncertainty});
		for (const feature of features) reach[feature] = reach[feature]! + uncertainty;
	}
	const candidates: Candidate[] = read.map(({id, features, uncertainty}) => {
		const shared: number[] = [];
		const weights: number[] = [];
		for (const feature of features) {
			// The ticket itself is in `reach`: only the others it would teach about count.
			const others = reach[feature]! - uncertainty;
			if (others <= 0) continue;
			shared.push(feature);
			weights.push(Math.log1p(others));
		}
		return {id, features, shared: Int32Array.from(shared), weights: Float64Array.from(weights), uncertainty, gain: 0, stamp: -1};
	});
	const covered = new Int32Array(reach.length);
	// repeatDecay ** n for every n a feature can reach (a ticket names each feature once, so once per pick at most),
	// worked out once: the greedy asks for them again on every re-evaluation.
	const decay = new Float64Array(candidates.length + 1);
	for (let n = 0; n < decay.length; n++) decay[n] = repeatDecay ** n;
	const value = (candidate: Candidate): number => {
		let sum = 0;
		const {shared, weights} = candidate;
		for (let index = 0; index < shared.length; index++) sum += weights[index]! * decay[covered[shared[index]!]!]!;
		// Even a ticket like no other is worth its own tag.
		return candidate.uncertainty * (1 + sum);
	};
	for (const candidate of candidates) {
		candidate.gain = value(candidate);
		candidate.stamp = 0;
	}
	const heap = new MaxHeap(candidates);
	const order: string[] = [];
	while (heap.size > 0) {
		const top = heap.pop()!;
		if (top.stamp !== order.length) {
			top.gain = value(top);
			top.stamp = order.length;
			heap.push(top);
			continue;
		}
		order.push(top.id);
		for (const feature of top.features) covered[feature]!++;
	}
	return order;
}

/** Highest gain first; ties by id so the order is the same on every run. */
class MaxHeap {
	private readonly items: Candidate[] = [];

	constructor(initial: readonly Candidate[]) {
		for (const item of initial) this.push(item);
	}

	get size(): number {
		return this.items.length;
	}

	push(item: Candidate): void {
		const items = this.items;
		items.push(item);
		let index = items.length - 1;
		while (index > 0) {
			const parent = (index - 1) >> 1;
			if (!before(items[index]!, items[parent]!)) break;
			[items[index], items[parent]] = [items[parent]!, items[index]!];
			index = parent;
		}
	}

	pop(): Candidate | undefined {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (items.length > 0 && last) {
			items[0] = last;
			let index = 0;
			for (;;) {
				const left = 2 * index + 1;
				const right = left + 1;
				let best = index;
				if (left < items.length && before(items[left]!, items[best]!)) best = left;
				if (right < items.length && before(items[right]!, items[best]!)) best = right;
				if (best === index) break;
				[items[index], items[best]] = [items[best]!, items[index]!];
				index = best;
			}
		}
		return top;
	}
}

function before(a: Candidate, b: Candidate): boolean {
	return a.gain > b.gain || (a.gain === b.gain && a.id < b.id);
}
