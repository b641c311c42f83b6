import {TZDate, tzOffset} from '@date-fns/tz';
import {addDays} from 'date-fns/addDays';
import {getISOWeek} from 'date-fns/getISOWeek';
import {getISOWeekYear} from 'date-fns/getISOWeekYear';
import {getISOWeeksInYear} from 'date-fns/getISOWeeksInYear';
import {startOfISOWeek} from 'date-fns/startOfISOWeek';
import type {Week} from './types.js';
import {echoedValue} from '../text/sanitize.js';

/**
 * Every calendar and time-zone calculation of the project lives here (STYLE.md §8):
 * weeks are ISO weeks from local Monday 00:00 to the next local Monday 00:00, and
 * calendar dates are `YYYY-MM-DD` in the configured zone (metrics.md "Time").
 */

export class WeekArgumentError extends Error {
	constructor(value: string) {
		super(`"${echoedValue(value)}" is not a week: use an ISO week such as 2026-W47, this, last, or a date such as 2026-11-18`);
		this.name = 'WeekArgumentError';
	}
}

const dayMs = 24 * 60 * 60 * 1000;

export function isValidTimezone(timezone: string): boolean {
	if (timezone.trim() === '') return false;
	try {
		new Intl.DateTimeFormat('en-US', {timeZone: timezone});
		return true;
	} catch {
		return false;
	}
}

export function systemTimezone(): string {
	const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
	return zone && isValidTimezone(zone) ? zone : 'UTC';
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

function dateString(date: Date): string {
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

const hourMs = 60 * 60 * 1000;
/** Offsets in minutes by UTC hour, per zone; an hour holding a transition is never cached. */
const offsetsByHour = new Map<string, Map<number, number>>();
/** Hours a zone remembers: years of them, yet a bound for a long-running process. */
const maxCachedHours = 200_000;

/**
 * The zone's UTC offset at an instant. A TZDate per instant costs several zone lookups; a
 * metric over many tickets asks for a few thousand distinct hours at most. An hour whose
 * first and last millisecond share an offset has no transition in it (zones never change
 * twice within an hour), so its offset holds for every instant in it.
 */
function offsetMinutesAt(instant: number, timezone: string): number {
	let offsets = offsetsByHour.get(timezone);
	if (!offsets) {
		offsets = new Map();
		offsetsByHour.set(timezone, offsets);
	}
	const hour = Math.floor(instant / hourMs);
	const cached = offsets.get(hour);
	if (cached !== undefined) return cached;
	const atStart = tzOffset(timezone, new Date(hour * hourMs));
	if (atStart !== tzOffset(timezone, new Date(hour * hourMs + hourMs - 1))) return tzOffset(timezone, new Date(instant));
	if (offsets.size >= maxCachedHours) offsets.clear();
	offsets.set(hour, atStart);
	return atStart;
}

/** `YYYY-MM-DD` by day number (whole days since 1970-01-01), kept: a date's text is the same in every zone. */
const datesByDayNumber = new Map<number, string>();
/** Days a process remembers: centuries of them, yet a bound for a long-running process. */
const maxCachedDates = 100_000;

/**
 * The text of a day number. A week report asks for the local date of thousands of instants
 * (completions, iteration ends) that fall on a few hundred days; building the text costs a
 * Date and three padded numbers each time, a look-up costs neither. The key is the local day
 * number, worked out from the zone's offset at the instant before the look-up, so the zone and
 * the instant's side of a DST switch are already in it (test/domain/local-date.test.ts).
 */
function dateOfDayNumber(dayNumber: number): string {
	let date = datesByDayNumber.get(dayNumber);
	if (date === undefined) {
		const day = new Date(dayNumber * dayMs);
		date = `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
		if (datesByDayNumber.size >= maxCachedDates) datesByDayNumber.clear();
		datesByDayNumber.set(dayNumber, date);
	}
	return date;
}

/** The local calendar date of an instant in a zone. */
export function localDate(instant: number, timezone: string): string {
	const offset = offsetMinutesAt(instant, timezone);
	// An unknown zone has no offset: TZDate reports it as it always did.
	if (!Number.isFinite(offset)) return dateString(new TZDate(instant, timezone));
	// The local wall clock read as UTC (whole milliseconds, as a Date keeps it): its day number is the local date's.
	return dateOfDayNumber(Math.floor(Math.trunc(instant + offset * 60_000) / dayMs));
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDateParts(value: string): {year: number; month: number; day: number; dayNumber: number} | null {
	const match = datePattern.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	// A calendar date is zone-free: its day number is exact in UTC, where every day has 24 hours.
	// That keeps this hot path (every slip, every due date) free of time-zone lookups.
	const probe = new Date(Date.UTC(year, month - 1, day));
	// A date like 2026-02-30 would roll over into March; reject it rather than guess.
	if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
	return {year, month, day, dayNumber: probe.getTime() / dayMs};
}

export function isCalendarDate(value: string): boolean {
	return parseDateParts(value) !== null;
}

/** Calendar days from `a` to `b` (b − a), both `YYYY-MM-DD`. */
export function daysBetweenDates(a: string, b: string): number {
	const from = parseDateParts(a);
	const to = parseDateParts(b);
	if (!from || !to) throw new RangeError(`not a calendar date: ${from ? b : a}`);
	return to.dayNumber - from.dayNumber;
}

function weekFromMonday(monday: TZDate, timezone: string): Week {
	const start = dateString(monday);
	return {
		id: `${pad(getISOWeekYear(monday), 4)}-W${pad(getISOWeek(monday), 2)}`,
		start,
		end: dateString(addDays(monday, 6)),
		startAt: monday.getTime(),
		// The next Monday's first instant, found afresh: seven days on from a Monday that skipped
		// midnight (its first instant is 01:00) would keep that 01:00 and end the week an hour late.
		endAt: startOfLocalDate(addDaysToDate(start, 7), timezone),
		timezone,
	};
}

/** The ISO week containing the instant in the zone. */
export function weekOf(instant: number, timezone: string): Week {
	return weekFromMonday(startOfISOWeek(new TZDate(instant, timezone)), timezone);
}

/** The ISO week containing a local calendar date. */
export function weekOfDate(date: string, timezone: string): Week {
	const parts = parseDateParts(date);
	if (!parts) throw new RangeError(`not a calendar date: ${date}`);
	// Noon, because a few zones skip local midnight on their transition day.
	return weekOf(new TZDate(parts.year, parts.month - 1, parts.day, 12, timezone).getTime(), timezone);
}

/**
 * Shifted weeks by zone, start and offset: a TZDate and the ISO week's parts cost a
 * millisecond or more on a cold start, and a week report asks for the same few weeks again
 * (the previous week, the trend's, the themes'). A week is plain data, never changed.
 */
const shiftedWeeks = new Map<string, Week>();

export function shiftWeek(week: Week, by: number): Week {
	const key = `${week.timezone} ${week.start} ${by}`;
	const known = shiftedWeeks.get(key);
	if (known) return known;
	const parts = parseDateParts(week.start);
	if (!parts) throw new RangeError(`not a calendar date: ${week.start}`);
	const monday = new TZDate(parts.year, parts.month - 1, parts.day + 7 * by, 12, week.timezone);
	const shifted = weekOf(monday.getTime(), week.timezone);
	if (shiftedWeeks.size >= 5000) shiftedWeeks.clear();
	shiftedWeeks.set(key, shifted);
	return shifted;
}

/** asOf(W) = min(now, end of W). */
export function asOf(week: Week, now: number): number {
	return Math.min(now, week.endAt);
}

/**
 * The calendar date of asOf(W): today while W runs, else W's Sunday (metrics.md Readings),
 * not the Monday that `endAt` falls on.
 */
export function asOfDate(week: Week, now: number): string {
	return now < week.endAt ? localDate(now, week.timezone) : week.end;
}

/**
 * Whether a due date still has time left as of asOf(W) (metrics.md "Promise risk": days left
 * = end of the due date − asOf(W) > 0). While W runs, today's date still has the rest of the
 * day; once W has ended, asOf is the end of its Sunday, so a date on that Sunday has none.
 */
export function isDueDateAhead(dueDate: string, week: Week, now: number): boolean {
	return now < week.endAt ? dueDate >= localDate(now, week.timezone) : dueDate > week.end;
}

/**
 * Zone-aware week arithmetic costs tens of microseconds a week and every trend asks for the
 * same weeks again: the weeks before a week are kept by zone, start and count (a few hundred
 * at most in a session; emptied past that).
 */
const earlierWeeks = new Map<string, readonly Week[]>();

/** `count` weeks ending with `week`, oldest first. */
export function weeksUpTo(week: Week, count: number): Week[] {
	const key = `${week.timezone} ${week.start} ${count}`;
	let before = earlierWeeks.get(key);
	if (!before) {
		const weeks: Week[] = [];
		for (let back = Math.max(1, count) - 1; back > 0; back--) weeks.push(shiftWeek(week, -back));
		before = weeks;
		if (earlierWeeks.size >= 1000) earlierWeeks.clear();
		earlierWeeks.set(key, before);
	}
	return [...before, week];
}

export function dateInWeek(date: string, week: Week): boolean {
	return date >= week.start && date <= week.end;
}

/** Duration in fractional days. */
export function durationDays(from: number, to: number): number {
	return (to - from) / dayMs;
}

const weekPattern = /^(\d{4})-w(\d{1,2})$/i;

/** `2026-W47` (or `2026-w7`), `this`, `last`, or a `YYYY-MM-DD` date inside the week. */
export function parseWeekArgument(value: string, now: number, timezone: string): Week {
	const text = value.trim();
	const lower = text.toLowerCase();
	if (lower === 'this') return weekOf(now, timezone);
	if (lower === 'last') return shiftWeek(weekOf(now, timezone), -1);
	const weekMatch = weekPattern.exec(text);
	if (weekMatch) {
		const year = Number(weekMatch[1]);
		const number = Number(weekMatch[2]);
		// 4 January always lies in ISO week 1 of its year.
		const january4 = new TZDate(year, 0, 4, 12, timezone);
		if (number < 1 || number > getISOWeeksInYear(january4)) throw new WeekArgumentError(value);
		const monday = addDays(startOfISOWeek(january4), 7 * (number - 1));
		return weekOfDate(dateString(monday), timezone);
	}
	if (isCalendarDate(text)) return weekOfDate(text, timezone);
	throw new WeekArgumentError(value);
}

/** The calendar date `days` days after `date` (before, when negative). */
export function addDaysToDate(date: string, days: number): string {
	const parts = parseDateParts(date);
	if (!parts) throw new RangeError(`not a calendar date: ${date}`);
	const shifted = new Date((parts.dayNumber + days) * dayMs);
	return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}`;
}

/**
 * Local midnight starting a calendar date, as an instant (the first instant of the day on a
 * day that skips midnight). The zone's offset comes from the hourly cache; a candidate that
 * is not the day's first instant (a transition near midnight) is left to TZDate.
 */
export function startOfLocalDate(date: string, timezone: string): number {
	const parts = parseDateParts(date);
	if (!parts) throw new RangeError(`not a calendar date: ${date}`);
	const utcMidnight = parts.dayNumber * dayMs;
	const guess = utcMidnight - offsetMinutesAt(utcMidnight, timezone) * 60_000;
	const candidate = utcMidnight - offsetMinutesAt(guess, timezone) * 60_000;
	if (Number.isFinite(candidate) && localDate(candidate, timezone) === date && localDate(candidate - 1, timezone) !== date) return candidate;
	return new TZDate(parts.year, parts.month - 1, parts.day, 0, 0, 0, timezone).getTime();
}

/** The end of a calendar date as an instant: the next local midnight (exclusive). */
export function endOfLocalDate(date: string, timezone: string): number {
	return startOfLocalDate(addDaysToDate(date, 1), timezone);
}

/** W's seven local days: each one's date and its [start, end) instants, Monday first. */
export interface LocalDay {
	readonly date: string;
	readonly startAt: number;
	readonly endAt: number;
	/** Monday to Friday. */
	readonly isWorkingDay: boolean;
}

const weekDays = new Map<string, readonly LocalDay[]>();

/** Zone lookups cost tens of microseconds; a week's days never change, so they are kept by zone and week. */
export function daysOfWeek(week: Week): readonly LocalDay[] {
	const key = `${week.timezone} ${week.id} ${week.startAt}`;
	let days = weekDays.get(key);
	if (!days) {
		const list: LocalDay[] = [];
		for (let index = 0; index < 7; index++) {
			const date = addDaysToDate(week.start, index);
			list.push({
				date,
				startAt: index === 0 ? week.startAt : startOfLocalDate(date, week.timezone),
				endAt: index === 6 ? week.endAt : startOfLocalDate(addDaysToDate(date, 1), week.timezone),
				isWorkingDay: index < 5,
			});
		}
		days = list;
		weekDays.set(key, days);
	}
	return days;
}
