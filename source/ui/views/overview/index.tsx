import {Box, Text} from 'ink';
import {useMemo, useRef, useState} from 'react';
import {weekWords} from '../../../domain/figure-words.js';
import {FigureTickets, useFigureDrill} from '../../components/figure-tickets.js';
import {overviewFigures} from '../../figure-definitions.js';
import {viewTitles} from '../../keymap.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {overviewBindings} from './overview-keys.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {triageCounts} from '../triage/triage-rows.js';
import {overviewRows} from './overview-rows.js';
import {SinceList} from '../since/since-list.js';
import {useTheme} from '../../theme.js';
import {sinceListLines, sinceLoadingLine, sinceSummaryLines} from './since-rows.js';
import {describeTicket, Overview} from './overview.js';

function OverviewView({source, report, width, height, isActive, setStatus, isLoading = false}: ViewProps) {
	const [selected, setSelected] = useState(0);
	const drill = useFigureDrill();
	const rows = useMemo(() => overviewRows(report), [report]);
	const {review} = source;
	const triage = useMemo(
		() => (review.tags === undefined || review.settings === undefined ? undefined : triageCounts({tickets: report.tickets, classifications: review.classifications, tags: review.tags, threshold: review.settings.threshold})),
		[report, review, source.version],
	);
	const current = Math.min(selected, rows.length - 1);
	const theme = useTheme();
	const [sinceOpen, setSinceOpen] = useState(false);
	const since = useMemo(() => source.sinceLastReview?.(report.week) ?? null, [source, report, source.version]);
	// While the stored first frame stands in for the review, the line is held for it: the rows below do not jump when it arrives.
	const sinceLines = since === null ? (isLoading ? [sinceLoadingLine(width)] : []) : sinceSummaryLines(since, source.timezone, width, height >= 18 ? 2 : 1);

	// A burst ("jj") is several presses: each moves from where the last one left the selection.
	const at = useRef(current);
	at.current = current;
	useBindings(
		overviewBindings,
		(action) => {
			if (action === 'since') {
				if (since === null) setStatus('since last review: still loading');
				else setSinceOpen(true);
			} else if (action === 'down' || action === 'up') {
				at.current = action === 'down' ? Math.min(rows.length - 1, at.current + 1) : Math.max(0, at.current - 1);
				setSelected(at.current);
			} else {
				const row = rows[at.current];
				if (row?.figure) drill.setOpen({path: row.figure, label: row.label});
				else setStatus(`this figure counts no tickets ${weekWords(report.week.id, report.isCurrent).during}`);
			}
		},
		{isActive: isActive && drill.open === null && !sinceOpen},
	);

	if (sinceOpen && since !== null) {
		const reportOrder = source.review.roster.reports.map((r) => r.name);
		return <SinceList lines={sinceListLines(since, reportOrder, source.timezone)} width={width} height={height} isActive={isActive} onBack={() => setSinceOpen(false)} />;
	}

	if (drill.open) return <FigureTickets drill={drill} source={source} report={report} width={width} height={height} isActive={isActive} setStatus={setStatus} />;
	const describe = (ticketId: string) => describeTicket(source.review.ticketsById.get(ticketId), ticketId);
	const overview = <Overview report={report} width={width} height={height - sinceLines.length} describeTicket={describe} selected={current} triage={triage} />;
	if (sinceLines.length === 0) return overview;
	return (
		<Box flexDirection="column">
			{sinceLines.map((line) => (
				<Text key={line} color={since === null || since.previousReview === null ? theme.muted : undefined}>
					{line}
				</Text>
			))}
			{overview}
		</Box>
	);
}

export const overviewView: ViewDefinition = {
	id: 'overview',
	title: viewTitles.overview,
	component: OverviewView,
	bindings: overviewBindings,
	figures: overviewFigures,
};
