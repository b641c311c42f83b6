import {describe, expect, it} from 'vitest';
import {isInterruptLoadHurtingPromises} from '../../../../source/domain/metrics/v2/interrupt-load.js';
import {reportTalkingPoints} from '../../../../source/domain/talking-points.js';
import {quietReport} from '../../../support/quiet-report.js';

const quiet = quietReport;

describe('interrupt load against kept promises', () => {
	it('fires at an interrupt share of 40 % or more with a kept rate down 10 points or more, as shown', () => {
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.4, keptRate: 0.5, previousKeptRate: 0.6})).toBe(true);
		// 39.96 % shows as 40 %; 59.96 % → 49.96 % shows as 60 % → 50 %.
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.3996, keptRate: 0.4996, previousKeptRate: 0.5996})).toBe(true);
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.39, keptRate: 0.4, previousKeptRate: 0.9})).toBe(false);
		// 9 points is not enough; a rise never is.
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.8, keptRate: 0.51, previousKeptRate: 0.6})).toBe(false);
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.8, keptRate: 0.9, previousKeptRate: 0.6})).toBe(false);
		// Unknown figures never fire.
		expect(isInterruptLoadHurtingPromises({interruptShare: null, keptRate: 0.1, previousKeptRate: 0.9})).toBe(false);
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.9, keptRate: null, previousKeptRate: 0.9})).toBe(false);
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.9, keptRate: 0.1, previousKeptRate: null})).toBe(false);
	});

	it('compares the percentages every surface shows (figure-format.ts, halves to even), not a second rounding', () => {
		// A kept rate of 5/8 shows as 62 % (62.5, half to even) and 8/15 as 53 %: a fall of 9 points
		// as the note prints it, so the "fell at least 10 points" rule must not fire.
		const load = {interruptShare: 0.5, keptRate: 8 / 15, previousKeptRate: 5 / 8};
		expect(isInterruptLoadHurtingPromises(load)).toBe(false);
		expect(reportTalkingPoints({...quiet, interrupts: {...load, unplannedKeys: ['ENG-7']}})).toEqual([]);
		// 39.5 % shows as 40 % (half to even): at the threshold.
		expect(isInterruptLoadHurtingPromises({interruptShare: 0.395, keptRate: 0.4, previousKeptRate: 0.6})).toBe(true);
	});

	it('suggests an interrupt rotation, naming the unplanned tickets that took the days', () => {
		const points = reportTalkingPoints({
			...quiet,
			interrupts: {interruptShare: 0.45, keptRate: 0.4, previousKeptRate: 0.6, unplannedKeys: ['ENG-7', 'ENG-9', 'ENG-12', 'ENG-20']},
		});
		expect(points).toEqual([
			{
				rule: 'interrupt-rotation',
				text: 'Unplanned work took 45% of Alex Kim’s group’s days, most of it on ENG-7, ENG-9 and ENG-12, and their promises kept fell to 40% from 60%: would an interrupt rotation, one person taking the unplanned work each week, protect the planned dates?',
			},
		]);
	});

	it('stays quiet when the load is low or version 2 was not computed', () => {
		expect(reportTalkingPoints({...quiet, interrupts: {interruptShare: 0.2, keptRate: 0.4, previousKeptRate: 0.6, unplannedKeys: ['ENG-7']}})).toEqual([]);
		expect(reportTalkingPoints(quiet)).toEqual([]);
	});
});
