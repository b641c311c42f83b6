import {Box, Text, renderToString} from 'ink';
import type {Week} from '../domain/types.js';
import type {ReviewSource} from '../review/session-types.js';
import {age, weekRange} from './format.js';
import {plainTheme, ThemeProvider} from './theme.js';
import {describeTicket, Overview} from './views/overview/overview.js';
import {sinceSummaryLines} from './views/overview/since-rows.js';

/**
 * A pipe or a file has no width: the columns are laid out as on a wide terminal and each
 * figure's detail runs on whole ("14 unsorted", not "14 unsort…"); the padding is trimmed.
 */
const unbounded = 1000;

/**
 * The Overview as plain text, for pipes and cron: same rows as the TUI, no escape sequences.
 * `columns`: the terminal's width when printed to one; undefined for a pipe or a file.
 */
export function renderOverviewText(source: ReviewSource, week: Week, columns: number | undefined): string {
	const width = columns === undefined ? unbounded : Math.max(80, Math.min(columns, 140));
	const report = source.weekReport(week);
	// briefing.md: the Overview shows the count of each kind since the previous review, and when it was.
	const since = source.sinceLastReview?.(week);
	const sinceLines = since === undefined ? [] : sinceSummaryLines(since, source.timezone, width, 3, false);
	return renderToString(
		<ThemeProvider theme={plainTheme}>
			<Box flexDirection="column">
				<Text>
					director-review · {source.providerLabel} · {week.id} ({weekRange(week.start, week.end)}){report.isCurrent ? ' so far' : ''} · data {age(source.lastSyncedAt(), source.now())}
				</Text>
				<Text> </Text>
				{sinceLines.map((line, index) => (
					<Text key={index}>{line}</Text>
				))}
				{sinceLines.length > 0 ? <Text> </Text> : null}
				<Overview report={report} width={width} height={100} describeTicket={(id) => describeTicket(source.review.ticketsById.get(id), id)} />
			</Box>
		</ThemeProvider>,
		{columns: width},
	).replaceAll(/ +$/gm, '');
}
