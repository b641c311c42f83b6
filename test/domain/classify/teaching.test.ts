import {describe, expect, it} from 'vitest';
import {teachingOrder, uncertaintyOf} from '../../../source/domain/classify/index.js';
import type {Classification} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

function unsure(confidence: number): Classification {
	return {
		category: 'unclassified',
		source: null,
		reason: 'unsure',
		confidence,
		suggestion: {category: 'operational', confidence, reason: 'x', source: 'rule'},
	};
}
const noSignal: Classification = {category: 'unclassified', source: null, reason: 'no signal', confidence: 0, suggestion: null};

describe('the Triage teaching order', () => {
	it('measures uncertainty from a coin toss (1) to certainty (0)', () => {
		expect(uncertaintyOf(noSignal)).toBe(1);
		expect(uncertaintyOf(unsure(0.5))).toBe(1);
		expect(uncertaintyOf(unsure(0.75))).toBeCloseTo(0.5);
		expect(uncertaintyOf({category: 'operational', source: 'rule', reason: 'x', confidence: 0.95, suggestion: null})).toBeCloseTo(0.1);
	});

	it('puts first the ticket whose tag reaches the most other unsure tickets', () => {
		const tickets = [
			makeTicket({id: 'lonely', key: 'A-1', title: 'Quarterly numbers for finance'}),
			makeTicket({id: 'mirror-1', key: 'A-2', title: 'Package mirror lagging behind upstream'}),
			makeTicket({id: 'mirror-2', key: 'A-3', title: 'Mirror lagging for the arm packages'}),
			makeTicket({id: 'mirror-3', key: 'A-4', title: 'Mirror sync lagging again'}),
		];
		const classifications = new Map(tickets.map((ticket) => [ticket.id, noSignal]));
		expect(teachingOrder(tickets, classifications)[0]).toMatch(/^mirror-/);
	});

	it('spreads the tags: after one of a group, a different kind of ticket before the group’s copies', () => {
		const copies = Array.from({length: 4}, (_, index) => makeTicket({id: `copy-${index}`, key: `B-${index}`, title: 'Package mirror lagging behind upstream'}));
		const other = [
			makeTicket({id: 'dns-1', key: 'C-1', title: 'Resolver timeouts on the build network'}),
			makeTicket({id: 'dns-2', key: 'C-2', title: 'Resolver timeouts for the office network'}),
		];
		const tickets = [...copies, ...other];
		const classifications = new Map(tickets.map((ticket) => [ticket.id, noSignal]));
		const order = teachingOrder(tickets, classifications);
		expect(order.slice(0, 2).map((id) => id.split('-')[0]).sort()).toEqual(['copy', 'dns']);
	});

	it('prefers the less sure of two otherwise alike tickets, and is the same on every run', () => {
		const tickets = [makeTicket({id: 'sure', key: 'D-1', title: 'Mirror lagging'}), makeTicket({id: 'unsure', key: 'D-2', title: 'Mirror lagging'})];
		const classifications = new Map([
			['sure', unsure(0.58)],
			['unsure', unsure(0.51)],
		]);
		expect(teachingOrder(tickets, classifications)).toEqual(['unsure', 'sure']);
		expect(teachingOrder(tickets, classifications)).toEqual(teachingOrder([...tickets].reverse(), classifications));
	});
});
