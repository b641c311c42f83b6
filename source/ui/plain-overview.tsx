import {Box, Text, renderToString} from 'ink';
import type {Week} from '../domain/types.js';
import type {ReviewSource} from '../review/session-types.js';
import {age, weekRange} from './format.js';
import {plainTheme, ThemeProvider} from './theme.js';
import {describeTicket, Overview} from './views/overview/overview.js';

/** The Overview as plain text, for pipes and cron: same rows as the TUI, no escape sequences. */
export function renderOverviewText(source: ReviewSource, week: Week, columns: number): string {
	const width = Math.max(80, Math.min(columns, 140));
	const report = source.weekReport(week);
	return renderToString(
		<ThemeProvider theme={plainTheme}>
			<Box flexDirection="column">
				<Text>
					director-review · {source.providerLabel} · {week.id} ({weekRange(week.start, week.end)}){report.isCurrent ? ' so far' : ''} · data {age(source.lastSyncedAt(), source.now())}
				</Text>
				<Text> </Text>
				<Overview report={report} width={width} height={100} describeTicket={(id) => describeTicket(source.review.ticketsById.get(id), id)} />
			</Box>
		</ThemeProvider>,
		{columns: width},
	);
}
