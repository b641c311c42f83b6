/**
 * Calendar arithmetic read straight off Intl, apart from source/domain/week.ts, for the tests
 * that read metrics.md afresh: a date's local midnight is found by walking minutes, so no
 * offset rule of the product's is shared.
 */

const minuteMs = 60 * 1000;
const dayMs = 24 * 60 * minuteMs;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in a zone, `YYYY-MM-DD`. */
export function zoneDate(instant: number, timezone: string): string {
	let format = formatters.get(timezone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit'});
		formatters.set(timezone, format);
	}
	return format.format(new Date(instant));
}

/** The calendar date `days` after a date. */
export function dateAfter(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

const midnights = new Map<string, number>();

/** The first instant of a local calendar date (every zone's offset is whole minutes, within ±15 h). */
export function localMidnight(date: string, timezone: string): number {
	const key = `${timezone} ${date}`;
	const known = midnights.get(key);
	if (known !== undefined) return known;
	let instant = Date.parse(`${date}T00:00:00Z`) - 15 * 60 * minuteMs;
	while (zoneDate(instant, timezone) !== date) instant += minuteMs;
	midnights.set(key, instant);
	return instant;
}
