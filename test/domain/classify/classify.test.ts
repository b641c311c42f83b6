import {describe, expect, it} from 'vitest';
import {classifyTicket, trainLearner, type ClassificationRule, type ClassifyContext} from '../../../source/domain/classify/index.js';
import type {Category, Tag} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

function context(overrides: Partial<ClassifyContext> = {}): ClassifyContext {
	return {tags: new Map(), rules: [], threshold: 0.6, learner: null, ...overrides};
}

function tag(ticketId: string, category: Category): Map<string, Tag> {
	return new Map([[ticketId, {ticketId, category, taggedAt: 1}]]);
}

describe('classifyTicket', () => {
	it('classifies by the built-in rules when they are confident', () => {
		const result = classifyTicket(makeTicket({title: 'Checkout outage', labels: ['incident']}), context());
		expect(result).toMatchObject({category: 'operational', source: 'rule', reason: 'label incident, title: outage'});
		expect(result.confidence).toBeGreaterThan(0.9);
		expect(result.suggestion).toMatchObject({category: 'operational', source: 'rule'});
	});

	it('leaves a ticket unclassified below the threshold, keeping the suggestion for triage', () => {
		const ticket = makeTicket({title: 'Tax report', type: 'Bug'});
		const confident = classifyTicket(ticket, context({threshold: 0.6}));
		expect(confident.category).toBe('operational');
		const unsure = classifyTicket(ticket, context({threshold: 0.8}));
		expect(unsure).toMatchObject({category: 'unclassified', source: null, reason: `unsure: type Bug (${confident.confidence.toFixed(2)})`});
		expect(unsure.suggestion).toMatchObject({category: 'operational', reason: 'type Bug', source: 'rule'});
	});

	it('says so when nothing suggests anything', () => {
		expect(classifyTicket(makeTicket({title: 'Quarterly numbers'}), context())).toEqual({
			category: 'unclassified',
			source: null,
			reason: 'no signal',
			confidence: 0,
			suggestion: null,
		});
	});

	it('lets a manual tag win over everything, with the machine suggestion kept', () => {
		const ticket = makeTicket({id: 'a', title: 'Checkout outage', labels: ['incident']});
		const rules: ClassificationRule[] = [{when: {label: 'incident'}, category: 'operational'}];
		const result = classifyTicket(ticket, context({tags: tag('a', 'strategic'), rules}));
		expect(result).toMatchObject({category: 'strategic', source: 'manual', reason: 'manual', confidence: 1});
		expect(result.suggestion).toMatchObject({category: 'operational', source: 'rule', reason: 'rule: label incident'});
	});

	it('puts user rules before the built-in ones; the first that matches decides', () => {
		const ticket = makeTicket({title: 'Outage follow-up: customer escalation review', labels: ['Customer-Escalation'], priority: 'low'});
		const rules: ClassificationRule[] = [
			{when: {label: 'customer-escalation', priority: 'urgent'}, category: 'operational'},
			{when: {title: 'FOLLOW-UP'}, category: 'strategic', confidence: 0.7},
			{when: {label: 'customer-escalation'}, category: 'operational', reason: 'escalations are firefighting'},
		];
		expect(classifyTicket(ticket, context({rules}))).toMatchObject({category: 'strategic', source: 'rule', reason: 'rule: title FOLLOW-UP', confidence: 0.7});
		expect(classifyTicket(ticket, context({rules: rules.slice(2)}))).toMatchObject({
			category: 'operational',
			reason: 'escalations are firefighting',
			confidence: 0.95,
		});
	});

	it('applies a user rule only when all its conditions hold', () => {
		const rules: ClassificationRule[] = [{when: {team: 'plat', type: 'task', component: 'Access'}, category: 'strategic'}];
		const matching = makeTicket({title: 'Give new hire access', team: 'PLAT', type: 'Task', components: ['access']});
		expect(classifyTicket(matching, context({rules}))).toMatchObject({category: 'strategic', reason: 'rule: type task + component Access + team plat'});
		expect(classifyTicket({...matching, team: 'SRE'}, context({rules})).reason).not.toContain('rule:');
	});

	it('never echoes control characters from tracker text in a reason', () => {
		const ticket = makeTicket({title: 'x', labels: ['\u001B]8;;http://evil\u0007incident']});
		const result = classifyTicket(ticket, context());
		expect(result.reason).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
	});
});

describe('rules and learner together', () => {
	const examples = [
		['Checkout timeout for EU shoppers', 'operational'],
		['Checkout totals timeout on mobile', 'operational'],
		['Customer cannot finish checkout', 'operational'],
		['Checkout spinner forever after coupon', 'operational'],
		['Quarterly review of team process', 'strategic'],
		['Shared component library for forms', 'strategic'],
		['Shared component library docs site', 'strategic'],
		['Move forms to the shared component library', 'strategic'],
	] as const;
	const learner = trainLearner(examples.map(([title, category], index) => ({ticket: makeTicket({id: `t${index}`, title}), category})));

	it('classifies with the learner where the rules have no opinion', () => {
		const result = classifyTicket(makeTicket({title: 'Checkout spinner on coupon'}), context({learner, threshold: 0.55}));
		expect(result).toMatchObject({category: 'operational', source: 'learned'});
		expect(result.reason).toMatch(/^learned: like your tags on '(checkout|coupon|spinner)'/);
	});

	it('adds up when both agree and the rules keep a confident verdict against a weak learner', () => {
		const agree = classifyTicket(makeTicket({title: 'Checkout timeout', labels: ['incident']}), context({learner}));
		const rulesOnly = classifyTicket(makeTicket({title: 'Checkout timeout', labels: ['incident']}), context());
		expect(agree.category).toBe('operational');
		expect(agree.confidence).toBeGreaterThan(rulesOnly.confidence);
		const disagree = classifyTicket(makeTicket({title: 'Shared component library outage', labels: ['incident']}), context({learner}));
		expect(disagree).toMatchObject({category: 'operational', source: 'rule'});
		const rulesAlone = classifyTicket(makeTicket({title: 'Shared component library outage', labels: ['incident']}), context());
		expect(disagree.confidence).toBeLessThan(rulesAlone.confidence);
	});
});
