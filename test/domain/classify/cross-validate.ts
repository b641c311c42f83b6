import {classifyAll, trainLearner} from '../../../source/domain/classify/index.js';
import type {Category, Ticket} from '../../../source/domain/types.js';
import {labelledTicket, type LabelledTicket} from './labelled.js';

export interface CrossValidation {
	readonly rules: number;
	readonly learned: number;
	readonly folds: number;
}

/**
 * k-fold: the learner learns the "manual tags" of k−1 folds, then the held-out fold is
 * classified by the rules alone and by rules + learner. Accuracy is over every held-out
 * ticket, so an unclassified ticket counts as wrong and coverage matters.
 */
export function crossValidate(items: readonly LabelledTicket[], folds: number, threshold: number): CrossValidation {
	const tickets = items.map(labelledTicket);
	let rulesCorrect = 0;
	let learnedCorrect = 0;
	for (let fold = 0; fold < folds; fold++) {
		const train: Array<{ticket: Ticket; category: Category}> = [];
		const test: Array<{ticket: Ticket; category: Category}> = [];
		tickets.forEach((ticket, index) => (index % folds === fold ? test : train).push({ticket, category: items[index]!.category}));
		const learner = trainLearner(train);
		const held = test.map((example) => example.ticket);
		const byRules = classifyAll(held, {tags: new Map(), rules: [], threshold, learner: null});
		const byBoth = classifyAll(held, {tags: new Map(), rules: [], threshold, learner});
		for (const {ticket, category} of test) {
			if (byRules.get(ticket.id)?.category === category) rulesCorrect++;
			if (byBoth.get(ticket.id)?.category === category) learnedCorrect++;
		}
	}
	return {rules: rulesCorrect / tickets.length, learned: learnedCorrect / tickets.length, folds};
}
