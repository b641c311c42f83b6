import type {Category, Ticket} from '../types.js';
import {round} from './builtin-rules.js';
import {ticketFeatures, ticketText, type TicketText} from './tokens.js';

export interface LearnedVerdict {
	readonly category: Category;
	readonly confidence: number;
	readonly reason: string;
}

/** A model trained on the director's manual tags. Opaque: build it with `trainLearner`. */
export interface Learner {
	/** How many tagged tickets it learned from. */
	readonly exampleCount: number;
	/** What the tags say about this ticket; null when it shares no feature with any tagged ticket. */
	suggest(ticket: Ticket, text?: TicketText, features?: readonly string[]): LearnedVerdict | null;
}

/** Fewer tags than this teach noise, not the director's judgement. */
export const minimumExamples = 6;

// Laplace smoothing.
const alpha = 1;
// Naive Bayes multiplies evidence as if words were independent, so its raw posteriors sit
// near 0 or 1; tempering the log-odds and shrinking toward 0.5 while there are few tags
// keeps the confidence honest. Checked by cross-validation on the labelled set (docs/classification.md).
const temperature = 0.5;
const shrinkExamples = 10;
const maxLearnedConfidence = 0.95;

/**
 * Multinomial naive Bayes over title stems and `label:`/`type:`/`component:`/`project:`/
 * `priority:` features. Returns null with fewer than six examples or only one category.
 */
export function trainLearner(examples: ReadonlyArray<{ticket: Ticket; category: Category}>): Learner | null {
	if (examples.length < minimumExamples) return null;
	const counts = new Map<string, [number, number]>();
	const documents: [number, number] = [0, 0];
	const totals: [number, number] = [0, 0];
	for (const {ticket, category} of examples) {
		const side = category === 'operational' ? 0 : 1;
		documents[side]++;
		for (const feature of ticketFeatures(ticket)) {
			let count = counts.get(feature);
			if (!count) {
				count = [0, 0];
				counts.set(feature, count);
			}
			count[side]++;
			totals[side]++;
		}
	}
	if (documents[0] === 0 || documents[1] === 0) return null;

	// Each feature's evidence is fixed once trained, so classifying is one lookup a feature.
	const vocabulary = counts.size;
	const evidence = new Map<string, number>();
	for (const [feature, [operational, strategic]] of counts) {
		const pOperational = (operational + alpha) / (totals[0] + alpha * vocabulary);
		const pStrategic = (strategic + alpha) / (totals[1] + alpha * vocabulary);
		evidence.set(feature, Math.log(pOperational / pStrategic));
	}
	const prior = Math.log((documents[0] + 1) / (documents[1] + 1));
	return new NaiveBayesLearner(examples.length, prior, evidence);
}

class NaiveBayesLearner implements Learner {
	constructor(
		readonly exampleCount: number,
		private readonly prior: number,
		private readonly evidence: ReadonlyMap<string, number>,
	) {}

	suggest(ticket: Ticket, text: TicketText = ticketText(ticket), features: readonly string[] = ticketFeatures(ticket, text)): LearnedVerdict | null {
		let logOdds = this.prior;
		let seen = 0;
		// The two strongest features each way, kept in one pass: this runs for every ticket on every retrain.
		const top = {operational: [null, null] as Array<[string, number] | null>, strategic: [null, null] as Array<[string, number] | null>};
		for (const feature of features) {
			const weight = this.evidence.get(feature);
			if (weight === undefined) continue;
			logOdds += weight;
			seen++;
			const pair = weight > 0 ? top.operational : weight < 0 ? top.strategic : null;
			if (!pair) continue;
			const strength = Math.abs(weight);
			if (!pair[0] || strength > Math.abs(pair[0][1])) {
				pair[1] = pair[0] ?? null;
				pair[0] = [feature, weight];
			} else if (!pair[1] || strength > Math.abs(pair[1][1])) {
				pair[1] = [feature, weight];
			}
		}
		if (seen === 0) return null;
		const category: Category = logOdds >= 0 ? 'operational' : 'strategic';
		const raw = 1 / (1 + Math.exp(-Math.abs(logOdds) * temperature));
		const shrink = this.exampleCount / (this.exampleCount + shrinkExamples);
		const confidence = Math.min(maxLearnedConfidence, 0.5 + (raw - 0.5) * shrink);
		const words = top[category].flatMap((entry) => (entry ? [describe(entry[0], text)] : []));
		const reason = words.length > 0 ? `learned: like your tags on ${words.join(', ')}` : 'learned: like your tags';
		return {category, confidence: round(confidence), reason};
	}
}

const intentNames: Readonly<Record<string, string>> = {
	'intent:planned': 'planned-work titles',
	'intent:breakage': 'titles stating a breakage',
	'intent:tooling': 'incident-tooling titles',
};

// Title features are stems; the reason shows the words as this ticket wrote them, which are
// letters and digits only (tokens.ts), so quoting them is safe. Labels and components are
// normalised values (tokens.ts), and the per-project scope is left out of the reason.
function describe(feature: string, text: TicketText): string {
	const intent = intentNames[feature];
	if (intent) return intent;
	const colon = feature.indexOf(':');
	if (colon > 0) return `${feature.slice(0, colon)} ${feature.slice(colon + 1).split('@')[0]}`;
	const words = feature.split('_').map((stem) => text.tokens.find((token) => token.stem === stem)?.word ?? stem);
	return `'${words.join(' ')}'`;
}
