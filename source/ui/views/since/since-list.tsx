import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {matchBindings, type Binding} from '../../keymap.js';
import {padEnd} from '../../format.js';
import {useTheme} from '../../theme.js';
import type {SinceListLine} from '../overview/since-rows.js';

type SinceListAction = 'down' | 'up' | 'pageDown' | 'pageUp' | 'first' | 'last' | 'back';

/** The list's keys: it scrolls by line (it is read, not selected from), Esc goes back. */
export const sinceListBindings: ReadonlyArray<Binding<SinceListAction>> = [
	{keys: ['j', 'down'], action: 'down', help: 'scroll down'},
	{keys: ['k', 'up'], action: 'up', help: 'scroll up'},
	{keys: ['pageDown'], action: 'pageDown', help: 'page down'},
	{keys: ['pageUp'], action: 'pageUp', help: 'page up'},
	{keys: ['g', 'home'], action: 'first', help: 'top'},
	{keys: ['G', 'end'], action: 'last', help: 'bottom'},
	{keys: ['escape'], action: 'back', help: 'back to the figures', label: 'esc'},
];

export interface SinceListProps {
	readonly lines: readonly SinceListLine[];
	readonly width: number;
	readonly height: number;
	readonly isActive: boolean;
	readonly onBack: () => void;
}

/** Since last review, in full: every item grouped by report, scrolled a page at a time. */
export function SinceList({lines, width, height, isActive, onBack}: SinceListProps) {
	const theme = useTheme();
	const [top, setTop] = useState(0);
	// One line for the title, one for the position and keys.
	const room = Math.max(1, height - 2);
	const lastTop = Math.max(0, lines.length - room);

	useInput(
		(input, key) => {
			let at = Math.min(top, lastTop);
			for (const action of matchBindings(sinceListBindings, {input, ...key})) {
				if (action === 'back') return onBack();
				if (action === 'down') at += 1;
				else if (action === 'up') at -= 1;
				else if (action === 'pageDown') at += room;
				else if (action === 'pageUp') at -= room;
				else if (action === 'first') at = 0;
				else at = lastTop;
			}
			setTop(Math.max(0, Math.min(lastTop, at)));
		},
		{isActive},
	);

	const from = Math.min(top, lastTop);
	const shown = lines.slice(from, from + room);
	const position = lines.length > room ? `${from + 1}–${from + shown.length} of ${lines.length} lines · j/k scroll · esc back` : 'esc back';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{padEnd('Since last review', width)}</Text>
			{shown.map((line, index) => (
				<Text key={`${from + index}`} bold={line.kind === 'heading'} color={line.kind === 'note' ? theme.muted : undefined} wrap="truncate-end">
					{padEnd(line.text, width)}
				</Text>
			))}
			<Text color={theme.muted}>{padEnd(position, width)}</Text>
		</Box>
	);
}
