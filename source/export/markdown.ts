import {formatDaysLong, formatPercent, formatPointsChange} from '../domain/figure-format.js';
import {stripUnsafe, toTerminalLine} from '../text/sanitize.js';

/**
 * Markdown building for the exports. Ticket text is untrusted, so the builders take
 * `Inline` values only: text escaped by `text()` or literals of our own marked by `trusted()`.
 * A title such as `# Heading`, `</details>` or `[x](javascript:…)` then stays one inline run
 * of text and cannot change the document's structure.
 */
declare const inlineBrand: unique symbol;
export type Inline = string & {readonly [inlineBrand]: true};

/**
 * Untrusted text → one line of Markdown that reads as itself. Only what could change the
 * document is escaped, where it could (briefing.md: "PAY-12", "orders_daily", "[iOS] Crash"
 * and "a -> b" stay as they are): characters that open code, HTML, links, emphasis or strikethrough, table pipes,
 * a block marker at the start (the text may open a line or a list item), entities, and
 * addresses GFM would turn into links to wherever the ticket's author chose.
 */
export function text(value: string): Inline {
	return escaped(value, false);
}

function escaped(value: string, isLinkText: boolean): Inline {
	const line = toTerminalLine(value);
	// Brackets make a link or an image only with "](", "][" or "]:" somewhere after them (the
	// documents define no references): "[iOS] Crash" stays as typed. Where one is there, every
	// bracket is escaped, as link text may itself hold escaped brackets. A leading "[ ]" or "[x]"
	// would be a task list's checkbox in a bullet.
	// Inside link text every bracket is escaped: "]" would end it early.
	const brackets = isLinkText || /\][([:]/.test(line) ? /[[\]]/g : /^\[(?=[ xX]\])/g;
	return line
		.replace(/[\\`*|]/g, (c) => `\\${c}`)
		.replace(brackets, (c) => `\\${c}`)
		// "<" opens HTML or an autolink only before a letter, "/", "!" or "?" ("a <- b", "x < 5" stay);
		// ">" quotes only where a line opens ("a -> b" stays).
		.replace(/<(?=[A-Za-z/!?])/g, '\\<')
		.replace(/^>/, '\\>')
		// One tilde strikes nothing through ("~/.config", "~5 min"); two or more may pair.
		.replace(/~/g, (tilde) => ((line.match(/~/g)?.length ?? 0) >= 2 ? `\\${tilde}` : tilde))
		.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
		.replace(/^([#=+-])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2')
		.replace(/&(?=#|[A-Za-z][A-Za-z0-9]*;)/g, '\\&')
		.replace(/(?<=[\w.+-])@(?=\w)/g, '\\@')
		.replace(/:\/\//g, '\\://')
		.replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`) as Inline;
}

/** Our own wording and figures: no Markdown specials that could misfire, so no escaping. */
export function trusted(value: string): Inline {
	return value as Inline;
}

export function join(parts: readonly Inline[], separator = ''): Inline {
	return parts.join(separator) as Inline;
}

export function heading(level: 1 | 2 | 3 | 4, content: Inline): string {
	return `${'#'.repeat(level)} ${content}`;
}

export function bullets(items: readonly Inline[], empty: Inline): string {
	if (items.length === 0) return `${empty}`;
	// "1. x" right after a bullet marker would open a nested ordered list.
	return items.map((item) => `- ${item === '' ? '(empty)' : item.replace(/^(\d+)([.)])/, '$1\\$2')}`).join('\n');
}

/**
 * A pipe table. Every cell is Inline, so pipes inside ticket text are already escaped;
 * a stray line break in a cell would end the table, so it is folded here as a last guard.
 */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly Inline[]>, empty: Inline): string {
	if (rows.length === 0) return `${empty}`;
	const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/[\r\n]+/g, ' ')).join(' | ')} |`;
	return [line(headers), line(headers.map(() => '---')), ...rows.map((row) => line(row))].join('\n');
}

/**
 * A ticket's key, linked to the tracker when the URL is a plain http(s) address; anything
 * else (javascript:, data:, a URL with spaces or brackets) is shown as text, never linked.
 */
export function ticketKey(key: string, url: string | null): Inline {
	const label = text(key);
	if (url === null) return label;
	const linkLabel = escaped(key, true);
	const clean = stripUnsafe(url);
	if (!/^https?:\/\/[^\s<>()[\]"'`\\]+$/i.test(clean)) return label;
	return `[${linkLabel}](${clean})` as Inline;
}

export function percent(share: number | null): Inline {
	return trusted(formatPercent(share));
}

export function days(value: number | null): Inline {
	return trusted(value === null ? '–' : formatDaysLong(value));
}

/** "+12 pts" / "−5 pts" / "±0 pts" between two shares as shown, or '' when either is missing. */
export function shareChange(current: number | null, previous: number | null): Inline {
	return trusted(formatPointsChange(current, previous));
}

/** Blocks separated by one blank line; empty blocks leave no gap. */
export function blocks(parts: readonly string[]): string {
	return parts.filter((part) => part !== '').join('\n\n');
}

/** The document: blocks separated by one blank line, ending in a newline. */
export function document(parts: readonly string[]): string {
	return `${blocks(parts)}\n`;
}

/** "1 ticket", "3 tickets". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nouns}`;
}
