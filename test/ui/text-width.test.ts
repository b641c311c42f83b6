import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {textWidth} from '../../source/ui/text-width.js';

/** Every BMP code point, as a one-character string. */
const everyCodePoint = Array.from({length: 0x1_00_00}, (_, codePoint) => codePoint).filter((codePoint) => codePoint < 0xd8_00 || codePoint > 0xdf_ff);

describe('textWidth', () => {
	it('answers as string-width does for every BMP character, alone and after a letter', () => {
		const differences: string[] = [];
		for (const codePoint of everyCodePoint) {
			const character = String.fromCodePoint(codePoint);
			for (const text of [character, `a${character}`, `${character}${character}`]) {
				if (textWidth(text) !== stringWidth(text)) differences.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(text)}: ${textWidth(text)} vs ${stringWidth(text)}`);
			}
		}

		expect(differences.slice(0, 20)).toEqual([]);
	});

	it('answers as string-width does for mixed text: emoji, CJK, combining marks, styles and other escapes, variation selectors', () => {
		const pieces = [
			...['a', 'é', 'e\u0301', '▄', '▲', '−', '·', '…', '↔', '↔\uFE0F', '◽', '⌚', '⏱', '⏱\uFE0F', '日本', '👍🏽', '👨‍👩‍👧', '\u00AD', '\u200B', ' ', '─', '\t'],
			// Styles as Ink writes them, and escapes that are not styles or that end further on.
			...['\u001B[31m', '\u001B[1;36m', '\u001B[39m', '\u001B[22m', '\u001B[38;5;208m', '\u001B[m', '\u001B[12345m', '\u001B[', 'm', '\u0007', '\u001B\\', '\u009C', '\u009B31m', '\u001B]8;;https://x.test\u0007', '\u001B[2K'],
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
				const text = parts.join('');
				expect(textWidth(text)).toBe(stringWidth(text));
			}),
			{numRuns: 5000},
		);
	});

	it('keeps string-width’s options: ambiguous characters as wide are measured by string-width', () => {
		expect(textWidth('·…', {ambiguousIsNarrow: false})).toBe(stringWidth('·…', {ambiguousIsNarrow: false}));
		expect(textWidth('·…', {ambiguousIsNarrow: false})).toBe(4);
	});
});
