import type {WeekReport} from '../../../domain/week-report.js';
import {countChange, daysOf, formatChange, pointsChange, verdictOf, type Direction} from '../../../domain/figure-format.js';
import {countDelta, days, percent, shareDelta} from '../../format.js';
import {keptDetail, medianSlipDetail, onTimeDetail} from '../predictability/predictability-rows.js';
import {weekWords} from '../../../domain/figure-words.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {sparkline} from '../../../text/sparkline.js';
import {effortRows} from './effort-rows.js';
import type {OverviewRow} from './overview-row.js';

export type {Direction} from '../../../domain/figure-format.js';

export type {OverviewRow} from './overview-row.js';

/** The Overview's headline figures, as plain data (rendered by Ink and by the plain-text mode alike). */
export function overviewRows(report: WeekReport): OverviewRow[] {
	const {metrics, trendMetrics} = report;
	const previous = trendMetrics.length >= 2 ? trendMetrics[trendMetrics.length - 2] : undefined;
	const {completed, active} = metrics.allocation;
	const p = metrics.predictability;
	const d = metrics.delegation;
	const b = metrics.blockers;
	const words = weekWords(report.week.id, report.isCurrent);

	const shareRow = (label: string, figure: string, value: number | null, before: number | null | undefined, series: Array<number | null>, direction: Direction, detail: string): OverviewRow => ({
		label,
		figure,
		value: percent(value),
		trend: sparkline(series, 'share'),
		delta: shareDelta(value, before ?? null, direction),
		verdict: verdictOf(pointsChange(value, before ?? null), direction),
		detail,
	});
	const countRow = (label: string, figure: string, value: number, before: number | undefined, series: number[], direction: Direction, detail: string): OverviewRow => ({
		label,
		figure,
		value: String(value),
		trend: sparkline(series, 'count'),
		delta: countDelta(value, before ?? null, direction),
		verdict: verdictOf(countChange(value, before ?? null), direction),
		detail,
	});

	const topTheme = metrics.themes[0];
	const completedLate = report.details.slips.length;
	const slipChange = daysChange(p.medianSlipDays, previous?.predictability.medianSlipDays ?? null);
	return [
		shareRow(
			'Firefighting (done)',
			'allocation.completed.operationalShare',
			completed.operationalShare,
			previous?.allocation.completed.operationalShare,
			trendMetrics.map((m) => m.allocation.completed.operationalShare),
			'lowerIsBetter',
			`${completed.operational} firefighting · ${completed.strategic} improvement · ${completed.unclassified} unsorted`,
		),
		shareRow(
			'Firefighting (active)',
			'allocation.active.operationalShare',
			active.operationalShare,
			previous?.allocation.active.operationalShare,
			trendMetrics.map((m) => m.allocation.active.operationalShare),
			'lowerIsBetter',
			`${active.operational} firefighting · ${active.strategic} improvement · ${active.unclassified} unsorted`,
		),
		shareRow('On-time rate', 'predictability.onTimeRate', p.onTimeRate, previous?.predictability.onTimeRate, trendMetrics.map((m) => m.predictability.onTimeRate), 'higherIsBetter', onTimeDetail(p)),
		shareRow('Kept promises', 'predictability.keptRate', p.keptRate, previous?.predictability.keptRate, trendMetrics.map((m) => m.predictability.keptRate), 'higherIsBetter', keptDetail(p)),
		{
			label: 'Median slip',
			figure: 'predictability.medianSlipDays',
			value: days(p.medianSlipDays),
			trend: sparkline(trendMetrics.map((m) => m.predictability.medianSlipDays), 'count'),
			delta: formatChange(slipChange, 'lowerIsBetter', ' d'),
			verdict: verdictOf(slipChange, 'lowerIsBetter'),
			// The median is over late tickets already completed; open late ones have no slip yet.
			detail: medianSlipDetail(p.late, completedLate),
		},
		shareRow('Delegation rate', 'delegation.delegationRate', d.delegationRate, previous?.delegation.delegationRate, trendMetrics.map((m) => m.delegation.delegationRate), 'higherIsBetter', `${d.delegated} delegated · ${d.takenBack} taken back · ${d.director.completed} done yourself`),
		countRow('Your open load', 'delegation.director.open', d.director.open, previous?.delegation.director.open, trendMetrics.map((m) => m.delegation.director.open), 'lowerIsBetter', 'open tickets assigned to you'),
		// After the version 1 rows, so their positions (and the keys that reach them) stay.
		...effortRows(report),
		countRow('Blocked', 'blockers.blocked', b.blocked, previous?.blockers.blocked, trendMetrics.map((m) => m.blockers.blocked), 'lowerIsBetter', `${b.blockedNow} still blocked (median ${days(b.medianOpenBlockedDays)} ${words.soFar}) · ended spells median ${days(b.medianBlockedDays)}`),
		{
			label: 'Top recurring theme',
			figure: topTheme ? 'themes[0].count' : null,
			value: topTheme ? String(topTheme.count) : '–',
			trend: '',
			delta: '',
			verdict: topTheme ? -1 : 0,
			...(topTheme ? {unit: `fires in ${topTheme.weeks} weeks`} : {}),
			detail: topTheme ? `${toTerminalLine(topTheme.name)} · ${topTheme.count} fires in ${topTheme.weeks} weeks${metrics.themes.length > 1 ? ` (+${metrics.themes.length - 1} more)` : ''}` : 'no recurring firefighting theme',
		},
	];
}

/** The change in the median slip, at the tenths of a day shown. */
function daysChange(current: number | null, previous: number | null): number | null {
	const now = daysOf(current);
	const before = daysOf(previous);
	return now === null || before === null ? null : Math.round((now - before) * 10) / 10;
}
