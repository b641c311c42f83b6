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
