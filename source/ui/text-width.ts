import stringWidth from 'string-width';

/**
 * Strings made only of characters that take one terminal column and that string-width
 * measures as one: printable ASCII, Latin letters with accents, the punctuation, arrows,
 * maths signs, box drawing, blocks and shapes the screens are drawn with (▄ ▲ − · … –), and
 * the few symbols the views use besides (⏱ ⚑ ✓ ✗, each one column unless followed by an
 * emoji variation selector, which takes a string out of this set).
 * string-width measures anything outside ASCII by splitting graphemes and testing each
 * against Unicode's emoji regex, whose first use alone costs ≈40 ms of compiling and every
 * later call tens of µs; a frame measures hundreds of strings. Left out on purpose: soft
 * hyphen, zero-width and bidi controls, line separators (zero or special width) and the few
 * shapes drawn as emoji (◽ ◾). `test/ui/text-width.test.ts` checks every code point here
 * against string-width, so the fast answer is always its answer.
 */
const oneColumnOnly = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2200-\u22FF\u2500-\u25FC\u23F1\u2691\u2713\u2717]*$/;

/**
 * Colour and style codes (SGR: ESC [ 1;36 m), the only escapes Ink puts in the lines it
 * measures. string-width strips them (with ansi-regex, which removes exactly these spans);
 * any other escape, or a terminator that could make ansi-regex read further, leaves an ESC,
 * BEL or C1 character behind, which is not in `oneColumnOnly`, so string-width answers.
 */
const styleCodes = /\u001B\[(?:\d{1,3}(?:;\d{1,3})*)?m/g;

/** Terminal columns of `text`: string-width's answer, without its cost for everyday text. */
export function textWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
	// Other options (ambiguous characters as wide, escapes counted) change the answer: only the default is fast.
	if (options === undefined) {
		const visible = text.includes('\u001B') ? text.replace(styleCodes, '') : text;
		if (oneColumnOnly.test(visible)) return visible.length;
	}

	return stringWidth(text, options);
}

/** For the bundle, where every `import stringWidth from 'string-width'` (Ink's included) resolves here. */
export default textWidth;
