import {describe, expect, it} from 'vitest';
import {computeWeekDetails, computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {assigneeChange, at, makeTicket} from '../../support/ticket-builder.js';
import {classify, metricInput} from './fixture.js';

const dana = 'u-dana';
const alex = 'u-alex';
const sam = 'u-sam';
const bo = 'u-bo';
const eve = 'u-eve';

function delegation(...args: Parameters<typeof metricInput>) {
	return computeWeekMetrics(metricInput(...args)).delegation;
}

function report(name: string, ...args: Parameters<typeof metricInput>) {
	const found = delegation(...args).reports.find((row) => row.name === name);
	if (!found) throw new Error(`no report ${name}`);
	return found;
}

describe('delegation events in W', () => {
	it('counts a hand-over from the director to a report', () => {
		const ticket = makeTicket({assigneeId: alex, history: [assigneeChange('2026-11-17T10:00:00+01:00', dana, alex)]});
		expect(delegation([ticket])).toMatchObject({delegated: 1, delegationRate: 1});
		expect(report('Alex Kim', [ticket]).delegated).toBe(1);
		expect(report('Bo Chen', [ticket]).delegated).toBe(0);
	});

	it('counts a hand-over to a team member for the report who leads them', () => {
		const ticket = makeTicket({assigneeId: sam, history: [assigneeChange('2026-11-17T10:00:00+01:00', dana, sam)]});
		expect(report('Alex Kim', [ticket]).delegated).toBe(1);
	});

	it('counts an assignment from nobody on a ticket the director created', () => {
		const ticket = makeTicket({creatorId: dana, assigneeId: bo, history: [assigneeChange('2026-11-18T10:00:00+01:00', null, bo)]});
		expect(report('Bo Chen', [ticket]).delegated).toBe(1);
	});

	it('does not count an assignment from nobody on someone else\'s ticket', () => {
		const ticket = makeTicket({creatorId: eve, assigneeId: bo, history: [assigneeChange('2026-11-18T10:00:00+01:00', null, bo)]});
		expect(delegation([ticket]).delegated).toBe(0);
	});

	it('counts a ticket the director created during W already assigned to a report', () => {
		const ticket = makeTicket({creatorId: dana, createdAt: at('2026-11-19T10:00:00+01:00'), assigneeId: sam});
		expect(report('Alex Kim', [ticket]).delegated).toBe(1);
	});

	it('does not count a ticket the director created before W already assigned', () => {
		const ticket = makeTicket({creatorId: dana, createdAt: at('2026-11-12T10:00:00+01:00'), assigneeId: sam});
		expect(delegation([ticket]).delegated).toBe(0);
		expect(report('Alex Kim', [ticket]).open).toBe(1);
	});

	it('does not count hand-overs between reports or from outsiders', () => {
		const ticket = makeTicket({assigneeId: bo, history: [assigneeChange('2026-11-17T10:00:00+01:00', eve, alex), assigneeChange('2026-11-18T10:00:00+01:00', alex, bo)]});
		expect(delegation([ticket]).delegated).toBe(0);
	});

	it('counts a ticket once however often it was handed over', () => {
		const ticket = makeTicket({
			assigneeId: alex,
			history: [
				assigneeChange('2026-11-17T10:00:00+01:00', dana, alex),
				assigneeChange('2026-11-18T10:00:00+01:00', alex, dana),
				assigneeChange('2026-11-19T10:00:00+01:00', dana, alex),
			],
		});
		expect(delegation([ticket]).delegated).toBe(1);
		expect(report('Alex Kim', [ticket]).delegated).toBe(1);
	});

	it('ignores hand-overs after asOf in the current week', () => {
		const ticket = makeTicket({assigneeId: alex, history: [assigneeChange('2026-11-19T10:00:00+01:00', dana, alex)]});
		expect(delegation([ticket], {now: at('2026-11-18T10:00:00+01:00')}).delegated).toBe(0);
		expect(report('Alex Kim', [ticket], {now: at('2026-11-18T10:00:00+01:00')}).open).toBe(0);
	});
});

describe('take-backs', () => {
	it('counts an assignee change during W from a group back to the director', () => {
		const ticket = makeTicket({
			id: 'taken',
			assigneeId: dana,
			history: [assigneeChange('2026-11-02T10:00:00+01:00', dana, sam), assigneeChange('2026-11-20T10:00:00+01:00', sam, dana)],
		});
		const input = metricInput([ticket]);
		expect(computeWeekMetrics(input).delegation.takenBack).toBe(1);
		expect(report('Alex Kim', [ticket]).takenBack).toBe(1);
		expect(computeWeekDetails(input).reports[0]?.takenBackIds).toEqual(['taken']);
	});

	it('does not count a change to the director from someone in no group', () => {
		const ticket = makeTicket({assigneeId: dana, history: [assigneeChange('2026-11-20T10:00:00+01:00', eve, dana)]});
		expect(delegation([ticket]).takenBack).toBe(0);
	});
});

describe('delegated tickets as of asOf(W)', () => {
	const delegatedEarlier = assigneeChange('2026-11-02T10:00:00+01:00', dana, alex);

	it('counts an open delegated ticket, delegated before W, for the group holding it', () => {
		const ticket = makeTicket({assigneeId: alex, updatedAt: at('2026-11-20T10:00:00+01:00'), history: [delegatedEarlier]});
		expect(report('Alex Kim', [ticket])).toMatchObject({delegated: 0, open: 1, overdue: 0, stale: 0, completed: 0});
	});

	it('follows the assignee as of asOf, not the current one', () => {
		const ticket = makeTicket({assigneeId: bo, history: [delegatedEarlier, assigneeChange('2026-11-25T10:00:00+01:00', alex, bo)]});
		expect(report('Alex Kim', [ticket]).open).toBe(1);
		expect(report('Bo Chen', [ticket]).open).toBe(0);
	});

	it('counts an open delegated ticket past its due date as overdue', () => {
		const ticket = makeTicket({assigneeId: alex, dueDate: '2026-11-21', history: [delegatedEarlier]});
		expect(report('Alex Kim', [ticket]).overdue).toBe(1);
	});

	it('does not count a ticket due on the date of asOf as overdue', () => {
		const ticket = makeTicket({assigneeId: alex, dueDate: '2026-11-22', history: [delegatedEarlier]});
		expect(report('Alex Kim', [ticket]).overdue).toBe(0);
	});

	it('counts a ticket not changed for staleDays × 24 h as stale, and not a day sooner', () => {
		// asOf(W) is Monday 23 November 00:00 local.
		const stale = makeTicket({assigneeId: alex, updatedAt: at('2026-11-09T00:00:00+01:00'), history: [delegatedEarlier]});
		const fresh = makeTicket({assigneeId: alex, updatedAt: at('2026-11-09T00:00:01+01:00'), history: [delegatedEarlier]});
		expect(report('Alex Kim', [stale, fresh])).toMatchObject({open: 2, stale: 1});
	});

	it('counts changes after asOf as no change at all for staleness', () => {
		const ticket = makeTicket({assigneeId: alex, updatedAt: at('2026-11-30T10:00:00+01:00'), history: [delegatedEarlier]});
		expect(report('Alex Kim', [ticket]).stale).toBe(1);
	});

	it('counts a delegated ticket completed in W as completed, not open', () => {
		const ticket = makeTicket({assigneeId: alex, completedAt: at('2026-11-19T10:00:00+01:00'), history: [delegatedEarlier]});
		expect(report('Alex Kim', [ticket])).toMatchObject({open: 0, completed: 1});
	});

	it('does not count tickets a report picked up without the director', () => {
		const ticket = makeTicket({assigneeId: alex, history: [assigneeChange('2026-11-02T10:00:00+01:00', null, alex)]});
		expect(report('Alex Kim', [ticket])).toMatchObject({open: 0});
	});
});

describe('strategic share and the director', () => {
	it('computes a group\'s strategic share from the assignee at completion', () => {
		const strategic = makeTicket({assigneeId: eve, completedAt: at('2026-11-18T10:00:00+01:00'), history: [assigneeChange('2026-11-19T10:00:00+01:00', sam, eve)]});
		const operational = makeTicket({assigneeId: alex, completedAt: at('2026-11-18T10:00:00+01:00')});
		const classifications = classify([[strategic, 'strategic'], [operational, 'operational']]);
		expect(report('Alex Kim', [strategic, operational], {classifications}).strategicShare).toBe(0.5);
		expect(report('Bo Chen', [strategic, operational], {classifications}).strategicShare).toBeNull();
	});

	it('counts the director\'s open load as of asOf and completions while assigned to the director', () => {
		const open = makeTicket({id: 'open', assigneeId: dana});
		const createdLater = makeTicket({assigneeId: dana, createdAt: at('2026-11-24T10:00:00+01:00')});
		const done = makeTicket({assigneeId: alex, completedAt: at('2026-11-18T10:00:00+01:00'), history: [assigneeChange('2026-11-20T10:00:00+01:00', dana, alex)]});
		const input = metricInput([open, createdLater, done]);
		expect(computeWeekMetrics(input).delegation.director).toEqual({open: 1, completed: 1});
		expect(computeWeekDetails(input).directorOpenIds).toEqual(['open']);
	});

	it('rates delegation as delegated / (delegated + director completed)', () => {
		const handedOver = makeTicket({assigneeId: bo, history: [assigneeChange('2026-11-17T10:00:00+01:00', dana, bo)]});
		const doneByDirector = [1, 2, 3].map(() => makeTicket({assigneeId: dana, completedAt: at('2026-11-18T10:00:00+01:00')}));
		expect(delegation([handedOver, ...doneByDirector]).delegationRate).toBe(0.25);
	});

	it('has no delegation rate when nothing was delegated or done by the director', () => {
		expect(delegation([makeTicket({assigneeId: bo})]).delegationRate).toBeNull();
	});
});
