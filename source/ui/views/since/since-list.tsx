import {Box, Text} from 'ink';
import {useMemo, useRef, useState} from 'react';
import type {Binding} from '../../keymap.js';
import {footerLine} from '../../components/footer.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {padEnd} from '../../format.js';
import {useTheme} from '../../theme.js';
import {wrapSinceLines, type SinceListLine} from '../overview/since-rows.js';

type SinceListAction = 'down' | 'up' | 'pageDown' | 'pageUp' | 'first' | 'last' | 'back';

/** The list's keys: it scrolls by line (it is read, not selected from), Esc goes back. The footer names j/k only when the list is longer than the screen ('long'). */
export const sinceListBindings: ReadonlyArray<Binding<SinceListAction>> = [
	{keys: ['j', 'down'], action: 'down', help: 'scroll down', footer: {text: 'scroll', priority: 1, with: ['up'], when: ['long']}},
	{keys: ['k', 'up'], action: 'up', help: 'scroll up'},
	{keys: ['pageDown'], action: 'pageDown', help: 'page down'},
	{keys: ['pageUp'], action: 'pageUp', help: 'page up'},
	{keys: ['g', 'home'], action: 'first', help: 'top'},
	{keys: ['G', 'end'], action: 'last', help: 'bottom'},
	{keys: ['escape'], action: 'back', help: 'back to the figures', label: 'esc', footer: {text: 'back', priority: 2}},
];

const longList = {state: 'long'} as const;

export interface SinceListProps {
	readonly lines: readonly SinceListLine[];
	readonly width: number;
	readonly height: number;
	readonly isActive: boolean;
	readonly onBack: () => void;
}

/** Since last review, in full: every item grouped by report, scrolled a page at a time. */
export function SinceList({lines: given, width, height, isActive, onBack}: SinceListProps) {
	const theme = useTheme();
	// Wrapped, not cut: an item's title and person are read whole; the scroll counts screen lines.
	const lines = useMemo(() => wrapSinceLines(given, width), [given, width]);
	const [top, setTop] = useState(0);
	// One line for the title, one for the position and keys.
	const room = Math.max(1, height - 2);
	const lastTop = Math.max(0, lines.length - room);

	// A burst ("jjj") is several presses: each scrolls from where the last one left the list.
	const at = useRef(top);
	at.current = Math.min(top, lastTop);
	useBindings(
		sinceListBindings,
		(action) => {
			if (action === 'back') return onBack();
			const page = {down: 1, up: -1, pageDown: room, pageUp: -room} as const;
			const next = action === 'first' ? 0 : action === 'last' ? lastTop : at.current + page[action];
			at.current = Math.max(0, Math.min(lastTop, next));
			setTop(at.current);
		},
		{isActive},
	);

	const from = Math.min(top, lastTop);
	const shown = lines.slice(from, from + room);
	const isLong = lines.length > room;
	const keys = footerLine(sinceListBindings, width, isLong ? longList : {});
	const position = isLong ? `${from + 1}–${from + shown.length} of ${lines.length} lines · ${keys}` : keys;
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
