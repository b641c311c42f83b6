import {describe, expect, it} from 'vitest';
import {formatChange, formatCountWeekBefore, formatDay, formatDays, formatFigure, formatPercent, formatPersonDays, pointsChange} from '../../source/domain/figure-format.js';
import {percent as markdownPercent} from '../../source/export/markdown.js';
import {percent as viewPercent, shareDelta, countDelta} from '../../source/ui/format.js';
import {medianSlipDetail} from '../../source/ui/views/predictability/predictability-rows.js';

describe('one format for every surface', () => {
	it('shows 43/61 and 5/11 the same in the TUI and in Markdown (they read 70%/71% and 45%/46%)', () => {
		for (const share of [43 / 61, 5 / 11, 0.6345, 0.0049, 0.995]) {
			expect(markdownPercent(share)).toBe(viewPercent(share));
			expect(viewPercent(share)).toBe(formatPercent(share));
		}
		expect(viewPercent(43 / 61)).toBe('70%');
	});

	it('agrees person-days with the number shown: 1 person-day, 0.5, 1.5 and 40 person-days', () => {
		expect(formatPersonDays(1)).toBe('1 person-day');
		expect(formatPersonDays(1.04)).toBe('1 person-day');
		expect(formatPersonDays(0.5)).toBe('0.5 person-days');
		expect(formatPersonDays(1.5)).toBe('1.5 person-days');
		expect(formatPersonDays(40)).toBe('40 person-days');
		expect(formatPersonDays(null)).toBe('– person-days');
	});

	it('measures a change between shares as the difference of the percentages shown', () => {
		// 70.4% shown 70%, 77.6% shown 78%: the text must say −8, not the raw −7.2 rounded.
		expect(pointsChange(0.704, 0.776)).toBe(-8);
	});

	it('says better or worse in words, and "=" for no change', () => {
		// Firefighting fell 7 points: good news; on-time rose 1 point: good; no change: "=".
		expect(shareDelta(0.3, 0.37, 'lowerIsBetter')).toBe('−7 pts better');
		expect(shareDelta(0.71, 0.7, 'higherIsBetter')).toBe('+1 pt better');
		expect(shareDelta(0.69, 0.7, 'higherIsBetter')).toBe('−1 pt worse');
		expect(shareDelta(0.7001, 0.7, 'higherIsBetter')).toBe('= same');
		expect(countDelta(4, 2, 'lowerIsBetter')).toBe('+2 worse');
		expect(formatChange(null, 'higherIsBetter', ' pts')).toBe('');
		expect(shareDelta(0.5, 0.4)).not.toMatch(/[▲▼±]/);
	});

	it('formats any figure by its JSON path as the figure\'s own surface does', () => {
		expect(formatFigure('predictability.onTimeRate', 5 / 11)).toBe('45%');
		expect(formatFigure('promiseRisk[ENG-9].keptProbability', 5 / 12)).toBe('42%');
		expect(formatFigure('iterations[Sprint 42].planningAccuracy', 0.7)).toBe('70%');
		expect(formatFigure('iterations[Sprint 42].scopeChange', 0.4)).toBe('40%');
		expect(formatFigure('themes[label:dns].topResponderShare', null)).toBe('–');
		expect(formatFigure('effort.org.personDays', 12.25)).toBe('12.2 person-days');
		expect(formatFigure('aging[ENG-1].ageDays', 4.25)).toBe('4.2 d');
		expect(formatFigure('predictability.late', 3)).toBe('3');
		expect(formatFigure('effort.org.fteWeeks', 2.45)).toBe('2.45');
	});

	it('formats effort by category and unplanned effort as the person-days they are, not as counts to 3 decimals', () => {
		expect(formatFigure('effort.org.operational', 55.768)).toBe('55.8 person-days');
		expect(formatFigure('effort.reports[Alex Kim].strategic', 12.04)).toBe('12 person-days');
		expect(formatFigure('effortTrend[2026-W49].org.unclassified', 0.25)).toBe('0.2 person-days');
		expect(formatFigure('effort.org.unplanned', 53.073)).toBe('53.1 person-days');
		expect(formatFigure('allocation.completed.operational', 61)).toBe('61');
	});

	it('writes days in tenths and names calendar days with their weekday', () => {
		expect(formatDays(0.2847)).toBe('0.3 d');
		expect(formatDays(2)).toBe('2 d');
		expect(formatDays(null)).toBe('–');
		expect(formatDay('2026-11-17')).toBe('Tue 17 Nov');
	});

	it('names the count a median slip is over: the completed late tickets, not every late one', () => {
		expect(medianSlipDetail(18, 15)).toBe('over 15 completed late (3 late still open)');
		expect(medianSlipDetail(15, 15)).toBe('over 15 completed late');
		expect(medianSlipDetail(2, 0)).toBe('no late ticket completed yet (2 late still open)');
	});

	it('says a count’s week before beside it, and nothing without a week before', () => {
		expect(formatCountWeekBefore(4)).toBe(' (week before 4)');
		expect(formatCountWeekBefore(0)).toBe(' (week before 0)');
		expect(formatCountWeekBefore(null)).toBe('');
	});
});
