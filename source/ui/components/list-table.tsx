import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {padEnd} from '../format.js';
import {useTheme, type Theme} from '../theme.js';
import {ScrollList} from './scroll-list.js';
import type {ScrollState} from './scroll.js';
import {fitKeyColumn, layoutColumns, mark, TableHeader, TableRow, type Column} from './table.js';

/** The meaning of a cell; the view's theme turns it into a colour, the text already says it in words or signs. */
export type Tone = 'good' | 'bad' | 'warn' | 'muted' | 'operational' | 'strategic' | undefined;

export interface ToneCell {
	readonly text: string;
	readonly tone?: Tone;
}

export function toneColor(theme: Theme, tone: Tone): string | undefined {
	return tone === undefined ? undefined : theme[tone];
}

/** Title and column header above the rows. */
export const listTableChrome = 2;

export interface ListTableProps {
	readonly title: string;
	/** The focused table's title is bold and marked `▸`; the others show no selection. */
	readonly isFocused: boolean;
	/** The first column is the selection mark: its cells are ignored. */
	readonly columns: readonly Column[];
	readonly rows: ReadonlyArray<readonly ToneCell[]>;
	readonly scroll: ScrollState;
	readonly emptyText: string;
	readonly width: number;
	/** Lines for the whole table, title and header included. */
	readonly height: number;
}

/** A titled, windowed table: only the rows in view are rendered. */
export function ListTable({title, isFocused, columns: given, rows, scroll, emptyText, width, height}: ListTableProps) {
	const theme = useTheme();
	// Measured once per list, not on every key that only moves the selection.
	const columns = useMemo(() => fitKeyColumn(given, rows), [given, rows]);
	const widths = layoutColumns(columns, width);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold={isFocused} color={isFocused ? theme.accent : undefined} wrap="truncate-end">
				{padEnd(`${isFocused ? '▸' : ' '} ${title}`, width)}
			</Text>
			{rows.length > 0 ? <TableHeader columns={columns} widths={widths} /> : null}
			<ScrollList
				items={rows}
				scroll={scroll}
				height={Math.max(1, height - listTableChrome)}
				width={width}
				emptyText={`  ${emptyText}`}
				showSelection={isFocused}
				renderItem={(cells, _index, isSelected) => (
					<TableRow
						columns={columns}
						widths={widths}
						isSelected={isSelected}
						cells={[mark(isSelected), ...cells.slice(1).map((cell) => ({text: cell.text, color: toneColor(theme, cell.tone)}))]}
					/>
				)}
			/>
		</Box>
	);
}
