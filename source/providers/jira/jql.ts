/**
 * JQL text we write ourselves. The configured scope is the user's own JQL and is taken
 * as written; every value we add is a quoted string literal.
 */
import type {DataCenterWindowQuery} from './datacenter.js';

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

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** The wall clock in a time zone at an instant, to the minute: its fields read as if UTC. */
function wallClock(instant: number, timezone: string): number {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: timezone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(new Date(instant));
	const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
	return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
}

function formatWallClock(wall: number): string {
	const date = new Date(wall);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${date.getUTCFullYear()}/${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/**
 * `yyyy/MM/dd HH:mm` in a time zone. Jira reads JQL date literals in the searching
 * user's profile time zone (`/myself` → `timeZone`), so that is the zone to pass.
 */
export function formatJqlInstant(instant: number, timezone: string): string {
	return formatWallClock(wallClock(instant, timezone));
}

/** The latest instant a wall clock can name in a zone (two in the hour its clocks go back). */
function latestReading(wall: number, around: number, timezone: string): number {
	const floor = Math.floor(around / minuteMs) * minuteMs;
	const offsets = new Set([-dayMs, 0, dayMs].map((shift) => wallClock(floor + shift, timezone) - (floor + shift)));
	let latest = Number.NEGATIVE_INFINITY;
	for (const offset of offsets) if (wallClock(wall - offset, timezone) === wall) latest = Math.max(latest, wall - offset);
	return latest;
}

/**
 * A lower bound (`updated >= …`) that no reading of it puts after `instant`. In the hour a
 * zone's clocks go back, one wall time names two instants, and Atlassian does not say which
 * Jira takes: were it the later, the changes of the hour between would never be asked for.
 * Such a bound is written as the wall time an hour (the shift) earlier.
 */
export function formatJqlLowerBound(instant: number, timezone: string): string {
	let candidate = instant;
	for (let step = 0; step < 4; step++) {
		const wall = wallClock(candidate, timezone);
		const latest = latestReading(wall, candidate, timezone);
		if (latest <= instant) return formatWallClock(wall);
		candidate -= latest - instant;
	}

	// Beyond any real zone's rules: a day earlier is earlier under every reading.
	return formatJqlInstant(instant - dayMs, timezone);
}

export interface SearchJqlOptions {
	/** The configured scope; null or blank → every issue the credentials can see. */
	readonly scope: string | null;
	/** Only issues updated since this instant (incremental), or null (full). */
	readonly updatedSince: number | null;
	/**
	 * The searching user's profile time zone: Jira reads date literals in it. null: unknown here; a
	 * lower bound is then written in the westernmost zone (UTC−12) and an upper one in the easternmost
	 * (UTC+14), so whatever zone Jira reads them in, the bound is never later (earlier) than meant.
	 */
	readonly timezone: string | null;
	/** Now: an empty scope is bounded by `created` before a day after it. */
	readonly now: number;
	/**
	 * `updated`: oldest change first (the recent-issues look-up). `id`: by issue id, which no
	 * edit moves (Cloud, paged by token; Data Center, in windows past its result window, see
	 * `window`). `recent`: the latest change first (whose people `listPeople` offers).
	 */
	readonly order: 'updated' | 'id' | 'recent';
	/** A Data Center window past the result window: from an issue id on, within a project (datacenter.ts). */
	readonly window?: DataCenterWindowQuery;
}

// The zones furthest behind and ahead of UTC (IANA's Etc/GMT signs are inverted): a wall time read in any
// real zone names an instant no later than it does in the first, no earlier than in the second.
const westernmostZone = 'Etc/GMT+12';
const easternmostZone = 'Etc/GMT-14';

// Day-long margin: "now" in a profile zone can be a day off our clock's date; no real issue is created in the future.
const createdBoundMarginMs = 24 * 60 * 60_000;

/**
 * The search JQL. Jira Cloud's /search/jql refuses a query without a restriction (400
 * "Unbounded JQL queries are not allowed here"): an empty scope is bounded by
 * `created <= "<tomorrow>"`, which every existing issue meets, so old untouched open
 * issues still come. Minute precision in the date clause: the sync's overlap covers the
 * rounding down.
 */
export function buildSearchJql(options: SearchJqlOptions): string {
	const clauses: string[] = [];
	const trimmed = options.scope?.trim() ?? '';
	// A scope's own ORDER BY would conflict with ours; drop it rather than fail.
	const withoutOrder = withoutOrderBy(trimmed);
	if (withoutOrder !== '') clauses.push(`(${withoutOrder})`);
	if (options.updatedSince !== null) clauses.push(`updated >= ${quoteJqlValue(formatJqlLowerBound(options.updatedSince, options.timezone ?? westernmostZone))}`);
	if (clauses.length === 0) clauses.push(`created <= ${quoteJqlValue(formatJqlInstant(options.now + createdBoundMarginMs, options.timezone ?? easternmostZone))}`);
	const {afterId = null, byProject} = options.window ?? {};
	if (byProject && byProject.done.length > 0) clauses.push(`project not in (${byProject.done.map((project) => quoteJqlValue(project)).join(', ')})`);
	if (byProject?.project) clauses.push(`project = ${quoteJqlValue(byProject.project)}`);
	if (afterId !== null) {
		if (!/^\d+$/.test(afterId)) throw new Error('an issue id is a number');
		// Jira reads it as key numbers within the issue's project: only ever asked within that project.
		clauses.push(`id >= ${afterId}`);
	}

	const order = options.order === 'id' ? 'ORDER BY id ASC' : options.order === 'recent' ? 'ORDER BY updated DESC' : 'ORDER BY updated ASC, id ASC';
	return `${clauses.join(' AND ')} ${order}`;
}

/**
 * The query without its own ORDER BY clause: the first `order by` outside a string literal
 * (JQL strings are in double or single quotes, `\` escaping), and all after it. "order by"
 * inside a quoted value is text, not a clause.
 */
function withoutOrderBy(query: string): string {
	let quote: string | null = null;
	for (let index = 0; index < query.length; index++) {
		const character = query[index] as string;
		if (quote !== null) {
			if (character === '\\') index++;
			else if (character === quote) quote = null;
		} else if (character === '"' || character === "'") {
			quote = character;
		} else if ((index === 0 || /[\s)]/.test(query[index - 1] as string)) && /^order\s+by(?:\s|$)/i.test(query.slice(index, index + 40))) {
			return query.slice(0, index).trim();
		}
	}

	return query;
}

/** The JQL for a known set of issues, by key, every key a quoted literal. */
export function buildKeysJql(keys: readonly string[], scope: string | null = null): string {
	const named = `key in (${keys.map((key) => quoteJqlValue(key)).join(', ')})`;
	const within = withoutOrderBy(scope?.trim() ?? '');
	return `${within === '' ? named : `(${within}) AND ${named}`} ORDER BY id ASC`;
}
