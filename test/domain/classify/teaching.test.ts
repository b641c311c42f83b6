import {describe, expect, it} from 'vitest';
import {classifyAll, teachingOrder, uncertaintyOf} from '../../../source/domain/classify/index.js';
import {ticketFeatures} from '../../../source/domain/classify/tokens.js';
import type {Classification, Ticket} from '../../../source/domain/types.js';
import {generateDemoOrg} from '../../../source/providers/demo/index.js';
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

	it('is the plain greedy order, pick by pick, on a real org\'s tickets (the lazy re-evaluation changes nothing)', () => {
		const org = generateDemoOrg({now: Date.parse('2026-11-20T15:00:00Z'), timezone: 'Europe/Berlin', ticketCount: 1500});
		const tickets = org.tickets.slice(0, 400);
		const classifications = classifyAll(org.tickets, {tags: new Map(), rules: [], threshold: 0.6, learner: null});
		expect(teachingOrder(tickets, classifications)).toEqual(plainGreedyOrder(tickets, classifications));
		const unsureOnly = tickets.filter((ticket) => uncertaintyOf(classifications.get(ticket.id)) > 0.3);
		expect(unsureOnly.length).toBeGreaterThan(20);
		expect(teachingOrder(unsureOnly, classifications)).toEqual(plainGreedyOrder(unsureOnly, classifications));
	});
});

/**
 * The order as its definition states it, computed the slow way: every remaining ticket's value
 * worked out again before each pick, the highest taken (ties by id).
 */
function plainGreedyOrder(tickets: readonly Ticket[], classifications: ReadonlyMap<string, Classification>): string[] {
	const reach = new Map<string, number>();
	const candidates = tickets.map((ticket) => ({id: ticket.id, features: ticketFeatures(ticket), uncertainty: uncertaintyOf(classifications.get(ticket.id))}));
	for (const {features, uncertainty} of candidates) for (const feature of features) reach.set(feature, (reach.get(feature) ?? 0) + uncertainty);
	const covered = new Map<string, number>();
	const value = ({features, uncertainty}: (typeof candidates)[number]) => {
		let sum = 0;
		for (const feature of features) {
			const others = (reach.get(feature) ?? 0) - uncertainty;
			if (others > 0) sum += Math.log1p(others) * 0.2 ** (covered.get(feature) ?? 0);
		}
		return uncertainty * (1 + sum);
	};
	const order: string[] = [];
	const left = new Set(candidates);
	while (left.size > 0) {
		let best: {candidate: (typeof candidates)[number]; gain: number} | null = null;
		for (const candidate of left) {
			const gain = value(candidate);
			if (best === null || gain > best.gain || (gain === best.gain && candidate.id < best.candidate.id)) best = {candidate, gain};
		}
		if (best === null) break;
		left.delete(best.candidate);
		order.push(best.candidate.id);
		for (const feature of best.candidate.features) covered.set(feature, (covered.get(feature) ?? 0) + 1);
	}
	return order;
}
