import {Box, Text} from 'ink';
import {textWidth} from '../text-width.js';
import {keysLabel, viewOrder, viewTitles, type Binding} from '../keymap.js';
import {padEnd} from '../format.js';
import {useTheme} from '../theme.js';

export interface HelpOverlayProps {
	readonly viewTitle: string;
	readonly viewBindings: readonly Binding[];
	readonly availableViews: readonly string[];
	readonly width: number;
}

interface HelpLine {
	readonly keys: string;
	readonly help: string;
}

/** The global keys, condensed so the overlay fits 80×24 beside a busy view's keys. */
function globalLines(availableViews: readonly string[]): HelpLine[] {
	const numbered = viewOrder.map((view, index) => (availableViews.includes(view) ? `${index + 1} ${viewTitles[view]}` : null)).filter(Boolean);
	return [
		{keys: `1–${availableViews.length}`, help: numbered.join(' · ')},
		{keys: 'tab / shift-tab', help: 'next / previous view'},
		{keys: '[ / ]', help: 'previous / next week (t: this week)'},
		{keys: 'r', help: 'sync with the tracker'},
		{keys: '?', help: 'show / hide this help'},
		{keys: 'q', help: 'quit'},
	];
}

/** `?`: the keys of the current view, then the global ones. */
export function HelpOverlay({viewTitle, viewBindings, availableViews, width}: HelpOverlayProps) {
	const theme = useTheme();
	const boxWidth = Math.min(width, 100);
	const inner = boxWidth - 4;
	const viewLines: HelpLine[] = viewBindings.map((binding) => ({keys: keysLabel(binding), help: binding.help}));
	const columns = viewLines.length > 8 && inner >= 70 ? 2 : 1;
	const columnWidth = Math.floor(inner / columns);
	const globalKeyWidth = 16;
	// Side by side, the keys column is only as wide as the view's keys, so the helps keep their words.
	const viewKeyWidth = Math.min(globalKeyWidth, Math.max(0, ...viewLines.map((line) => textWidth(line.keys))) + 1);
	const perColumn = Math.ceil(viewLines.length / columns);
	// The help is cut one cell short of its cell, so a cut help never runs into the next column's keys.
	const renderLine = (line: HelpLine, cellWidth: number, keyWidth: number) => (
		<>
			<Text color={theme.accent}>{padEnd(line.keys, keyWidth)}</Text>
			{padEnd(line.help, cellWidth - keyWidth - 1)}{' '}
		</>
	);
	const rows: HelpLine[][] = [];
	for (let index = 0; index < perColumn; index++) {
		rows.push(Array.from({length: columns}, (_, column) => viewLines[column * perColumn + index]).filter((line): line is HelpLine => line !== undefined));
	}

	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1} width={boxWidth}>
			<Text bold>Keys — {viewTitle}</Text>
			{viewLines.length === 0 ? <Text color={theme.muted}>(this view has no keys of its own)</Text> : null}
			{rows.map((row, index) => (
				<Text key={index}>{row.map((line) => <Text key={line.keys}>{renderLine(line, columnWidth, viewKeyWidth)}</Text>)}</Text>
			))}
			<Text bold>Everywhere</Text>
			{globalLines(availableViews).map((line) => (
				<Text key={line.keys}>{renderLine(line, inner, globalKeyWidth)}</Text>
			))}
			<Text color={theme.muted}>? or esc closes this help</Text>
		</Box>
	);
}
