import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import type {HistoryEvent, Iteration} from '../../../../source/domain/types.js';
import {computeIterations} from '../../../support/reference-metrics.js';
import {at, makeTicket} from '../../../support/ticket-builder.js';
import {metricInput} from '../fixture.js';

function moved(when: string, from: string | null, to: string | null): HistoryEvent {
	return {at: at(when), field: 'iteration', from, to, actorId: null};
}

/** Sprint 42 ran Mon 9 Nov 09:00 to its completion Fri 20 Nov 17:00 (in 2026-W47); Sprint 43 follows and is still running. */
const s42: Iteration = {id: 's42', name: 'Sprint 42', team: 'ENG', startsAt: at('2026-11-09T09:00:00+01:00'), endsAt: at('2026-11-20T18:00:00+01:00'), completedAt: at('2026-11-20T17:00:00+01:00')};
const s43: Iteration = {id: 's43', name: 'Sprint 43', team: 'ENG', startsAt: at('2026-11-20T18:00:00+01:00'), endsAt: at('2026-12-04T18:00:00+01:00'), completedAt: null};
const s41: Iteration = {id: 's41', name: 'Sprint 41', team: 'ENG', startsAt: at('2026-10-26T09:00:00+01:00'), endsAt: at('2026-11-06T18:00:00+01:00'), completedAt: at('2026-11-06T17:00:00+01:00')};
const s44: Iteration = {id: 's44', name: 'Sprint 44', team: 'ENG', startsAt: at('2026-12-04T18:00:00+01:00'), endsAt: at('2026-12-18T18:00:00+01:00'), completedAt: null};
const created = at('2026-11-01T10:00:00+01:00');

// In s42 since creation (no event), completed in it: planned, completed planned.
const p1 = makeTicket({createdAt: created, iterationId: 's42', completedAt: at('2026-11-19T10:00:00+01:00')});
// Joined before the start, still open at the end: planned, carried over.
const p2 = makeTicket({createdAt: created, iterationId: 's42', history: [moved('2026-11-05T10:00:00+01:00', null, 's42')]});
// Planned, moved to s43 mid-sprint, never completed in s42: removed (and planned in s43, which it joined before s43 started).
const p3 = makeTicket({createdAt: created, iterationId: 's43', history: [moved('2026-11-12T10:00:00+01:00', 's42', 's43')]});
// Planned, completed the day after the sprint closed, still in it: not completed planned, not removed.
const p4 = makeTicket({createdAt: created, iterationId: 's42', completedAt: at('2026-11-21T10:00:00+01:00')});
// Created into s42 after it started: added; completed in it.
const p5 = makeTicket({createdAt: at('2026-11-11T10:00:00+01:00'), iterationId: 's42', completedAt: at('2026-11-13T10:00:00+01:00')});
// Joined after the start and left again: added, removed.
const p6 = makeTicket({createdAt: created, history: [moved('2026-11-16T10:00:00+01:00', null, 's42'), moved('2026-11-18T10:00:00+01:00', 's42', null)]});
// Jira carry-over: s42 stays in the Sprint field, s43 is added after s42 closed: planned, not removed; planned in s43 (joined at its start).
const p7 = makeTicket({createdAt: created, iterationId: 's43', history: [moved('2026-11-02T10:00:00+01:00', null, 's42'), moved('2026-11-20T18:00:00+01:00', null, 's43')]});
// Completed in s42, then taken out: completed planned, not removed.
const p8 = makeTicket({createdAt: created, iterationId: null, completedAt: at('2026-11-12T10:00:00+01:00'), history: [moved('2026-11-13T10:00:00+01:00', 's42', null)]});
// Rolled over at the completion instant itself: in s42 just before its end, so not removed; planned in s43.
const p10 = makeTicket({createdAt: created, iterationId: 's43', history: [moved('2026-11-20T17:00:00+01:00', 's42', 's43')]});
// Canceled while in s42: planned, never completed, not removed.
const p11 = makeTicket({createdAt: created, iterationId: 's42', canceledAt: at('2026-11-17T10:00:00+01:00')});
// Created after s42 closed, into s42 (a tracker that allows it): neither planned nor added.
const p12 = makeTicket({createdAt: at('2026-11-21T10:00:00+01:00'), iterationId: 's42'});
const tickets = [p1, p2, p3, p4, p5, p6, p7, p8, p10, p11, p12];

describe('commitment integrity per iteration', () => {
	it('reads planned, added, removed and completed planned from iteration history', () => {
		const iterations = computeIterations(metricInput(tickets, {iterations: [s41, s42, s43, s44]}));
		// s41 ended in W45 and s44 starts after W47: neither is reported.
		expect(iterations.map((iteration) => iteration.id)).toEqual(['s42', 's43']);
		// s42: planned p1 p2 p3 p4 p7 p8 p10 p11 = 8; added p5 p6 = 2; removed p3 p6 = 2;
		// completed planned p1 p8 = 2 → accuracy 2/8; scope change (2 + 2)/8.
		expect(iterations[0]).toEqual({
			id: 's42', name: 'Sprint 42', team: 'ENG', start: '2026-11-09', end: '2026-11-20', running: false,
			planned: 8, added: 2, removed: 2, completedPlanned: 2, planningAccuracy: 0.25, scopeChange: 0.5,
		});
		// s43, running, read at the end of W47: planned p3 (joined 12 Nov), p7 (joined at its start instant), p10 (joined 20 Nov 17:00) = 3.
		expect(iterations[1]).toEqual({
			id: 's43', name: 'Sprint 43', team: 'ENG', start: '2026-11-20', end: '2026-12-04', running: true,
			planned: 3, added: 0, removed: 0, completedPlanned: 0, planningAccuracy: 0, scopeChange: 0,
		});
	});

	it('names each figure\'s tickets by iteration id', () => {
		const {figures} = computeVersion2(metricInput(tickets, {iterations: [s42, s43]}));
		expect(figures['iterations[s42].removed']).toEqual([p3.key, p6.key]);
		expect(figures['iterations[s42].completedPlanned']).toEqual([p1.key, p8.key]);
		expect(figures['iterations[s42].added']).toEqual([p5.key, p6.key]);
	});

	it('has no rates for an iteration nothing was planned in', () => {
		const [empty] = computeIterations(metricInput([p5], {iterations: [s42]}));
		expect(empty).toMatchObject({planned: 0, added: 1, planningAccuracy: null, scopeChange: null});
	});
});
