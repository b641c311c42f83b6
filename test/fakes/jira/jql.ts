/**
 * Just enough JQL for the fake Jira: AND/OR/NOT and parentheses over `=`, `!=`, `~`,
 * `in`, `>=`, `<=`, `>`, `<` on a handful of fields, string literals with escapes, and
 * ORDER BY. Anything else is the 400 Jira gives for an unknown field or a syntax error.
 */
import {TZDate} from '@date-fns/tz';

export class JqlError extends Error {
	/** Every message Jira lists in `errorMessages` (one per key it cannot find, say). */
	readonly messages: readonly string[];
	constructor(...messages: [string, ...string[]]) {
		super(messages.join(' '));
		this.messages = messages;
	}
}

type Token = {kind: 'word'; value: string} | {kind: 'string'; value: string} | {kind: 'op'; value: string} | {kind: 'paren'; value: '(' | ')'} | {kind: 'comma'};

/** Reads a JQL string literal starting at `start` (a quote); returns its value and where it ends. */
export function readJqlString(source: string, start: number): {value: string; end: number} {
	const quote = source[start];
	let value = '';
	for (let index = start + 1; index < source.length; index++) {
		const character = source[index] as string;
		if (character === quote) return {value, end: index + 1};
		if (character === '\\') {
			const next = source[++index];
			if (next === undefined) break;
			value += next === 'n' ? '\n' : next === 'r' ? '\r' : next === 't' ? '\t' : next;
		} else {
			value += character;
		}
	}

	throw new JqlError('Error in the JQL Query: The quoted string has not been completed.');
}

function tokenize(source: string): Token[] {
	const tokens: Token[] = [];
	for (let index = 0; index < source.length; ) {
		const character = source[index] as string;
		if (/\s/.test(character)) {
			index++;
		} else if (character === '"' || character === "'") {
			const {value, end} = readJqlString(source, index);
			tokens.push({kind: 'string', value});
			index = end;
		} else if (character === '(' || character === ')') {
			tokens.push({kind: 'paren', value: character});
			index++;
		} else if (character === ',') {
			tokens.push({kind: 'comma'});
			index++;
		} else {
			const op = /^(!=|>=|<=|!~|=|~|>|<)/.exec(source.slice(index));
			if (op) {
				tokens.push({kind: 'op', value: op[0]});
				index += op[0].length;
				continue;
			}

			const word = /^[^\s"'(),=!<>~]+/.exec(source.slice(index));
			if (!word) throw new JqlError(`Error in the JQL Query: The character '${character}' is a reserved JQL character.`);
			tokens.push({kind: 'word', value: word[0]});
			index += word[0].length;
		}
	}

	return tokens;
}

export interface JqlIssueView {
	readonly id: string;
	readonly key: string;
	/** Keys it had before a move: a `key` clause naming one matches it. */
	readonly formerKeys: readonly string[];
	readonly project: string;
	readonly summary: string;
	readonly labels: readonly string[];
	readonly status: string;
	readonly updated: number;
	readonly created: number;
}

type Predicate = (issue: JqlIssueView) => boolean;

const knownFields = new Set(['project', 'key', 'issuekey', 'id', 'summary', 'text', 'labels', 'status', 'updated', 'created']);

export interface ParsedJql {
	readonly matches: Predicate;
	/** Whether the query restricts the search at all (Cloud's /search/jql refuses one that does not). */
	readonly bounded: boolean;
	readonly orderBy: ReadonlyArray<{readonly field: string; readonly descending: boolean}>;
}

/**
 * `projects`, when given, are the projects the instance has: naming another one is Jira's
 * 400 ("The value 'X' does not exist for the field 'project'.").
 */
/** The issue a JQL `id`/`key` value names (an id when numeric, else a key), among every issue on the site. */
export type JqlIssueResolver = (reference: string) => JqlIssueView | undefined;

const keyNumber = (key: string): number => Number(/-(\d+)$/.exec(key)?.[1] ?? Number.NaN);

export function parseJql(source: string, timezone: string, projects?: readonly string[], resolveIssue?: JqlIssueResolver): ParsedJql {
	const tokens = tokenize(source);
	let position = 0;
	// Jira validates every key a `key`/`issuekey` clause names before it searches (IssueIdValidator): one it
	// cannot find, deleted, moved out of sight or (Cloud) not visible to the caller, fails the whole query.
	const missingKeys: string[] = [];
	const peek = () => tokens[position];
	const isWord = (token: Token | undefined, word: string) => token?.kind === 'word' && token.value.toLowerCase() === word;
	const value = (): string => {
		const token = tokens[position++];
		if (token?.kind === 'word' || token?.kind === 'string') return token.value;
		throw new JqlError('Error in the JQL Query: Expecting a value.');
	};

	const toInstant = (text: string): number => {
		const match = /^(\d{4})[/-](\d{2})[/-](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
		if (!match) throw new JqlError(`Date value '${text}' for field 'updated' is invalid.`);
		const [, year, month, day, hour, minute] = match;
		return new TZDate(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0), timezone).getTime();
	};

	const clause = (): Predicate => {
		const fieldToken = tokens[position++];
		if (fieldToken?.kind !== 'word' && fieldToken?.kind !== 'string') throw new JqlError('Error in the JQL Query: Expecting a field name.');
		const field = fieldToken.value.toLowerCase();
		if (!knownFields.has(field)) throw new JqlError(`Field '${fieldToken.value}' does not exist or you do not have permission to view it.`);
		let operator: string;
		const next = tokens[position];
		if (next?.kind === 'op') {
			operator = next.value;
			position++;
		} else if (isWord(next, 'in')) {
			operator = 'in';
			position++;
		} else if (isWord(next, 'not') && isWord(tokens[position + 1], 'in')) {
			operator = 'not in';
			position += 2;
		} else {
			throw new JqlError(`Error in the JQL Query: Expecting operator but got '${next && 'value' in next ? next.value : 'end of query'}'.`);
		}

		let values: string[];
		if (operator === 'in' || operator === 'not in') {
			if (peek()?.kind !== 'paren') throw new JqlError("Error in the JQL Query: Expecting '(' after IN.");
			position++;
			values = [value()];
			while (peek()?.kind === 'comma') {
				position++;
				values.push(value());
			}

			if (tokens[position++]?.kind !== 'paren') throw new JqlError("Error in the JQL Query: Expecting ')'.");
		} else {
			values = [value()];
		}

		if (field === 'project' && projects !== undefined) {
			const known = new Set(projects.map((project) => project.toLowerCase()));
			const unknown = values.find((candidate) => !known.has(candidate.toLowerCase()));
			if (unknown !== undefined) throw new JqlError(`The value '${unknown}' does not exist for the field 'project'.`);
		}

		if ((field === 'key' || field === 'issuekey') && resolveIssue && ['=', '!=', 'in', 'not in'].includes(operator)) {
			for (const candidate of values) if (resolveIssue(candidate) === undefined) missingKeys.push(`An issue with key '${candidate}' does not exist for field 'key'.`);
		}

		const read = (issue: JqlIssueView): string | number | readonly string[] => {
			switch (field) {
				case 'project': {
					return issue.project;
				}

				case 'key':
				case 'issuekey': {
					return [issue.key, ...issue.formerKeys];
				}

				case 'id': {
					// Issue ids compare as numbers: `id > 10400`.
					return Number(issue.id);
				}

				case 'summary':
				case 'text': {
					return issue.summary;
				}

				case 'labels': {
					return issue.labels;
				}

				case 'status': {
					return issue.status;
				}

				case 'updated': {
					return issue.updated;
				}

				default: {
					return issue.created;
				}
			}
		};

		const [first = ''] = values;
		return (issue) => {
			const actual = read(issue);
			if (field === 'id') {
				const wanted = values.map(Number);
				if (wanted.some((value) => Number.isNaN(value))) throw new JqlError(`The issue id '${first}' is not valid.`);
				const id = actual as number;
				if (operator === '=' || operator === 'in') return wanted.includes(id);
				if (!['>', '>=', '<', '<='].includes(operator)) throw new JqlError(`The operator '${operator}' is not supported by the 'id' field.`);
				// Jira (IssueIdClauseQueryFactory): a relational id or key clause finds the issue the value
				// names and compares key numbers within that issue's project; no such issue, no match.
				const anchor = resolveIssue ? resolveIssue(first) : undefined;
				if (resolveIssue && (anchor === undefined || anchor.project !== issue.project)) return false;
				const [left, right] = anchor ? [keyNumber(issue.key), keyNumber(anchor.key)] : [id, wanted[0] ?? 0];
				return operator === '>' ? left > right : operator === '>=' ? left >= right : operator === '<' ? left < right : left <= right;
			}

			if (typeof actual === 'number') {
				const bound = toInstant(first);
				switch (operator) {
					case '>=': {
						return actual >= bound;
					}

					case '<=': {
						return actual <= bound;
					}

					case '>': {
						return actual > bound;
					}

					case '<': {
						return actual < bound;
					}

					default: {
						throw new JqlError(`The operator '${operator}' is not supported by the '${field}' field.`);
					}
				}
			}

			const candidates = (Array.isArray(actual) ? actual : [actual]).map((candidate: string) => candidate.toLowerCase());
			const wanted = values.map((candidate) => candidate.toLowerCase());
			switch (operator) {
				case '=':
				case 'in': {
					return candidates.some((candidate) => wanted.includes(candidate));
				}

				case '!=':
				case 'not in': {
					return !candidates.some((candidate) => wanted.includes(candidate));
				}

				case '~': {
					return candidates.some((candidate) => candidate.includes(first.toLowerCase()));
				}

				case '!~': {
					return !candidates.some((candidate) => candidate.includes(first.toLowerCase()));
				}

				default: {
					throw new JqlError(`The operator '${operator}' is not supported by the '${field}' field.`);
				}
			}
		};
	};

	const unary = (): Predicate => {
		if (isWord(peek(), 'not')) {
			position++;
			const inner = unary();
			return (issue) => !inner(issue);
		}

		const token = peek();
		if (token?.kind === 'paren' && token.value === '(') {
			position++;
			const inner = or();
			const close = tokens[position++];
			if (close?.kind !== 'paren' || close.value !== ')') throw new JqlError("Error in the JQL Query: Expecting ')' before the end of the query.");
			return inner;
		}

		return clause();
	};

	const and = (): Predicate => {
		const parts = [unary()];
		while (isWord(peek(), 'and')) {
			position++;
			parts.push(unary());
		}

		return (issue) => parts.every((part) => part(issue));
	};

	function or(): Predicate {
		const parts = [and()];
		while (isWord(peek(), 'or')) {
			position++;
			parts.push(and());
		}

		return (issue) => parts.some((part) => part(issue));
	}

	const bounded = position < tokens.length && !isWord(peek(), 'order');
	const matches: Predicate = bounded ? or() : () => true;
	const orderBy: Array<{field: string; descending: boolean}> = [];
	if (isWord(peek(), 'order')) {
		position++;
		if (!isWord(tokens[position++], 'by')) throw new JqlError("Error in the JQL Query: Expecting 'BY' after 'ORDER'.");
		for (;;) {
			const field = value().toLowerCase();
			let descending = false;
			if (isWord(peek(), 'asc') || isWord(peek(), 'desc')) descending = value().toLowerCase() === 'desc';
			orderBy.push({field, descending});
			if (peek()?.kind !== 'comma') break;
			position++;
		}
	}

	if (position < tokens.length) throw new JqlError('Error in the JQL Query: Expecting end of query.');
	const [firstMissing, ...moreMissing] = missingKeys;
	if (firstMissing !== undefined) throw new JqlError(firstMissing, ...moreMissing);
	return {matches, bounded, orderBy};
}
