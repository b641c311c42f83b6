import {formatDays, formatPercent, formatPersonDays} from '../../../domain/figure-format.js';
import type {WeekReport} from '../../../domain/week-report.js';
import type {OverviewRow} from './overview-row.js';

/**
 * The Overview's effort rows (metrics.md "Effort"): where the org's person-days went, beside
 * the count-based firefighting share, and the share spent on unplanned work. No trend yet:
 * the week report carries one week's effort.
 */
export function effortRows(report: WeekReport): OverviewRow[] {
	const {org} = report.version2.effort;
	const byCount = report.metrics.allocation.completed.operationalShare;
	return [
		{
			label: 'Firefighting effort',
			figure: 'effort.org.operationalShare',
			value: formatPercent(org.operationalShare),
			trend: '',
			delta: '',
			verdict: 0,
			detail: `by count ${formatPercent(byCount)} · person-days: ${formatDays(org.operational)} firefighting · ${formatDays(org.strategic)} improvement · ${formatDays(org.unclassified)} unsorted`,
		},
		{
			label: 'Interrupt share',
			figure: 'effort.org.interruptShare',
			value: formatPercent(org.interruptShare),
			trend: '',
			delta: '',
			verdict: 0,
			detail: `${formatDays(org.unplanned)} of ${formatPersonDays(org.personDays)} on unplanned tickets`,
		},
	];
}
