import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {retryNotice, TransientFault} from '../../../source/providers/retry.js';
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

	it('says a tracker request failed and is being tried again, in the words `sync` prints, on one line of the width', () => {
		const notice = retryNotice(new TransientFault('Jira answered 503 for the issue search', 'server'), 2, 4_000);
		// The CLI's stderr line is "sync: <notice>"; the status line says the same.
		const frame = statusLine('', 100, {phase: 'running', done: 50, total: 120, retrying: notice});
		expect(frame).toMatch(/^sync: Jira answered 503 for the issue search; trying again in 4 s \(retry 2\) +\? help · q quit$/);
		expect(widestLine(frame)).toBeLessThanOrEqual(100);
		const narrow = statusLine('', 50, {phase: 'running', done: 50, total: 120, retrying: notice});
		expect(narrow).toMatch(/^sync: Jira answered 503.*… \? help · q quit$/);
		expect(narrow.split('\n')).toHaveLength(1);
		expect(widestLine(narrow)).toBeLessThanOrEqual(50);
		// Without a notice the bar shows again.
		expect(statusLine('', 100, {phase: 'running', done: 50, total: 120})).toMatch(/^syncing \S+ 50\/120/);
	});

	it('says how many tickets the last sync could not read with this key, while no key has something to say', () => {
		const sync = {phase: 'idle', unreadable: {tickets: 3, notStored: 1}} as const;
		expect(statusLine('', 100, sync)).toMatch(/^3 tickets unreadable with this API key \(director-review sync says more\) +\? help · q quit$/);
		const narrow = statusLine('', 60, sync);
		expect(narrow).toMatch(/^3 tickets unreadable with this API key.*… \? help · q quit$/);
		expect(widestLine(narrow)).toBeLessThanOrEqual(60);
		expect(statusLine('saved: DATA-6837 → firefighting', 100, sync)).toMatch(/^saved: DATA-6837 → firefighting/);
		expect(statusLine('', 100)).toMatch(/^ +data 5 min ago · \? help · q quit$/);
	});

	it('keeps the key hints beside a sync failure, which stays until the next sync', () => {
		const frame = statusLine('', 60, {phase: 'failed', message: 'the tracker refused the token', hint: 'run director-review init', error: null});
		expect(frame).toContain('? help · q quit');
	});
});
