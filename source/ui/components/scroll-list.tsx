import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {padEnd} from '../format.js';
import {useTheme} from '../theme.js';
import {listRows, visibleRange, type ScrollState} from './scroll.js';

export interface ScrollListProps<T> {
	readonly items: readonly T[];
	readonly scroll: ScrollState;
	/** Lines the list may use, the position line included. */
	readonly height: number;
	readonly width: number;
	/** Renders one visible item; `index` is its place in the whole list. */
	readonly renderItem: (item: T, index: number, isSelected: boolean) => ReactNode;
	/** Said plainly when there is nothing to list. */
	readonly emptyText: string;
	/** Whether the selection is shown (false while another list has the focus). */
	readonly showSelection?: boolean;
}

/**
 * A windowed list: renders only the items in view, and a position line ("21–40 of 20,000")
 * when they do not all fit, so the size of the list never slows a key press.
 */
export function ScrollList<T>({items, scroll, height, width, renderItem, emptyText, showSelection = true}: ScrollListProps<T>) {
	const theme = useTheme();
	if (items.length === 0) {
		return <Text color={theme.muted} wrap="truncate-end">{padEnd(emptyText, width)}</Text>;
	}

	const rows = listRows(items.length, height);
	const {start, end} = visibleRange(scroll, items.length, rows);
	const selected = Math.min(scroll.selected, items.length - 1);
	const visible = items.slice(start, end);
	return (
		<Box flexDirection="column" width={width}>
			{visible.map((item, offset) => {
				const index = start + offset;
				return <Box key={index}>{renderItem(item, index, showSelection && index === selected)}</Box>;
			})}
			{items.length > rows ? (
				<Text color={theme.muted} wrap="truncate-end">
					{padEnd(positionLine(start, end, items.length), width)}
				</Text>
			) : null}
		</Box>
	);
}

/** "21–40 of 20,000 · pgup/pgdn" — where the window is, and that there is more. */
export function positionLine(start: number, end: number, count: number): string {
	const more = [start > 0 ? '↑' : '', end < count ? '↓' : ''].join('');
	return `${more} ${(start + 1).toLocaleString('en')}–${end.toLocaleString('en')} of ${count.toLocaleString('en')} · pgup/pgdn`;
}
