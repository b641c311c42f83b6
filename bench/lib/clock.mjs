// The bench's clock: the Friday review of the week the bench runs in, running on in real time.
// The demo's org and every TUI the bench starts live at that Friday, so a figure measures the
// review the product is for (a running week with four and a half days of work in it) on any
// day the bench runs. On the machine's clock a Monday's running week is nearly empty: the
// start without a stored frame read ~0.85 s there against ~1.55 s on the Sunday before (the
// same build and store), and Triage listed a handful of rows instead of a screenful.
//
// Every process of one run shares the anchor and the instant the run started (the two
// variables below, inherited by the bench's children), and each sees anchor + the time since
// the run started: the processes stay in order, so a start sees the review the previous one
// froze as its previous review, as on the machine's clock.
import {addDaysToDate, shiftWeek, startOfLocalDate, systemTimezone, weekOf} from '../../dist/source/domain/week.js';

const hourMs = 3_600_000;
/** The local hour of the Friday review. */
const reviewHour = 16;

/** The latest Friday 16:00 in `timezone` at or before `instant`. */
export function fridayReviewAt(instant, timezone) {
	const friday = (week) => startOfLocalDate(addDaysToDate(week.start, 4), timezone) + reviewHour * hourMs;
	const week = weekOf(instant, timezone);
	const thisWeeks = friday(week);
	return thisWeeks <= instant ? thisWeeks : friday(shiftWeek(week, -1));
}

const startedAt = Number(process.env.BENCH_CLOCK_STARTED ?? Date.now());
const anchor = Number(process.env.BENCH_CLOCK_ANCHOR ?? fridayReviewAt(startedAt, systemTimezone()));
process.env.BENCH_CLOCK_STARTED = String(startedAt);
process.env.BENCH_CLOCK_ANCHOR = String(anchor);

/** The bench's instant now: the Friday anchor plus the time since the run started. */
export function benchNow() {
	return anchor + (Date.now() - startedAt);
}

/** The environment a CLI process needs to live at the bench's clock (read when it starts). */
export function benchClockEnv() {
	return {DIRECTOR_REVIEW_DEMO_NOW: new Date(benchNow()).toISOString()};
}

/** For the bench's first line: which review the run measures. */
export const benchAnchor = anchor;
