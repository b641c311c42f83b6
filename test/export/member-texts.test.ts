import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {PromiseRisk, Version2Metrics} from '../../source/domain/metrics/v2/types.js';
import {buildJsonExportFigures, type JsonFiguresInput} from '../../source/export/json.js';
import {memberText} from '../../source/export/member-texts.js';
import {version2Fields} from '../../source/export/version2-json.js';
import {openStore, type Store} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';
import {effortTrend, now, version2Metrics, week, weekMetrics} from '../support/week-report.js';

/** Lists long enough (> 2 KB of JSON) to be stored as shared parts, like a real week's. */
function risks(label: string, count = 60): PromiseRisk[] {
	return Array.from({length: count}, (_, index) => ({
		key: `ENG-${index}\u0007`,
		report: `${label} — “report”`,
		dueDate: '2026-11-20',
		firstDueDate: null,
		onTimeProbability: index / count,
		keptProbability: null,
		atRisk: index % 3 === 0,
	}));
}

function figuresInput(version2: Version2Metrics, trend = effortTrend(week.id, version2)): JsonFiguresInput {
	return {provider: 'linear', week, metrics: weekMetrics(), trend: [], version2, effortTrend: trend, now};
}

/** Every member's text as "since last review" builds it (review/since-figures.ts): the texts kept for the freeze. */
function compareAll(figures: object): void {
	for (const value of Object.values(figures)) memberText(value);
}

describe('member texts built once (since last review, then the freeze)', () => {
	let temporary: ReturnType<typeof temporaryFolder>;
	let store: Store;

	beforeEach(() => {
		temporary = temporaryFolder();
		store = openStore(temporary.file, {now: () => now});
	});

	afterEach(() => {
		store.close();
		temporary.cleanup();
	});

	it('the freeze stores the figures it is given, byte for byte, whatever figures were compared before', () => {
		const before = version2Metrics({promiseRisk: risks('before'), aging: [{key: 'ENG-1', report: 'A', ageDays: 3, aging: false, stalled: false}]});
		// The previous review's week computed again: other figures (a running week as of another instant, another week).
		compareAll(buildJsonExportFigures(figuresInput(before)));
		const after = version2Metrics({promiseRisk: risks('after'), aging: before.aging});
		const cases = [
			buildJsonExportFigures(figuresInput(after)),
			// The same version 2 figures with another effort trend (a trend length changed).
			buildJsonExportFigures(figuresInput(before, effortTrend(week.id, before, [{week: '2026-W46', org: before.effort.org, reports: []}]))),
			// The very figures compared: their texts are reused.
			buildJsonExportFigures(figuresInput(before)),
		];
		for (const figures of cases) {
			compareAll(figures);
			const id = store.reviews.freeze('linear', {week: week.id, trigger: 'export', figures, tickets: [], memberText});
			expect(JSON.stringify(store.reviews.get('linear', id)!.figures)).toBe(JSON.stringify(figures));
		}
	});

	it('the same report gives the same lists; another report or effort trend its own', () => {
		const version2 = version2Metrics({promiseRisk: risks('one')});
		const trend = effortTrend(week.id, version2);
		const fields = version2Fields(version2, trend);
		expect(version2Fields(version2, trend).promiseRisk).toBe(fields.promiseRisk);
		const otherTrend = effortTrend(week.id, version2, []);
		expect(version2Fields(version2, otherTrend).effortTrend).toBe(otherTrend.rows);
		const other = version2Metrics({promiseRisk: risks('two')});
		expect(memberText(version2Fields(other, trend).promiseRisk)).toBe(JSON.stringify(version2Fields(other, trend).promiseRisk));
		expect(memberText(version2Fields(other, trend).promiseRisk)).not.toBe(memberText(fields.promiseRisk));
	});

	it('a list whose text is kept cannot change under it', () => {
		const fields = version2Fields(version2Metrics({promiseRisk: risks('kept')}), effortTrend(week.id, version2Metrics()));
		const text = memberText(fields.promiseRisk);
		expect(() => (fields.promiseRisk as PromiseRisk[]).push(risks('more', 1)[0]!)).toThrow(TypeError);
		expect(() => {
			(fields.promiseRisk[0] as {atRisk: boolean}).atRisk = !fields.promiseRisk[0]!.atRisk;
		}).toThrow(TypeError);
		expect(memberText(fields.promiseRisk)).toBe(text);
		expect(text).toBe(JSON.stringify(fields.promiseRisk));
	});

	it('a value not built here is stringified afresh', () => {
		const value = {figure: 1};
		expect(memberText(value)).toBe('{"figure":1}');
		value.figure = 2;
		expect(memberText(value)).toBe('{"figure":2}');
		expect(memberText(undefined)).toBeUndefined();
		expect(memberText('text')).toBe('"text"');
	});
});
