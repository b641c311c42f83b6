import {describe, expect, it} from 'vitest';
import {computeWeekDetails, computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import {at, dueDateChange, makeTicket} from '../../support/ticket-builder.js';
import {metricInput} from './fixture.js';

function predictability(...args: Parameters<typeof metricInput>) {
	return computeWeekMetrics(metricInput(...args)).predictability;
}

describe('due tickets (current due date in W)', () => {
	it('counts completion late on the due date itself as on time', () => {
		const ticket = makeTicket({dueDate: '2026-11-18', completedAt: at('2026-11-18T23:59:00+01:00')});
		expect(predictability([ticket])).toMatchObject({due: 1, onTime: 1, late: 0, onTimeRate: 1});
	});

	it('counts completion just after local midnight as a day late with its slip', () => {
		const ticket = makeTicket({dueDate: '2026-11-18', completedAt: at('2026-11-19T00:30:00+01:00')});
		expect(predictability([ticket])).toMatchObject({due: 1, onTime: 0, late: 1, onTimeRate: 0, medianSlipDays: 1});
	});

	it('judges by the local date when UTC still says the previous day (Asia/Tokyo)', () => {
		const tokyoWeek = parseWeekArgument('2026-W47', 0, 'Asia/Tokyo');
		// 02:00 on the 19th in Tokyo is 17:00 on the 18th in UTC.
		const ticket = makeTicket({dueDate: '2026-11-18', completedAt: at('2026-11-19T02:00:00+09:00')});
		expect(predictability([ticket], {week: tokyoWeek})).toMatchObject({onTime: 0, late: 1, medianSlipDays: 1});
	});

	it('counts a completion after W as late, because completion at any time counts', () => {
		const ticket = makeTicket({dueDate: '2026-11-20', completedAt: at('2026-11-24T10:00:00+01:00')});
		expect(predictability([ticket])).toMatchObject({due: 1, late: 1, medianSlipDays: 4});
	});

	it('ignores tickets whose current due date lies outside W', () => {
		const ticket = makeTicket({dueDate: '2026-11-23'});
		expect(predictability([ticket])).toMatchObject({due: 0, onTimeRate: null});
	});

	it('excludes canceled tickets from due', () => {
		const ticket = makeTicket({dueDate: '2026-11-18', canceledAt: at('2026-11-17T10:00:00+01:00')});
		expect(predictability([ticket])).toMatchObject({due: 0, late: 0, pending: 0, committed: 0});
	});

	it('takes the median of an even count of slips as the mean of the middle two', () => {
		const tickets = [
			makeTicket({dueDate: '2026-11-16', completedAt: at('2026-11-17T10:00:00+01:00')}),
			makeTicket({dueDate: '2026-11-16', completedAt: at('2026-11-19T10:00:00+01:00')}),
			makeTicket({dueDate: '2026-11-16', completedAt: at('2026-11-20T10:00:00+01:00')}),
			makeTicket({dueDate: '2026-11-17', completedAt: at('2026-11-27T10:00:00+01:00')}),
		];
		// Slips 1, 3, 4 and 10 days.
		expect(predictability(tickets).medianSlipDays).toBe(3.5);
	});
});

describe('asOf for the current week', () => {
	// Wednesday of W at 10:00: Tuesday is past, Wednesday and Friday are not.
	const now = at('2026-11-18T10:00:00+01:00');
	const dueTuesday = makeTicket({dueDate: '2026-11-17'});
	const dueToday = makeTicket({dueDate: '2026-11-18'});
	const dueFriday = makeTicket({dueDate: '2026-11-20'});

	it('counts an open ticket past its due date as late and the rest as pending', () => {
		expect(predictability([dueTuesday, dueToday, dueFriday], {now})).toMatchObject({due: 3, onTime: 0, late: 1, pending: 2, onTimeRate: 0});
	});

	it('counts every open ticket due in a finished week as late up to its Sunday', () => {
		const dueSunday = makeTicket({dueDate: '2026-11-22'});
		expect(predictability([dueTuesday, dueFriday, dueSunday])).toMatchObject({late: 2, pending: 1});
	});
});

describe('committed tickets (first due date in W)', () => {
	it('keeps a promise completed on or before the first due date', () => {
		const ticket = makeTicket({dueDate: '2026-11-19', completedAt: at('2026-11-19T17:00:00+01:00')});
		expect(predictability([ticket])).toMatchObject({committed: 1, kept: 1, broken: 0, keptRate: 1});
	});

	it('breaks a postponed promise whose first due date is in W and counts the postponement', () => {
		const ticket = makeTicket({
			id: 'postponed',
			dueDate: '2026-11-25',
			history: [dueDateChange('2026-11-02T09:00:00+01:00', null, '2026-11-18'), dueDateChange('2026-11-17T15:00:00+01:00', '2026-11-18', '2026-11-25')],
		});
		const input = metricInput([ticket]);
		expect(computeWeekMetrics(input).predictability).toMatchObject({due: 0, committed: 1, kept: 0, broken: 1, keptRate: 0, postponements: 1});
		const details = computeWeekDetails(input);
		expect(details.brokenPromises).toEqual([{ticketId: 'postponed', firstDueDate: '2026-11-18', currentDueDate: '2026-11-25'}]);
		expect(details.postponements).toEqual([{ticketId: 'postponed', at: at('2026-11-17T15:00:00+01:00'), from: '2026-11-18', to: '2026-11-25'}]);
	});

	it('takes the value before the first change as the first due date', () => {
		const ticket = makeTicket({dueDate: '2026-11-30', history: [dueDateChange('2026-11-10T09:00:00+01:00', '2026-11-20', '2026-11-30')]});
		expect(predictability([ticket])).toMatchObject({committed: 1, broken: 1, postponements: 0});
	});

	it('breaks a promise met only against its postponed due date', () => {
		const ticket = makeTicket({
			dueDate: '2026-11-24',
			completedAt: at('2026-11-24T10:00:00+01:00'),
			history: [dueDateChange('2026-11-16T09:00:00+01:00', '2026-11-20', '2026-11-24')],
		});
		expect(predictability([ticket])).toMatchObject({committed: 1, kept: 0, broken: 1, due: 0, postponements: 1});
	});

	it('leaves an open promise not yet due as neither kept nor broken', () => {
		const ticket = makeTicket({dueDate: '2026-11-20'});
		expect(predictability([ticket], {now: at('2026-11-18T10:00:00+01:00')})).toMatchObject({committed: 1, kept: 0, broken: 0, keptRate: null});
	});

	it('excludes canceled tickets from committed', () => {
		const ticket = makeTicket({dueDate: '2026-11-18', canceledAt: at('2026-11-25T10:00:00+01:00')});
		expect(predictability([ticket])).toMatchObject({committed: 0, broken: 0});
	});
});

describe('postponements', () => {
	it('counts only changes during W that move an existing due date later', () => {
		const ticket = makeTicket({
			dueDate: '2026-12-04',
			history: [
				dueDateChange('2026-11-13T09:00:00+01:00', '2026-11-20', '2026-11-27'),
				dueDateChange('2026-11-16T09:00:00+01:00', '2026-11-27', '2026-11-26'),
				dueDateChange('2026-11-17T09:00:00+01:00', '2026-11-26', null),
				dueDateChange('2026-11-18T09:00:00+01:00', null, '2026-11-30'),
				dueDateChange('2026-11-19T09:00:00+01:00', '2026-11-30', '2026-12-04'),
			],
		});
		expect(predictability([ticket]).postponements).toBe(1);
	});

	it('ignores changes after asOf in the current week', () => {
		const ticket = makeTicket({dueDate: '2026-11-27', history: [dueDateChange('2026-11-19T09:00:00+01:00', '2026-11-20', '2026-11-27')]});
		expect(predictability([ticket], {now: at('2026-11-18T10:00:00+01:00')}).postponements).toBe(0);
	});
});

describe('details', () => {
	it('lists the slips worst first and predictability per team, teams by name, no team last', () => {
		const small = makeTicket({id: 'small', team: 'WEB', dueDate: '2026-11-16', completedAt: at('2026-11-17T10:00:00+01:00')});
		const big = makeTicket({id: 'big', team: 'API', dueDate: '2026-11-16', completedAt: at('2026-11-21T10:00:00+01:00')});
		const onTime = makeTicket({id: 'on-time', dueDate: '2026-11-18', completedAt: at('2026-11-18T10:00:00+01:00')});
		const elsewhere = makeTicket({id: 'elsewhere', team: 'OPS', dueDate: '2026-12-18'});
		const details = computeWeekDetails(metricInput([small, big, onTime, elsewhere]));
		expect(details.slips).toEqual([
			{ticketId: 'big', slipDays: 5, dueDate: '2026-11-16', completedDate: '2026-11-21'},
			{ticketId: 'small', slipDays: 1, dueDate: '2026-11-16', completedDate: '2026-11-17'},
		]);
		expect(details.teams.map((row) => [row.team, row.due, row.late, row.onTime])).toEqual([
			['API', 1, 1, 0],
			['WEB', 1, 1, 0],
			['—', 1, 0, 1],
		]);
	});
});
