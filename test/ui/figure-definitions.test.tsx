import fs from 'node:fs';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {weekWords} from '../../source/domain/figure-words.js';
import {HelpOverlay} from '../../source/ui/components/help-overlay.js';
import {figureDefinitions} from '../../source/ui/figure-definitions.js';
import {plainTheme, ThemeProvider} from '../../source/ui/theme.js';
import {blockersView} from '../../source/ui/views/blockers/index.js';
import {delegationView} from '../../source/ui/views/delegation/index.js';
import {overviewView} from '../../source/ui/views/overview/index.js';
import {predictabilityView} from '../../source/ui/views/predictability/index.js';
import {triageView} from '../../source/ui/views/triage/index.js';

const thisWeek = weekWords('2026-W49', true);

const docs = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/metrics.md'), 'utf8');

describe('what each figure means', () => {
	it('gives docs/metrics.md and the ? overlay the same one-line definition of every figure', () => {
		for (const figure of Object.values(figureDefinitions)) expect(docs).toContain(`- **${figure.label}**: ${figure.definition}\n`);
	});

	it('lists every figure of the Overview, Triage, Predictability, Delegation and Blockers views in their ? overlay (Triage: what a row’s ? means)', () => {
		for (const view of [overviewView, triageView, predictabilityView, delegationView, blockersView]) {
			expect(view.figures?.(thisWeek)?.length, view.id).toBeGreaterThan(0);
			const {lastFrame, unmount} = render(
				<ThemeProvider theme={plainTheme}>
					<HelpOverlay viewTitle={view.title} viewBindings={view.bindings} figures={view.figures?.(thisWeek)} availableViews={['overview']} width={200} height={60} />
				</ThemeProvider>,
			);
			const frame = lastFrame() ?? '';
			for (const figure of view.figures?.(thisWeek) ?? []) expect(frame, `${view.id}: ${figure.label}`).toContain(`${figure.label}: ${figure.definition}`);
			unmount();
		}
	});

	it('defines the effort figures the Overview rows and the Delegation effort line show (issue 17)', () => {
		const labels = (figures: ReadonlyArray<{label: string}> | undefined) => (figures ?? []).map((figure) => figure.label);
		// The Overview's rows are the two shares (person-days are in their details); the Delegation line gives all three.
		const shares = [figureDefinitions.firefightingEffort.label, figureDefinitions.interruptShare.label];
		expect(labels(overviewView.figures?.(thisWeek))).toEqual(expect.arrayContaining(shares));
		expect(labels(delegationView.figures?.(thisWeek))).toEqual(expect.arrayContaining([...shares, figureDefinitions.personDays.label]));
	});

	it('keeps the keys whole on a short terminal: the figures that do not fit give way to a line counting them', () => {
		const {lastFrame, unmount} = render(
			<ThemeProvider theme={plainTheme}>
				<HelpOverlay viewTitle="Delegation" viewBindings={delegationView.bindings} figures={delegationView.figures?.(thisWeek)} availableViews={['overview', 'delegation']} width={80} height={18} />
			</ThemeProvider>,
		);
		const frame = lastFrame() ?? '';
		expect(frame.split('\n').length).toBeLessThanOrEqual(18);
		expect(frame).toContain('previous / next week');
		expect(frame).toContain('Keys — Delegation');
		const shown = (delegationView.figures?.(thisWeek) ?? []).filter((figure) => frame.includes(`${figure.label}:`)).length;
		expect(shown).toBeLessThan(delegationView.figures?.(thisWeek)?.length ?? 0);
		expect(frame).toContain(`… ${String((delegationView.figures?.(thisWeek)?.length ?? 0) - shown)} more: a taller terminal shows them`);
		unmount();
	});

	it('fits the terminal: full width at 200 columns, and no more lines than the room it has', () => {
		for (const [width, height] of [
			[200, 55],
			[60, 17],
		] as const) {
			const {lastFrame, unmount} = render(
				<ThemeProvider theme={plainTheme}>
					<HelpOverlay viewTitle="Overview" viewBindings={predictabilityView.bindings} figures={overviewView.figures?.(thisWeek)} availableViews={['overview']} width={width} height={height} />
				</ThemeProvider>,
			);
			const lines = (lastFrame() ?? '').split('\n');
			expect(lines.length).toBeLessThanOrEqual(height);
			for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
			if (width === 200) expect(lines[0]?.length).toBe(200);
			unmount();
		}
	});
});
