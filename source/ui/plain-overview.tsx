import {Box, Text, renderToString} from 'ink';
import type {Week} from '../domain/types.js';
import type {ReviewSource} from '../review/session-types.js';
import {age, weekRange} from './format.js';
import {plainTheme, ThemeProvider} from './theme.js';
import {describeTicket, Overview} from './views/overview/overview.js';
import {sinceSummaryLines} from './views/overview/since-rows.js';

/** The Overview as plain text, for pipes and cron: same rows as the TUI, no escape sequences. */
export function renderOverviewText(source: ReviewSource, week: Week, columns: number): string {
	const width = Math.max(80, Math.min(columns, 140));
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
	);
}
