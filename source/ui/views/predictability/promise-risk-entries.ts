import {element} from '../../../domain/metrics/v2/paths.js';
import type {WeekReport} from '../../../domain/week-report.js';
import type {PanelEntry} from '../../components/figure-panel.js';

/** The promise-risk figures for `i`: the org's at-risk tickets, then each report's that has any. */
export function promiseRiskEntries(report: WeekReport): PanelEntry[] {
	const reports = report.version2.effort.reports.map((entry) => entry.name).filter((name) => report.version2.promiseRisk.some((risk) => risk.atRisk && risk.report === name));
	return [{label: 'At risk', path: 'promiseRisk.atRisk'}, ...reports.map((name) => ({label: `At risk · ${name}`, path: element('promiseRisk.atRisk', name)}))];
}
