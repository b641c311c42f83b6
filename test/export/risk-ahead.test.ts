import {describe, expect, it} from 'vitest';
import type {PromiseRisk} from '../../source/domain/metrics/v2/types.js';
import {buildLeadership} from '../../source/export/leadership.js';
import {makeSnapshot} from './snapshot-fixture.js';

const risk = (key: string, dueDate: string): PromiseRisk => ({key, report: 'Alex Kim', dueDate, firstDueDate: dueDate, onTimeProbability: 0, keptProbability: 0, atRisk: true});

/**
 * metrics.md "Promise risk": days left = end of the due date − asOf(W). Once a week has ended,
 * asOf is its Sunday's end, so a ticket due that Sunday has no day left: past due, not "still
 * ahead of its date" (it was counted ahead because its date equals the Sunday).
 */
describe('promises at risk in an ended week', () => {
	const base = makeSnapshot();
	const s = {...base, report: {...base.report, version2: {...base.report.version2, promiseRisk: [risk('PAY-20', '2026-11-22'), risk('PAY-21', '2026-11-24'), risk('PAY-22', '2026-11-20')]}}};

	it('counts a ticket due on the ended week’s Sunday as past due, in the page and in the appendix', () => {
		expect(base.report.isCurrent).toBe(false);
		expect(base.week.end).toBe('2026-11-22');
		const md = buildLeadership(s, 'full').content;
		expect(md).toContain('Promises at risk: 3, 1 still ahead of their date, the soonest PAY-21 (due Tue 24 Nov, Alex Kim).');
		expect(md).toContain('Promises at risk: 3 — 1 likely to miss a due date still ahead, 2 already past due: PAY-21');
	});
});
