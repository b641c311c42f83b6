import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {WeekReport} from '../../../domain/week-report.js';
import {ScrollList} from '../../components/scroll-list.js';
import type {ScrollState} from '../../components/scroll.js';
import {layoutColumns, mark, TableHeader, TableRow, type Cell} from '../../components/table.js';
import {sparkline} from '../../../text/sparkline.js';
import {footerLine} from '../../components/footer.js';
import {padEnd, padStart, percent} from '../../format.js';
import {truncateWords} from '../../text-wrap.js';
import {delegationBindings} from './delegation-keys.js';
import {effortLine} from './effort-line.js';
import {useTheme} from '../../theme.js';
import {delegationLayout} from './delegation-layout.js';
import {delegationFigures, type DelegationRow, type Figure} from './delegation-rows.js';

export interface DelegationProps {
	readonly report: WeekReport;
	readonly rows: readonly DelegationRow[];
	readonly scroll: ScrollState;
	readonly width: number;
	readonly height: number;
	/** The note prompt, shown in place of the key hint while it is open. */
	readonly prompt: ReactNode;
}

/** Per report: delegated, open, done, overdue, stale, taken back, strategic share, with trends; then the director's own load. */
export function Delegation({report, rows, scroll, width, height, prompt}: DelegationProps) {
	const theme = useTheme();
	const {metrics, trendMetrics} = report;
	const d = metrics.delegation;
	const layout = delegationLayout(width, height, trendMetrics.length, rows.length);
	const widths = layoutColumns(layout.columns, width);
	const selected = rows[Math.min(scroll.selected, rows.length - 1)];
	const trendWidth = trendMetrics.length + 2;
	// Label, value, two spaces and the sparkline before it: the rest of the line, cut between words.
	const headlineDetailWidth = width - 16 - 5 - 2 - trendWidth;
	const cell = (figure: Figure): Cell => ({
		text: layout.inlineTrends ? `${padStart(figure.value, 4)} ${figure.trend}` : figure.value,
		color: figure.isAlarming ? theme.bad : undefined,
	});

	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				{padEnd('Delegation rate', 16)}
				<Text bold>{padStart(percent(d.delegationRate), 5)}</Text>
				{'  '}
				<Text color={theme.accent}>{padEnd(sparkline(trendMetrics.map((m) => m.delegation.delegationRate), 'share'), trendWidth)}</Text>
				<Text color={theme.muted}>{truncateWords(`${d.delegated} delegated · ${d.takenBack} taken back · ${d.director.completed} done yourself`, headlineDetailWidth)}</Text>
			</Text>
			<Text wrap="truncate-end">
				{padEnd('Your open load', 16)}
				<Text bold>{padStart(String(d.director.open), 5)}</Text>
				{'  '}
				<Text color={theme.accent}>{padEnd(sparkline(trendMetrics.map((m) => m.delegation.director.open)), trendWidth)}</Text>
				<Text color={theme.muted}>{truncateWords('open tickets assigned to you', headlineDetailWidth)}</Text>
			</Text>
			<Text> </Text>
			<TableHeader columns={layout.columns} widths={widths} />
			<ScrollList
				items={rows}
				scroll={scroll}
				height={layout.tableHeight}
				width={width}
				emptyText="No reports in the roster"
				renderItem={(row, _index, isSelected) => (
					<TableRow
						columns={layout.columns}
						widths={widths}
						isSelected={isSelected}
						bold={row.kind === 'director'}
						cells={[mark(isSelected), row.label, ...delegationFigures.map((figure) => cell(row.figures[figure.id]))]}
					/>
				)}
			/>
			<Text color={theme.muted} wrap="truncate-end">
				{padEnd(truncateWords(effortLine(report, selected), width), width)}
			</Text>
			{d.reports.length === 0 ? (
				<Text color={theme.muted} wrap="truncate-end">
					{padEnd('No reports in the roster: add them under "roster" in the config (or run init)', width)}
				</Text>
			) : null}
			{layout.showPanel && selected ? <TrendPanel row={selected} weeks={trendMetrics.length} width={width} /> : null}
			<Text> </Text>
			{prompt ?? (
				<Text color={theme.muted} wrap="truncate-end">
					{padEnd(selected ? footerLine(delegationBindings, width, selected.kind === 'director' ? directorFooter : {state: 'report', values: {whose: `${selected.label}'s`}}) : '', width)}
				</Text>
			)}
		</Box>
	);
}

const directorFooter = {state: 'director', values: {whose: 'your open'}} as const;

/** The selected row's figures with their sparklines, two to a line (narrow terminals). */
function TrendPanel({row, weeks, width}: {readonly row: DelegationRow; readonly weeks: number; readonly width: number}) {
	const theme = useTheme();
	const figures = delegationFigures.filter((figure) => row.figures[figure.id].trend !== '');
	const pairs: Array<typeof figures> = [];
	for (let index = 0; index < figures.length; index += 2) pairs.push(figures.slice(index, index + 2));
	return (
		<Box flexDirection="column" marginTop={1} width={width}>
			<Text bold wrap="truncate-end">{`${row.label} · last ${weeks} week${weeks === 1 ? '' : 's'}`}</Text>
			{pairs.map((pair) => (
				<Text key={pair[0]?.id} wrap="truncate-end">
					{pair.map((figure) => (
						<Text key={figure.id}>
							{padEnd(figure.label, 11)}
							<Text color={theme.accent}>{padEnd(row.figures[figure.id].trend, weeks + 1)}</Text>
							{padStart(row.figures[figure.id].value, 4)}
							{'    '}
						</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
