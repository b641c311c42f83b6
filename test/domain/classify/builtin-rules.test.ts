import {describe, expect, it} from 'vitest';
import {builtinSignals, combineSignals, type Signal} from '../../../source/domain/classify/index.js';
import {ticketText} from '../../../source/domain/classify/tokens.js';
import type {Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

function verdict(ticket: Ticket) {
	return combineSignals(builtinSignals(ticket, ticketText(ticket)));
}

describe('built-in rules', () => {
	it('read the issue type', () => {
		expect(verdict(makeTicket({title: 'Checkout down', type: 'Incident'}))).toMatchObject({category: 'operational', reason: 'type Incident, title: down'});
		expect(verdict(makeTicket({title: 'Billing engine v2', type: 'Epic'}))?.category).toBe('strategic');
		expect(verdict(makeTicket({title: 'Something', type: 'Task'}))).toBeNull();
	});

	it('read type Bug together with an urgent or high priority', () => {
		const urgent = verdict(makeTicket({title: 'Cart totals', type: 'Bug', priority: 'urgent'}));
		expect(urgent).toMatchObject({category: 'operational', reason: 'type Bug + priority Urgent'});
		const medium = verdict(makeTicket({title: 'Cart totals', type: 'Bug', priority: 'medium'}));
		expect(medium).toMatchObject({category: 'operational', reason: 'type Bug'});
		expect(urgent!.confidence).toBeGreaterThan(medium!.confidence);
	});

	it('never let priority decide alone, only support a verdict', () => {
		expect(verdict(makeTicket({title: 'Quarterly numbers', priority: 'urgent'}))).toBeNull();
		expect(verdict(makeTicket({title: 'Quarterly numbers', priority: 'low'}))).toBeNull();
		const supported = verdict(makeTicket({title: 'Checkout is down', priority: 'urgent'}))!;
		const plain = verdict(makeTicket({title: 'Checkout is down'}))!;
		expect(supported.category).toBe('operational');
		expect(supported.confidence).toBeGreaterThan(plain.confidence);
	});

	it('read labels, case-insensitively, and a label by its last part', () => {
		expect(verdict(makeTicket({title: 'x', labels: ['Incident']}))).toMatchObject({category: 'operational', reason: 'label incident'});
		expect(verdict(makeTicket({title: 'x', labels: ['Tech Debt']}))).toMatchObject({category: 'strategic', reason: 'label tech-debt'});
		expect(verdict(makeTicket({title: 'x', labels: ['type/bug']}))).toMatchObject({category: 'operational', reason: 'label type-bug'});
	});

	it('read a component or project only when it names a kind of work, not a part of the system', () => {
		expect(verdict(makeTicket({title: 'x', components: ['CI']}))).toBeNull();
		expect(verdict(makeTicket({title: 'x', project: 'Q3 Observability'}))).toBeNull();
		expect(verdict(makeTicket({title: 'x', project: 'SUP'}))).toMatchObject({category: 'operational', reason: 'project sup'});
	});

	it('read title keywords in any inflection', () => {
		expect(verdict(makeTicket({title: 'Automating the release notes'}))).toMatchObject({category: 'strategic', reason: 'title: automate, title: opens with planned work'});
		expect(verdict(makeTicket({title: 'The v1 endpoints are deprecated'}))).toMatchObject({category: 'strategic', reason: 'title: deprecate'});
		expect(verdict(makeTicket({title: 'Payments failing in EU'}))).toMatchObject({category: 'operational', reason: 'title: failing'});
		expect(verdict(makeTicket({title: 'Payment webhook failed twice'}))).toMatchObject({category: 'operational', reason: 'title: failing'});
		expect(verdict(makeTicket({title: 'Hotfixes for the EU region'}))).toMatchObject({category: 'operational', reason: 'title: hotfix'});
		expect(verdict(makeTicket({title: 'The failover runbooks'}))).toMatchObject({category: 'strategic', reason: 'title: runbook'});
	});

	it('let the longest phrase speak: "error budget" is not "error"', () => {
		expect(verdict(makeTicket({title: 'An error budget for checkout'}))).toMatchObject({category: 'strategic', reason: 'title: error budget'});
		expect(verdict(makeTicket({title: 'An error report from checkout'}))).toMatchObject({category: 'operational', reason: 'title: error'});
	});

	it('count a repeated keyword once', () => {
		const once = verdict(makeTicket({title: 'Outage in EU'}));
		const twice = verdict(makeTicket({title: 'Outage in EU, outage in US'}));
		expect(twice!.confidence).toBe(once!.confidence);
	});

	it('give no opinion without evidence', () => {
		expect(verdict(makeTicket({title: 'Quarterly numbers'}))).toBeNull();
	});
});

describe('combining signals', () => {
	const incident: Signal = {category: 'operational', weight: 2.5, reason: 'label incident'};
	const refactor: Signal = {category: 'strategic', weight: 2, reason: 'title: refactor'};

	it('trusts one strong signal and a weak one less', () => {
		expect(combineSignals([incident])!.confidence).toBeCloseTo(0.9, 1);
		expect(combineSignals([{category: 'strategic', weight: 0.6, reason: 'title: tool'}])!.confidence).toBeLessThan(0.6);
	});

	it('lowers the confidence when signals conflict, without cancelling the verdict', () => {
		const alone = combineSignals([incident])!;
		const contested = combineSignals([incident, refactor])!;
		expect(contested.category).toBe('operational');
		expect(contested.confidence).toBeLessThan(alone.confidence);
		// A Bug type against a weaker contrary word still reads operational, less surely.
		const bug: Signal = {category: 'operational', weight: 1.2, reason: 'type Bug'};
		const weak = combineSignals([bug, {category: 'strategic', weight: 0.6, reason: 'title: tool'}])!;
		expect(weak.category).toBe('operational');
		expect(weak.confidence).toBeGreaterThanOrEqual(0.6);
		expect(weak.confidence).toBeLessThan(combineSignals([bug])!.confidence);
		// Evenly matched evidence leaves it unsure.
		expect(combineSignals([incident, {category: 'strategic', weight: 2.5, reason: 'label tech-debt'}])!.confidence).toBeLessThan(0.6);
	});

	it('never decides on supporting evidence alone, and counts it only weakly against a verdict', () => {
		const urgent: Signal = {category: 'operational', weight: 1.2, reason: 'priority Urgent', supporting: true};
		expect(combineSignals([urgent])).toBeNull();
		const spike: Signal = {category: 'strategic', weight: 2, reason: 'title: spike'};
		const contested = combineSignals([spike, urgent])!;
		expect(contested.category).toBe('strategic');
		expect(contested.confidence).toBeGreaterThanOrEqual(0.6);
	});

	it('raises the confidence when signals agree, and names the two strongest', () => {
		const agreed = combineSignals([{category: 'operational', weight: 1, reason: 'title: fail'}, incident, {category: 'operational', weight: 2, reason: 'title: outage'}])!;
		expect(agreed.confidence).toBeGreaterThan(combineSignals([incident])!.confidence);
		expect(agreed.reason).toBe('label incident, title: outage');
	});
});
