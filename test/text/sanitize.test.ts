import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {stripUnsafe, toCsvField, toMarkdownInline, toTerminalLine} from '../../source/text/sanitize.js';

// Every C0 control but tab and newline, DEL, every C1 control, and the bidi controls.
const forbidden = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

describe('stripUnsafe', () => {
	it.each([
		['CSI colour', 'red \u001B[31malert\u001B[0m', 'red alert'],
		['cursor movement', 'a\u001B[2Jb\u001B[10;10Hc', 'abc'],
		['OSC 8 hyperlink', '\u001B]8;;https://evil.example\u0007click\u001B]8;;\u0007', 'click'],
		['OSC 52 clipboard write', 'x\u001B]52;c;ZXZpbA==\u001B\\y', 'xy'],
		['window title', '\u001B]0;pwned\u0007title', 'title'],
		['8-bit CSI', 'a\u009B31mb', 'ab'],
		['DCS', 'a\u001BPq#0;2;0;0;0\u001B\\b', 'ab'],
		['bell and backspace', 'a\u0007b\u0008c', 'abc'],
		['bidi override', 'invoice\u202Egpj.exe', 'invoicegpj.exe'],
	])('removes %s', (_name, input, expected) => {
		expect(stripUnsafe(input)).toBe(expected);
	});

	it('keeps ordinary text, accents and emoji', () => {
		expect(stripUnsafe('Zahlungsausfälle 🔥 — “checkout”')).toBe('Zahlungsausfälle 🔥 — “checkout”');
	});

	it('leaves no control, escape or bidi character in any string', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), (input) => {
				expect(stripUnsafe(input)).not.toMatch(forbidden);
			}),
			{numRuns: 2000},
		);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 100}), (input) => {
				const once = stripUnsafe(input);
				expect(stripUnsafe(once)).toBe(once);
			}),
		);
	});
});

describe('toTerminalLine', () => {
	it('folds newlines and tabs into single spaces', () => {
		expect(toTerminalLine('  Checkout\n\t500s  after deploy ')).toBe('Checkout 500s after deploy');
	});

	it('never yields a newline', () => {
		fc.assert(fc.property(fc.string({unit: 'binary'}), (input) => {
			expect(toTerminalLine(input)).not.toMatch(/[\n\r\t]/);
		}));
	});
});

describe('toMarkdownInline', () => {
	it('escapes characters that would start structure', () => {
		expect(toMarkdownInline('# [click](http://x) *bold* | cell')).toBe('\\# \\[click\\]\\(http://x\\) \\*bold\\* \\| cell');
	});

	it('keeps one line whatever the input', () => {
		fc.assert(fc.property(fc.string({unit: 'binary'}), (input) => {
			expect(toMarkdownInline(input)).not.toMatch(/[\n\r]/);
		}));
	});
});

describe('toCsvField', () => {
	it.each([
		['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
		['+1+1', `"'+1+1"`],
		['-2+3', `"'-2+3"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['plain, with comma', '"plain, with comma"'],
	])('guards %s', (input, expected) => {
		expect(toCsvField(input)).toBe(expected);
	});

	it('writes numbers and nulls plainly', () => {
		expect(toCsvField(3)).toBe('3');
		expect(toCsvField(null)).toBe('');
	});

	it('always yields one quoted field that cannot start a formula', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), (input) => {
				const field = toCsvField(input);
				expect(field.startsWith('"')).toBe(true);
				expect(field.endsWith('"')).toBe(true);
				expect(field).not.toMatch(/[\n\r]/);
				expect(field.slice(1, -1).replace(/""/g, '')).not.toContain('"');
				expect(field.slice(1)).not.toMatch(/^[=+\-@\t]/);
			}),
			{numRuns: 2000},
		);
	});
});

describe('stripUnsafe returns a text with nothing to strip as it is (its fast path)', () => {
	// The three replacements alone, as stripUnsafe was before it looked first.
	const reference = (text: string) =>
		text
			.replace(/\u001B\[[0-?]*[ -/]*[@-~]|\u001B[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|\u009C|$)|\u001B[ -/]*[0-~]?|\u009B[0-?]*[ -/]*[@-~]|[\u0090\u009D\u0098\u009E\u009F][\s\S]*?(?:\u0007|\u009C|\u001B\\|$)/g, '')
			.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
			.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '');

	it('strips exactly what the replacements strip, for every UTF-16 code unit in a text', () => {
		for (let unit = 0; unit <= 0xffff; unit++) {
			const text = `ENG-1 ${String.fromCharCode(unit)}[31mred x`;
			if (stripUnsafe(text) !== reference(text)) expect.fail(`U+${unit.toString(16).padStart(4, '0')}: ${JSON.stringify(stripUnsafe(text))} ≠ ${JSON.stringify(reference(text))}`);
		}
	});

	it('gives the very string back when nothing is unsafe, and strips as before otherwise', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), (input) => {
				expect(stripUnsafe(input)).toBe(reference(input));
			}),
			{numRuns: 2000},
		);
	});
});
