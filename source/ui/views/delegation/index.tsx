import {figurePanelBinding, type PanelEntry} from '../../components/figure-panel.js';
import {effortEntries} from './effort-line.js';
import {withFigurePanel} from '../../components/with-figure-panel.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {delegationFigures} from '../../figure-definitions.js';
import {viewTitles} from '../../keymap.js';
import {useMemo} from 'react';
import type {Note} from '../../../domain/types.js';
import {isScrollMove} from '../../components/list-keys.js';
import {NotePrompt} from '../../components/note-prompt.js';
import {fitScroll, listRows} from '../../components/scroll.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {delegationLayout} from './delegation-layout.js';
import {delegationRows, emptyTicketsText, rowTickets, rowTicketsTitle} from './delegation-rows.js';
import {DelegationTickets, ticketChromeLines} from './delegation-tickets.js';
import {Delegation} from './delegation.js';
import {delegationBindings} from './delegation-keys.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {useDelegationState} from './use-delegation-state.js';

/** The director's row has no roster name; it is keyed apart from every report. */
const directorKey = '\u0000director';

function DelegationView({source, report, width, height, isActive, setStatus, setCapturesInput}: ViewProps) {
	const [state, dispatch] = useDelegationState();
	const rows = useMemo(() => delegationRows(report), [report]);
	const drillRow = state.drill ? rows.find((row) => (row.kind === 'director' ? directorKey : row.name) === state.drill?.rowKey) : undefined;
	const tickets = useMemo(() => (drillRow ? rowTickets(drillRow, report, source.review) : []), [drillRow, report, source.review]);
	const layout = delegationLayout(width, height, report.trendMetrics.length, rows.length);
	const tableRows = listRows(rows.length, layout.tableHeight);
	const ticketRows = listRows(tickets.length, height - ticketChromeLines);
	// A week change can shorten the lists under the selection: keep it in range.
	const scroll = fitScroll(state.rows, rows.length, tableRows);
	const ticketScroll = state.drill ? fitScroll(state.drill.list, tickets.length, ticketRows) : null;
	const selected = rows[scroll.selected];

	/** What a note would be about: the selected ticket when drilled in, else the selected report. */
	const noteTarget = (): {target: Note['target']; about: string} | null => {
		const ticket = ticketScroll ? tickets[ticketScroll.selected] : undefined;
		const reportSlug = selected?.kind === 'report' ? report.details.reports.find((r) => r.name === selected.name)?.slug : undefined;
		if (state.drill && ticket) return {target: {kind: 'ticket', ticketId: ticket.id}, about: ticket.key};
		if (!state.drill && selected && reportSlug) return {target: {kind: 'report', reportSlug}, about: selected.label};
		return null;
	};
	const startNote = () => {
		const chosen = noteTarget();
		if (chosen) dispatch({type: 'note', ...chosen});
		else setStatus('a note is about a report or one of its tickets: select one first');
	};
	// A discussed note flagged for follow-up is carried into the next 1:1 note again (briefing.md).
	const flagFollowUp = () => {
		const chosen = noteTarget();
		if (!chosen) return setStatus('a note is about a report or one of its tickets: select one first');
		const flagged = source.flagFollowUp?.(chosen.target);
		if (!flagged) return setStatus(`no discussed note on ${chosen.about} to follow up`);
		setStatus(flagged.followUpAt ? `note on ${chosen.about} flagged: it carries into the next 1:1 export` : `follow-up on ${chosen.about} cleared`);
	};

	useBindings(delegationBindings, (action) => {
		if (isScrollMove(action)) {
			dispatch(state.drill ? {type: 'move', move: action, count: tickets.length, rows: ticketRows} : {type: 'move', move: action, count: rows.length, rows: tableRows});
		} else if (action === 'open') {
			if (selected) dispatch({type: 'open', rowKey: selected.kind === 'director' ? directorKey : selected.name});
		} else if (action === 'note') {
			startNote();
		} else if (action === 'followUp') {
			flagFollowUp();
		} else {
			dispatch({type: 'back'});
		}
	}, {isActive: isActive && state.note === null});

	const note = state.note;
	const prompt = note ? (
		<NotePrompt
			about={note.about}
			width={width}
			setCapturesInput={setCapturesInput}
			onCancel={() => dispatch({type: 'closeNote'})}
			onSave={(text) => {
				source.addNote(note.target, text);
				setStatus(`note saved on ${note.about}: it goes into the next 1:1 export`);
				dispatch({type: 'closeNote'});
			}}
		/>
	) : null;

	if (state.drill && ticketScroll) {
		const label = drillRow?.label ?? 'This report';
		const title = drillRow?.kind === 'director' ? `Your open tickets · ${tickets.length}` : rowTicketsTitle(label, tickets);
		return (
			<DelegationTickets
				title={title}
				tickets={tickets}
				scroll={ticketScroll}
				emptyText={drillRow ? emptyTicketsText(drillRow, report) : `${label} is not in the roster for ${report.week.id}`}
				width={width}
				height={height}
				prompt={prompt}
			/>
		);
	}

	return <Delegation report={report} rows={rows} scroll={scroll} width={width} height={height} prompt={prompt} />;
}

/** The view's figures for `i`, each opening to the tickets it counts. */
const delegationEntries = (report: WeekReport): PanelEntry[] => [
	{label: 'Delegation rate', path: 'delegation.delegationRate'},
	{label: 'Delegated', path: 'delegation.delegated'},
	{label: 'Done yourself', path: 'delegation.director.completed'},
	{label: 'Your open load', path: 'delegation.director.open'},
	{label: 'Taken back', path: 'delegation.takenBack'},
	...report.metrics.delegation.reports.flatMap((row, index) =>
		(
			[
				['delegated', 'delegated'],
				['open', 'open'],
				['completed', 'done'],
				['overdue', 'overdue'],
				['stale', 'stale'],
				['takenBack', 'taken back'],
				['strategicShare', 'strategic share'],
			] as const
		).map(([field, words]) => ({label: `${row.name} · ${words}`, path: `delegation.reports[${index}].${field}`})),
	),
	{label: 'Org firefighting effort', path: 'effort.org.operationalShare'},
	{label: 'Org interrupt share', path: 'effort.org.interruptShare'},
	...effortEntries(report),
];

export const delegationView: ViewDefinition = {
	id: 'delegation',
	title: viewTitles.delegation,
	component: withFigurePanel(DelegationView, delegationEntries),
	bindings: [...delegationBindings, figurePanelBinding],
	figures: delegationFigures,
};
