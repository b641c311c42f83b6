import {truncate} from './format.js';
import {textWidth} from './text-width.js';

/**
 * Text cut into rows at spaces: the first row at most `width` cells, the rest at most
 * `nextWidth` (a continuation indented by its caller). A word longer than its row is cut.
 */
export function wrapWords(text: string, width: number, nextWidth: number = width): string[] {
	const rows: string[] = [];
	let current = '';
	const room = () => (rows.length === 0 ? width : nextWidth);
	for (const word of text.split(' ')) {
		const next = current === '' ? word : `${current} ${word}`;
		if (textWidth(next) <= room()) current = next;
		else {
			if (current !== '') rows.push(current);
			current = truncate(word, room());
		}
	}
	if (current !== '') rows.push(current);
	return rows;
}

/** The first of several wordings, longest first, that fits `width` cells whole; else the last, cut. */
export function firstThatFits(wordings: readonly [string, ...string[]], width: number): string {
	return truncate(wordings.find((wording) => textWidth(wording) <= width) ?? wordings[wordings.length - 1]!, width);
}

/**
 * Cut to `width` cells at a space, with an ellipsis: a number or a word is never cut in two
 * ("for a median 6…" would read as six), nor a number parted from its noun; a separator left hanging (" ·", ",") goes with the
 * cut. Only a first word wider than the room is cut inside.
 */
export function truncateWords(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	if (width <= 1) return truncate(text, width);
	const words = text.split(' ');
	const kept: string[] = [];
	for (const word of words) {
		if (textWidth([...kept, word].join(' ')) > width - 1) break;
		kept.push(word);
	}
	// A number whose noun is cut off ("· 4…" of "4 taken back") goes with the cut too.
	while (kept.length > 0 && kept.length < words.length && /^[\d.,%−+-]+$/u.test(kept.at(-1) ?? '')) kept.pop();
	const shown = kept.join(' ').replace(/[\s·,;:—–(-]+$/u, '');
	return shown === '' ? truncate(text, width) : `${shown}…`;
}
