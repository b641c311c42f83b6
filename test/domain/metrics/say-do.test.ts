import {describe, expect, it} from 'vitest';
import {computeSayDo} from '../../../source/domain/metrics/compute.js';
import type {Iteration} from '../../../source/domain/types.js';
import {at, makeTicket} from '../ticket-builder.js';
import {metricInput} from './fixture.js';

const cycle: Iteration = {id: 'c12', name: 'Cycle 12', team: 'ENG', startsAt: at('2026-11-09T00:00:00+01:00'), endsAt: at('2026-11-23T00:00:00+01:00'), completedAt: null};
const earlier: Iteration = {id: 'c10', name: 'Cycle 10', team: 'ENG', startsAt: at('2026-10-26T00:00:00+01:00'), endsAt: at('2026-11-09T00:00:00+01:00'), completedAt: null};

describe('say-do per iteration', () => {
	it('divides the tickets completed by the iteration\'s end by the non-canceled tickets in it', () => {
		const tickets = [
			makeTicket({iterationId: 'c12', completedAt: at('2026-11-20T10:00:00+01:00')}),
			makeTicket({iterationId: 'c12', completedAt: at('2026-11-23T00:00:00+01:00')}),
			makeTicket({iterationId: 'c12', completedAt: at('2026-11-24T10:00:00+01:00')}),
			makeTicket({iterationId: 'c12'}),
			makeTicket({iterationId: 'c12', canceledAt: at('2026-11-12T10:00:00+01:00')}),
			makeTicket({iterationId: 'c10', completedAt: at('2026-11-02T10:00:00+01:00')}),
		];
		expect(computeSayDo(metricInput(tickets, {iterations: [earlier, cycle]}))).toEqual([
			{iterationId: 'c12', name: 'Cycle 12', team: 'ENG', startsAt: cycle.startsAt, endsAt: cycle.endsAt, committed: 4, done: 2, sayDo: 0.5},
		]);
	});

	it('has no ratio for an empty iteration', () => {
		expect(computeSayDo(metricInput([], {iterations: [cycle]}))[0]?.sayDo).toBeNull();
	});
});
