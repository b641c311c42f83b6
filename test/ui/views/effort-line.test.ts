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
		expect(effortLine(report, {kind: 'report', name: 'Alex Kim'})).toBe('Alex Kim: interrupts 22% vs kept 60% (was 90%) · 12.5 person-days · firefighting 35% of sorted days');
		expect(effortLine(report, {kind: 'director', name: 'You'})).toBe('Org effort: 40 person-days · firefighting 35% of sorted days · interrupts 31%');
		expect(effortLine(report, {kind: 'report', name: 'Nobody'})).toBe('');
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
