import {formatPercent, formatPersonDays} from '../../../domain/figure-format.js';
import {element} from '../../../domain/metrics/v2/paths.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import type {PanelEntry} from '../../components/figure-panel.js';
import {sparkline} from '../../../text/sparkline.js';
import type {EffortFigures} from '../../../domain/metrics/v2/types.js';

/**
 * The selected row's effort (metrics.md "Effort"), one line under the table: a report's group,
 * or — on your own row — the whole org. Interrupts sit beside the kept rate they can cost.
 */
export function effortLine(report: WeekReport, row: {readonly kind: 'report' | 'director'; readonly name: string} | undefined): string {
	if (!row) return '';
	if (row.kind === 'director') {
		const {org} = report.version2.effort;
		const line = `Org effort: ${formatPersonDays(org.personDays)} · firefighting ${formatPercent(org.operationalShare)} of sorted days · interrupts ${formatPercent(org.interruptShare)} of days`;
		return line + trendOf(report.effortTrend.rows.map((week) => week.org));
	}
	const effort = report.version2.effort.reports.find((entry) => entry.name === row.name);
	if (!effort) return '';
	const weeks = report.effortTrend.rows.map((week) => week.reports.find((entry) => entry.name === row.name) ?? null);
	return (
		// Interrupts against the kept rate first: the pair that matters survives a narrow terminal.
		// Each figure says what it is a share of: "interrupts 49% vs kept 50% (was 57%)" left the reader to guess.
		`${toTerminalLine(row.name)}: interrupts ${formatPercent(effort.interruptShare)} of days · kept promises ${formatPercent(effort.keptRate)} (week before ${formatPercent(effort.previousKeptRate)}) · ` +
		`${formatPersonDays(effort.personDays)} · firefighting ${formatPercent(effort.operationalShare)} of sorted days` +
		trendOf(weeks)
	);
}

/** The firefighting-effort and interrupt shares over `trendWeeks`, oldest first; nothing with a single week. */
function trendOf(weeks: ReadonlyArray<EffortFigures | null>): string {
	if (weeks.length < 2) return '';
	const series = (share: (figures: EffortFigures) => number | null) => sparkline(weeks.map((week) => (week === null ? null : share(week))), 'share');
	return ` · ${String(weeks.length)} weeks: firefighting ${series((week) => week.operationalShare)} interrupts ${series((week) => week.interruptShare)}`;
}

/** Each report's effort figures for `i`. */
export function effortEntries(report: WeekReport): PanelEntry[] {
	return report.version2.effort.reports.flatMap((entry) => {
		const path = element('effort.reports', entry.name);
		return [
			{label: `${entry.name} · person-days`, path: `${path}.personDays`},
			{label: `${entry.name} · firefighting effort`, path: `${path}.operationalShare`},
			{label: `${entry.name} · interrupt share`, path: `${path}.interruptShare`},
			{label: `${entry.name} · kept rate`, path: `${path}.keptRate`},
		];
	});
}
