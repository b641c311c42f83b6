import {TZDate} from '@date-fns/tz';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {addDaysToDate, daysOfWeek, endOfLocalDate, parseWeekArgument, startOfLocalDate} from '../../source/domain/week.js';

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'America/Santiago', 'Asia/Beirut'];
const dates = fc.integer({min: 0, max: 20_000}).map((offset) => addDaysToDate('2000-01-01', offset));

describe('local days', () => {
	it('starts a calendar date at its first local instant, as TZDate does', () => {
		fc.assert(
			fc.property(dates, fc.constantFrom(...zones), (date, zone) => {
				const [year, month, day] = date.split('-').map(Number);
				expect(startOfLocalDate(date, zone)).toBe(new TZDate(year ?? 0, (month ?? 1) - 1, day ?? 1, 0, 0, 0, zone).getTime());
				expect(endOfLocalDate(date, zone)).toBe(startOfLocalDate(addDaysToDate(date, 1), zone));
			}),
			{numRuns: 500},
		);
	});

	it('adds days across months and leap years', () => {
		expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDaysToDate('2026-12-20', 28)).toBe('2027-01-17');
		expect(addDaysToDate('2026-03-01', -1)).toBe('2026-02-28');
	});

	it('gives a week seven consecutive days, Monday to Friday working, the last ending with the week', () => {
		// 2026-W13 in Berlin holds the switch to summer time (Sunday 29 March): a 23-hour day.
		const week = parseWeekArgument('2026-W13', 0, 'Europe/Berlin');
		const days = daysOfWeek(week);
		expect(days.map((day) => day.date)).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
		expect(days.map((day) => day.isWorkingDay)).toEqual([true, true, true, true, true, false, false]);
		expect(days[0]?.startAt).toBe(week.startAt);
		expect(days[6]?.endAt).toBe(week.endAt);
		expect((days[6]?.endAt ?? 0) - (days[6]?.startAt ?? 0)).toBe(23 * 3_600_000);
		for (let index = 1; index < 7; index++) expect(days[index]?.startAt).toBe(days[index - 1]?.endAt);
	});
});
