/**
 * Ticket text is untrusted: anyone who can file a ticket can put bytes on the director's
 * terminal. Everything that reaches a screen, a Markdown file or a CSV passes through here.
 */

// ESC-introduced sequences (CSI, OSC, DCS, SOS/PM/APC with their terminators, and
// two-character escapes), their 8-bit C1 forms, then any remaining C0/C1 control.
const escapeSequence =
	/\u001B\[[0-?]*[ -/]*[@-~]|\u001B[\]PX^_][\s\S]*?(?:\u0007|\u001B\\|\u009C|$)|\u001B[ -/]*[0-~]?|\u009B[0-?]*[ -/]*[@-~]|[\u0090\u009D\u0098\u009E\u009F][\s\S]*?(?:\u0007|\u009C|\u001B\\|$)/g;
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi overrides and isolates can make a title read differently from what it is (Trojan Source).
const bidiControl = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

// Every character any of the three can match or start a match with (ESC and the C1 introducers
// are controls): a text without one is returned as it is, without three scans and copies. Nearly
// every text is such a text, and an export strips each key and reason of ~20,000 figure entries.
const anyUnsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Removes escape sequences, control characters (keeps \t and \n) and bidi controls. */
export function stripUnsafe(text: string): string {
	if (!anyUnsafe.test(text)) return text;
	return text.replace(escapeSequence, '').replace(controlCharacter, '').replace(bidiControl, '');
}

/** One line of safe text for a terminal cell: no controls at all, whitespace folded. */
export function toTerminalLine(text: string): string {
	return stripUnsafe(text).replace(/\s+/g, ' ').trim();
}

/**
 * A value the user typed, as an error echoes it: one safe line, cut to `max` characters with an
 * ellipsis, so a 100 KB value pasted by mistake leaves the error one readable line.
 */
export function echoedValue(value: string, max = 80): string {
	const line = toTerminalLine(value);
	if (line.length <= max) return line;
	// By code point, so a cut never splits a surrogate pair.
	return `${Array.from(line.slice(0, max * 2)).slice(0, max - 1).join('')}…`;
}

/** Safe inline Markdown: no structure-breaking characters, one line. */
export function toMarkdownInline(text: string): string {
	return toTerminalLine(text).replace(/[\\`*_{}[\]()<>#+\-!|~]/g, (c) => `\\${c}`);
}

/** A CSV field: quoted, with spreadsheet formula injection neutralised. */
export function toCsvField(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	let text = stripUnsafe(value).replace(/[\r\n]+/g, ' ');
	// A leading = + - @ (or tab/CR) makes spreadsheets evaluate the cell; a quote prefix keeps it text.
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}
