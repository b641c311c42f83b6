import {useInput} from 'ink';
import {useMemo, useState} from 'react';
import {figureTicketBindings, FigureTickets, useFigureDrill} from '../../components/figure-tickets.js';
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
			for (const action of matchBindings(overviewBindings, {input, ...key})) {
				if (action === 'down') setSelected(Math.min(rows.length - 1, current + 1));
				else if (action === 'up') setSelected(Math.max(0, current - 1));
				else {
					const row = rows[current];
					if (row?.figure) drill.setOpen({path: row.figure, title: `${row.label} ${row.value}`});
					else setStatus('this figure counts no tickets this week');
				}
			}
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
	bindings: [...overviewBindings, ...figureTicketBindings.filter((binding) => binding.action !== 'down' && binding.action !== 'up')],
	figures: overviewFigures,
};
