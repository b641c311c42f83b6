/**
 * JQL text we write ourselves. The configured scope is the user's own JQL and is taken
 * as written; every value we add is a quoted string literal.
 */

/**
 * A JQL string literal for any text: double quotes, with `\` and `"` escaped and line
 * breaks written as escapes, so no value can end the literal or the clause early.
 */
export function quoteJqlValue(value: string): string {
	let quoted = '"';
	for (const character of value) {
		switch (character) {
			case '\\': {
				quoted += '\\\\';
				break;
			}

			case '"': {
				quoted += '\\"';
				break;
			}

			case '\n': {
				quoted += '\\n';
				break;
			}

			case '\r': {
				quoted += '\\r';
				break;
			}

			case '\t': {
				quoted += '\\t';
				break;
			}

			default: {
				quoted += character;
			}
		}
	}

	return `${quoted}"`;
}

/**
 * `yyyy/MM/dd HH:mm` in a time zone. Jira reads JQL date literals in the searching
 * user's profile time zone, which for the director is the configured one.
 */
export function formatJqlInstant(instant: number, timezone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: timezone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(new Date(instant));
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
	return `${part('year')}/${part('month')}/${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * The search JQL: the configured scope (or every issue the credentials can see), only
 * issues updated since an instant when incremental, oldest change first so a resumed
 * pull continues where it stopped.
 */
export function buildSearchJql(scope: string | null, updatedSince: number | null, timezone: string): string {
	const clauses: string[] = [];
	const trimmed = scope?.trim() ?? '';
	// A scope's own ORDER BY would conflict with ours; drop it rather than fail.
	const withoutOrder = trimmed.replace(/\s+order\s+by\s+[\s\S]*$/i, '').trim();
	if (withoutOrder !== '') clauses.push(`(${withoutOrder})`);
	if (updatedSince !== null) clauses.push(`updated >= ${quoteJqlValue(formatJqlInstant(updatedSince, timezone))}`);
	// Minute precision in the date clause: the sync's overlap covers the rounding down.
	return `${clauses.join(' AND ')} ORDER BY updated ASC, id ASC`.trim();
}

/** The JQL for a known set of issues, by key, every key a quoted literal. */
export function buildKeysJql(keys: readonly string[]): string {
	return `key in (${keys.map((key) => quoteJqlValue(key)).join(', ')}) ORDER BY id ASC`;
}
