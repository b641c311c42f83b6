import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import type {Ticket} from '../../../../source/domain/types.js';
import {at, makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, people} from '../fixture.js';

const w46 = at('2026-11-11T12:00:00+01:00');
const w47 = at('2026-11-18T12:00:00+01:00');
const fire = (assigneeId: string | null, completedAt: number, component: string): Ticket => makeTicket({assigneeId, completedAt, components: [component]});

// payments: 5 tickets over W46 and W47, Sam completed 4 → 0.8 ≥ 0.7 with ≥ 4 tickets: single responder.
const payments = [fire('u-sam', w46, 'payments'), fire('u-sam', w46, 'payments'), fire('u-sam', w47, 'payments'), fire('u-sam', w47, 'payments'), fire('u-bo', w47, 'payments')];
// dns: 3 tickets, all Bo's → share 1 but only 3 tickets: not single.
const dns = [fire('u-bo', w46, 'dns'), fire('u-bo', w47, 'dns'), fire('u-bo', w47, 'dns')];
// search: 4 tickets, 2 Sam, 2 Bo, tied → the first name (Bo Chen), 0.5.
const search = [fire('u-sam', w46, 'search'), fire('u-bo', w46, 'search'), fire('u-sam', w47, 'search'), fire('u-bo', w47, 'search')];
// queue: 4 tickets, 3 unassigned, 1 Alex → Alex Kim, 1/4: the share is over all the theme's tickets.
const queue = [fire(null, w46, 'queue'), fire(null, w46, 'queue'), fire(null, w47, 'queue'), fire('u-alex', w47, 'queue')];
const tickets = [...payments, ...dns, ...search, ...queue];
const classifications = classify(tickets.map((ticket) => [ticket, 'operational'] as const));

describe('single responder', () => {
	it('names who completed most of each recurring theme and whether they are its single responder', () => {
		const {themes, figures} = computeVersion2({...metricInput(tickets, {classifications}), people});
		expect(themes).toEqual([
			{name: 'component:payments', count: 5, weeks: 2, topResponder: 'Sam Lee', topResponderShare: 0.8, singleResponder: true},
			{name: 'component:queue', count: 4, weeks: 2, topResponder: 'Alex Kim', topResponderShare: 0.25, singleResponder: false},
			{name: 'component:search', count: 4, weeks: 2, topResponder: 'Bo Chen', topResponderShare: 0.5, singleResponder: false},
			{name: 'component:dns', count: 3, weeks: 2, topResponder: 'Bo Chen', topResponderShare: 1, singleResponder: false},
		]);
		expect(figures['themes[component:payments].topResponder']).toEqual(payments.slice(0, 4).map((ticket) => ticket.key));
	});

	it('calls a share of exactly 0.7 a single responder ("share is ≥ 0.7 and the theme has ≥ 4 tickets")', () => {
		const cache = [...Array.from({length: 7}, (_, index) => fire('u-sam', index < 3 ? w46 : w47, 'cache')), fire('u-bo', w46, 'cache'), fire('u-bo', w47, 'cache'), fire(null, w47, 'cache')];
		const {themes} = computeVersion2({...metricInput(cache, {classifications: classify(cache.map((ticket) => [ticket, 'operational'] as const))}), people});
		expect(themes[0]).toMatchObject({count: 10, topResponder: 'Sam Lee', topResponderShare: 0.7, singleResponder: true});
	});

	it('names nobody when no ticket of the theme had an assignee', () => {
		const nobody = [fire(null, w46, 'x'), fire(null, w46, 'x'), fire(null, w47, 'x')];
		const {themes} = computeVersion2(metricInput(nobody, {classifications: classify(nobody.map((ticket) => [ticket, 'operational'] as const))}));
		expect(themes[0]).toMatchObject({topResponder: null, topResponderShare: null, singleResponder: false});
	});
});
