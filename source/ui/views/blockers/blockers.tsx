import {Box, Text} from 'ink';
import {ListTable, type ToneCell} from '../../components/list-table.js';
import type {ScrollState} from '../../components/scroll.js';
import type {Column} from '../../components/table.js';
import {footerLine} from '../../components/footer.js';
import {padEnd} from '../../format.js';
import {Headline} from '../../components/headline.js';
import {useTheme} from '../../theme.js';
import {blockersBindings} from './blockers-keys.js';
import type {HeadlineRow} from './blockers-rows.js';
import type {BlockersFocus} from './use-blockers-state.js';

export interface BlockersList {
	readonly title: string;
	readonly columns: readonly Column[];
	readonly rows: ReadonlyArray<readonly ToneCell[]>;
	readonly scroll: ScrollState;
	readonly emptyText: string;
	readonly height: number;
}

export interface BlockersProps {
	readonly headline: readonly HeadlineRow[];
	readonly trendLength: number;
	readonly focus: BlockersFocus;
	readonly blocked: BlockersList;
	readonly themes: BlockersList;
	/** A theme's tickets, shown instead of the two lists. */
	readonly drill: BlockersList | null;
	readonly width: number;
}

/** How many tickets were blocked and for how long, and the themes that keep burning. */
export function Blockers({headline, trendLength, focus, blocked, themes, drill, width}: BlockersProps) {
	const theme = useTheme();
	const hint = footerLine(blockersBindings, width, {state: drill ? 'drill' : focus});
	const list = (props: BlockersList, isFocused: boolean) => (
		<ListTable
			title={props.title}
			isFocused={isFocused}
			columns={props.columns}
			rows={props.rows}
			scroll={props.scroll}
			emptyText={props.emptyText}
			width={width}
			height={props.height}
		/>
	);

	return (
		<Box flexDirection="column" width={width}>
			<Headline rows={headline} trendLength={trendLength} width={width} />
			<Text> </Text>
			{drill ? (
				list(drill, true)
			) : (
				<>
					{list(blocked, focus === 'blocked')}
					<Text> </Text>
					{list(themes, focus === 'themes')}
				</>
			)}
			<Text color={theme.muted} wrap="truncate-end">
				{padEnd(hint, width)}
			</Text>
		</Box>
	);
}
