import {describe, expect, it} from 'vitest';
import {computeTrend, computeWeekMetrics, trendRow} from '../../../source/domain/metrics/compute.js';
import {assigneeChange, at, makeTicket} from '../../support/ticket-builder.js';
import {classify, metricInput, week47} from './fixture.js';

describe('trend', () => {
	const firefight = makeTicket({completedAt: at('2026-11-10T10:00:00+01:00')});
	const improve = makeTicket({completedAt: at('2026-11-18T10:00:00+01:00')});
	const handedOver = makeTicket({assigneeId: 'u-bo', history: [assigneeChange('2026-11-17T10:00:00+01:00', 'u-dana', 'u-bo')]});
	const directorsOwn = makeTicket({assigneeId: 'u-dana', createdAt: at('2026-11-11T10:00:00+01:00')});
	const input = metricInput([firefight, improve, handedOver, directorsOwn], {
		trendWeeks: 3,
		classifications: classify([[firefight, 'operational'], [improve, 'strategic']]),
	});

	it('gives trendWeeks rows up to and including W, oldest first', () => {
		expect(computeTrend(input)).toEqual([
			{week: '2026-W45', operationalShare: null, onTimeRate: null, keptRate: null, delegated: 0, directorOpen: 1},
			{week: '2026-W46', operationalShare: 1, onTimeRate: null, keptRate: null, delegated: 0, directorOpen: 2},
			{week: '2026-W47', operationalShare: 0, onTimeRate: null, keptRate: null, delegated: 1, directorOpen: 1},
		]);
	});

	it('reads a row off metrics already computed', () => {
		expect(trendRow(week47, computeWeekMetrics(input))).toEqual(computeTrend(input).at(-1));
	});
});
