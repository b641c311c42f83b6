import {textWidth} from './text-width.js';

const segmenter = new Intl.Segmenter();

/** Figures are formatted by the one module every surface shares (domain/figure-format.ts). */
export {formatPercent as percent, formatDays as days} from '../domain/figure-format.js';
import {countChange, formatChange, pointsChange, type Direction} from '../domain/figure-format.js';

/** "+12 pts better" / "−5 pts worse" / "= same" between two shares as shown, or '' when either is missing. */
export function shareDelta(current: number | null, previous: number | null, direction: Direction = 'neutral'): string {
	return formatChange(pointsChange(current, previous), direction, ' pts');
}

export function countDelta(current: number, previous: number | null, direction: Direction = 'neutral'): string {
	return formatChange(countChange(current, previous), direction, '');
}

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function age(since: number | null, now: number): string {
	if (since === null) return 'never synced';
	const minutes = Math.floor((now - since) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `${hours} h ago`;
	return `${Math.floor(hours / 24)} days ago`;
}

/**
 * Cuts to `width` terminal columns with an ellipsis. Widths are measured as the terminal
 * draws them (a CJK character or an emoji takes two columns), so columns stay aligned.
 * Text is sanitised upstream.
 */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (textWidth(text) <= width) return text;
	if (width === 1) return '…';
	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const cell = textWidth(segment);
		if (used + cell > width - 1) break;
		result += segment;
		used += cell;
	}
	return `${result}…`;
}

export function padEnd(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}

export function padStart(text: string, width: number): string {
	const cut = truncate(text, width);
	return ' '.repeat(Math.max(0, width - textWidth(cut))) + cut;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "16–22 Nov 2026" (or "28 Dec – 3 Jan 2027") from a week's YYYY-MM-DD start and end. */
export function weekRange(start: string, end: string): string {
	const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
	const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
	if (sm === em) return `${sd}–${ed} ${monthNames[em - 1]} ${ey}`;
	if (sy === ey) return `${sd} ${monthNames[sm - 1]} – ${ed} ${monthNames[em - 1]} ${ey}`;
	return `${sd} ${monthNames[sm - 1]} ${sy} – ${ed} ${monthNames[em - 1]} ${ey}`;
}

/** "3 Nov" from YYYY-MM-DD. */
export function shortDate(date: string | null): string {
	if (!date) return '–';
	const [, month, day] = date.split('-').map(Number) as [number, number, number];
	return `${day} ${monthNames[month - 1]}`;
}
