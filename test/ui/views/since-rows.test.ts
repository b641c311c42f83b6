import {describe, expect, it} from 'vitest';
import {countByKind} from '../../../source/domain/briefing/since-last-review.js';
import {formatLocalTime} from '../../../source/domain/briefing/since-format.js';
import type {SinceItem, SinceLastReview} from '../../../source/domain/briefing/since-types.js';
import {sinceListLines, sinceSummaryLines, wrapSinceLines} from '../../../source/ui/views/overview/since-rows.js';
import {textWidth} from '../../../source/ui/text-width.js';

const frozenAt = Date.parse('2026-12-04T15:05:00Z');
const item = (kind: SinceItem['kind'], key: string, report: string | null, person: string | null, extra: Partial<SinceItem> = {}): SinceItem => ({
	kind,
	tickets: [{id: key, key, title: `Title of ${key}\u001b[2J`}],
	person,
	report,
	at: null,
	...extra,
});

const since: SinceLastReview = {
	previousReview: {id: 1, week: '2026-W49', frozenAt},
	items: [
		item('new-fire', 'OPS-1', 'Jo Park', 'Kai Moreno'),
		item('new-fire', 'OPS-2', 'Alex Kim', 'Sam Lee'),
		item('postponed', 'PAY-3', 'Alex Kim', 'Sam Lee', {from: '2026-12-04', to: '2026-12-11', days: 7}),
		item('finished', 'OPS-9', null, 'Dana Director'),
	],
	restated: [{figure: 'predictability.onTimeRate', frozen: 0.5, now: 0.6}],
};

describe('since last review on the Overview', () => {
	it('says local, human time: Fri 4 Dec, 16:05 in Berlin', () => {
		expect(formatLocalTime(frozenAt, 'Europe/Berlin')).toBe('Fri 4 Dec, 16:05');
		expect(formatLocalTime(frozenAt, 'Europe/Berlin', true)).toBe('Fri 4 Dec 2026, 16:05');
		// Each zone its own time, the formatter kept per zone; an unknown zone in UTC, said so.
		expect(formatLocalTime(frozenAt, 'Asia/Tokyo')).toBe('Sat 5 Dec, 00:05');
		expect(formatLocalTime(frozenAt, 'Europe/Berlin')).toBe('Fri 4 Dec, 16:05');
		expect(formatLocalTime(frozenAt, 'Not/A_Zone')).toMatch(/, 15:05 UTC$/);
	});

	it('counts each kind that occurred since the previous review and says when it was', () => {
		const [line] = sinceSummaryLines(since, 'Europe/Berlin', 200);
		expect(line).toBe('Since Fri 4 Dec, 16:05 (2026-W49, l: list): 2 new fires · 1 finished · 1 postponed · 1 figure restated');
		expect(countByKind(since).get('new-fire')).toBe(2);
	});

	it('says plainly when there is no previous review, never an empty count', () => {
		const lines = sinceSummaryLines({previousReview: null, items: [], restated: []}, 'Europe/Berlin', 80);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('no previous review yet');
	});

	it('fits the width: at most the lines asked for, none wider than the terminal', () => {
		for (const width of [60, 80]) {
			const lines = sinceSummaryLines(since, 'Europe/Berlin', width, 2);
			expect(lines.length).toBeLessThanOrEqual(2);
			for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
		}
		expect(sinceSummaryLines(since, 'Europe/Berlin', 60, 1)).toHaveLength(1);
	});

	it('lists every item grouped by report, roster order first, each with key, title and person, text made safe', () => {
		const lines = sinceListLines(since, ['Alex Kim', 'Jo Park'], 'Europe/Berlin').map((line) => line.text);
		expect(lines).toEqual([
			'Since the review of 2026-W49, frozen Fri 4 Dec, 16:05',
			'Alex Kim (2)',
			'  new fire OPS-2 Title of OPS-2 — Sam Lee',
			'  postponed PAY-3 Title of PAY-3: 2026-12-04 → 2026-12-11 (+7 d) — Sam Lee',
			'Jo Park (1)',
			'  new fire OPS-1 Title of OPS-1 — Kai Moreno',
			'Outside every report (1)',
			'  finished OPS-9 Title of OPS-9 — Dana Director',
			'Restated figures of 2026-W49 (1)',
			'  On-time rate: 50% then → 60% now',
		]);
	});

	it('names a restated figure in words, not by its JSON path', () => {
		const restated: SinceLastReview = {
			...since,
			items: [],
			restated: [
				{figure: 'allocation.completed.strategic', frozen: 33, now: 34},
				{figure: 'allocation.active.unclassified', frozen: 36, now: 35},
				{figure: 'delegation.reports[Priya Raman].strategicShare', frozen: 0.32, now: 0.3},
				{figure: 'blockers.blockedNow', frozen: 5, now: 4},
				{figure: 'trend[2026-W49].onTimeRate', frozen: 0.5, now: 0.75},
			],
		};
		const lines = sinceListLines(restated, [], 'UTC').map((line) => line.text).slice(2);
		expect(lines).toEqual([
			'  Improvement completed: 33 then → 34 now',
			'  Active › unsorted: 36 then → 35 now',
			'  Delegation › Priya Raman › strategic share: 32% then → 30% now',
			'  Blockers › still blocked: 5 then → 4 now',
			'  Trend › 2026-W49 › on-time rate: 50% then → 75% now',
		]);
	});

	it('says a recategorised ticket moved in the words every view uses: firefighting, improvement, unsorted', () => {
		const moved: SinceLastReview = {
			...since,
			items: [item('recategorised', 'OPS-4', 'Alex Kim', null, {from: 'strategic', to: 'operational'}), item('recategorised', 'OPS-5', 'Alex Kim', null, {from: 'unclassified', to: 'strategic'})],
			restated: [],
		};
		const lines = sinceListLines(moved, ['Alex Kim'], 'UTC').map((line) => line.text);
		expect(lines).toContain('  recategorised OPS-4 Title of OPS-4: improvement → firefighting');
		expect(lines).toContain('  recategorised OPS-5 Title of OPS-5: unsorted → improvement');
	});

	it('wraps the list to the width instead of cutting a line short ("…records one, and…" at 80 columns)', () => {
		const first = wrapSinceLines(sinceListLines({previousReview: null, items: [], restated: []}, [], 'UTC'), 80).map((line) => line.text);
		expect(first.every((line) => textWidth(line) <= 80 && !line.endsWith('…'))).toBe(true);
		expect(first.map((line) => line.trim()).join(' ')).toBe('No previous review yet: exporting, quitting or director-review review --mark records one, and the next session lists what changed since.');
		const items = wrapSinceLines(sinceListLines(since, ['Alex Kim', 'Jo Park'], 'Europe/Berlin'), 40);
		for (const line of items) expect(textWidth(line.text)).toBeLessThanOrEqual(40);
		// A wrapped item's next line is indented under its text, and keeps its kind.
		const postponed = items.findIndex((line) => line.text.startsWith('  postponed PAY-3'));
		expect(items[postponed + 1]?.text).toMatch(/^ {4}2026-12-04 →/);
		expect(items[postponed + 1]?.kind).toBe('item');
	});
});

describe('since last review on the Overview, no previous review', () => {
	it('says so in shorter words on a narrow terminal rather than cutting mid-word ("…exporting or qu…" at 60)', () => {
		for (const width of [60, 50]) {
			const [line] = sinceSummaryLines({previousReview: null, items: [], restated: []}, 'UTC', width);
			expect(line).toBeDefined();
			expect(textWidth(line ?? '')).toBeLessThanOrEqual(width);
			expect(line).not.toContain('…');
			expect(line).toMatch(/review/);
		}
		expect(sinceSummaryLines({previousReview: null, items: [], restated: []}, 'UTC', 80)).toEqual(['Since last review: no previous review yet — exporting or quitting records one']);
	});
});
