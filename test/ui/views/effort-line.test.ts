import {describe, expect, it} from 'vitest';
import {effortEntries, effortLine} from '../../../source/ui/views/delegation/effort-line.js';
import {version2Metrics, weekReport} from '../fixtures.js';

const figures = {operational: 4, strategic: 7.5, unclassified: 1, operationalShare: 4 / 11.5, interruptShare: 0.22, personDays: 12.5, fteWeeks: 2.5, unplanned: 2.75};
const report = weekReport({
	version2: version2Metrics({
		effort: {org: {...figures, personDays: 40, interruptShare: 0.31}, reports: [{name: 'Alex Kim', ...figures, keptRate: 0.6, previousKeptRate: 0.9}]},
	}),
});

describe('the Delegation effort line', () => {
	it('gives the selected report’s person-days, firefighting share of days, and interrupts against the kept rate', () => {
		expect(effortLine(report, {kind: 'report', name: 'Alex Kim'})).toBe('Alex Kim: interrupts 22% of days · kept promises 60% (week before 90%) · 12.5 person-days · firefighting 35% of sorted days');
		expect(effortLine(report, {kind: 'director', name: 'You'})).toBe('Org effort: 40 person-days · firefighting 35% of sorted days · interrupts 31% of days');
		expect(effortLine(report, {kind: 'report', name: 'Nobody'})).toBe('');
	});

	it('shows the firefighting-effort and interrupt shares over the trend weeks, oldest first (issue 17)', () => {
		const weekOf = (operationalShare: number | null, interruptShare: number | null) => ({...figures, operationalShare, interruptShare});
		const trended = weekReport({
			version2: report.version2,
			effortTrend: [
				{week: '2026-W45', org: weekOf(0, 1), reports: [{name: 'Alex Kim', ...weekOf(1, 0)}]},
				// Alex's group had no effort this week: a gap, not a zero.
				{week: '2026-W46', org: weekOf(0.5, 0.5), reports: []},
				{week: '2026-W47', org: weekOf(1, 0), reports: [{name: 'Alex Kim', ...weekOf(0, 1)}]},
			],
		});
		expect(effortLine(trended, {kind: 'report', name: 'Alex Kim'})).toMatch(/ · 3 weeks: firefighting █·▁ interrupts ▁·█$/);
		expect(effortLine(trended, {kind: 'director', name: 'You'})).toMatch(/ · 3 weeks: firefighting ▁▅█ interrupts █▅▁$/);
	});

	it('opens each report’s effort figures from i by their named paths', () => {
		expect(effortEntries(report).map((entry) => entry.path)).toEqual([
			'effort.reports[Alex Kim].personDays',
			'effort.reports[Alex Kim].operationalShare',
			'effort.reports[Alex Kim].interruptShare',
			'effort.reports[Alex Kim].keptRate',
		]);
	});
});
