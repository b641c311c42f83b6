/**
 * An independent reading of metrics.md on hand-made tickets, each expected value worked out
 * by hand from the text (not from the code): a week with a clock change in another hemisphere,
 * the week's exact end instant, a due date moved back and forth inside W, an empty week.
 */
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import {assigneeChange, at, dueDateChange, makeTicket} from '../../support/ticket-builder.js';
import {afterWeek47, classify, metricInput, week47} from './fixture.js';

describe('metrics.md read by hand', () => {
	it('Sydney 2026-W40 (clocks go forward on its Sunday): a completion at 23:30 Sunday is in W and on time; one at the next Monday 00:00 is not', () => {
		const week = parseWeekArgument('2026-W40', 0, 'Australia/Sydney');
		// Monday 28 Sep 00:00 AEST (+10) to Monday 5 Oct 00:00 AEDT (+11).
		expect([week.start, week.end, week.startAt, week.endAt]).toEqual(['2026-09-28', '2026-10-04', at('2026-09-28T00:00:00+10:00'), at('2026-10-05T00:00:00+11:00')]);
		const lastMinute = makeTicket({startedAt: at('2026-09-30T09:00:00+10:00'), completedAt: at('2026-10-04T23:30:00+11:00'), dueDate: '2026-10-04'});
		const atEnd = makeTicket({startedAt: at('2026-09-30T09:00:00+10:00'), completedAt: at('2026-10-05T00:00:00+11:00'), dueDate: '2026-10-04'});
		const classifications = classify([
			[lastMinute, 'operational'],
			[atEnd, 'strategic'],
		]);
		const metrics = computeWeekMetrics(metricInput([lastMinute, atEnd], {week, classifications, now: at('2026-11-01T12:00:00+11:00')}));
		// Completed in W: lastMinute only (operational); active in W: both (atEnd ends at W's end, ≥ start).
		expect(metrics.allocation.completed).toEqual({operational: 1, strategic: 0, unclassified: 0, operationalShare: 1});
		expect(metrics.allocation.active).toEqual({operational: 1, strategic: 1, unclassified: 0, operationalShare: 0.5});
		// Both due Sunday 4 Oct: one completed that day, one on Monday 5 Oct (late by one calendar day).
		expect(metrics.predictability).toMatchObject({due: 2, onTime: 1, late: 1, pending: 0, onTimeRate: 0.5, medianSlipDays: 1});
	});

	it("the director's ticket completed at W's end instant: not completed in W, and no longer open as of asOf(W)", () => {
		const ticket = makeTicket({assigneeId: 'u-dana', creatorId: 'u-dana', startedAt: at('2026-11-17T09:00:00+01:00'), completedAt: week47.endAt});
		const metrics = computeWeekMetrics(metricInput([ticket]));
		expect(metrics.delegation.director).toEqual({open: 0, completed: 0});
		expect(metrics.delegation.delegationRate).toBeNull();
		const next = computeWeekMetrics(metricInput([ticket], {week: parseWeekArgument('2026-W48', 0, 'Europe/Berlin')}));
		expect(next.delegation.director.completed).toBe(1);
	});

	it('a due date moved five times in W: two moves later count, the first due date is broken, the current one is outside W', () => {
		const ticket = makeTicket({
			dueDate: '2026-11-30',
			history: [
				dueDateChange('2026-11-10T10:00:00+01:00', null, '2026-11-17'),
				dueDateChange('2026-11-16T10:00:00+01:00', '2026-11-17', '2026-11-20'),
				dueDateChange('2026-11-17T10:00:00+01:00', '2026-11-20', '2026-11-18'),
				dueDateChange('2026-11-18T10:00:00+01:00', '2026-11-18', '2026-11-25'),
				dueDateChange('2026-11-19T10:00:00+01:00', '2026-11-25', null),
				dueDateChange('2026-11-20T10:00:00+01:00', null, '2026-11-30'),
			],
		});
		const metrics = computeWeekMetrics(metricInput([ticket]));
		expect(metrics.predictability).toEqual({due: 0, onTime: 0, late: 0, pending: 0, onTimeRate: null, committed: 1, kept: 0, broken: 1, keptRate: 0, postponements: 2, medianSlipDays: null});
	});

	it('an empty week shows no share as 0: every share, rate and median is null', () => {
		const metrics = computeWeekMetrics(metricInput([makeTicket({assigneeId: 'u-alex'})], {now: afterWeek47}));
		expect(metrics.allocation.completed.operationalShare).toBeNull();
		expect(metrics.allocation.active.operationalShare).toBeNull();
		expect(metrics.predictability.onTimeRate).toBeNull();
		expect(metrics.predictability.keptRate).toBeNull();
		expect(metrics.predictability.medianSlipDays).toBeNull();
		expect(metrics.delegation.delegationRate).toBeNull();
		expect(metrics.delegation.reports.map((report) => report.strategicShare)).toEqual([null, null]);
		expect(metrics.blockers.medianBlockedDays).toBeNull();
	});

	it('a take-back and a re-delegation in W: takenBack counts the change, delegated the ticket once', () => {
		const ticket = makeTicket({
			creatorId: 'u-eve',
			assigneeId: 'u-sam',
			history: [
				assigneeChange('2026-11-02T10:00:00+01:00', null, 'u-dana'),
				assigneeChange('2026-11-16T10:00:00+01:00', 'u-dana', 'u-sam'),
				assigneeChange('2026-11-17T10:00:00+01:00', 'u-sam', 'u-dana'),
				assigneeChange('2026-11-18T10:00:00+01:00', 'u-dana', 'u-sam'),
			],
		});
		const metrics = computeWeekMetrics(metricInput([ticket]));
		expect(metrics.delegation).toMatchObject({delegated: 1, takenBack: 1, delegationRate: 1, director: {open: 0, completed: 0}});
		expect(metrics.delegation.reports[0]).toMatchObject({name: 'Alex Kim', delegated: 1, open: 1, completed: 0});
	});
});
