import {markColumn, type Column} from '../../components/table.js';
import {delegationFigures} from './delegation-rows.js';

export interface DelegationLayout {
	readonly columns: readonly Column[];
	/** Sparklines sit beside each figure (wide terminals) instead of in the panel below. */
	readonly inlineTrends: boolean;
	/** Lines for the table's rows (the position line included). */
	readonly tableHeight: number;
	/** Whether the selected row's trend panel is shown under the table. */
	readonly showPanel: boolean;
}

/** Summary (2), blank, header, then the selected row's effort, blank and the key hint: the lines around the table. */
const chrome = 7;
/** Blank, title, and the seven figures two to a line. */
const panelLines = 2 + Math.ceil(delegationFigures.length / 2);

/**
 * Where things go in `width` × `height`: at 80 columns the figures are bare and the selected
 * row's trends show in a panel; from about 115 columns each figure carries its sparkline.
 */
export function delegationLayout(width: number, height: number, trendLength: number, rowCount: number): DelegationLayout {
	// Below 80 columns the figures narrow (to their short headers) so the report's name stays readable.
	const narrow = width < 80;
	const figureWidth = narrow ? 5 : 7;
	const inlineWidth = 5 + trendLength;
	const nameWidth = 14;
	const inlineTrends = 1 + nameWidth + delegationFigures.length * (inlineWidth + 1) + 1 <= width;
	const cellWidth = inlineTrends ? inlineWidth : figureWidth;
	const columns: Column[] = [
		markColumn,
		{header: 'report', width: nameWidth, flex: true, maxWidth: 28},
		...delegationFigures.map((figure): Column => {
			const header = narrow && !inlineTrends ? figure.narrow : figure.header;
			return {header, width: Math.max(cellWidth, header.length), align: inlineTrends ? 'left' : 'right'};
		}),
	];
	const withPanel = height - chrome - panelLines;
	const showPanel = !inlineTrends && withPanel >= Math.min(rowCount, 3);
	const tableHeight = Math.max(1, showPanel ? withPanel : height - chrome);
	return {columns, inlineTrends, tableHeight, showPanel};
}
