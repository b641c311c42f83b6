/**
 * Selection and scroll offset of a windowed list, as pure functions: only the rows between
 * `offset` and `offset + rows` are ever rendered, so a list of 20,000 tickets costs what a
 * screenful costs.
 */

export interface ScrollState {
	/** Index of the selected item. */
	readonly selected: number;
	/** Index of the first visible item. */
	readonly offset: number;
}

export type ScrollMove = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

export const initialScroll: ScrollState = {selected: 0, offset: 0};

/**
 * A list opened on its last item, whatever its length: fitScroll (which every render and move
 * goes through) brings the selection back to the last item and the window to end with it.
 */
export const scrollAtEnd: ScrollState = {selected: Number.MAX_SAFE_INTEGER, offset: Number.MAX_SAFE_INTEGER};

/** Keeps the selection inside the list and the window around the selection, with no empty rows below the end. */
export function fitScroll(state: ScrollState, count: number, rows: number): ScrollState {
	const visible = Math.max(1, rows);
	const selected = Math.min(Math.max(0, state.selected), Math.max(0, count - 1));
	let offset = Math.min(Math.max(0, state.offset), Math.max(0, count - visible));
	if (selected < offset) offset = selected;
	if (selected >= offset + visible) offset = selected - visible + 1;
	return selected === state.selected && offset === state.offset ? state : {selected, offset};
}

export function moveScroll(previous: ScrollState, move: ScrollMove, count: number, rows: number): ScrollState {
	// The list may have shrunk under the selection (another week, a sync): move from where the screen shows it.
	const state = fitScroll(previous, count, rows);
	const page = Math.max(1, rows - 1);
	const target: Record<ScrollMove, number> = {
		up: state.selected - 1,
		down: state.selected + 1,
		pageUp: state.selected - page,
		pageDown: state.selected + page,
		first: 0,
		last: count - 1,
	};
	// Paging moves the window with the selection, as a pager does.
	const offset = move === 'pageDown' ? state.offset + page : move === 'pageUp' ? state.offset - page : state.offset;
	return fitScroll({selected: target[move], offset}, count, rows);
}

/** How many item rows a list of `count` items gets in `height` lines: one line goes to the position indicator when it does not all fit. */
export function listRows(count: number, height: number): number {
	const lines = Math.max(1, height);
	return count <= lines ? lines : Math.max(1, lines - 1);
}

/** The slice of items to render: [start, end). */
export function visibleRange(state: ScrollState, count: number, rows: number): {readonly start: number; readonly end: number} {
	const fitted = fitScroll(state, count, rows);
	return {start: fitted.offset, end: Math.min(count, fitted.offset + Math.max(1, rows))};
}
