import {TZDate} from '@date-fns/tz';
import {describe, expect, it} from 'vitest';
import {localDate} from '../../source/domain/week.js';

/** The definition localDate must keep: the calendar date of a TZDate in the zone. */
function viaTzDate(instant: number, timezone: string): string {
	const date = new TZDate(instant, timezone);
	return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const minute = 60_000;

describe('localDate (offsets cached by the hour)', () => {
	it('agrees with TZDate around every transition of zones with odd offsets and half-hour DST', () => {
		// Lord Howe shifts by 30 minutes, Chatham sits at +12:45, St John's at −3:30, Apia skipped a day in 2011.
		const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Pacific/Apia', 'Asia/Kathmandu'];
		const mismatches: string[] = [];
		for (const zone of zones) {
			// An odd step walks through every minute of the hour over the years.
			for (let instant = Date.UTC(2011, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 619 * minute + 13_000) {
				const expected = viaTzDate(instant, zone);
				const actual = localDate(instant, zone);
				if (actual !== expected) mismatches.push(`${zone} ${new Date(instant).toISOString()}: ${actual}, not ${expected}`);
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('is exact to the minute on both sides of a midnight and of a DST change', () => {
		// Berlin: 29 March 2026 01:00 UTC clocks jump from 02:00 to 03:00 local.
		expect(localDate(Date.UTC(2026, 2, 28, 22, 59, 59, 999), 'Europe/Berlin')).toBe('2026-03-28');
		expect(localDate(Date.UTC(2026, 2, 28, 23, 0), 'Europe/Berlin')).toBe('2026-03-29');
		// Sydney: 5 April 2026 16:00 UTC clocks go back from 03:00 to 02:00 local (+11 → +10).
		expect(localDate(Date.UTC(2026, 3, 4, 12, 59, 59, 999), 'Australia/Sydney')).toBe('2026-04-04');
		expect(localDate(Date.UTC(2026, 3, 4, 13, 0), 'Australia/Sydney')).toBe('2026-04-05');
		// 4 October 2026: +10 until 02:00 local, +11 after, so that day's midnight is 14:00 UTC and the next 13:00 UTC.
		expect(localDate(Date.UTC(2026, 9, 3, 13, 59, 59, 999), 'Australia/Sydney')).toBe('2026-10-03');
		expect(localDate(Date.UTC(2026, 9, 3, 14, 0), 'Australia/Sydney')).toBe('2026-10-04');
		expect(localDate(Date.UTC(2026, 9, 4, 12, 59, 59, 999), 'Australia/Sydney')).toBe('2026-10-04');
		expect(localDate(Date.UTC(2026, 9, 4, 13, 0), 'Australia/Sydney')).toBe('2026-10-05');
	});

	it('answers an instant inside a transition hour without caching that hour', () => {
		// New York, 8 March 2026 07:00 UTC: 02:00 EST becomes 03:00 EDT; 04:59 UTC is 23:59 the day before.
		const hour = Date.UTC(2026, 2, 8, 6, 30);
		expect(localDate(hour, 'America/New_York')).toBe(viaTzDate(hour, 'America/New_York'));
		expect(localDate(Date.UTC(2026, 2, 8, 4, 59), 'America/New_York')).toBe('2026-03-07');
		expect(localDate(Date.UTC(2026, 2, 8, 5, 0), 'America/New_York')).toBe('2026-03-08');
	});
});

describe('localDate (date texts kept by local day number)', () => {
	// The text of a day is kept by its local day number, worked out from the zone's offset at the
	// instant: a key that left out the zone, or the side of a DST switch the instant is on, would
	// hand one zone's date to another, or the day before a switch to the day after it.
	it('gives each zone its own date for the same instant, asked in turns', () => {
		const instant = Date.UTC(2026, 10, 23, 11, 30);
		// 11:30 UTC on the 23rd: 01:30 on the 24th at UTC+14, 23:30 on the 22nd at UTC−12.
		const zones = ['Pacific/Kiritimati', 'Etc/GMT+12', 'UTC', 'Europe/Berlin', 'Pacific/Kiritimati', 'Etc/GMT+12'];
		expect(zones.map((zone) => localDate(instant, zone))).toEqual(['2026-11-24', '2026-11-22', '2026-11-23', '2026-11-23', '2026-11-24', '2026-11-22']);
	});

	it('agrees with TZDate on both sides of every local midnight around DST switches, zones interleaved', () => {
		// Santiago and Havana switch at local midnight; Berlin at 02:00; Kiritimati (+14) and GMT+12 (−12) never.
		const zones = ['America/Santiago', 'America/Havana', 'Europe/Berlin', 'Pacific/Kiritimati', 'Etc/GMT+12'];
		const instants: number[] = [];
		for (const zone of zones) {
			// Each local midnight of the days around the 2026 switches: the instant before it and the instant at it.
			for (const day of [Date.UTC(2026, 2, 6), Date.UTC(2026, 2, 27), Date.UTC(2026, 3, 3), Date.UTC(2026, 8, 5), Date.UTC(2026, 9, 24), Date.UTC(2026, 10, 0)]) {
				for (let after = 0; after < 4; after++) {
					const date = new Date(day + after * 86_400_000);
					const midnight = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 0, 0, 0, zone).getTime();
					instants.push(midnight - 1, midnight, midnight + 30 * minute);
				}
			}
		}
		const mismatches: string[] = [];
		// Every instant in every zone, zone by zone within each instant: a memo keyed by less than the local day shows here.
		for (const instant of instants) {
			for (const zone of zones) {
				const expected = viaTzDate(instant, zone);
				const actual = localDate(instant, zone);
				if (actual !== expected) mismatches.push(`${zone} ${new Date(instant).toISOString()}: ${actual}, not ${expected}`);
			}
		}
		expect(instants.length).toBeGreaterThan(300);
		expect(mismatches).toEqual([]);
	});
});
