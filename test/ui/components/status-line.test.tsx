import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {StatusLine} from '../../../source/ui/components/status-line.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {widestLine} from '../fixtures.js';

const now = Date.UTC(2026, 11, 4, 16);

function statusLine(message: string, width: number, sync: Parameters<typeof StatusLine>[0]['sync'] = {phase: 'idle'}): string {
	const {lastFrame, unmount} = render(
		<ThemeProvider theme={plainTheme}>
			<StatusLine message={message} sync={sync} lastSyncedAt={now - 5 * 60_000} now={now} width={width} />
		</ThemeProvider>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

describe('the status line', () => {
	it('names the data’s age and the global keys beside a short message', () => {
		const frame = statusLine('nothing to undo', 60);
		expect(frame).toMatch(/^nothing to undo +data 5 min ago · \? help · q quit$/);
	});

	it('gives the data’s age room to what a key just did, at 60 columns, and keeps the global keys', () => {
		const frame = statusLine('saved: DATA-6837 → firefighting (1 to undo)', 60);
		expect(frame).toMatch(/^saved: DATA-6837 → firefighting \(1 to undo\) +\? help · q quit$/);
		expect(widestLine(frame)).toBeLessThanOrEqual(60);
	});

	it('keeps the key hints beside a sync failure, which stays until the next sync', () => {
		const frame = statusLine('', 60, {phase: 'failed', message: 'the tracker refused the token', hint: 'run director-review init', error: null});
		expect(frame).toContain('? help · q quit');
	});
});
