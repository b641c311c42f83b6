import {useInput} from 'ink';
import {useMemo, useState} from 'react';
import {FigureTickets, useFigureDrill} from '../../components/figure-tickets.js';
import {overviewFigures} from '../../figure-definitions.js';
import {matchBindings, viewTitles, type Binding} from '../../keymap.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {triageCounts} from '../triage/triage-rows.js';
import {overviewRows} from './overview-rows.js';
import {describeTicket, Overview} from './overview.js';

type OverviewAction = 'down' | 'up' | 'open';

const overviewBindings: ReadonlyArray<Binding<OverviewAction>> = [
	{keys: ['j', 'down'], action: 'down', help: 'next figure'},
	{keys: ['k', 'up'], action: 'up', help: 'previous figure'},
	{keys: ['enter'], action: 'open', help: 'the tickets the figure counts, and why'},
];

function OverviewView({source, report, width, height, isActive, setStatus}: ViewProps) {
	const [selected, setSelected] = useState(0);
	const drill = useFigureDrill();
	const rows = useMemo(() => overviewRows(report), [report]);
	const {review} = source;
	const triage = useMemo(
		() => (review.tags === undefined || review.settings === undefined ? undefined : triageCounts({tickets: report.tickets, classifications: review.classifications, tags: review.tags, threshold: review.settings.threshold})),
		[report, review, source.version],
	);
	const current = Math.min(selected, rows.length - 1);

	useInput(
		(input, key) => {
			// A burst ("jj") is several presses: each moves from where the last one left the selection.
			let at = current;
			for (const action of matchBindings(overviewBindings, {input, ...key})) {
				if (action === 'down') at = Math.min(rows.length - 1, at + 1);
				else if (action === 'up') at = Math.max(0, at - 1);
				else {
					const row = rows[at];
					if (row?.figure) drill.setOpen({path: row.figure, title: `${row.label} ${row.value}`});
					else setStatus('this figure counts no tickets this week');
				}
			}
			setSelected(at);
		},
		{isActive: isActive && drill.open === null},
	);

	if (drill.open) return <FigureTickets drill={drill} source={source} report={report} width={width} height={height} isActive={isActive} setStatus={setStatus} />;
	const describe = (ticketId: string) => describeTicket(source.review.ticketsById.get(ticketId), ticketId);
	return <Overview report={report} width={width} height={height} describeTicket={describe} selected={current} triage={triage} />;
}

export const overviewView: ViewDefinition = {
	id: 'overview',
	title: viewTitles.overview,
	component: OverviewView,
	// The list's own keys (figureTicketBindings) in one line: they work once a figure is open.
	bindings: [...overviewBindings, {keys: [], action: 'list', label: 'o s x · b · esc', help: 'in the list: tag · open in the browser · back'}],
	figures: overviewFigures,
};
