import {describe, expect, it} from 'vitest';
import {computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {takeBacksBetween} from '../../../source/domain/metrics/ticket-facts.js';
import {assigneeChange, at, makeTicket} from '../../support/ticket-builder.js';
import {metricInput, roster, week47} from './fixture.js';

describe('takeBacksBetween: the take-backs the takenBack figure counts', () => {
	it('holds a take-back in W by asOf(W), and not one at the next Monday 00:00 (the week has ended)', () => {
		const endAt = new Date(week47.endAt).toISOString();
		const inWeek = makeTicket({id: 't-in', key: 'ENG-1', createdAt: at('2026-11-10T09:00:00Z'), assigneeId: 'u-dana', history: [assigneeChange('2026-11-18T09:00:00Z', 'u-sam', 'u-dana')]});
		const atEnd = makeTicket({id: 't-end', key: 'ENG-2', createdAt: at('2026-11-10T09:00:00Z'), assigneeId: 'u-dana', history: [assigneeChange(endAt, 'u-sam', 'u-dana')]});
		const metrics = computeWeekMetrics(metricInput([inWeek, atEnd]));
		const alex = metrics.delegation.reports.find((report) => report.name === 'Alex Kim');
		expect(alex?.takenBack).toBe(1);
		expect(takeBacksBetween(roster, inWeek, week47, week47.endAt).map((takeBack) => takeBack.fromId)).toEqual(['u-sam']);
		expect(takeBacksBetween(roster, atEnd, week47, week47.endAt)).toEqual([]);
	});
});
