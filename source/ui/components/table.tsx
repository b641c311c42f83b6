import {Text} from 'ink';
import {padEnd, padStart} from '../format.js';
import {textWidth} from '../text-width.js';
import {useTheme} from '../theme.js';

export interface Column {
	readonly header: string;
	readonly width: number;
	readonly align?: 'left' | 'right';
	/** Takes the room left over (titles): at least `width`, at most `maxWidth`. */
	readonly flex?: boolean;
	readonly maxWidth?: number;
	/** Dropped, rightmost first, when the line is too narrow for every column. */
	readonly optional?: boolean;
	/** A person's name: too long for the column, it keeps the first name and initials ("Sofia A."), not "Sofia Alvar…". */
	readonly isName?: boolean;
}

export interface Cell {
	readonly text: string;
	readonly color?: string | undefined;
	readonly bold?: boolean;
}

/** One space between columns. */
const gap = 1;

/**
 * The width of each column in `width` columns: fixed columns keep theirs, optional ones
 * go (rightmost first) until everything fits, then the others (rightmost first), and the
 * flexible column takes what is left.
 * A dropped column has width 0. The widths and gaps never add up to more than `width`.
 */
export function layoutColumns(columns: readonly Column[], width: number): number[] {
	const widths = columns.map((column) => column.width);
	const used = () => {
		const shown = widths.filter((w) => w > 0);
		return shown.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, shown.length - 1);
	};
	for (let index = columns.length - 1; index >= 0 && used() > width; index--) {
		if (columns[index]?.optional) widths[index] = 0;
	}

	// Still too wide: whole columns go, rightmost first, before the flexible one (the names)
	// shrinks below its width or a figure is cut ("12" would read "1"). The first stays.
	for (let index = columns.length - 1; index > 0 && used() > width; index--) {
		if (!columns[index]?.flex) widths[index] = 0;
	}

	const flexIndex = columns.findIndex((column) => column.flex);
	const flex = columns[flexIndex];
	if (flex) {
		const room = width - used();
		widths[flexIndex] = Math.max(1, Math.min(flex.maxWidth ?? Number.POSITIVE_INFINITY, (widths[flexIndex] ?? 0) + room));
	}

	// Still too wide (a very narrow terminal): cut the last columns down so no line overflows.
	for (let index = columns.length - 1; index >= 0 && used() > width; index--) {
		const excess = used() - width;
		const current = widths[index] ?? 0;
		widths[index] = Math.max(0, current - excess);
	}

	return widths;
}

/** The widest a key column grows: Jira keys run to "PLATFORM-12345". */
const maxKeyWidth = 16;

/**
 * The columns with the `key` column as wide as the longest key in `rows` (up to 16), so a
 * long tracker key keeps its number ("PLATFORM-12345", not "PLATFORM…").
 */
export function fitKeyColumn(columns: readonly Column[], rows: ReadonlyArray<ReadonlyArray<{readonly text: string} | string>>): readonly Column[] {
	const index = columns.findIndex((column) => column.header === 'key');
	const column = columns[index];
	if (!column) return columns;
	let widest = 0;
	for (const row of rows) {
		const cell = row[index];
		widest = Math.max(widest, textWidth(typeof cell === 'string' ? cell : (cell?.text ?? '')));
	}

	const width = Math.min(maxKeyWidth, Math.max(column.width, widest));
	return width === column.width ? columns : columns.map((each, at) => (at === index ? {...each, width} : each));
}

/** Pads a cell's text to its column. */
export function fitCell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	return align === 'right' ? padStart(text, width) : padEnd(text, width);
}

/**
 * A person's name in `width` cells: whole when it fits, else the first name and the others'
 * initials ("Sofia A.", "Kenji W."), which still tell two people apart where "Sofia Alvar…" cut a
 * name inside a word; a first name too long for that is cut as any text is.
 */
export function fitName(name: string, width: number): string {
	if (textWidth(name) <= width) return name;
	const [first, ...rest] = name.split(/\s+/u).filter(Boolean);
	if (first === undefined || rest.length === 0) return name;
	const initials = `${first} ${rest.map((part) => `${[...part][0] ?? ''}.`).join(' ')}`;
	if (textWidth(initials) <= width) return initials;
	const lastInitial = `${first} ${[...rest.at(-1)!][0] ?? ''}.`;
	return textWidth(lastInitial) <= width ? lastInitial : name;
}

export interface TableRowProps {
	readonly columns: readonly Column[];
	readonly widths: readonly number[];
	readonly cells: ReadonlyArray<Cell | string>;
	readonly isSelected?: boolean;
	readonly bold?: boolean;
}

/**
 * One line of a table. The selected row starts with `›` (the mark that works without
 * colour) and is shown in inverse video when the theme has colour.
 */
export function TableRow({columns, widths, cells, isSelected = false, bold = false}: TableRowProps) {
	const theme = useTheme();
	let isFirst = true;
	return (
		<Text wrap="truncate-end" inverse={isSelected && theme.isColor} bold={bold}>
			{columns.map((column, index) => {
				const width = widths[index] ?? 0;
				if (width <= 0) return null;
				const raw = cells[index] ?? '';
				const cell: Cell = typeof raw === 'string' ? {text: raw} : raw;
				const separator = isFirst ? '' : ' ';
				isFirst = false;
				return (
					<Text key={column.header || index} color={cell.color} bold={cell.bold}>
						{separator}
						{fitCell(column.isName ? fitName(cell.text, width) : cell.text, width, column.align)}
					</Text>
				);
			})}
		</Text>
	);
}

/** The header line: column names in the muted colour, bold so they read as headers without it. */
export function TableHeader({columns, widths}: {readonly columns: readonly Column[]; readonly widths: readonly number[]}) {
	const theme = useTheme();
	return <TableRow columns={columns} widths={widths} cells={columns.map((column) => ({text: column.header, color: theme.muted}))} bold />;
}

/** The selection mark column: `›` on the selected row. */
export const markColumn: Column = {header: '', width: 1};

export function mark(isSelected: boolean): string {
	return isSelected ? '›' : ' ';
}
