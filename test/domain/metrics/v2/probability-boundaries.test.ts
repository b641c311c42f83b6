/**
 * metrics.md "Promise risk": onTimeProbability = #{c ∈ C : a < c ≤ a + t} / #{c ∈ C : c > a}.
 * A cycle time exactly a + t is on time. Worked by hand on W47 in Berlin, read after the week
 * (asOf = Mon 23 Nov 00:00), in whole hours, where the sum of two day fractions (13/24 + 1)
 * lands one unit below the cycle time of 37 hours read as one fraction (37/24).
 */
import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {jsonExportOf} from '../../../support/json-export-of.js';
import {at, makeTicket} from '../../../support/ticket-builder.js';
import {classify, metricInput, people} from '../fixture.js';

const hourMs = 60 * 60 * 1000;
const endOfW = at('2026-11-23T00:00:00+01:00');
const completedAt = at('2026-11-20T12:00:00+01:00');

// C: five completions in W47 by roster people (every group has fewer than 20, so the org's C):
// 20 h, 30 h, 37 h, 4 days, 5 days.
const sample = [20, 30, 37, 96, 120].map((hours, index) =>
	makeTicket({key: `C-${index + 1}`, assigneeId: ['u-alex', 'u-sam', 'u-bo', 'u-dana', 'u-alex'][index], startedAt: completedAt - hours * hourMs, completedAt}),
);
// Bo's open ticket: started Sunday 11:00, 13 h before asOf (a = 13/24); due Monday 23 Nov, whose end
// is Tuesday 00:00 (t = 1 day, a + t = 37 h). Every c exceeds a: 5; a < c ≤ a + t: 20 h, 30 h, 37 h → 3/5,
// not at risk. The first due date is the same: keptProbability 3/5.
const promise = makeTicket({key: 'P-1', assigneeId: 'u-bo', startedAt: endOfW - 13 * hourMs, dueDate: '2026-11-23'});
const tickets = [...sample, promise];
const input = {...metricInput(tickets, {classifications: classify([])}), people};

describe('Promise risk at a cycle time of exactly a + t', () => {
	it('counts a cycle time equal to age + days left as on time (3/5, not at risk), in the domain and the JSON export', () => {
		const v2 = computeVersion2(input);
		const risk = v2.promiseRisk.find((entry) => entry.key === 'P-1');
		expect(risk).toMatchObject({report: 'Bo Chen', onTimeProbability: 0.6, keptProbability: 0.6, atRisk: false});

		const json = jsonExportOf(input);
		expect(json.promiseRisk.find((entry) => entry.key === 'P-1')).toMatchObject({onTimeProbability: 0.6, keptProbability: 0.6, atRisk: false});
		expect(json.figures['promiseRisk']).toEqual(['P-1']);
		expect(json.promiseRisk.filter((entry) => entry.atRisk)).toEqual([]);
	});
});
