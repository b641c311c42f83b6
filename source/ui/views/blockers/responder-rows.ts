import {formatDays, formatPercent} from '../../../domain/figure-format.js';
import {element} from '../../../domain/metrics/v2/paths.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import type {PanelEntry} from '../../components/figure-panel.js';
import type {HeadlineRow} from '../../components/headline.js';

/** The theme's single responder flag ("single responder: Sam Lee 80%"), or none (metrics.md "Single responder"). */
export function responderFlags(report: WeekReport, themeName: string): string[] {
	const theme = report.version2.themes.find((candidate) => candidate.name === themeName);
	if (!theme?.singleResponder || theme.topResponder === null) return [];
	return [`single responder: ${toTerminalLine(theme.topResponder)} ${formatPercent(theme.topResponderShare)}`];
}

/** Unowned fires: open firefighting tickets nobody (or only you) holds, the oldest's age beside the count; short enough to stay whole at 80 columns. */
export function unownedFiresRow(report: WeekReport): HeadlineRow {
	const fires = report.version2.unownedFires;
	const oldest = fires[0];
	return {
		label: 'Unowned fires',
		value: String(fires.length),
		trend: '',
		detail: oldest === undefined ? 'every open fire has an owner' : `oldest ${toTerminalLine(oldest.key)}, ${formatDays(oldest.ageDays)}; no owner but you`,
	};
}

/** The version 2 figures of the view for `i`: unowned fires and each recurring theme's top responder. */
export function responderEntries(report: WeekReport): PanelEntry[] {
	return [
		{label: 'Unowned fires', path: 'unownedFires'},
		...report.version2.themes.filter((theme) => theme.topResponder !== null).map((theme) => ({label: `Top responder ${theme.name}`, path: `${element('themes', theme.name)}.topResponder`})),
	];
}
