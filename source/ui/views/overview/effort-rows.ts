import {formatDays, formatPercent, formatPersonDays, pointsChange, verdictOf} from '../../../domain/figure-format.js';
import type {EffortFigures} from '../../../domain/metrics/v2/types.js';
import type {WeekReport} from '../../../domain/week-report.js';
import {sparkline} from '../../../text/sparkline.js';
import {shareDelta} from '../../format.js';
import type {OverviewRow} from './overview-row.js';

/**
 * The Overview's effort rows (metrics.md "Effort"): where the org's person-days went, beside
 * the count-based firefighting share, and the share spent on unplanned work, each with its
 * trend over `trendWeeks` (the week report's effort trend) and its change from the week before.
 */
export function effortRows(report: WeekReport): OverviewRow[] {
	const {org} = report.version2.effort;
	const byCount = report.metrics.allocation.completed.operationalShare;
	const weeks = report.effortTrend.rows.map((row) => row.org);
	const previous = weeks.length >= 2 ? weeks[weeks.length - 2] : undefined;
	// More firefighting and more interrupts are both worse news.
	const trendOf = (share: (figures: EffortFigures) => number | null) => {
		const before = previous === undefined ? null : share(previous);
		return {
			trend: sparkline(weeks.map(share), 'share'),
			delta: shareDelta(share(org), before, 'lowerIsBetter'),
			verdict: verdictOf(pointsChange(share(org), before), 'lowerIsBetter'),
		};
	};
	return [
		{
			label: 'Firefighting effort',
			figure: 'effort.org.operationalShare',
			value: formatPercent(org.operationalShare),
			...trendOf((figures) => figures.operationalShare),
			detail: `by count ${formatPercent(byCount)} · person-days: ${formatDays(org.operational)} firefighting · ${formatDays(org.strategic)} improvement · ${formatDays(org.unclassified)} unsorted`,
		},
		{
			label: 'Interrupt share',
			figure: 'effort.org.interruptShare',
			value: formatPercent(org.interruptShare),
			...trendOf((figures) => figures.interruptShare),
			detail: `${formatDays(org.unplanned)} of ${formatPersonDays(org.personDays)} on unplanned tickets`,
		},
	];
}
