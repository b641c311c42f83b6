import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {classifierVersion, classifyAll, trainLearner, type ClassificationRule} from '../../../source/domain/classify/index.js';
import type {Category, Ticket} from '../../../source/domain/types.js';
import {labelledTicket, loadLabelledSet} from './labelled.js';

/**
 * The store keeps each ticket's verdict keyed by `classifierVersion` (issue 18): a change to
 * what classification computes that does not bump it would leave every kept verdict stale
 * after an upgrade. This records what the classifier gives on the labelled set — built-in rules, a user rule, the learner, parents, below and above the threshold —
 * beside the version it was recorded at. When it fails: bump `classifierVersion` in
 * source/domain/classify/classifier-version.ts and record both new values here.
 */
const recorded = {version: 102, fingerprint: '8cb7f669cc7cf3fd5eb4433d7678c46e1fb3cd4c683cf351f6efbe458bb9aff5'};

function runs() {
	const labelled = loadLabelledSet();
	// Every fourth ticket under the one before it: parents speak, tagged or by their own reading.
	const tickets: Ticket[] = labelled.map(labelledTicket).map((ticket, index, all) => (index % 4 === 3 ? {...ticket, parentKey: all[index - 1]?.key} : ticket));
	const examples = labelled.filter((_, index) => index % 5 === 0).map((item) => ({ticket: labelledTicket(item), category: item.category}));
	const tags = new Map(examples.slice(0, 10).map(({ticket, category}) => [ticket.id, {ticketId: ticket.id, category, taggedAt: 0}]));
	const rules: ClassificationRule[] = [{when: {label: 'customer'}, category: 'operational' as Category}, {when: {title: 'roadmap'}, category: 'strategic', confidence: 0.7}];
	return [
		classifyAll(tickets, {tags: new Map(), rules: [], threshold: 0.6, learner: null}),
		classifyAll(tickets, {tags, rules, threshold: 0.75, learner: trainLearner(examples)}),
	];
}

describe('the classifier version', () => {
	it('changes whenever what classification gives changes', () => {
		const [plain, taught] = runs();
		const all = [...plain!.values(), ...taught!.values()];
		// What it records reaches every part of classification.
		for (const source of ['rule', 'learned', 'manual', null]) expect(all.some((each) => each.source === source), String(source)).toBe(true);
		expect(all.some((each) => each.reason.startsWith('parent '))).toBe(true);
		expect(all.some((each) => each.reason.startsWith('unsure: '))).toBe(true);
		const fingerprint = createHash('sha256').update(JSON.stringify([plain, taught].map((run) => [...run!]))).digest('hex');
		expect({version: classifierVersion, fingerprint}, 'classification changed: bump classifierVersion and record the new fingerprint').toEqual(recorded);
	});
});
