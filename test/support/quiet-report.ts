import {weekWords} from '../../source/domain/figure-words.js';
import type {ReportTalkingPointInput} from '../../source/domain/talking-points.js';

/** A quiet week of one report: every figure steady, nothing overdue, nothing blocked. */
export const quietReport: ReportTalkingPointInput = {
	name: 'Alex Kim',
	week: weekWords('2026-W47', true),
	firefightingShare: 0.45,
	previousFirefightingShare: 0.45,
	strategicShare: 0.55,
	orgStrategicShare: 0.55,
	overdue: 0,
	stale: 0,
	takenBack: 0,
	keptRate: 0.8,
	previousKeptRate: 0.8,
	brokenPromises: 0,
	themes: [],
	blockedNow: [],
};
