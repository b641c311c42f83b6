import {describe, expect, it} from 'vitest';
import {effortRows} from '../../../source/ui/views/overview/effort-rows.js';
import {version2Metrics, weekReport} from '../fixtures.js';

const figures = {operational: 4, strategic: 4, unclassified: 2, operationalShare: 0.5, interruptShare: 0.25, personDays: 10, fteWeeks: 2, unplanned: 2.5};
const weekOf = (week: string, operationalShare: number | null, interruptShare: number | null) => ({week, org: {...figures, operationalShare, interruptShare}, reports: []});

describe('the Overview effort rows (issue 17)', () => {
	it('trend the firefighting effort and interrupt shares over the trend weeks and give the change from the week before', () => {
		const report = weekReport({
			version2: version2Metrics({effort: {org: figures, reports: []}}),
			effortTrend: [weekOf('2026-W45', null, null), weekOf('2026-W46', 0.75, 0.1), weekOf('2026-W47', 0.5, 0.25)],
		});
		const [effort, interrupts] = effortRows(report);
		// 75 % → 50 %: 25 points less firefighting is better; 10 % → 25 %: 15 more points of interrupts is worse.
		expect(effort).toMatchObject({label: 'Firefighting effort', figure: 'effort.org.operationalShare', value: '50%', trend: '·▆▅', verdict: 1});
		expect(effort?.delta).toMatch(/−25 pts better/);
		expect(interrupts).toMatchObject({label: 'Interrupt share', figure: 'effort.org.interruptShare', value: '25%', trend: '·▂▃', verdict: -1});
		expect(interrupts?.delta).toMatch(/\+15 pts worse/);
	});

	it('has no change to show in the first week', () => {
		const [effort] = effortRows(weekReport({version2: version2Metrics({effort: {org: figures, reports: []}})}));
		expect(effort).toMatchObject({trend: '▅', verdict: 0});
	});
});
