import {describe, expect, it} from 'vitest';
import {computeWeekDetails, computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {at, makeTicket, spell} from '../../support/ticket-builder.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import {berlin, metricInput} from './fixture.js';

function blockers(...args: Parameters<typeof metricInput>) {
	return computeWeekMetrics(metricInput(...args)).blockers;
}

describe('blockers', () => {
	it('counts a ticket blocked at any moment of W, once however many spells', () => {
		const ticket = makeTicket({
			blockedSpells: [spell('2026-11-16T09:00:00+01:00', '2026-11-16T12:00:00+01:00'), spell('2026-11-18T09:00:00+01:00', '2026-11-18T12:00:00+01:00')],
		});
		expect(blockers([ticket])).toMatchObject({blocked: 1, blockedNow: 0});
	});

	it('does not count spells that ended by the start of W or began after it', () => {
		const before = makeTicket({blockedSpells: [spell('2026-11-10T09:00:00+01:00', '2026-11-15T09:00:00+01:00')]});
		const after = makeTicket({blockedSpells: [spell('2026-11-23T00:00:00+01:00', null)]});
		expect(blockers([before, after])).toEqual({blocked: 0, blockedNow: 0, medianBlockedDays: null, medianOpenBlockedDays: null});
	});

	it('takes a spell that ended at the first instant of W into W\'s median, not the week before\'s, though it blocked nothing in W', () => {
		// Ended Monday 16 Nov 00:00 Berlin: that instant falls in W47 ("ended in W"), as a completion then would.
		const ticket = makeTicket({blockedSpells: [spell('2026-11-13T00:00:00+01:00', '2026-11-16T00:00:00+01:00')]});
		expect(blockers([ticket])).toEqual({blocked: 0, blockedNow: 0, medianBlockedDays: 3, medianOpenBlockedDays: null});
		const week46 = parseWeekArgument('2026-W46', 0, berlin);
		expect(blockers([ticket], {week: week46})).toEqual({blocked: 1, blockedNow: 0, medianBlockedDays: null, medianOpenBlockedDays: null});
	});

	it('leaves a spell that ended at the end of W (next Monday 00:00) to the next week\'s median', () => {
		const ticket = makeTicket({blockedSpells: [spell('2026-11-20T00:00:00+01:00', '2026-11-23T00:00:00+01:00')]});
		expect(blockers([ticket])).toEqual({blocked: 1, blockedNow: 0, medianBlockedDays: null, medianOpenBlockedDays: null});
		const week48 = parseWeekArgument('2026-W48', 0, berlin);
		expect(blockers([ticket], {week: week48}).medianBlockedDays).toBe(3);
	});

	it('counts a spell still open at asOf as blocked now', () => {
		const ticket = makeTicket({blockedSpells: [spell('2026-11-10T09:00:00+01:00', null)]});
		expect(blockers([ticket])).toMatchObject({blocked: 1, blockedNow: 1, medianBlockedDays: null});
	});

	it('counts a spell ending after asOf in the current week as blocked now, and a spell starting after asOf not at all', () => {
		const now = at('2026-11-18T10:00:00+01:00');
		const endsLater = makeTicket({blockedSpells: [spell('2026-11-17T09:00:00+01:00', '2026-11-19T09:00:00+01:00')]});
		const startsLater = makeTicket({blockedSpells: [spell('2026-11-19T09:00:00+01:00', null)]});
		expect(blockers([endsLater, startsLater], {now})).toEqual({blocked: 1, blockedNow: 1, medianBlockedDays: null, medianOpenBlockedDays: 25 / 24});
	});

	it('takes the median over whole spells that ended in W, in fractional days, an even count averaged', () => {
		const tickets = [
			// 12 hours, all inside W.
			makeTicket({blockedSpells: [spell('2026-11-17T00:00:00+01:00', '2026-11-17T12:00:00+01:00')]}),
			// 3 days, begun before W.
			makeTicket({blockedSpells: [spell('2026-11-14T12:00:00+01:00', '2026-11-17T12:00:00+01:00')]}),
			// Ends after W: blocked now, not in the median.
			makeTicket({blockedSpells: [spell('2026-11-20T12:00:00+01:00', '2026-11-24T12:00:00+01:00')]}),
		];
		expect(blockers(tickets)).toEqual({blocked: 3, blockedNow: 1, medianBlockedDays: 1.75, medianOpenBlockedDays: 2.5});
	});

	it('keeps the median over ended spells and gives the spells still open a median of their own, so long blocks are not hidden', () => {
		// One short block ended this week; three tickets have been blocked for weeks and still are.
		const tickets = [
			makeTicket({blockedSpells: [spell('2026-11-17T09:00:00+01:00', '2026-11-17T16:12:00+01:00')]}),
			makeTicket({blockedSpells: [spell('2026-11-09T00:00:00+01:00', null)]}),
			makeTicket({blockedSpells: [spell('2026-10-19T00:00:00+02:00', null)]}),
			makeTicket({blockedSpells: [spell('2026-08-02T00:00:00+02:00', null)]}),
		];
		const figures = blockers(tickets);
		expect(figures.medianBlockedDays).toBeCloseTo(0.3, 5);
		expect(figures.blockedNow).toBe(3);
		// 23 Nov 00:00 − 19 Oct 00:00 (+02:00) = 35 days and one hour.
		expect(figures.medianOpenBlockedDays).toBeCloseTo(35 + 1 / 24, 5);
	});

	it('lists blocked tickets with days blocked up to asOf, longest first', () => {
		const now = at('2026-11-18T12:00:00+01:00');
		const long = makeTicket({id: 'long', blockedSpells: [spell('2026-11-15T12:00:00+01:00', null, 'status Blocked')]});
		const short = makeTicket({id: 'short', blockedSpells: [spell('2026-11-17T00:00:00+01:00', '2026-11-17T06:00:00+01:00', 'flagged')]});
		expect(computeWeekDetails(metricInput([short, long], {now})).blocked).toEqual([
			{ticketId: 'long', days: 3, isBlockedNow: true, reason: 'status Blocked'},
			{ticketId: 'short', days: 0.25, isBlockedNow: false, reason: 'flagged'},
		]);
	});
});
