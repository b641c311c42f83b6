import fc from 'fast-check';
import {marked, type Token, type Tokens} from 'marked';
import {describe, expect, it} from 'vitest';
import {buildLeadership} from '../../source/export/leadership.js';
import {bullets, table, text, ticketKey, trusted} from '../../source/export/markdown.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import {makeSnapshot, note, tickets, withTicket} from './snapshot-fixture.js';

const hostileTitles = [
	'# Heading injected',
	'</details><script>alert(1)</script>',
	'[click me](javascript:alert(1))',
	'```\ncode fence\n```',
	'a | b | c',
	'\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007 \u001B[31mred\u001B[0m',
	'line one\n## line two',
	'1. looks like a list',
	'&#x1b;[2J entity escape',
	'<!-- comment',
	'---',
	'![img](https://evil.example/x.png)',
];

/** Every document the exports make for a snapshot. */
function documents(title: string): string[] {
	const s = withTicket(makeSnapshot({notes: [note(1, {kind: 'ticket', ticketId: 't-overdue'}, title), note(2, {kind: 'report', reportSlug: 'alex-kim'}, title)]}), {
		...tickets.overdue,
		title,
		key: title.slice(0, 12),
	});
	return (['page', 'full'] as const).flatMap((detail) => [buildOneOnOne(s, 'alex-kim', detail).content, buildOneOnOne(s, 'jo-park', detail).content, buildLeadership(s, detail).content]);
}

/** The document's skeleton: block token types and heading texts, which ticket text must never change. */
function skeleton(md: string): string[] {
	return marked
		.lexer(md)
		.filter((token) => token.type !== 'space')
		.map((token) => (token.type === 'heading' ? `h${(token as Tokens.Heading).depth}:${(token as Tokens.Heading).text}` : token.type));
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
	for (const token of tokens) {
		visit(token);
		if ('tokens' in token && token.tokens) walk(token.tokens, visit);
		if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
		if (token.type === 'table') {
			const tableToken = token as Tokens.Table;
			for (const cell of [...tableToken.header, ...tableToken.rows.flat()]) walk(cell.tokens, visit);
		}
	}
}

describe('hostile ticket text in Markdown exports', () => {
	const plain = documents('Retry queue for webhooks');

	it.each(hostileTitles)('cannot change the document structure: %j', (title) => {
		for (const [index, md] of documents(title).entries()) {
			expect(skeleton(md)).toEqual(skeleton(plain[index] ?? ''));
			const tokens = marked.lexer(md);
			walk(tokens, (token) => {
				expect(token.type).not.toBe('html');
				expect(token.type).not.toBe('code');
				expect(token.type).not.toBe('codespan');
				expect(token.type).not.toBe('image');
				if (token.type === 'link') expect((token as Tokens.Link).href).toMatch(/^https:\/\/acme\.example\//);
			});
		}
	});

	it('keeps every table row to its columns when a title holds pipes', () => {
		// The full 1:1 note: its appendix has the tables.
		const md = documents('a | b | c')[3] ?? '';
		const tokens = marked.lexer(md);
		const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
		expect(tables.length).toBeGreaterThan(0);
		for (const tableToken of tables) for (const row of tableToken.rows) expect(row).toHaveLength(tableToken.header.length);
		expect(tables.some((tableToken) => tableToken.rows.some((row) => row.some((cell) => cell.text === 'a | b | c')))).toBe(true);
	});

	it('lets no control character or escape sequence reach the file', () => {
		for (const md of documents('\u001B[2J\u001B]0;title\u0007\u009B31m\u0000\u0008\u202Eevil')) {
			// Tabs and newlines are the document's own; nothing else below U+0020, no C1, no bidi override.
			expect(md).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		}
	});

	it('holds for arbitrary titles: the skeleton never changes, and no raw HTML appears', () => {
		fc.assert(
			fc.property(fc.string({unit: fc.constantFrom('#', '|', '`', '<', '>', '[', ']', '(', ')', '!', '-', '*', '_', '\n', '\u001B', 'a', ' ', '1', '.', '&', '=', '~')}), (title) => {
				for (const [index, md] of documents(title).entries()) {
					expect(skeleton(md)).toEqual(skeleton(plain[index] ?? ''));
					walk(marked.lexer(md), (token) => expect(token.type).not.toBe('html'));
				}
			}),
			{numRuns: 150},
		);
	});
});

describe('markdown helpers', () => {
	it('links a ticket key only to a plain http(s) address', () => {
		expect(ticketKey('PAY-1', 'https://acme.example/PAY-1')).toBe('[PAY-1](https://acme.example/PAY-1)');
		expect(ticketKey('PAY-1', 'javascript:alert(1)')).toBe('PAY-1');
		expect(ticketKey('PAY-1', 'https://acme.example/a) [x](javascript:1')).toBe('PAY-1');
		expect(ticketKey('PAY-1', null)).toBe('PAY-1');
	});

	it('leaves ordinary ticket text as it is: keys, hyphens, parentheses, snake_case, R&D', () => {
		for (const plain of ['PLAT-7768 Ingress drops long-lived websocket connections', 'dbt model orders_daily returns duplicates (found in review)', 'R&D budget: 2026-12-05 → 2026-12-12, +7 d', 'Fix #123 now!']) {
			expect(text(plain)).toBe(plain);
		}
	});

	it('escapes a block marker only where it opens the text, and emphasis only where it could open', () => {
		expect(text('- item')).toBe('\\- item');
		expect(text('# title')).toBe('\\# title');
		expect(text('a - b # c')).toBe('a - b # c');
		expect(text('_init_ and snake_case')).toBe('\\_init\\_ and snake_case');
		expect(text('*bold* `code` <b> a|b ~~s~~')).toBe('\\*bold\\* \\`code\\` \\<b> a\\|b \\~\\~s\\~\\~');
		expect(text('&amp; &#x1b; ops@acme.example https://x www.x')).toBe('\\&amp; \\&#x1b; ops\\@acme.example https\\://x www\\.x');
	});

	it('leaves brackets, arrows and a lone tilde as typed where Markdown cannot misread them (briefing.md: no needless backslashes)', () => {
		for (const plain of ['[iOS] Crash on launch after the 17.2 update', 'Payments [EU] retries: a -> b, x > 5 and y < 3', 'Read ~/.config on start', '[Flaky] test [slow]']) {
			expect(text(plain)).toBe(plain);
		}
		// Where a link, an image, a reference or a task box could form, every bracket is escaped.
		expect(text('[x](javascript:1)')).toBe('\\[x\\](javascript:1)');
		expect(text('[a [b](c)]')).toBe('\\[a \\[b\\](c)\\]');
		expect(text('![img][ref]')).toBe('!\\[img\\]\\[ref\\]');
		expect(text('[x]: https://evil.example')).toBe('\\[x\\]: https\\://evil.example');
		expect(text('[ ] not a checkbox')).toBe('\\[ ] not a checkbox');
		expect(text('> not a quote, <div> not HTML, <https://x> no link')).toBe('\\> not a quote, \\<div> not HTML, \\<https\\://x> no link');
		// A key inside its link's text: any bracket would end the text early.
		expect(ticketKey('PAY]1', 'https://acme.example/PAY-1')).toBe('[PAY\\]1](https://acme.example/PAY-1)');
	});

	it('escapes a number and dot at the start of a bullet so it stays one item', () => {
		const md = bullets([text('1. first')], trusted('none'));
		const list = marked.lexer(md)[0] as Tokens.List;
		expect(list.items).toHaveLength(1);
		expect(list.items[0]?.tokens.some((token) => token.type === 'list')).toBe(false);
	});

	it('writes the empty text instead of an empty table', () => {
		expect(table(['Key'], [], trusted('none'))).toBe('none');
	});
});
