import {Text} from 'ink';
import {padEnd, padStart} from '../format.js';
import {textWidth} from '../text-width.js';
import {useTheme} from '../theme.js';

/** One headline figure of a view: label, value, trend sparkline and a line of detail. */
export interface HeadlineRow {
	readonly label: string;
	readonly value: string;
	readonly trend: string;
	readonly detail: string;
}

/** A view's headline figures, one per line, aligned alike in every view. */
export function Headline({rows, trendLength}: {readonly rows: readonly HeadlineRow[]; readonly trendLength: number}) {
	const theme = useTheme();
	const trendWidth = Math.max(trendLength, 5) + 2;
	// Six columns fit "12.5 d" and "100%"; a longer value ("123.4 d") widens the column rather than being cut.
	const valueWidth = Math.max(6, ...rows.map((row) => textWidth(row.value)));
	return (
		<>
			{rows.map((row) => (
				<Text key={row.label} wrap="truncate-end">
					{padEnd(row.label, 16)}
					<Text bold>{padStart(row.value, valueWidth)}</Text>
					{'  '}
					<Text color={theme.accent}>{padEnd(row.trend, trendWidth)}</Text>
					<Text color={theme.muted}>{row.detail}</Text>
				</Text>
			))}
		</>
	);
}
