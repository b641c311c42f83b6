import {Box, Text} from 'ink';
import {useMemo, type ReactNode} from 'react';
import type {FigureDefinition} from '../figure-definitions.js';
import {textWidth} from '../text-width.js';
import {firstThatFits, wrapWords} from '../text-wrap.js';
import {globalBindings, globalHelpLines, helpOverlayBindings, keySymbol, keysLabel, type Binding, type HelpSegment} from '../keymap.js';
import {padEnd, truncate} from '../format.js';
import {useTheme} from '../theme.js';

export interface HelpOverlayProps {
	readonly viewTitle: string;
	readonly viewBindings: readonly Binding[];
	/** The view's figures and their one-line definitions. */
	readonly figures?: readonly FigureDefinition[];
	readonly availableViews: readonly string[];
	readonly width: number;
	/** Lines available: the overlay never runs past them. */
	readonly height?: number;
}

interface HelpLine {
	readonly keys: string;
	readonly help: string;
}

/** "1–6" for keys in a row ("1", "2", … "6"), else the keys one after another. */
function keyRange(labels: readonly string[]): string {
	const numbers = labels.map(Number);
	const isRun = labels.length > 2 && numbers.every((number, index) => Number.isInteger(number) && (index === 0 || number === (numbers[index - 1] ?? 0) + 1));
	return isRun ? `${labels[0]}–${labels.at(-1)}` : labels.join(' ');
}

/** One overlay line from its parts' bindings: keys joined "[ / ]", parts joined " · ". */
function segmentLine(segments: readonly HelpSegment[], bindings: readonly Binding[]): HelpLine | null {
	const parts = segments.flatMap((segment) => {
		const members = bindings.filter((binding) => segment.actions.includes(binding.action));
		if (members.length === 0) return [];
		const labels = members.map(keysLabel);
		if (segment.range) return [{keys: keyRange(labels), help: members.map((binding, index) => `${labels[index]} ${binding.help}`).join(' · ')}];
		return [{keys: labels.join(' / '), help: segment.help ?? members.map((binding) => binding.help).join(' / ')}];
	});
	if (parts.length === 0) return null;
	return {keys: parts.map((part) => part.keys).join(' · '), help: parts.map((part) => part.help).join(' · ')};
}

/** The global keys, condensed (keymap.ts `globalHelpLines`), with the keys of views this session does not offer left out. */
function globalLines(availableViews: readonly string[]): HelpLine[] {
	const offered = globalBindings.filter((binding) => !binding.action.startsWith('view:') || availableViews.includes(binding.action.slice(5)));
	return globalHelpLines.map((segments) => segmentLine(segments, offered)).filter((line): line is HelpLine => line !== null);
}

/** "? or esc closes this help": the first two keys that close the overlay (q does too, as it quits elsewhere). */
const closingKeys = (helpOverlayBindings[0]?.keys ?? []).slice(0, 2).map(keySymbol);

/**
 * A help of parts joined " · " cut into rows between its parts, a row that goes on ending in
 * "·" ("… 4 Predictability ·", then "5 Blockers & themes · 6 Export"), so no part is split; a
 * part too long for a row of its own is wrapped at spaces.
 */
function wrapParts(text: string, width: number): string[] {
	const parts = text.split(' · ');
	const rows: string[] = [];
	let current = '';
	parts.forEach((part, index) => {
		const next = current === '' ? part : `${current} · ${part}`;
		// Room for the " ·" a row followed by more parts ends in.
		if (textWidth(next) + (index < parts.length - 1 ? 2 : 0) <= width) {
			current = next;
			return;
		}
		if (current !== '') rows.push(`${current} ·`);
		const pieces = wrapWords(part, width);
		rows.push(...pieces.slice(0, -1));
		current = pieces.at(-1) ?? '';
	});
	if (current !== '') rows.push(current);
	return rows;
}

/** `?`: what the view's figures mean, the keys of the current view, then the global ones — as much as fits. */
export function HelpOverlay({viewTitle, viewBindings, figures = [], availableViews, width, height = 1000}: HelpOverlayProps) {
	const theme = useTheme();
	const boxWidth = width;
	const inner = boxWidth - 4;
	const viewLines: HelpLine[] = useMemo(() => viewBindings.map((binding) => ({keys: keysLabel(binding), help: binding.help})), [viewBindings]);
	const everywhere = useMemo(() => globalLines(availableViews), [availableViews.join(' ')]);
	const globalKeyWidth = 16;
	// Side by side, the keys column is only as wide as the view's keys, so the helps keep their words.
	const viewKeyWidth = Math.min(globalKeyWidth, Math.max(0, ...viewLines.map((line) => textWidth(line.keys))) + 1);
	// A global help too long for its row goes on under its keys ("… · 5 Blockers & themes · 6 Export"), never cut, nor split inside one of its parts.
	const globalRows = everywhere.map((item) => wrapParts(item.help, inner - globalKeyWidth - 1));
	// A short terminal gets the overlay without its border: two more lines of help.
	const bordered = height >= 30;
	const room = Math.max(1, height - (bordered ? 3 : 1));
	// Two columns of keys only when one column does not fit, or when two cut no help: a help cut
	// short ("undo the last tag (rep…") says less than a column that runs further down.
	const keyLinesFor = (keyRows: number) => 2 + Math.max(1, keyRows) + globalRows.reduce((sum, parts) => sum + parts.length, 0) + 1;
	const twoCutNone = viewLines.every((line) => textWidth(line.help) <= Math.floor(inner / 2) - viewKeyWidth - 1);
	const columns = viewLines.length > 8 && inner >= 70 && (twoCutNone || keyLinesFor(viewLines.length) > room) ? 2 : 1;
	const columnWidth = Math.floor(inner / columns);
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

	// Every line is one terminal row, cut to the box; the lines that do not fit are dropped
	// from the end, and the last row says so. A definition is shown whole (wrapped) when the
	// room allows every one of them to be, else cut to one row each.
	const lines: Array<{readonly key: string; readonly node: ReactNode}> = [];
	const line = (key: string, node: ReactNode) => lines.push({key, node});
	const wrapped = figures.map((figure) => wrapWords(`${figure.label}: ${figure.definition}`, inner));
	const keyLines = keyLinesFor(rows.length);
	const isWhole = figures.length > 0 && 1 + wrapped.reduce((sum, parts) => sum + parts.length, 0) + keyLines <= room;
	// The keys are what `?` is for: when the figures cannot each have a row, the last ones give way to one line saying how many.
	const figureRoom = room - keyLines;
	const figureRows = Math.max(0, figureRoom - 1);
	const listed = isWhole || figures.length <= figureRows ? figures : figures.slice(0, Math.max(0, figureRows - 1));
	// Room for one line only: the heading says how many there are, rather than push a key off.
	if (figures.length > 0 && !isWhole && figureRoom === 1) {
		// In fewer words where the whole sentence would be cut ("a taller terminal s…" at 60 columns).
		const heading = `Figures — ${viewTitle}`;
		const count = String(figures.length);
		const says = firstThatFits([`: ${count} definitions, a taller terminal shows them`, `: ${count} definitions (taller terminal)`, `: ${count} (taller terminal)`], Math.max(0, inner - textWidth(heading)));
		line('figures', <Text wrap="truncate-end"><Text bold>{heading}</Text><Text color={theme.muted}>{says}</Text></Text>);
	} else if (figures.length > 0 && figureRoom >= 2) {
		line('figures', <Text bold>Figures — {viewTitle}</Text>);
		listed.forEach((figure, index) => {
			if (isWhole) {
				(wrapped[index] ?? []).forEach((part, row) =>
					line(`figure:${figure.label}:${row}`, row === 0 ? <Text><Text color={theme.accent}>{figure.label}</Text>{part.slice(figure.label.length)}</Text> : <Text>{part}</Text>),
				);
				return;
			}
			line(`figure:${figure.label}`, (
				<Text wrap="truncate-end">
					<Text color={theme.accent}>{figure.label}</Text>: {truncate(figure.definition, inner - textWidth(figure.label) - 2)}
				</Text>
			));
		});
		if (listed.length < figures.length) line('figures:more', <Text color={theme.muted}>{`… ${String(figures.length - listed.length)} more: a taller terminal shows them`}</Text>);
	}
	line('keys', <Text bold>Keys — {viewTitle}</Text>);
	if (viewLines.length === 0) line('none', <Text color={theme.muted}>(this view has no keys of its own)</Text>);
	rows.forEach((row, index) => line(`row:${index}`, <Text>{row.map((item) => <Text key={item.keys}>{renderLine(item, columnWidth, viewKeyWidth)}</Text>)}</Text>));
	line('everywhere', <Text bold>Everywhere</Text>);
	everywhere.forEach((item, index) =>
		(globalRows[index] ?? []).forEach((part, row) => line(`global:${item.keys}:${row}`, <Text>{renderLine({keys: row === 0 ? item.keys : '', help: part}, inner, globalKeyWidth)}</Text>)),
	);
	const shown = lines.length + 1 <= room ? lines : lines.slice(0, room - 1);
	const hidden = lines.length - shown.length;
	const closing = hidden > 0 ? `${hidden} more ${hidden === 1 ? 'line' : 'lines'}: a taller terminal shows them · ${closingKeys.at(-1)} closes` : `${closingKeys.join(' or ')} closes this help`;

	return (
		<Box flexDirection="column" borderStyle={bordered ? 'round' : undefined} borderColor={theme.accent} paddingX={1} width={boxWidth}>
			{shown.map((item) => (
				<Box key={item.key} width={inner} overflow="hidden">
					{item.node}
				</Box>
			))}
			<Text color={theme.muted} wrap="truncate-end">{closing}</Text>
		</Box>
	);
}
