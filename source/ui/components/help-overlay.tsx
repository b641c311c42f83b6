import {Box, Text} from 'ink';
import {useMemo, type ReactNode} from 'react';
import type {FigureDefinition} from '../figure-definitions.js';
import {textWidth} from '../text-width.js';
import {firstThatFits, wrapWords} from '../text-wrap.js';
import {globalBindings, globalHelpLines, helpOverlayBindings, keySymbol, keysLabel, type Binding, type HelpSegment} from '../keymap.js';
import {padEnd} from '../format.js';
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

/** A view key in the overlay: its keys, and its help as the rows it takes in its cell. */
interface KeyCell {
	readonly keys: string;
	readonly rows: readonly string[];
}

/** The view's keys laid out: one or two columns, each with its own keys width, cells cut into rows at spaces. */
interface KeyLayout {
	readonly columns: ReadonlyArray<{readonly width: number; readonly keyWidth: number; readonly cells: readonly KeyCell[]}>;
	/** Terminal rows the keys take: a row of cells is as tall as its tallest cell. */
	readonly height: number;
	/** Every help in its full wording, each on one row. */
	readonly isWholeOnOneRow: boolean;
	readonly usesBriefs: boolean;
}

interface ViewKey {
	readonly keys: string;
	readonly help: string;
	readonly brief?: string;
}

/** A help's rows in `width` cells: the full wording wrapped at spaces, or with `useBrief` the shorter one when only it fits a row. */
function helpRows(key: ViewKey, width: number, useBrief: boolean): string[] {
	if (textWidth(key.help) <= width || !useBrief || key.brief === undefined) return wrapWords(key.help, width);
	return wrapWords(key.brief, width);
}

const maxKeyWidth = 16;
const keyWidthOf = (keys: readonly ViewKey[]) => Math.min(maxKeyWidth, Math.max(0, ...keys.map((key) => textWidth(key.keys))) + 1);

function layoutKeys(keys: readonly ViewKey[], inner: number, columnCount: 1 | 2, useBrief: boolean): KeyLayout {
	const perColumn = Math.ceil(keys.length / columnCount);
	const groups = columnCount === 1 ? [keys] : [keys.slice(0, perColumn), keys.slice(perColumn)];
	const build = (widths: readonly number[]): KeyLayout => {
		const columns = groups.map((group, index) => {
			const width = widths[index] ?? inner;
			const keyWidth = keyWidthOf(group);
			// One cell short of the column, so a help never runs into the next column's keys.
			return {width, keyWidth, cells: group.map((key) => ({keys: key.keys, rows: helpRows(key, width - keyWidth - 1, useBrief)}))};
		});
		let height = 0;
		for (let row = 0; row < perColumn; row++) height += Math.max(1, ...columns.map((column) => column.cells[row]?.rows.length ?? 0));
		const cells = columns.flatMap((column) => column.cells);
		return {
			columns,
			height,
			isWholeOnOneRow: cells.every((cell, index) => cell.rows.length === 1 && cell.rows[0] === keys[index]?.help),
			usesBriefs: cells.some((cell, index) => cell.rows.join(' ') !== keys[index]?.help),
		};
	};
	if (columnCount === 1) return build([inner]);
	// The two columns split where the keys take the fewest rows: a column of short helps gives its room to the other.
	let best: KeyLayout | undefined;
	for (let left = Math.ceil(inner * 0.3); left <= Math.floor(inner * 0.7); left++) {
		const candidate = build([left, inner - left]);
		if (!best || candidate.height < best.height) best = candidate;
	}
	return best ?? build([Math.floor(inner / 2), inner - Math.floor(inner / 2)]);
}

/** `?`: what the view's figures mean, the keys of the current view, then the global ones — as much as fits, every word whole. */
export function HelpOverlay({viewTitle, viewBindings, figures = [], availableViews, width, height = 1000}: HelpOverlayProps) {
	const theme = useTheme();
	const boxWidth = width;
	const inner = boxWidth - 4;
	const viewKeys: ViewKey[] = useMemo(() => viewBindings.map((binding) => ({keys: keysLabel(binding), help: binding.help, brief: binding.brief})), [viewBindings]);
	const everywhere = useMemo(() => globalLines(availableViews), [availableViews.join(' ')]);
	const globalKeyWidth = maxKeyWidth;
	// A global help too long for its row goes on under its keys ("… · 5 Blockers & themes · 6 Export"), never cut, nor split inside one of its parts.
	const globalRows = everywhere.map((item) => wrapParts(item.help, inner - globalKeyWidth - 1));
	// A short terminal gets the overlay without its border: two more lines of help.
	const bordered = height >= 30;
	const room = Math.max(1, height - (bordered ? 3 : 1));
	// "Keys —", the keys, "Everywhere", the global keys, the closing line; and a line of figures, if the view has any.
	const linesAround = 3 + globalRows.reduce((sum, parts) => sum + parts.length, 0) + (figures.length > 0 ? 1 : 0);
	const wrappedFigures = figures.map((figure) => wrapWords(`${figure.label}: ${figure.definition}`, inner));
	const allFigureLines = 1 + wrappedFigures.reduce((sum, parts) => sum + parts.length, 0);
	// A help is never cut: it wraps onto rows under itself, or takes its shorter wording. In the
	// full wording when everything fits so (two columns first when none wraps there, as they take
	// fewer rows); else in the fewest rows, to leave the most room to the figures.
	const keyLayout = useMemo(() => {
		const twoFit = viewKeys.length > 8 && inner >= 70;
		const full = [...(twoFit ? [layoutKeys(viewKeys, inner, 2, false)].filter((layout) => layout.isWholeOnOneRow) : []), layoutKeys(viewKeys, inner, 1, false), ...(twoFit ? [layoutKeys(viewKeys, inner, 2, false)] : [])];
		const fitsAll = full.find((layout) => linesAround - (figures.length > 0 ? 1 : 0) + Math.max(1, layout.height) + (figures.length > 0 ? allFigureLines : 0) <= room);
		if (fitsAll) return fitsAll;
		const candidates = [...full, layoutKeys(viewKeys, inner, 1, true), ...(twoFit ? [layoutKeys(viewKeys, inner, 2, true)] : [])];
		return candidates.reduce((best, candidate) => (candidate.height < best.height ? candidate : best));
	}, [viewKeys, inner, room, linesAround, allFigureLines, figures.length]);

	// Every line is one terminal row, within the box; the lines that do not fit are dropped
	// from the end, and the last row says so.
	const lines: Array<{readonly key: string; readonly node: ReactNode}> = [];
	const line = (key: string, node: ReactNode) => lines.push({key, node});
	// The keys are what `?` is for: the figures get the room they leave, each whole, and the ones that do not fit give way to a line saying how many.
	const figureRoom = room - (linesAround - (figures.length > 0 ? 1 : 0)) - Math.max(1, keyLayout.height);
	let listedCount = 0;
	let used = 1;
	while (listedCount < figures.length) {
		const next = used + (wrappedFigures[listedCount]?.length ?? 0);
		const moreLine = listedCount + 1 < figures.length ? 1 : 0;
		if (next + moreLine > figureRoom) break;
		used = next;
		listedCount++;
	}
	const heading = `Figures — ${viewTitle}`;
	if (figures.length > 0 && listedCount === 0 && figureRoom >= 1) {
		// Room for no definition whole: the heading says how many there are, in words that fit ("a taller terminal s…" at 60 columns).
		const count = String(figures.length);
		const says = firstThatFits([`: ${count} definitions, a taller terminal shows them`, `: ${count} definitions (taller terminal)`, `: ${count} (taller terminal)`], Math.max(0, inner - textWidth(heading)));
		line('figures', <Text wrap="truncate-end"><Text bold>{heading}</Text><Text color={theme.muted}>{says}</Text></Text>);
	} else if (listedCount > 0) {
		line('figures', <Text bold>{heading}</Text>);
		figures.slice(0, listedCount).forEach((figure, index) =>
			(wrappedFigures[index] ?? []).forEach((part, row) =>
				line(`figure:${figure.label}:${row}`, row === 0 ? <Text><Text color={theme.accent}>{figure.label}</Text>{part.slice(figure.label.length)}</Text> : <Text>{part}</Text>),
			),
		);
		const left = String(figures.length - listedCount);
		if (listedCount < figures.length) line('figures:more', <Text color={theme.muted}>{firstThatFits([`… ${left} more: a taller terminal shows them`, `… ${left} more (taller terminal)`], inner)}</Text>);
	}
	line('keys', <Text bold>Keys — {viewTitle}</Text>);
	if (viewKeys.length === 0) line('none', <Text color={theme.muted}>(this view has no keys of its own)</Text>);
	const keyRowCount = Math.max(0, ...keyLayout.columns.map((column) => column.cells.length));
	for (let index = 0; index < keyRowCount; index++) {
		const cells = keyLayout.columns.map((column) => ({column, cell: column.cells[index]}));
		const tall = Math.max(1, ...cells.map(({cell}) => cell?.rows.length ?? 0));
		for (let row = 0; row < tall; row++) {
			line(`row:${index}:${row}`, (
				<Text>
					{cells.map(({column, cell}, columnIndex) => (
						<Text key={columnIndex}>
							<Text color={theme.accent}>{padEnd(row === 0 ? (cell?.keys ?? '') : '', column.keyWidth)}</Text>
							{padEnd(cell?.rows[row] ?? '', column.width - column.keyWidth - 1)}{' '}
						</Text>
					))}
				</Text>
			));
		}
	}
	line('everywhere', <Text bold>Everywhere</Text>);
	everywhere.forEach((item, index) =>
		(globalRows[index] ?? []).forEach((part, row) =>
			line(`global:${item.keys}:${row}`, (
				<Text>
					<Text color={theme.accent}>{padEnd(row === 0 ? item.keys : '', globalKeyWidth)}</Text>
					{padEnd(part, inner - globalKeyWidth - 1)}{' '}
				</Text>
			)),
		),
	);
	const shown = lines.length + 1 <= room ? lines : lines.slice(0, room - 1);
	const hidden = lines.length - shown.length;
	const more = `${hidden} more ${hidden === 1 ? 'line' : 'lines'}`;
	const closing = hidden > 0 ? firstThatFits([`${more}: a taller terminal shows them · ${closingKeys.at(-1)} closes`, `${more} (taller terminal) · ${closingKeys.at(-1)} closes`, `${more} · ${closingKeys.at(-1)} closes`], inner) : `${closingKeys.join(' or ')} closes this help`;

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
