import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {weekWords} from '../../../source/domain/figure-words.js';
import {HelpOverlay} from '../../../source/ui/components/help-overlay.js';
import {globalBindings, keysLabel} from '../../../source/ui/keymap.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {views} from '../../../source/ui/views/registry.js';

function overlay(availableViews: readonly string[], width = 120, height = 40): string {
	const view = views.find((candidate) => candidate.id === 'triage');
	if (!view) throw new Error('no triage view');
	const {lastFrame, unmount} = render(
		<ThemeProvider theme={plainTheme}>
			<HelpOverlay viewTitle={view.title} viewBindings={view.bindings} availableViews={availableViews} width={width} height={height} />
		</ThemeProvider>,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame;
}

describe('the ? overlay', () => {
	it('draws the global section from the global bindings: every key and its help', () => {
		const frame = overlay(views.map((view) => view.id));
		expect(frame).toMatch(/1–6 +1 Overview · 2 Triage · 3 Delegation · 4 Predictability · 5 Blockers & themes · 6 Export/);
		expect(frame).toMatch(/tab \/ shift-tab +next \/ previous view/);
		expect(frame).toMatch(/\[ \/ \] · t +previous \/ next week · back to this week/);
		for (const binding of globalBindings.filter((candidate) => !candidate.action.startsWith('view:'))) expect(frame).toContain(keysLabel(binding));
		expect(frame).toContain('? or esc closes this help');
	});

	it('names only the views the session offers, by their own keys', () => {
		const frame = overlay(['overview', 'triage', 'export']);
		expect(frame).toMatch(/1 2 6 +1 Overview · 2 Triage · 6 Export/);
		expect(frame).not.toContain('Delegation');
	});

	it('draws the view section from the view’s bindings', () => {
		const frame = overlay(['overview', 'triage']);
		for (const binding of views.find((view) => view.id === 'triage')?.bindings ?? []) expect(frame).toContain(binding.help.slice(0, 12));
	});

	it('shows every help whole at 100×27, in one column when the keys fit in one', () => {
		const frame = overlay(views.map((view) => view.id), 100, 27);
		for (const binding of views.find((view) => view.id === 'triage')?.bindings ?? []) expect(frame).toContain(binding.help);
		expect(frame).not.toContain('…');
		expect(frame).toContain('? or esc closes this help');
	});

	it('wraps a global help too long for its row at 80 columns, rather than lose the last views', () => {
		const frame = overlay(views.map((view) => view.id), 80, 21);
		expect(frame.replace(/\s+/g, ' ')).toContain('1–6 1 Overview · 2 Triage · 3 Delegation · 4 Predictability · 5 Blockers & themes · 6 Export');
		expect(frame).toContain('? or esc closes this help');
	});

	it('wraps the view list between its entries at 80 columns: no view is split from its number', () => {
		const frame = overlay(views.map((view) => view.id), 80, 21);
		for (const entry of ['1 Overview', '2 Triage', '3 Delegation', '4 Predictability', '5 Blockers & themes', '6 Export']) expect(frame, entry).toContain(entry);
	});

	it('at 80×24 gives a view’s keys and every global key their lines before the figures, which say how many have no room', () => {
		const view = views.find((candidate) => candidate.id === 'delegation');
		if (!view) throw new Error('no delegation view');
		const {lastFrame, unmount} = render(
			<ThemeProvider theme={plainTheme}>
				<HelpOverlay viewTitle={view.title} viewBindings={view.bindings} figures={view.figures?.(weekWords('2026-W49', true)) ?? []} availableViews={views.map((each) => each.id)} width={80} height={21} />
			</ThemeProvider>,
		);
		const frame = lastFrame() ?? '';
		unmount();
		expect(frame.split('\n').length).toBeLessThanOrEqual(21);
		expect(frame).toMatch(/r · \? · q +sync with the tracker · this help · quit/);
		expect(frame).toContain('? or esc closes this help');
		// The figures left out for the keys are still counted, in words that fit.
		expect(frame).toMatch(/… \d+ more: a taller terminal shows them/);
	});

	it('at 60×20 says how many figures there are in words that fit, not cut mid-word', () => {
		const view = views.find((candidate) => candidate.id === 'overview');
		if (!view) throw new Error('no overview view');
		const {lastFrame, unmount} = render(
			<ThemeProvider theme={plainTheme}>
				<HelpOverlay viewTitle={view.title} viewBindings={view.bindings} figures={view.figures?.(weekWords('2026-W49', true)) ?? []} availableViews={views.map((each) => each.id)} width={60} height={17} />
			</ThemeProvider>,
		);
		const frame = lastFrame() ?? '';
		unmount();
		const heading = frame.split('\n').find((line) => line.includes('Figures — Overview')) ?? '';
		expect(heading).toMatch(/Figures — Overview: \d+ definitions \(taller terminal\)|Figures — Overview: \d+ definitions, a taller terminal shows them/);
		expect(heading).not.toContain('…');
	});
});
