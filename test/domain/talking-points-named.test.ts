import {describe, expect, it} from 'vitest';
import {reportTalkingPoints, type ReportTalkingPointInput, type TalkingPointRule} from '../../source/domain/talking-points.js';
import {quietReport} from '../support/quiet-report.js';

/**
 * briefing.md "One page each": talking points each name their tickets by key and title, and
 * differ by report where the data differ. A fall in firefighting and a low strategic share
 * were the same sentence for every report with only the figures swapped: they name the
 * group's own work now — the improvement it completed, the fires that took its week.
 */
const textOf = (input: Partial<ReportTalkingPointInput>, rule: TalkingPointRule) => reportTalkingPoints({...quietReport, ...input}).find((point) => point.rule === rule)?.text;

const improvements = [
	{key: 'DATA-12', title: 'Backfill the warehouse partitions'},
	{key: 'DATA-9', title: 'Retire the old cron host', detail: 'Mei Lin'},
	{key: 'DATA-7', title: 'Schema registry'},
];
const fires = [
	{key: 'PAY-31', title: 'Checkout 500s after deploy', detail: 'Grace Mensah'},
	{key: 'PAY-30', title: 'Refund webhook retries'},
];

describe('talking points that name the group’s own tickets', () => {
	it('names the improvement work completed when firefighting fell', () => {
		expect(textOf({firefightingShare: 0.25, previousFirefightingShare: 0.87, tickets: {improvements}}, 'firefighting-fell')).toBe(
			'Firefighting fell to 25% from 87%; their group completed 3 improvement tickets, among them DATA-12 “Backfill the warehouse partitions”, DATA-9 “Retire the old cron host” (Mei Lin) and 1 more: what changed, and how does it stay that way?',
		);
	});

	it('names the fires that took the week when the strategic share is low', () => {
		expect(textOf({strategicShare: 0.1, orgStrategicShare: 0.35, tickets: {fires}}, 'strategic-low')).toBe(
			'Strategic share 10% against 35% across the org, the week going to fires such as PAY-31 “Checkout 500s after deploy” (Grace Mensah) and PAY-30 “Refund webhook retries”: is there improvement work they could lead?',
		);
	});

	it('keeps the bare question when no ticket is known', () => {
		expect(textOf({firefightingShare: 0.3, previousFirefightingShare: 0.5}, 'firefighting-fell')).toBe('Firefighting fell to 30% from 50%: what changed, and how does it stay that way?');
	});
});
