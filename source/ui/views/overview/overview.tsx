import {Box, Text} from 'ink';
import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {days, padEnd, padStart, percent, truncate} from '../../format.js';
import {truncateWords, wrapWords} from '../../text-wrap.js';
import {textWidth} from '../../text-width.js';
import {useTheme} from '../../theme.js';
import {themeFlags} from '../../../domain/metrics/themes.js';
import {themeFlagWords, weekWords} from '../../../domain/figure-words.js';
import {shiftWeek} from '../../../domain/week.js';
import {overviewRows, type OverviewRow} from './overview-rows.js';
import {footerLine} from '../../components/footer.js';
import {overviewBindings} from './overview-keys.js';

export interface OverviewProps {
	readonly report: WeekReport;
	readonly width: number;
	/** Rows available to the view; extra room shows the per-report strip, then the watch list. */
	readonly height: number;
	/** "PAY-12 Checkout retries" for a ticket id: the watch list names tickets. Text is sanitised by the caller. */
	readonly describeTicket?: (ticketId: string) => string;
	/** The selected figure's row, marked `›` (Enter lists its tickets); none in the plain overview. */
	readonly selected?: number;
	/** What Triage counts, so the unsorted figures and Triage's number reconcile on screen. */
	readonly triage?: TriageCounts;
}

/** The week at a glance: headline figures with their trend and the change since last week. */
export function Overview({report, width, height, describeTicket, selected, triage}: OverviewProps) {
	const theme = useTheme();
	const rows = overviewRows(report);
	// Narrow terminals drop the sparkline, then cut the details between words; a label stays whole ("Firefighting
	// (acti…" would hide which share it is), and nothing wraps.
	const markWidth = selected === undefined ? 0 : 2;
	const labelWidth = 22;
	const valueWidth = 6;
	const trendWidth = width >= 80 ? Math.max(report.trendMetrics.length, 5) + 2 : 0;
	// "−17 pts better" is 14 columns: one more keeps a space before the detail.
	const deltaWidth = 15;
	const roomForDetail = Math.max(0, width - markWidth - labelWidth - valueWidth - trendWidth - deltaWidth - 2);
	// Where not even a count and its noun fit ("61 firefighting"), the column goes: the selected figure's
	// detail is shown whole under the table instead, as it is whenever its column had to cut it.
	const detailWidth = selected === undefined || roomForDetail >= minDetailWidth ? roomForDetail : 0;
	const selectedRow = selected === undefined ? undefined : rows[selected];
	const selectedDetail = selectedRow === undefined || textWidth(selectedRow.detail) <= detailWidth ? [] : detailLines(selectedRow, width);
	const reports = report.metrics.delegation.reports;
	const triageLine = triage ? triageText(report, triage, width) : null;
	const extra = (triageLine === null ? 0 : 1) + selectedDetail.length;
	const showReports = reports.length > 0 && height >= rows.length + extra + reports.length + 5;
	const used = rows.length + 1 + extra + (showReports ? reports.length + 2 : 0);
	// The watch list takes what room is left: a heading, a blank line, and at least three items.
	const watchRoom = height - used - 2;
	const watch = describeTicket && watchRoom >= 3 ? watchList(report, describeTicket).slice(0, watchRoom) : [];

	return (
		<Box flexDirection="column" width={width}>
			<Text color={theme.muted}>
				{padEnd(selected === undefined ? '' : footerLine(overviewBindings, markWidth + labelWidth, figuresHint), markWidth + labelWidth)}
				{padStart('week', valueWidth)}
				{'  '}
				{padEnd(`last ${report.trendMetrics.length}`, trendWidth)}
				{padEnd('vs last week', Math.min(deltaWidth + roomForDetail, width - markWidth - labelWidth - valueWidth - 2 - trendWidth))}
			</Text>
			{rows.map((row, index) => (
				<OverviewLine key={row.label} row={row} isSelected={index === selected} widths={{markWidth, labelWidth, valueWidth, trendWidth, deltaWidth, detailWidth}} />
			))}
			{triageLine === null ? null : (
				<Text color={theme.muted} wrap="truncate-end">
					{padEnd(triageLine, width)}
				</Text>
			)}
			{selectedDetail.map((line, index) => (
				<Text key={`detail:${index}`}>{padEnd(line, width)}</Text>
			))}
			{showReports ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{padEnd('Reports', labelWidth)}{padStart('deleg.', 7)}{padStart('open', 6)}{padStart('overdue', 9)}{padStart('stale', 7)}{padStart('strategic', 11)}</Text>
					{reports.map((r) => (
						<Text key={r.name}>
							{padEnd(toTerminalLine(r.name), labelWidth)}
							{padStart(String(r.delegated), 7)}
							{padStart(String(r.open), 6)}
							<Text color={r.overdue > 0 ? theme.bad : undefined}>{padStart(String(r.overdue), 9)}</Text>
							<Text color={r.stale > 0 ? theme.warn : undefined}>{padStart(String(r.stale), 7)}</Text>
							{padStart(percent(r.strategicShare), 11)}
						</Text>
					))}
				</Box>
			) : null}
			{watch.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>Watch list</Text>
					{watch.map((item) => (
						<Text key={item.key} color={item.tone === 'bad' ? theme.bad : theme.warn}>
							{padEnd(`${item.symbol} ${item.text}`, width)}
						</Text>
					))}
				</Box>
			) : null}
		</Box>
	);
}

const figuresHint = {state: 'figures'} as const;

/** The narrowest detail column worth showing: "61 firefighting" is 15 cells. */
const minDetailWidth = 16;

/** The selected figure's detail, whole where it fits in two rows ("› Firefighting (done): 61 firefighting · …"). */
function detailLines(row: OverviewRow, width: number): string[] {
	// The second row is indented under the first's text, past its "› " mark.
	const lines = wrapWords(`› ${row.label}: ${row.detail}`, width, width - 2);
	const rest = lines.length <= 2 ? lines.slice(1) : [truncateWords(lines.slice(1).join(' '), width - 2)];
	return [lines[0]!, ...rest.map((line) => `  ${line}`)];
}

interface WatchItem {
	readonly key: string;
	readonly symbol: string;
	readonly text: string;
	readonly tone: 'bad' | 'warn';
}

/** What deserves a look this week, worst first within each kind: themes, blockers, slips. */
function watchList(report: WeekReport, describe: (ticketId: string) => string): WatchItem[] {
	const {details} = report;
	const previous = shiftWeek(report.week, -1).id;
	const words = weekWords(report.week.id, report.isCurrent);
	const themes = details.themes.slice(0, 3).map((theme) => {
		const flags = themeFlags(theme, report.week.id, previous).map((flag) => themeFlagWords(flag, words));
		return {
			key: `theme:${theme.name}`,
			symbol: '⚑',
			text: `${toTerminalLine(theme.name)} burned in ${theme.weeks} of the last 4 weeks (${theme.count} tickets)${flags.length > 0 ? ` · ${flags.join(' · ')}` : ''}`,
			tone: 'bad' as const,
		};
	});
	const blocked = details.blocked
		.filter((entry) => entry.isBlockedNow)
		.slice(0, 3)
		.map((entry) => ({key: `blocked:${entry.ticketId}`, symbol: '●', text: `${describe(entry.ticketId)} — blocked ${days(entry.days)} (${toTerminalLine(entry.reason)})`, tone: 'warn' as const}));
	const slips = details.slips.slice(0, 3).map((slip) => ({key: `slip:${slip.ticketId}`, symbol: '⏱', text: `${describe(slip.ticketId)} — done ${slip.slipDays} d after its due date`, tone: 'warn' as const}));
	return [...themes, ...blocked, ...slips];
}

interface Widths {
	readonly markWidth: number;
	readonly labelWidth: number;
	readonly valueWidth: number;
	readonly trendWidth: number;
	readonly deltaWidth: number;
	readonly detailWidth: number;
}

function OverviewLine({row, widths, isSelected}: {readonly row: OverviewRow; readonly widths: Widths; readonly isSelected: boolean}) {
	const theme = useTheme();
	const verdictColor = row.verdict > 0 ? theme.good : row.verdict < 0 ? theme.bad : undefined;
	// The change says better/worse in words ("+5 pts better", "= same"); colour only repeats it.
	return (
		<Text wrap="truncate-end">
			{widths.markWidth > 0 ? <Text color={theme.accent}>{isSelected ? '› ' : '  '}</Text> : null}
			<Text bold={isSelected}>{padEnd(row.label, widths.labelWidth)}</Text>
			<Text bold>{padStart(row.value, widths.valueWidth)}</Text>
			{'  '}
			{widths.trendWidth > 0 ? <Text color={theme.accent}>{padEnd(row.trend, widths.trendWidth)}</Text> : null}
			{/* With no change to show and no detail column, the value says what it counts ("28 fires in 4 weeks"), not a bare "28". */}
			{row.delta === '' && widths.detailWidth === 0 && row.unit ? <Text color={theme.muted}>{row.unit}</Text> : <Text color={verdictColor}>{padEnd(row.delta, widths.deltaWidth)}</Text>}
			{widths.detailWidth > 0 ? <Text color={theme.muted}>{padEnd(truncateWords(row.detail, widths.detailWidth), widths.detailWidth)}</Text> : null}
		</Text>
	);
}

/** What Triage counts as left to triage, split as Triage splits it. */
export interface TriageCounts {
	/** Untagged tickets with no category (the figures' "unsorted"). */
	readonly unsorted: number;
	/** Untagged tickets sorted by a guess close to the threshold: counted in the figures, yet worth a look. */
	readonly lowConfidence: number;
}

/**
 * "Triage (2): 57 left = 34 unsorted (not in the shares) + 23 unsure guesses (in the
 * shares)": Triage's number split so it reconciles with the Overview's unsorted counts.
 */
export function triageText(report: WeekReport, triage: TriageCounts, width = Number.POSITIVE_INFINITY): string {
	const left = triage.unsorted + triage.lowConfidence;
	// Narrower, the split without its reading (the figures' definitions, ?, say which counts in the shares), then the total alone:
	// a cut line would end mid-split, with a number missing.
	const forms = [
		`Triage (2): ${left} left = ${triage.unsorted} unsorted (not in the shares) + ${triage.lowConfidence} unsure guesses (in the shares)`,
		`Triage (2): ${left} left = ${triage.unsorted} unsorted + ${triage.lowConfidence} unsure guesses`,
		`Triage (2): ${left} left`,
	];
	return forms.find((form) => textWidth(form) <= width) ?? forms[forms.length - 1]!;
}

/** "PAY-12 Checkout retries…": a ticket as the watch list names it, safe for the terminal. */
export function describeTicket(ticket: {readonly key: string; readonly title: string} | undefined, fallback: string): string {
	return ticket ? `${toTerminalLine(ticket.key)} ${truncate(toTerminalLine(ticket.title), 48)}` : fallback;
}
