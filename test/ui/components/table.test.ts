import {describe, expect, it} from 'vitest';
import {bar} from '../../../source/ui/components/bar.js';
import {fitCell, layoutColumns, type Column} from '../../../source/ui/components/table.js';

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
