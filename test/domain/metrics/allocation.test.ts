import {describe, expect, it} from 'vitest';
import {computeWeekMetrics, ticketsInWeek} from '../../../source/domain/metrics/compute.js';
import {at, makeTicket} from '../../support/ticket-builder.js';
import {classify, metricInput, week47} from './fixture.js';

describe('allocation over tickets completed in W', () => {
	it('counts each effective category and the firefighting share', () => {
		const outage = makeTicket({completedAt: at('2026-11-17T10:00:00+01:00')});
		const hotfix = makeTicket({completedAt: at('2026-11-18T10:00:00+01:00')});
		const ci = makeTicket({completedAt: at('2026-11-19T10:00:00+01:00')});
		const untagged = makeTicket({completedAt: at('2026-11-20T10:00:00+01:00')});
		const classifications = classify([[outage, 'operational'], [hotfix, 'operational'], [ci, 'strategic']]);
		const {completed} = computeWeekMetrics(metricInput([outage, hotfix, ci, untagged], {classifications})).allocation;
		expect(completed).toEqual({operational: 2, strategic: 1, unclassified: 1, operationalShare: 2 / 3});
	});

	it('counts a completion just after local Monday midnight in W though UTC still says Sunday', () => {
		const ticket = makeTicket({completedAt: at('2026-11-15T23:30:00Z')});
		expect(computeWeekMetrics(metricInput([ticket])).allocation.completed.unclassified).toBe(1);
	});

	it('leaves a completion at the next local Monday 00:00 to the next week', () => {
		const ticket = makeTicket({completedAt: at('2026-11-23T00:00:00+01:00')});
		expect(computeWeekMetrics(metricInput([ticket])).allocation.completed.unclassified).toBe(0);
	});

	it('never counts a canceled ticket as completed', () => {
		const ticket = makeTicket({completedAt: at('2026-11-17T10:00:00+01:00'), canceledAt: at('2026-11-17T10:00:00+01:00')});
		const classifications = classify([[ticket, 'operational']]);
		expect(computeWeekMetrics(metricInput([ticket], {classifications})).allocation.completed.operational).toBe(0);
	});

	it('has no firefighting share when nothing completed is classified', () => {
		const ticket = makeTicket({completedAt: at('2026-11-17T10:00:00+01:00')});
		expect(computeWeekMetrics(metricInput([ticket])).allocation.completed.operationalShare).toBeNull();
	});
});

describe('allocation over tickets active in W', () => {
	const startedBefore = makeTicket({id: 'started-before', startedAt: at('2026-11-02T10:00:00+01:00')});
	const finishedInW = makeTicket({id: 'finished-in-w', startedAt: at('2026-11-10T10:00:00+01:00'), completedAt: at('2026-11-16T09:00:00+01:00')});
	const finishedBefore = makeTicket({id: 'finished-before', startedAt: at('2026-11-10T10:00:00+01:00'), completedAt: at('2026-11-15T23:59:00+01:00')});
	const startsAfter = makeTicket({id: 'starts-after', startedAt: at('2026-11-23T00:00:00+01:00')});
	const canceledInW = makeTicket({id: 'canceled-in-w', startedAt: at('2026-11-10T10:00:00+01:00'), canceledAt: at('2026-11-18T09:00:00+01:00')});
	const neverStarted = makeTicket({id: 'never-started'});
	const tickets = [startedBefore, finishedInW, finishedBefore, startsAfter, canceledInW, neverStarted];

	it('counts tickets in a started state at some moment of W', () => {
		const classifications = classify([[startedBefore, 'strategic'], [finishedInW, 'operational'], [canceledInW, 'operational']]);
		expect(computeWeekMetrics(metricInput(tickets, {classifications})).allocation.active).toEqual({
			operational: 2,
			strategic: 1,
			unclassified: 0,
			operationalShare: 2 / 3,
		});
	});

	it('lists the tickets completed or active in W', () => {
		const completedNotStarted = makeTicket({id: 'completed-not-started', completedAt: at('2026-11-20T10:00:00+01:00')});
		expect(ticketsInWeek([...tickets, completedNotStarted], week47).map((ticket) => ticket.id)).toEqual([
			'started-before',
			'finished-in-w',
			'canceled-in-w',
			'completed-not-started',
		]);
	});
});
