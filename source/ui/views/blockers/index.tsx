import {figurePanelBinding, type PanelEntry} from '../../components/figure-panel.js';
import {withFigurePanel} from '../../components/with-figure-panel.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {responderEntries} from './responder-rows.js';
import {blockersFigures} from '../../figure-definitions.js';
import {viewTitles} from '../../keymap.js';
import {useMemo} from 'react';
import {weekWords} from '../../../domain/figure-words.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {isScrollMove} from '../../components/list-keys.js';
import {listTableChrome} from '../../components/list-table.js';
import {fitScroll, listRows} from '../../components/scroll.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {blockersChrome, splitLists} from './blockers-layout.js';
import {blockedColumns, blockedRows, blockerHeadline, themeColumns, themeRows, themeTicketColumns, themeTicketRows} from './blockers-rows.js';
import {Blockers} from './blockers.js';
import {blockersBindings} from './blockers-keys.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {useBlockersState} from './use-blockers-state.js';

function BlockersView({source, report, width, height, isActive, setStatus}: ViewProps) {
	const [state, dispatch] = useBlockersState();
	const headline = useMemo(() => blockerHeadline(report), [report]);
	const blocked = useMemo(() => blockedRows(report, source.review, source.review.roster), [report, source.review]);
	const themes = useMemo(() => themeRows(report), [report]);
	const themeTable = useMemo(() => themeColumns(width, themes, weekWords(report.week.id, report.isCurrent)), [width, themes, report]);
	const drillRows = useMemo(() => (state.drill ? themeTicketRows(report, state.drill.theme, source.review) : []), [report, state.drill, source.review]);
	const available = height - blockersChrome;
	const heights = splitLists(blocked.length, themes.length, state.focus, available);
	const rows = {
		blocked: listRows(blocked.length, heights.blocked - listTableChrome),
		themes: listRows(themes.length, heights.themes - listTableChrome),
		drill: listRows(drillRows.length, available - listTableChrome),
	};
	const blockedScroll = fitScroll(state.blocked, blocked.length, rows.blocked);
	const themesScroll = fitScroll(state.themes, themes.length, rows.themes);
	const when = weekWords(report.week.id, report.isCurrent).during;

	useBindings(blockersBindings, (action) => {
		if (isScrollMove(action)) {
			if (state.drill) dispatch({type: 'move', move: action, count: drillRows.length, rows: rows.drill});
			else if (state.focus === 'blocked') dispatch({type: 'move', move: action, count: blocked.length, rows: rows.blocked});
			else dispatch({type: 'move', move: action, count: themes.length, rows: rows.themes});
		} else if (action === 'switchFocus') {
			dispatch({type: 'focus'});
		} else if (action === 'open') {
			const theme = themes[themesScroll.selected];
			if (state.focus === 'blocked' && !state.drill) setStatus("enter lists a theme's tickets: f moves to the themes");
			else if (theme) dispatch({type: 'open', theme: theme.name});
		} else {
			dispatch({type: 'back'});
		}
	}, {isActive});

	const drillTheme = state.drill ? report.details.themes.find((theme) => theme.name === state.drill?.theme) : undefined;
	const drillLabel = themes.find((theme) => theme.name === state.drill?.theme)?.label ?? '';
	return (
		<Blockers
			headline={headline}
			trendLength={report.trendMetrics.length}
			focus={state.focus}
			width={width}
			blocked={{
				title: `Blocked ${when} · ${blocked.length}`,
				columns: blockedColumns(width),
				rows: blocked.map((row) => row.cells),
				scroll: blockedScroll,
				emptyText: `No ticket was blocked ${when}`,
				height: heights.blocked,
			}}
			themes={{
				title: 'Firefighting themes · 4 weeks · 3+ fires in 2+ weeks',
				columns: themeTable,
				rows: themes.map((row) => row.cells),
				scroll: themesScroll,
				emptyText: `No theme recurred in the 4 weeks to ${report.week.id} (3+ fires in 2+ weeks)`,
				height: heights.themes,
			}}
			drill={
				state.drill
					? {
							title: drillTheme ? `${drillLabel} · ${drillTheme.count} fires in ${drillTheme.weeks} weeks` : toTerminalLine(state.drill.theme),
							columns: themeTicketColumns,
							rows: drillRows,
							scroll: fitScroll(state.drill.list, drillRows.length, rows.drill),
							emptyText: drillTheme ? 'None of its tickets is loaded' : `This theme is not recurring in the 4 weeks to ${report.week.id}`,
							height: available,
						}
					: null
			}
		/>
	);
}

/** The view's figures for `i`, each opening to the tickets it counts. */
const blockersEntries = (report: WeekReport): PanelEntry[] => [
	{label: 'Blocked', path: 'blockers.blocked'},
	{label: 'Still blocked', path: 'blockers.blockedNow'},
	{label: 'Median blocked (ended spells)', path: 'blockers.medianBlockedDays'},
	{label: `Median blocked ${weekWords(report.week.id, report.isCurrent).soFar} (open spells)`, path: 'blockers.medianOpenBlockedDays'},
	...report.metrics.themes.map((theme, index) => ({label: `Theme ${theme.name}`, path: `themes[${index}].count`})),
	...responderEntries(report),
];

export const blockersView: ViewDefinition = {
	id: 'blockers',
	title: viewTitles.blockers,
	component: withFigurePanel(BlockersView, blockersEntries),
	bindings: [...blockersBindings, figurePanelBinding],
	figures: blockersFigures,
};
