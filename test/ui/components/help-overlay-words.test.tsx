import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {weekWords} from '../../../source/domain/figure-words.js';
import {HelpOverlay} from '../../../source/ui/components/help-overlay.js';
import {keysLabel} from '../../../source/ui/keymap.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {views} from '../../../source/ui/views/registry.js';

const thisWeek = weekWords('2026-W49', true);

/** The overlay as the app draws it on a terminal of `columns`×`rows`: the tabs, header and footer take three rows. */
function helpOf(viewId: string, columns: number, rows: number): string {
	const view = views.find((candidate) => candidate.id === viewId);
	if (!view) throw new Error(`no ${viewId} view`);
	const {lastFrame, unmount} = render(
		<ThemeProvider theme={plainTheme}>
			<HelpOverlay viewTitle={view.title} viewBindings={view.bindings} figures={view.figures?.(thisWeek) ?? []} availableViews={views.map((each) => each.id)} width={columns} height={rows - 3} />
		</ThemeProvider>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

/** A word cut short: a letter, digit or closing mark right before the "…" that ends it. */
const cutWord = /[\p{L}\p{N})'’]…/u;

describe('the ? overlay keeps its words whole (walkthrough: "undo the last tag (rep…" at 80×24)', () => {
	for (const [columns, rows] of [
		[80, 24],
		[60, 20],
		[120, 40],
	] as const) {
		for (const view of views) {
			it(`${view.id} at ${columns}×${rows}: no description or definition cut mid-word, nothing past the screen`, () => {
				const frame = helpOf(view.id, columns, rows);
				const lines = frame.split('\n');
				for (const line of lines) expect(line, line).not.toMatch(cutWord);
				expect(lines.length).toBeLessThanOrEqual(rows - 3);
				for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(columns);
			});
		}
	}

	for (const view of views) {
		it(`${view.id} at 80×24 gives every key of the view its line`, () => {
			const frame = helpOf(view.id, 80, 24);
			expect(frame).not.toMatch(/more lines?: a taller terminal/);
			for (const binding of view.bindings) expect(frame, binding.help).toMatch(new RegExp(`(^|\\s)${keysLabel(binding).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} `, 'm'));
		});
	}
});
