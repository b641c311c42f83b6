import {getISOWeek, getISOWeekYear} from 'date-fns';
import {describe, expect, it} from 'vitest';
import {
	asOf,
	asOfDate,
	dateInWeek,
	daysBetweenDates,
	isValidTimezone,
	localDate,
	parseWeekArgument,
	shiftWeek,
	systemTimezone,
	WeekArgumentError,
	weekOf,
	weeksUpTo,
} from '../../source/domain/week.js';
import {at} from '../support/ticket-builder.js';

const hour = 60 * 60 * 1000;
const berlin = 'Europe/Berlin';

describe('weekOf', () => {
	it('names the ISO week and its Monday and Sunday', () => {
		const week = weekOf(at('2026-11-18T12:00:00+01:00'), berlin);
		expect(week).toEqual({
			id: '2026-W47',
			start: '2026-11-16',
			end: '2026-11-22',
			startAt: at('2026-11-16T00:00:00+01:00'),
			endAt: at('2026-11-23T00:00:00+01:00'),
			timezone: berlin,
		});
	});

	it('puts an instant just after local Monday midnight in the new week though UTC still says Sunday', () => {
		const instant = at('2026-11-15T23:30:00Z');
		expect(weekOf(instant, berlin).id).toBe('2026-W47');
		expect(weekOf(instant, 'UTC').id).toBe('2026-W46');
	});

	it('spans 167 hours across the spring daylight-saving change (Berlin 2026-W13)', () => {
		const week = parseWeekArgument('2026-W13', 0, berlin);
		expect(week.start).toBe('2026-03-23');
		expect(week.endAt - week.startAt).toBe(167 * hour);
	});

	it('spans 169 hours across the autumn change (Berlin, 25 October 2026 lies in 2026-W43)', () => {
		const week = parseWeekArgument('2026-W43', 0, berlin);
		expect(week.end).toBe('2026-10-25');
		expect(week.endAt - week.startAt).toBe(169 * hour);
		expect(parseWeekArgument('2026-W44', 0, berlin).endAt - parseWeekArgument('2026-W44', 0, berlin).startAt).toBe(168 * hour);
	});

	it('uses the ISO week-year at the turn of the year', () => {
		for (const date of ['2026-12-31', '2027-01-01', '2027-01-03']) {
			const instant = at(`${date}T12:00:00Z`);
			expect(weekOf(instant, 'UTC').id).toBe('2026-W53');
			expect(getISOWeekYear(new Date(instant))).toBe(2026);
			expect(getISOWeek(new Date(instant))).toBe(53);
		}
		expect(weekOf(at('2027-01-04T12:00:00Z'), 'UTC').id).toBe('2027-W01');
	});

	it('ends a week whose Monday skipped midnight at the next Monday 00:00, not at 01:00 (Tehran 2021-W12: clocks went 00:00 → 01:00 on Monday 22 March)', () => {
		const week = weekOf(at('2021-03-24T12:00:00+04:30'), 'Asia/Tehran');
		expect(week.id).toBe('2021-W12');
		// Monday began at 01:00 +04:30 (its first instant); the next Monday at 00:00 +04:30.
		expect(week.startAt).toBe(at('2021-03-22T01:00:00+04:30'));
		expect(week.endAt).toBe(at('2021-03-29T00:00:00+04:30'));
		expect(week.endAt - week.startAt).toBe(167 * hour);
		// The next Monday's first hour is the next week's.
		expect(weekOf(at('2021-03-29T00:30:00+04:30'), 'Asia/Tehran').id).toBe('2021-W13');
		expect(shiftWeek(week, 1).startAt).toBe(week.endAt);
	});

	it('starts weeks at local midnight east of UTC (Asia/Tokyo)', () => {
		const week = weekOf(at('2026-11-16T00:30:00+09:00'), 'Asia/Tokyo');
		expect(week.id).toBe('2026-W47');
		expect(week.startAt).toBe(at('2026-11-15T15:00:00Z'));
	});
});

describe('localDate', () => {
	it('gives the local calendar date, not the UTC one', () => {
		expect(localDate(at('2026-11-16T23:30:00Z'), berlin)).toBe('2026-11-17');
		expect(localDate(at('2026-11-16T23:30:00Z'), 'UTC')).toBe('2026-11-16');
	});
});

describe('parseWeekArgument', () => {
	const now = at('2026-11-18T10:00:00+01:00');

	it.each([
		['2026-W47', '2026-W47'],
		['2026-w47', '2026-W47'],
		['2026-W07', '2026-W07'],
		['2026-W7', '2026-W07'],
		['2026-W53', '2026-W53'],
		['this', '2026-W47'],
		['last', '2026-W46'],
		['2026-11-22', '2026-W47'],
		['2027-01-01', '2026-W53'],
	])('reads %s', (value, id) => {
		expect(parseWeekArgument(value, now, berlin).id).toBe(id);
	});

	it('gives the full week for a named week', () => {
		expect(parseWeekArgument('2026-W07', now, berlin)).toEqual(weekOf(at('2026-02-11T12:00:00+01:00'), berlin));
	});

	it.each(['2027-W53', '2026-W54', '2026-W00', '2026-13-01', '2026-02-30', 'next', '', 'W47', '2026-W470'])('rejects %j naming what is accepted', (value) => {
		expect(() => parseWeekArgument(value, now, berlin)).toThrow(WeekArgumentError);
		expect(() => parseWeekArgument(value, now, berlin)).toThrow(/2026-W47.*this.*last/);
	});
});

describe('week arithmetic', () => {
	const week = parseWeekArgument('2026-W47', 0, berlin);

	it('shifts across daylight saving and year ends', () => {
		expect(shiftWeek(week, -4).id).toBe('2026-W43');
		expect(shiftWeek(week, -4).startAt).toBe(at('2026-10-19T00:00:00+02:00'));
		expect(shiftWeek(week, 6).id).toBe('2026-W53');
		expect(shiftWeek(week, 7).id).toBe('2027-W01');
		expect(shiftWeek(week, 0)).toEqual(week);
	});

	it('lists weeks up to W, oldest first', () => {
		expect(weeksUpTo(week, 3).map((w) => w.id)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
		expect(weeksUpTo(week, 1)).toEqual([week]);
	});

	it('caps asOf at the end of W', () => {
		expect(asOf(week, at('2026-11-18T10:00:00+01:00'))).toBe(at('2026-11-18T10:00:00+01:00'));
		expect(asOf(week, at('2026-12-01T10:00:00+01:00'))).toBe(week.endAt);
	});

	it('takes W\'s Sunday as the calendar date of asOf once W is over', () => {
		expect(asOfDate(week, at('2026-12-01T10:00:00+01:00'))).toBe('2026-11-22');
		expect(asOfDate(week, at('2026-11-18T23:30:00Z'))).toBe('2026-11-19');
	});

	it('counts calendar days between dates', () => {
		expect(daysBetweenDates('2026-03-28', '2026-04-02')).toBe(5);
		expect(daysBetweenDates('2026-11-20', '2026-11-18')).toBe(-2);
		expect(daysBetweenDates('2026-12-31', '2027-01-01')).toBe(1);
	});

	it('tests dates against W, its last day included', () => {
		expect(dateInWeek('2026-11-16', week)).toBe(true);
		expect(dateInWeek('2026-11-22', week)).toBe(true);
		expect(dateInWeek('2026-11-23', week)).toBe(false);
	});
});

describe('time zones', () => {
	it('accepts IANA names and rejects anything else', () => {
		expect(isValidTimezone('Europe/Berlin')).toBe(true);
		expect(isValidTimezone('UTC')).toBe(true);
		expect(isValidTimezone('Mars/Olympus')).toBe(false);
		expect(isValidTimezone('')).toBe(false);
	});

	it('reports a usable system zone', () => {
		expect(isValidTimezone(systemTimezone())).toBe(true);
	});
});
