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
});
