import {tzOffset} from '@date-fns/tz';

/**
 * The demo plans work in *local minutes*: minutes since 1970-01-01 00:00 on the wall
 * clock of the configured time zone. Office hours, weekdays and ISO weeks are plain
 * arithmetic there; only the final conversion to instants needs the zone's offset, which
 * is looked up once per calendar day.
 */
export const minutesPerDay = 1440;
const msPerMinute = 60_000;
const msPerDay = 86_400_000;
// 1970-01-05 was a Monday: day numbers are counted from 1970-01-01 (a Thursday).
const firstMonday = 4;

export interface DemoCalendar {
	readonly timezone: string;
	/** The instant of a local minute (office hours never fall in a daylight-saving gap). */
	instantOf(localMinute: number): number;
	/** The local minute of an instant. */
	localMinuteOf(instant: number): number;
}

export function createCalendar(timezone: string): DemoCalendar {
	const zoneOffset = (instant: number): number => {
		const offset = tzOffset(timezone, new Date(instant));
		if (Number.isNaN(offset)) throw new RangeError(`unknown time zone ${timezone}`);
		return offset;
	};

	// The offset at local noon of a day, far from any daylight-saving switch.
	const noonOffset = (day: number): number => {
		const noon = day * msPerDay + msPerDay / 2;
		return zoneOffset(noon - zoneOffset(noon) * msPerMinute);
	};

	// Asking the zone is slow (Intl), and offsets change a few times a year: look them up
	// once per week, and day by day only in a week where the offset changes.
	const weekOffsets = new Map<number, number | Map<number, number>>();
	const mondayOffsets = new Map<number, number>();
	const mondayOffset = (week: number): number => {
		let offset = mondayOffsets.get(week);
		if (offset === undefined) {
			offset = noonOffset(mondayOfWeek(week));
			mondayOffsets.set(week, offset);
		}

		return offset;
	};

	const offsetOfDay = (day: number): number => {
		const week = absoluteWeekOfDay(day);
		let offsets = weekOffsets.get(week);
		if (offsets === undefined) {
			const monday = mondayOffset(week);
			if (monday === mondayOffset(week + 1)) {
				offsets = monday;
			} else {
				offsets = new Map<number, number>();
				for (let index = 0; index < 7; index++) offsets.set(mondayOfWeek(week) + index, noonOffset(mondayOfWeek(week) + index));
			}

			weekOffsets.set(week, offsets);
		}

		return typeof offsets === 'number' ? offsets : (offsets.get(day) ?? noonOffset(day));
	};

	return {
		timezone,
		instantOf: (localMinute) => (localMinute - offsetOfDay(Math.floor(localMinute / minutesPerDay))) * msPerMinute,
		localMinuteOf: (instant) => Math.floor(instant / msPerMinute) + zoneOffset(instant),
	};
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
	return (((day - firstMonday) % 7) + 7) % 7;
}

/** Weeks counted from the week of Monday 1970-01-05; stable whatever the window. */
export function absoluteWeekOfDay(day: number): number {
	return Math.floor((day - firstMonday) / 7);
}

export function mondayOfWeek(absoluteWeek: number): number {
	return firstMonday + absoluteWeek * 7;
}

const dates = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (cached: formatting a Date is slow next to everything else here). */
export function dateOfDay(day: number): string {
	let date = dates.get(day);
	if (date === undefined) {
		date = new Date(day * msPerDay).toISOString().slice(0, 10);
		dates.set(day, date);
	}

	return date;
}

export function dayOfDate(date: string): number {
	return Math.floor(Date.parse(`${date}T00:00:00Z`) / msPerDay);
}

/** ISO week name, `2026-W47`: the week belongs to the year of its Thursday. */
export function isoWeekName(absoluteWeek: number): string {
	const thursday = mondayOfWeek(absoluteWeek) + 3;
	const year = new Date(thursday * msPerDay).getUTCFullYear();
	const firstDay = Math.floor(Date.UTC(year, 0, 1) / msPerDay);
	const week = Math.floor((thursday - firstDay) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

const openingMinute = 8 * 60 + 30;
const closingMinute = 18 * 60 + 30;

/**
 * The first office minute at or after `localMinute` (weekdays, 08:30–18:30), with a
 * little jitter when it has to jump, so tickets do not all move at 08:30 sharp.
 */
export function toOfficeHours(localMinute: number, jitter: number): number {
	let day = Math.floor(localMinute / minutesPerDay);
	let minute = localMinute - day * minutesPerDay;
	if (minute >= openingMinute && minute < closingMinute && weekdayOf(day) < 5) return localMinute;
	if (minute >= closingMinute) day++;
	while (weekdayOf(day) >= 5) day++;
	minute = openingMinute + Math.floor(jitter * 90);
	return day * minutesPerDay + minute;
}

/** A minute inside office hours on the given day. */
export function officeMinute(day: number, fraction: number): number {
	return day * minutesPerDay + openingMinute + Math.floor(fraction * (closingMinute - openingMinute));
}

const officeMinutesPerDay = closingMinute - openingMinute;

/** Office minutes since Monday 1970-01-05 08:30: a clock that only runs in office hours. */
function officeIndexOf(localMinute: number): number {
	const day = Math.floor(localMinute / minutesPerDay);
	const weekday = weekdayOf(day);
	const workdays = absoluteWeekOfDay(day) * 5 + Math.min(weekday, 5);
	if (weekday >= 5) return workdays * officeMinutesPerDay;
	const minute = Math.min(Math.max(localMinute - day * minutesPerDay - openingMinute, 0), officeMinutesPerDay);
	return workdays * officeMinutesPerDay + minute;
}

function localMinuteOfOfficeIndex(index: number): number {
	const workdays = Math.floor(index / officeMinutesPerDay);
	const day = mondayOfWeek(Math.floor(workdays / 5)) + (workdays % 5);
	return day * minutesPerDay + openingMinute + (index - workdays * officeMinutesPerDay);
}

/**
 * A moment strictly between two others, `fraction` of the way in office time: hand-overs
 * and due-date moves happen while people are at work, and never out of order.
 */
export function officeBetween(from: number, to: number, fraction: number): number {
	const start = officeIndexOf(from);
	const end = officeIndexOf(to);
	if (end - start < 2) return from + Math.max(0, Math.min(1, (to - from) / 2));
	const candidate = localMinuteOfOfficeIndex(start + 1 + Math.floor(fraction * (end - start - 1)));
	// At the edges of the office clock a mapped minute can tie with an end: keep strict order.
	return candidate > from && candidate < to ? candidate : from + (to - from) / 2;
}
