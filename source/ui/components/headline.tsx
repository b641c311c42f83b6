import {Text} from 'ink';
import {padEnd, padStart} from '../format.js';
import {textWidth} from '../text-width.js';
import {truncateWords} from '../text-wrap.js';
import {useTheme} from '../theme.js';

/** One headline figure of a view: label, value, trend sparkline and a line of detail. */
export interface HeadlineRow {
	readonly label: string;
	readonly value: string;
	readonly trend: string;
	readonly detail: string;
}

/** Below this many columns the sparklines give their room to the details, as the Overview's do. */
export const headlineTrendMinWidth = 80;

/**
 * A view's headline figures, one per line, aligned alike in every view. A detail longer than
 * its room is cut between words, never inside a number.
 */
export function Headline({rows, trendLength, width}: {readonly rows: readonly HeadlineRow[]; readonly trendLength: number; readonly width: number}) {
	const theme = useTheme();
	const trendWidth = width < headlineTrendMinWidth ? 0 : Math.max(trendLength, 5) + 2;
	// Six columns fit "12.5 d" and "100%"; a longer value ("123.4 d") widens the column rather than being cut.
	const valueWidth = Math.max(6, ...rows.map((row) => textWidth(row.value)));
	const detailWidth = width - 16 - valueWidth - 2 - trendWidth;
	return (
		<>
			{rows.map((row) => (
				<Text key={row.label} wrap="truncate-end">
					{padEnd(row.label, 16)}
					<Text bold>{padStart(row.value, valueWidth)}</Text>
					{'  '}
					{trendWidth > 0 ? <Text color={theme.accent}>{padEnd(row.trend, trendWidth)}</Text> : null}
					<Text color={theme.muted}>{truncateWords(row.detail, detailWidth)}</Text>
				</Text>
			))}
		</>
	);
}
