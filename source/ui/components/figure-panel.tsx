import {Box, Text} from 'ink';
import {useState} from 'react';
import type {ReviewSource} from '../../review/session-types.js';
import type {WeekReport} from '../../domain/week-report.js';
import {toTerminalLine} from '../../text/sanitize.js';
import {findFigure} from '../version2-figures.js';
import {padEnd, padStart} from '../format.js';
import {textWidth} from '../text-width.js';
import type {Binding} from '../keymap.js';
import {useBindings} from '../hooks/use-bindings.js';
import {footerLine} from './footer.js';
import {useTheme} from '../theme.js';
import {FigureTickets, figureTicketsText, figureValueText, useFigureDrill} from './figure-tickets.js';
import {isScrollMove, listBindings} from './list-keys.js';
import {fitScroll, initialScroll, listRows, moveScroll, visibleRange, type ScrollState} from './scroll.js';

/**
 * `i` on Predictability, Delegation and Blockers: every figure of the view with its value;
 * Enter lists the tickets the selected one counts and why (FigureTickets), Esc goes back.
 */

export interface PanelEntry {
	readonly label: string;
	/** The figure's JSON path in WeekDetails.figures. */
	readonly path: string;
}

/** The key that opens the panel, for the views' bindings. */
export const figurePanelBinding: Binding<'figures'> = {keys: ['i'], action: 'figures', help: 'every figure of the view: enter lists the tickets it counts, and why', brief: 'every figure and its tickets'};

type PanelAction = ReturnType<typeof listBindings>[number]['action'] | 'open' | 'close';
const panelBindings: ReadonlyArray<Binding<PanelAction>> = [
	...listBindings('figure'),
	{keys: ['enter'], action: 'open', help: 'list its tickets', footer: {text: '{keys}: the tickets it counts', priority: 2}},
	{keys: ['escape'], action: 'close', help: 'close', footer: {text: 'back', priority: 1}},
];

export interface FigurePanelProps {
	readonly entries: readonly PanelEntry[];
	readonly source: ReviewSource;
	readonly report: WeekReport;
	readonly width: number;
	readonly height: number;
	readonly isActive: boolean;
	readonly setStatus: (message: string) => void;
	readonly onClose: () => void;
}

export function FigurePanel({entries, source, report, width, height, isActive, setStatus, onClose}: FigurePanelProps) {
	const theme = useTheme();
	const drill = useFigureDrill();
	const [scroll, setScroll] = useState<ScrollState>(initialScroll);
	const rows = listRows(entries.length, height - 1);
	const fitted = fitScroll(scroll, entries.length, rows);
	const figureOf = (path: string) => findFigure(report, path, source.review.ticketsById);

	useBindings(
		panelBindings,
		(action) => {
			if (isScrollMove(action)) setScroll((current) => moveScroll(current, action, entries.length, rows));
			else if (action === 'open') {
				const entry = entries[fitted.selected];
				if (entry) drill.setOpen({path: entry.path, label: entry.label});
			} else onClose();
		},
		{isActive: isActive && drill.open === null},
	);

	if (drill.open) return <FigureTickets drill={drill} source={source} report={report} width={width} height={height} isActive={isActive} setStatus={setStatus} />;
	const {start, end} = visibleRange(fitted, entries.length, rows);
	const title = `▸ Figures · ${report.week.id}`;
	const labelWidth = Math.min(40, Math.max(...entries.map((entry) => entry.label.length), 10) + 1);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold color={theme.accent} wrap="truncate-end">
				{padEnd(`${title} · ${footerLine(panelBindings, width - textWidth(title) - 3)}`, width)}
			</Text>
			{entries.slice(start, end).map((entry, offset) => {
				const figure = figureOf(entry.path);
				const isSelected = start + offset === fitted.selected;
				return (
					<Text key={entry.path} wrap="truncate-end" bold={isSelected}>
						{isSelected ? '› ' : '  '}
						{padEnd(toTerminalLine(entry.label), labelWidth)}
						{padStart(figureValueText(figure), 7)}
						<Text color={theme.muted}>{padEnd(`  ${figureTicketsText(figure)}`, Math.max(0, width - labelWidth - 9))}</Text>
					</Text>
				);
			})}
			{end - start < entries.length ? <Text color={theme.muted}>{`↓ ${start + 1}–${end} of ${entries.length}`}</Text> : null}
		</Box>
	);
}
