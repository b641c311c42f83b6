import {describe, expect, it} from 'vitest';
import {renderOverviewText} from '../../source/ui/plain-overview.js';
import {FakeSource, week, weekMetrics, weekReport} from './fixtures.js';

function source(): FakeSource {
	const metrics = weekMetrics({blockers: {blocked: 13, blockedNow: 5, medianBlockedDays: 1.97, medianOpenBlockedDays: 59.68}});
	return new FakeSource({}, weekReport({metrics, trendMetrics: [metrics, metrics]}));
}

const blockedLine = (text: string) => text.split('\n').find((line) => line.startsWith('Blocked')) ?? '';

describe('the plain overview (no terminal)', () => {
	it('writes each figure’s detail whole into a pipe, which has no width to cut it to', () => {
		const text = renderOverviewText(source(), week, undefined);
		expect(blockedLine(text)).toMatch(/5 still blocked \(median 59\.7 d so far\) · ended spells median 2 d$/);
		expect(text).not.toContain('…');
		expect(text).not.toMatch(/ +$/m);
	});

	it('still fits a terminal it is printed to', () => {
		const text = renderOverviewText(source(), week, 80);
		expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
		expect(blockedLine(text)).toContain('5 still blocked');
	});
});
