import {describe, expect, it} from 'vitest';
import {computeWeekDetails, computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {figureAt} from '../../support/reference-metrics.js';
import {at, makeTicket} from '../../support/ticket-builder.js';
import {afterWeek47, metricInput} from './fixture.js';

const done = (iso: string, dueDate: string, id: string) => makeTicket({id, dueDate, status: 'Done', statusCategory: 'completed', startedAt: at('2026-11-10T09:00:00+01:00'), completedAt: at(iso)});

describe('every figure with the tickets it counts, and why', () => {
	const tickets = [
		done('2026-11-19T15:00:00+01:00', '2026-11-17', 'late'),
		done('2026-11-16T10:00:00+01:00', '2026-11-18', 'early'),
		makeTicket({id: 'open-late', dueDate: '2026-11-18'}),
		makeTicket({id: 'pending', dueDate: '2026-11-22'}),
	];
	const input = metricInput(tickets, {now: at('2026-11-20T12:00:00+01:00')});
	const details = computeWeekDetails(input);
	const metrics = computeWeekMetrics(input);

	it('says why a ticket counts: due Tue 17 Nov, completed Thu 19 Nov: late by 2 d', () => {
		const late = figureAt(details.figures, 'predictability.late');
		expect(late?.value).toBe(metrics.predictability.late);
		expect(late?.tickets).toEqual([
			{ticketId: 'late', why: 'due Tue 17 Nov, completed Thu 19 Nov: late by 2 d'},
			{ticketId: 'open-late', why: 'due Wed 18 Nov, not completed by Fri 20 Nov: late, still open'},
		]);
		expect(figureAt(details.figures, 'predictability.onTime')?.tickets).toEqual([{ticketId: 'early', why: 'due Wed 18 Nov, completed Mon 16 Nov: on time'}]);
		expect(figureAt(details.figures, 'predictability.pending')?.tickets.map((t) => t.ticketId)).toEqual(['pending']);
	});

	it('gives a rate the tickets it is over and a median only the completed late ones', () => {
		expect(figureAt(details.figures, 'predictability.onTimeRate')?.tickets.map((t) => t.ticketId).sort()).toEqual(['early', 'late', 'open-late']);
		expect(figureAt(details.figures, 'predictability.medianSlipDays')?.tickets.map((t) => t.ticketId)).toEqual(['late']);
	});

	it('holds the same value as the metrics for every figure it lists', () => {
		const paths = details.figures.map((figure) => figure.path);
		for (const path of ['allocation.completed.operational', 'allocation.inProgress.unclassified', 'delegation.director.open', 'blockers.blocked', 'blockers.medianOpenBlockedDays']) {
			expect(paths).toContain(path);
		}
		const read = (path: string) => path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], metrics);
		for (const figure of details.figures) {
			if (!figure.path.includes('[')) expect(figure.value, figure.path).toBe(read(figure.path));
		}
	});

	it('counts in progress only what is still open at the end of the week, not its completions', () => {
		const finished = computeWeekMetrics(metricInput(tickets, {now: afterWeek47})).allocation;
		expect(finished.active.unclassified).toBe(2);
		expect(finished.inProgress.unclassified).toBe(0);
	});
});
