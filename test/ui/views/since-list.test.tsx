import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {sinceListLines} from '../../../source/ui/views/overview/since-rows.js';
import {SinceList} from '../../../source/ui/views/since/since-list.js';
import {lines, settle, widestLine} from '../fixtures.js';

describe('the since-last-review list (l)', () => {
	it('shows the first review\'s note whole at 80 columns, wrapped rather than cut at "…records one, and…"', async () => {
		const list = sinceListLines({previousReview: null, items: [], restated: []}, [], 'UTC');
		const {lastFrame} = render(
			<ThemeProvider theme={plainTheme}>
				<SinceList lines={list} width={80} height={22} isActive onBack={() => undefined} />
			</ThemeProvider>,
		);
		await settle();
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(80);
		expect(lines(lastFrame()).some((line) => line.trimEnd().endsWith('…'))).toBe(false);
		expect(lines(lastFrame()).map((line) => line.trim()).join(' ')).toContain('and the next session lists what changed since.');
	});

	it('names only the restated figures whose shown value changed, and counts the rest, as the exports do', async () => {
		const since = {
			previousReview: {id: 1, week: '2026-W49', frozenAt: Date.parse('2026-12-06T07:24:00Z')},
			items: [],
			restated: [
				{figure: 'allocation.active.operational', frozen: 95, now: 96},
				// 0.4700 → 0.4702: both read 47%, a line of "47% then → 47% now" says nothing changed.
				{figure: 'allocation.active.operationalShare', frozen: 0.47, now: 0.4702},
			],
		};
		const {lastFrame} = render(
			<ThemeProvider theme={plainTheme}>
				<SinceList lines={sinceListLines(since, [], 'UTC')} width={80} height={22} isActive onBack={() => undefined} />
			</ThemeProvider>,
		);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toContain('Restated figures of 2026-W49 (2)');
		expect(frame).toContain('Active › firefighting: 95 then → 96 now');
		expect(frame).not.toContain('47% then → 47% now');
		expect(frame).toContain('1 more changed by less than the precision shown here: see the JSON export');
	});
});
