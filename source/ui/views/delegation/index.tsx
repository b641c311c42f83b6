import {useMemo} from 'react';
import {listRows, fitScroll} from '../../components/scroll.js';
import {isScrollMove} from '../../components/list-keys.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {delegationLayout} from './delegation-layout.js';
import {delegationRows, emptyTicketsText, rowTickets} from './delegation-rows.js';
import {DelegationTickets, ticketChromeLines} from './delegation-tickets.js';
import {Delegation} from './delegation.js';
import {delegationBindings, useDelegationInput} from './use-delegation-input.js';
import {useDelegationState} from './use-delegation-state.js';

/** The director's row has no roster name; it is keyed apart from every report. */
const directorKey = '\u0000director';

function DelegationView({source, report, width, height, isActive}: ViewProps) {
	const [state, dispatch] = useDelegationState();
	const rows = useMemo(() => delegationRows(report), [report]);
	const drillRow = state.drill ? rows.find((row) => (row.kind === 'director' ? directorKey : row.name) === state.drill?.rowKey) : undefined;
	const tickets = useMemo(() => (drillRow ? rowTickets(drillRow, report, source.review) : []), [drillRow, report, source.review]);
	const layout = delegationLayout(width, height, report.trendMetrics.length, rows.length);
	const tableRows = listRows(rows.length, layout.tableHeight);
	const ticketRows = listRows(tickets.length, height - ticketChromeLines);
	// A week change can shorten the lists under the selection: keep it in range.
	const scroll = fitScroll(state.rows, rows.length, tableRows);
	const selected = rows[scroll.selected];

	useDelegationInput(isActive, (action) => {
		if (isScrollMove(action)) {
			dispatch(state.drill ? {type: 'move', move: action, count: tickets.length, rows: ticketRows} : {type: 'move', move: action, count: rows.length, rows: tableRows});
		} else if (action === 'open') {
			if (selected) dispatch({type: 'open', rowKey: selected.kind === 'director' ? directorKey : selected.name});
		} else {
			dispatch({type: 'back'});
		}
	});

	if (state.drill) {
		const label = drillRow?.label ?? 'This report';
		const title = drillRow?.kind === 'director' ? `Your open tickets · ${tickets.length}` : `${label} · delegated tickets · ${tickets.length}`;
		return (
			<DelegationTickets
				title={title}
				tickets={tickets}
				scroll={fitScroll(state.drill.list, tickets.length, ticketRows)}
				emptyText={drillRow ? emptyTicketsText(drillRow, report) : `${label} is not in the roster for ${report.week.id}`}
				width={width}
				height={height}
			/>
		);
	}

	return <Delegation report={report} rows={rows} scroll={scroll} width={width} height={height} />;
}

export const delegationView: ViewDefinition = {
	id: 'delegation',
	title: 'Delegation',
	component: DelegationView,
	bindings: delegationBindings,
};
