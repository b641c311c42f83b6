/**
 * The one place a figure becomes text, for every surface: the TUI, the plain overview, the
 * Markdown notes and the talking points. One rounding rule, applied once to the exact value:
 *
 * - a share or rate is a whole percentage, halves to even (so a share and its complement
 *   always add up to 100 %);
 * - days are tenths of a day, halves to even;
 * - a change between two shares is the difference of the percentages as shown.
 *
 * The JSON export (schemaVersion 2) carries the exact values (it is data, not presentation),
 * so any figure read back from it and rounded by these rules gives the text every other
 * surface shows. `--schema 1` keeps version 1's 3-decimal shares (cli.md), which a second
 * rounding can move by a point (5/11 shows 45%; 0.455 rounds to 46%).
 */

/** Rounds half to even; a float within 1e-9 of a half counts as the half (0.455 × 100). */
function roundHalfEven(value: number): number {
	const floor = Math.floor(value);
	const fraction = value - floor;
	if (Math.abs(fraction - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
	return Math.round(value);
}

/** A share in [0, 1] as the whole percentage every surface shows; null stays null. */
export function percentOf(share: number | null): number | null {
	return share === null ? null : roundHalfEven(share * 100);
}

/** "70%", or "–" when there is no figure. */
export function formatPercent(share: number | null): string {
	const value = percentOf(share);
	return value === null ? '–' : `${value}%`;
}

/** Days at the shared precision (tenths). */
export function daysOf(value: number | null): number | null {
	return value === null ? null : roundHalfEven(value * 10) / 10;
}

/** A number in tenths by the same rule ("2.2" for 2.25, "3" for 3): an average count such as tickets a week. */
export function formatTenths(value: number): string {
	return String(roundHalfEven(value * 10) / 10);
}

/** "2 d", "0.3 d", or "–". */
export function formatDays(value: number | null): string {
	const rounded = daysOf(value);
	return rounded === null ? '–' : `${rounded} d`;
}

/**
 * A number as shown with its unit noun: singular only when it reads 1 ("1 improvement ticket",
 * "0.5 person-days", "35.5 tickets"), so the noun agrees with the digits a reader sees.
 */
export function withUnit(shown: string, noun: string, nouns = `${noun}s`): string {
	return `${shown} ${shown === '1' ? noun : nouns}`;
}

/** "12.5 person-days", "1 person-day", or "– person-days": effort at the shared precision. */
export function formatPersonDays(value: number | null): string {
	return withUnit(String(daysOf(value) ?? '–'), 'person-day');
}

/** "1 day", "2.5 days": the long form for sentences. */
export function formatDaysLong(value: number): string {
	const rounded = daysOf(value) ?? 0;
	return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** The last name of a figure's JSON path: `iterations[Sprint 42].scopeChange` → `scopeChange`. */
function figureName(path: string): string {
	return path.slice(path.lastIndexOf('.') + 1);
}

/**
 * Any figure by its JSON path (cli.md), as every surface shows it: shares, rates,
 * probabilities, planning accuracy and scope change as percentages; person-days and days
 * in tenths; other numbers as counts (3 decimals at most).
 */
export function formatFigure(path: string, value: number | null): string {
	const name = figureName(path);
	if (/(Share|Rate|Probability|Accuracy)$/.test(name) || name === 'scopeChange') return formatPercent(value);
	if (name === 'personDays' || isEffortDays(path, name)) return formatPersonDays(value);
	if (/Days$/.test(name)) return formatDays(value);
	if (value === null) return '–';
	return String(Math.round(value * 1000) / 1000);
}

/**
 * Whether a figure's change shows at the shared precision: a restated share of 0.4700 →
 * 0.4702 reads "47% then, 47% now", so every surface names only the ones that show and
 * counts the rest (the JSON export carries them all).
 */
export function changesAsShown(path: string, before: number | null, after: number | null): boolean {
	return formatFigure(path, before) !== formatFigure(path, after);
}

/** The line that counts the restated figures `changesAsShown` leaves unnamed. */
export function restatedBelowPrecision(count: number): string {
	return `${count} more changed by less than the precision shown here: see the JSON export`;
}

/** Effort's per-category and unplanned figures (`effort…`, `effortTrend[…]…`) are person-days, not counts. */
function isEffortDays(path: string, name: string): boolean {
	return /^effort(Trend\[[^\]]*\])?\./.test(path) && ['operational', 'strategic', 'unclassified', 'unplanned'].includes(name);
}

/** The change in percentage points between two shares as shown; null when either is missing. */
export function pointsChange(current: number | null, previous: number | null): number | null {
	const now = percentOf(current);
	const before = percentOf(previous);
	return now === null || before === null ? null : now - before;
}

/** Whether a rise in a figure is good news, bad news, or neither. */
export type Direction = 'higherIsBetter' | 'lowerIsBetter' | 'neutral';

/** -1 worse, 0 no change (or no comparison), 1 better. */
export type Verdict = -1 | 0 | 1;

export function verdictOf(change: number | null, direction: Direction): Verdict {
	if (change === null || change === 0 || direction === 'neutral') return 0;
	return change > 0 === (direction === 'higherIsBetter') ? 1 : -1;
}

/**
 * A change as signs and words that need no legend: "+5 pts better", "−3 worse", "= same".
 * `unit` is " pts" for shares and "" for counts; '' when there is nothing to compare.
 */
export function formatChange(change: number | null, direction: Direction, unit: string): string {
	if (change === null) return '';
	if (change === 0) return '= same';
	const amount = `${change > 0 ? '+' : '−'}${Math.abs(change)}${Math.abs(change) === 1 ? singular(unit) : unit}`;
	const verdict = verdictOf(change, direction);
	return verdict === 0 ? amount : `${amount} ${verdict > 0 ? 'better' : 'worse'}`;
}

/** "+5 pts" / "−1 pt" / "±0 pts" for sentences; '' when either share is missing. */
export function formatPointsChange(current: number | null, previous: number | null): string {
	const change = pointsChange(current, previous);
	if (change === null) return '';
	if (change === 0) return '±0 pts';
	return `${change > 0 ? '+' : '−'}${Math.abs(change)} ${Math.abs(change) === 1 ? 'pt' : 'pts'}`;
}

/** " pt" for " pts": one point of change is said in the singular. */
function singular(unit: string): string {
	return unit === ' pts' ? ' pt' : unit;
}

/** " (week before 4)": a count's value the week before, said beside it; '' without a week before. */
export function formatCountWeekBefore(previous: number | null): string {
	return previous === null ? '' : ` (week before ${previous})`;
}

/** The change of a count as "+3" / "−2" / "= same"; '' without a previous value. */
export function countChange(current: number, previous: number | null): number | null {
	return previous === null ? null : current - previous;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formatted days by date: a week's figures name the same few hundred days thousands of times. */
const formattedDays = new Map<string, string>();

/** "Tue 17 Nov" from YYYY-MM-DD (a calendar date, so no time zone is involved). */
export function formatDay(date: string): string {
	const known = formattedDays.get(date);
	if (known !== undefined) return known;
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	const text = `${weekdays[weekday]} ${day} ${months[month - 1]}`;
	// Bounded: years of history are a few thousand days; anything past that is not worth keeping.
	if (formattedDays.size >= 20_000) formattedDays.clear();
	formattedDays.set(date, text);
	return text;
}

/**
 * The due-date figures in one sentence, so "due" means one thing everywhere: every ticket
 * due in the week, of which the judged ones (on time + late) make the rate. `during` names
 * the week as figure-words.ts does ("this week", "in 2026-W48").
 */
export function dueSentence(p: {readonly due: number; readonly onTime: number; readonly late: number; readonly pending: number; readonly onTimeRate: number | null}, during: string): string {
	return `${p.due} due ${during}: ${p.onTime} on time, ${p.late} late, ${p.pending} pending — on-time rate ${formatPercent(p.onTimeRate)} of the ${p.onTime + p.late} judged`;
}

/** The first-due-date figures in one sentence, the same way. */
export function promiseSentence(p: {readonly committed: number; readonly kept: number; readonly broken: number; readonly keptRate: number | null}, during: string): string {
	return `${p.committed} first due ${during}: ${p.kept} kept, ${p.broken} broken — kept rate ${formatPercent(p.keptRate)} of the ${p.kept + p.broken} judged`;
}

/** The qualifiers a figure may need, said the same way on every surface. */
export const qualifiers = {
	soFar: 'so far',
	ofSorted: 'of sorted work',
	noFigure: 'no figure',
} as const;

/** "3 unsorted not counted": the qualifier of a share computed over sorted work only. */
export function unsortedNote(unsorted: number): string {
	return unsorted === 0 ? '' : `${unsorted} unsorted not counted`;
}
