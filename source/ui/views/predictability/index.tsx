import {weekWords} from '../../../domain/figure-words.js';
import {figurePanelBinding, type PanelEntry} from '../../components/figure-panel.js';
import {withFigurePanel} from '../../components/with-figure-panel.js';
import {predictabilityFigures} from '../../figure-definitions.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {promiseRiskEntries} from './promise-risk-entries.js';
import {viewTitles} from '../../keymap.js';
import {useMemo} from 'react';
import {isScrollMove} from '../../components/list-keys.js';
import {listTableChrome} from '../../components/list-table.js';
import {fitScroll, listRows} from '../../components/scroll.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {placeSections} from './predictability-layout.js';
import {headlineRows, predictabilitySections, sectionOrder, type SectionId} from './predictability-rows.js';
import {headlineLines, Predictability} from './predictability.js';
import {predictabilityBindings} from './predictability-keys.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {usePredictabilityState} from './use-predictability-state.js';

function PredictabilityView({source, report, width, height, isActive}: ViewProps) {
	const [state, dispatch] = usePredictabilityState();
	const headline = useMemo(() => headlineRows(report), [report]);
	const sections = useMemo(() => predictabilitySections(report, source.review), [report, source.review]);
	const placed = placeSections(
		sectionOrder.map((id) => ({id, rowCount: sections[id].rows.length})),
		state.section,
		// Each section is preceded by a blank line.
		height - headlineLines - 1,
	);
	const rowsOf = (id: SectionId) => listRows(sections[id].rows.length, (placed.find((place) => place.id === id)?.height ?? listTableChrome + 1) - listTableChrome);
	const scroll = Object.fromEntries(sectionOrder.map((id) => [id, fitScroll(state.scroll[id], sections[id].rows.length, rowsOf(id))])) as Record<SectionId, (typeof state.scroll)[SectionId]>;

	useBindings(
		predictabilityBindings,
		(action) => {
			if (isScrollMove(action)) dispatch({type: 'move', move: action, count: sections[state.section].rows.length, rows: rowsOf(state.section)});
			else if (action === 'nextSection') dispatch({type: 'cycle', by: 1});
			else if (action === 'previousSection') dispatch({type: 'cycle', by: -1});
			else dispatch({type: 'show', section: action.slice(5) as SectionId});
		},
		{isActive},
	);

	return <Predictability headline={headline} sections={sections} placed={placed} focused={state.section} scroll={scroll} trendLength={report.trendMetrics.length} width={width} />;
}

/** The view's figures for `i`, each opening to the tickets it counts. */
const predictabilityEntries = (report: WeekReport): PanelEntry[] => [
	{label: 'On-time rate', path: 'predictability.onTimeRate'},
	{label: `Due ${weekWords(report.week.id, report.isCurrent).during}`, path: 'predictability.due'},
	{label: 'On time', path: 'predictability.onTime'},
	{label: 'Late', path: 'predictability.late'},
	{label: 'Pending', path: 'predictability.pending'},
	{label: 'Kept promises', path: 'predictability.keptRate'},
	{label: `First due ${weekWords(report.week.id, report.isCurrent).during}`, path: 'predictability.committed'},
	{label: 'Kept', path: 'predictability.kept'},
	{label: 'Broken', path: 'predictability.broken'},
	{label: 'Postponements', path: 'predictability.postponements'},
	{label: 'Median slip', path: 'predictability.medianSlipDays'},
	...promiseRiskEntries(report),
];

export const predictabilityView: ViewDefinition = {
	id: 'predictability',
	title: viewTitles.predictability,
	component: withFigurePanel(PredictabilityView, predictabilityEntries),
	bindings: [...predictabilityBindings, figurePanelBinding],
	figures: predictabilityFigures,
};
