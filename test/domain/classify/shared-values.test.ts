import {describe, expect, it} from 'vitest';
import {builtinSignals, classifyTicket, combineSignals, ticketText} from '../../../source/domain/classify/index.js';
import {sharedSignal} from '../../../source/domain/classify/signal.js';
import {makeTicket} from './labelled.js';

const context = {tags: new Map(), rules: [], threshold: 0.6, learner: null};

describe('shared classification values', () => {
	it('a signal is shared only with an equal one: category, weight, reason and support', () => {
		const first = sharedSignal({category: 'operational', weight: 2.5, reason: 'title: incident (shared test)'});
		expect(sharedSignal({category: 'operational', weight: 2.5, reason: 'title: incident (shared test)'})).toBe(first);
		for (const other of [
			{category: 'operational' as const, weight: 0.75, reason: 'title: incident (shared test)'},
			{category: 'strategic' as const, weight: 2.5, reason: 'title: incident (shared test)'},
			{category: 'operational' as const, weight: 2.5, reason: 'title: incident (shared test)', supporting: true},
			{category: 'operational' as const, weight: 2.5, reason: 'title: outage (shared test)'},
		]) {
			const shared = sharedSignal(other);
			expect(shared).not.toBe(first);
			expect(shared).toEqual(other);
		}
	});

	it('tickets whose evidence reads alike but weighs differently each keep their own verdict', () => {
		// The same reason at other weights and confidences: a planned title discounts its breakage words,
		// a contrary label lowers the confidence of the same top reason.
		const tickets = [
			makeTicket({id: 'a', title: 'Checkout incident', type: 'Bug'}),
			makeTicket({id: 'b', title: 'Spike: incident review for checkout', type: 'Bug'}),
			makeTicket({id: 'c', title: 'Checkout incident', type: 'Bug', labels: ['tech-debt']}),
			makeTicket({id: 'd', title: 'Tax report', type: 'Bug'}),
			makeTicket({id: 'e', title: 'Tax report', type: 'Bug', priority: 'low'}),
		];
		for (const ticket of tickets) classifyTicket(ticket, context);
		for (const ticket of [...tickets].reverse()) {
			const expected = combineSignals(builtinSignals(ticket, ticketText(ticket)));
			expect(classifyTicket(ticket, context).suggestion, ticket.id).toEqual(expected === null ? null : {...expected, source: 'rule'});
		}
	});
});
