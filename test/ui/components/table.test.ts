import {describe, expect, it} from 'vitest';
import {bar} from '../../../source/ui/components/bar.js';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {fitCell, fitName, layoutColumns, TableRow, type Column} from '../../../source/ui/components/table.js';

const total = (widths: readonly number[]) => {
	const shown = widths.filter((w) => w > 0);
	return shown.reduce((sum, w) => sum + w, 0) + Math.max(0, shown.length - 1);
};

describe('table columns', () => {
	const columns: Column[] = [
		{header: 'key', width: 9},
		{header: 'title', width: 12, flex: true},
		{header: 'due', width: 6},
		{header: 'category', width: 12, optional: true},
	];

	it('gives the flexible column the room the others leave', () => {
		expect(layoutColumns(columns, 80)).toEqual([9, 50, 6, 12]);
		expect(total(layoutColumns(columns, 80))).toBe(80);
	});

	it('caps the flexible column at its maximum', () => {
		expect(layoutColumns([{header: 'name', width: 10, flex: true, maxWidth: 20}, {header: 'n', width: 4}], 100)).toEqual([20, 4]);
	});

	it('drops optional columns, rightmost first, before squeezing', () => {
		expect(layoutColumns(columns, 40)).toEqual([9, 23, 6, 0]);
	});

	it('never adds up to more than the width, however narrow', () => {
		for (let width = 1; width <= 60; width++) expect(total(layoutColumns(columns, width))).toBeLessThanOrEqual(width);
	});

	it('drops whole columns, rightmost first, rather than cut one or squeeze the flexible one below its width', () => {
		const figures: Column[] = [{header: '', width: 1}, {header: 'team', width: 8, flex: true, maxWidth: 24}, ...Array.from({length: 10}, (_, index): Column => ({header: `f${index}`, width: 6, align: 'right'}))];
		for (const width of [40, 60, 75]) {
			const widths = layoutColumns(figures, width);
			expect(widths[1]).toBeGreaterThanOrEqual(8);
			widths.forEach((w, index) => expect(w === 0 || w >= (figures[index]?.width ?? 0), `column ${index} at ${width}`).toBe(true));
			expect(total(widths)).toBeLessThanOrEqual(width);
		}
		expect(layoutColumns(figures, 60)).toEqual([1, 9, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0]);
	});

	it('pads and cuts cells to their column', () => {
		expect(fitCell('ab', 4)).toBe('ab  ');
		expect(fitCell('ab', 4, 'right')).toBe('  ab');
		expect(fitCell('a long title', 6)).toBe('a lon…');
	});
});

describe('bar', () => {
	it('fills in proportion to the share', () => {
		expect(bar(0.5, 10)).toBe('█████░░░░░');
		expect(bar(1, 4)).toBe('████');
		expect(bar(0, 4)).toBe('░░░░');
	});

	it('shows an unknown share as dots, not as an empty bar', () => {
		expect(bar(null, 4)).toBe('····');
	});
});

describe('a person\'s name in a narrow column', () => {
	it('keeps the first name and initials rather than cutting a name inside a word ("Sofia Alvar…")', () => {
		expect(fitName('Sofia Alvarez', 14)).toBe('Sofia Alvarez');
		expect(fitName('Sofia Alvarez', 11)).toBe('Sofia A.');
		expect(fitName('Kenji Watanabe', 12)).toBe('Kenji W.');
		expect(fitName('Ana María López Ortega', 14)).toBe('Ana M. L. O.');
		expect(fitName('Ana María López Ortega', 10)).toBe('Ana O.');
		// One word, or a first name too long for initials: cut as any text is, by the cell.
		expect(fitName('unassigned', 8)).toBe('unassigned');
		expect(fitName('Bartholomew Smith', 8)).toBe('Bartholomew Smith');
	});

	it('is used for the people columns of a table row', () => {
		const columns = [{header: 'key', width: 6}, {header: 'assignee', width: 9, isName: true}];
		const {lastFrame} = render(createElement(TableRow, {columns, widths: [6, 9], cells: ['ENG-1', 'Sofia Alvarez']}));
		expect(lastFrame()?.trimEnd()).toBe('ENG-1  Sofia A.');
	});
});
