import {describe, expect, it} from 'vitest';
import {positionLine} from '../../../source/ui/components/scroll-list.js';
import {fitScroll, initialScroll, listRows, moveScroll, visibleRange} from '../../../source/ui/components/scroll.js';

describe('the scroll window', () => {
	it('moves the selection down inside the window without scrolling', () => {
		expect(moveScroll(initialScroll, 'down', 100, 10)).toEqual({selected: 1, offset: 0});
	});

	it('scrolls by one when the selection leaves the bottom of the window', () => {
		const atBottom = {selected: 9, offset: 0};
		expect(moveScroll(atBottom, 'down', 100, 10)).toEqual({selected: 10, offset: 1});
	});

	it('scrolls back when the selection leaves the top', () => {
		expect(moveScroll({selected: 5, offset: 5}, 'up', 100, 10)).toEqual({selected: 4, offset: 4});
	});

	it('stops at both ends', () => {
		expect(moveScroll(initialScroll, 'up', 100, 10)).toEqual(initialScroll);
		expect(moveScroll({selected: 99, offset: 90}, 'down', 100, 10)).toEqual({selected: 99, offset: 90});
	});

	it('pages by a window less one line, moving the window with the selection', () => {
		expect(moveScroll({selected: 2, offset: 0}, 'pageDown', 100, 10)).toEqual({selected: 11, offset: 9});
		expect(moveScroll({selected: 11, offset: 9}, 'pageUp', 100, 10)).toEqual({selected: 2, offset: 0});
	});

	it('jumps to the last item with the window ending on it', () => {
		expect(moveScroll(initialScroll, 'last', 20_000, 18)).toEqual({selected: 19_999, offset: 19_982});
		expect(moveScroll({selected: 19_999, offset: 19_982}, 'first', 20_000, 18)).toEqual(initialScroll);
	});

	it('moves from where the selection is shown when the list got shorter underneath it', () => {
		expect(moveScroll({selected: 9, offset: 5}, 'up', 3, 10)).toEqual({selected: 1, offset: 0});
	});

	it('pulls the selection back into a list that got shorter', () => {
		expect(fitScroll({selected: 50, offset: 45}, 8, 10)).toEqual({selected: 7, offset: 0});
	});

	it('keeps a state that already fits as the same object (no re-render churn)', () => {
		const state = {selected: 3, offset: 1};
		expect(fitScroll(state, 10, 5)).toBe(state);
	});

	it('treats an empty list as one with nothing selected at the top', () => {
		expect(moveScroll(initialScroll, 'down', 0, 10)).toEqual(initialScroll);
		expect(visibleRange(initialScroll, 0, 10)).toEqual({start: 0, end: 0});
	});

	it('gives the rows in view as a slice', () => {
		expect(visibleRange({selected: 1005, offset: 1000}, 20_000, 18)).toEqual({start: 1000, end: 1018});
	});

	it('keeps one line for the position when the list does not fit', () => {
		expect(listRows(5, 10)).toBe(10);
		expect(listRows(10, 10)).toBe(10);
		expect(listRows(11, 10)).toBe(9);
		expect(listRows(11, 1)).toBe(1);
	});

	it('says where the window is and which way there is more', () => {
		expect(positionLine(0, 18, 20_000)).toBe('↓ 1–18 of 20,000 · pgup/pgdn');
		expect(positionLine(19_982, 20_000, 20_000)).toBe('↑ 19,983–20,000 of 20,000 · pgup/pgdn');
		expect(positionLine(10, 20, 30)).toBe('↑↓ 11–20 of 30 · pgup/pgdn');
	});
});
