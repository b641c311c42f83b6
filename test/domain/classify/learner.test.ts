import {describe, expect, it} from 'vitest';
import {trainLearner} from '../../../source/domain/classify/index.js';
import type {Category} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

function example(title: string, category: Category, fields: Parameters<typeof makeTicket>[0] extends infer T ? Partial<T> : never = {}) {
	return {ticket: makeTicket({...fields, title}), category};
}

const examples = [
	example('Warehouse sync stuck again for Berlin site', 'operational'),
	example('Warehouse sync missing orders from yesterday', 'operational'),
	example('Label printer offline at Berlin warehouse', 'operational', {labels: ['site-ops']}),
	example('Re-run warehouse sync by hand for Leeds', 'operational'),
	example('Event-driven warehouse integration design', 'strategic'),
	example('Contract tests for the carrier adapters', 'strategic'),
	example('Carrier adapters behind one interface', 'strategic', {labels: ['architecture']}),
	example('Carrier rate tables generated from config', 'strategic'),
];

describe('the learner', () => {
	it('needs at least six examples of both categories', () => {
		expect(trainLearner(examples.slice(0, 5))).toBeNull();
		expect(trainLearner(examples.slice(0, 4).concat(examples.slice(0, 4)))).toBeNull();
		expect(trainLearner(examples)?.exampleCount).toBe(8);
	});

	it('classifies text like the tags it learned from', () => {
		const learner = trainLearner(examples)!;
		expect(learner.suggest(makeTicket({title: 'Warehouse sync stuck for Leeds'}))).toMatchObject({category: 'operational'});
		expect(learner.suggest(makeTicket({title: 'Carrier adapters config'}))).toMatchObject({category: 'strategic'});
		expect(learner.suggest(makeTicket({title: 'New', labels: ['site-ops']}))?.category).toBe('operational');
	});

	it('names the words that carried the verdict, as the ticket wrote them', () => {
		const learner = trainLearner(examples)!;
		const verdict = learner.suggest(makeTicket({title: 'Warehouse syncing stuck'}))!;
		expect(verdict.reason).toMatch(/^learned: like your tags on /);
		expect(verdict.reason).toMatch(/'(warehouse|syncing|stuck)'/);
	});

	it('has no opinion on a ticket sharing nothing with the tagged ones', () => {
		expect(trainLearner(examples)!.suggest(makeTicket({title: 'Quarterly offsite agenda'}))).toBeNull();
	});

	it('is less sure with few tags than with many saying the same', () => {
		const few = trainLearner(examples)!.suggest(makeTicket({title: 'Warehouse sync stuck'}))!;
		const many = trainLearner([...examples, ...examples, ...examples, ...examples, ...examples])!.suggest(makeTicket({title: 'Warehouse sync stuck'}))!;
		expect(many.confidence).toBeGreaterThan(few.confidence);
		expect(many.confidence).toBeLessThanOrEqual(0.95);
	});

	it('quotes only letters and digits from an untrusted title', () => {
		const learner = trainLearner([...examples, example('\u001B[2J\u001B]0;pwned\u0007warehouse sync stuck', 'operational')])!;
		const verdict = learner.suggest(makeTicket({title: '\u001B[2Jwarehouse\u202E sync'}))!;
		expect(verdict.reason).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/);
	});
});
