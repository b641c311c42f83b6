import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {quoteJqlValue} from '../../../source/providers/jira/index.js';
import {buildSearchJql, formatJqlInstant, formatJqlLowerBound} from '../../../source/providers/jira/jql.js';

/**
 * A JQL string literal, as Jira's grammar reads one: a double quote, then characters up to
 * the next unescaped double quote, where `\` escapes the next character (`\n`, `\r`, `\t`
 * stand for line breaks and tabs). Returns the value and the index after the literal.
 */
function parseStringLiteral(source: string, start = 0): {value: string; end: number} {
	if (source[start] !== '"') throw new Error('not a string literal');
	let value = '';
	for (let index = start + 1; index < source.length; index++) {
		const character = source[index] as string;
		if (character === '"') return {value, end: index + 1};
		if (character === '\\') {
			const next = source[++index];
			if (next === undefined) throw new Error('dangling escape');
			value += next === 'n' ? '\n' : next === 'r' ? '\r' : next === 't' ? '\t' : next;
			continue;
		}

		if (character === '\n' || character === '\r') throw new Error('raw line break in a literal');
		value += character;
	}

	throw new Error('unterminated literal');
}

describe('quoteJqlValue', () => {
	it('quotes any string so that it parses back to itself, ending exactly where it ends', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), fc.string(), (value, rest) => {
				const quoted = quoteJqlValue(value);
				const parsed = parseStringLiteral(quoted + rest);
				expect(parsed.value).toBe(value);
				expect(parsed.end).toBe(quoted.length);
			}),
			{numRuns: 500},
		);
	});

	it('escapes the characters that could end the literal', () => {
		expect(quoteJqlValue('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
		expect(quoteJqlValue('R&D + #1 100%')).toBe('"R&D + #1 100%"');
	});
});

describe('search JQL', () => {
	it('writes the incremental bound in the configured time zone, quoted', () => {
		const instant = Date.parse('2026-03-05T09:30:59Z');
		expect(formatJqlInstant(instant, 'UTC')).toBe('2026/03/05 09:30');
		expect(formatJqlInstant(instant, 'Europe/Berlin')).toBe('2026/03/05 10:30');
		expect(buildSearchJql({scope: 'project in (ENG, PLAT)', updatedSince: instant, timezone: 'Europe/Berlin', now: instant, order: 'updated'})).toBe(
			'(project in (ENG, PLAT)) AND updated >= "2026/03/05 10:30" ORDER BY updated ASC, id ASC',
		);
	});

	it('bounds an empty scope by creation before tomorrow (never an unbounded query), and replaces a scope\'s own ordering', () => {
		const now = Date.parse('2026-03-05T09:30:00Z');
		const full = (scope: string | null) => buildSearchJql({scope, updatedSince: null, timezone: 'UTC', now, order: 'updated'});
		expect(full(null)).toBe('created <= "2026/03/06 09:30" ORDER BY updated ASC, id ASC');
		expect(full('  ')).toBe('created <= "2026/03/06 09:30" ORDER BY updated ASC, id ASC');
		expect(full('ORDER BY rank')).toBe('created <= "2026/03/06 09:30" ORDER BY updated ASC, id ASC');
		expect(full('project = ENG ORDER BY priority DESC')).toBe('(project = ENG) ORDER BY updated ASC, id ASC');
		// Past Data Center's result window: within one project only, from an issue id on (Jira compares key numbers in its project).
		expect(buildSearchJql({scope: null, updatedSince: null, timezone: 'UTC', now, order: 'id', window: {afterId: '10400', byProject: {project: 'ENG', done: ['OPS', 'A"B']}}})).toBe(
			'created <= "2026/03/06 09:30" AND project not in ("OPS", "A\\"B") AND project = "ENG" AND id >= 10400 ORDER BY id ASC',
		);
		expect(buildSearchJql({scope: 'project in (ENG, OPS)', updatedSince: null, timezone: 'UTC', now, order: 'id', window: {afterId: null, byProject: {project: null, done: []}}})).toBe('(project in (ENG, OPS)) ORDER BY id ASC');
	});
});

describe('the incremental bound where clocks go back', () => {
	/** Every instant (to the minute, within two hours) whose wall clock in the zone reads as `text`. */
	const readings = (text: string, around: number, timezone: string) => {
		const found: number[] = [];
		for (let minute = -120; minute <= 120; minute++) {
			const instant = Math.floor(around / 60_000) * 60_000 + minute * 60_000;
			if (formatJqlInstant(instant, timezone) === text) found.push(instant);
		}

		return found;
	};

	it.each([
		// Berlin: 03:00 CEST back to 02:00 CET at 01:00 UTC.
		['Europe/Berlin', '2026-10-25T00:00:00Z'],
		// New York: 02:00 EDT back to 01:00 EST at 06:00 UTC.
		['America/New_York', '2026-11-01T05:00:00Z'],
		// Lord Howe: back half an hour, 02:00 to 01:30, at 15:00 UTC.
		['Australia/Lord_Howe', '2026-04-04T14:25:00Z'],
	])('in %s no reading of the bound is after the instant, and it is at most the shift earlier', (timezone, from) => {
		for (let step = 0; step <= 14; step++) {
			const instant = Date.parse(from) + step * 5 * 60_000 + 17_000;
			const bound = formatJqlLowerBound(instant, timezone);
			const read = readings(bound, instant, timezone);
			expect(read.length).toBeGreaterThan(0);
			expect(Math.max(...read)).toBeLessThanOrEqual(instant);
			expect(instant - Math.min(...read)).toBeLessThan(2 * 3_600_000);
		}
	});

	it('is the plain wall clock where it names one instant', () => {
		const instant = Date.parse('2026-03-05T09:30:59Z');
		expect(formatJqlLowerBound(instant, 'Europe/Berlin')).toBe('2026/03/05 10:30');
		expect(formatJqlLowerBound(Date.parse('2026-10-25T00:40:00Z'), 'Europe/Berlin')).toBe('2026/10/25 01:40');
		expect(formatJqlLowerBound(Date.parse('2026-10-25T01:40:00Z'), 'Europe/Berlin')).toBe('2026/10/25 02:40');
	});
});

