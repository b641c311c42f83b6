import {textWidth} from './text-width.js';

const segmenter = new Intl.Segmenter();

/** Figures are formatted by the one module every surface shares (domain/figure-format.ts). */
export {formatPercent as percent, formatDays as days} from '../domain/figure-format.js';
/** Dates read the same in the views and the exports (text/dates.ts). */
export {shortDate, weekRange} from '../text/dates.js';
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
