/**
 * A Jira profile in another language: Jira translates the names of statuses, status
 * categories, priorities, resolutions, issue types, fields, link types and the changelog's
 * strings into the profile's language — unless the request forces one with
 * `Accept-Language` and `X-Force-Accept-Language: true`. Ids and keys are never translated.
 */
import type {IncomingMessage} from 'node:http';

export type FakeLocale = 'en' | 'de';

const german: Readonly<Record<string, string>> = {
	'To Do': 'Zu erledigen',
	'In Progress': 'In Arbeit',
	Done: 'Fertig',
	Backlog: 'Backlog',
	Blocked: 'Blockiert',
	Highest: 'Höchste',
	High: 'Hoch',
	Medium: 'Mittel',
	Low: 'Niedrig',
	Lowest: 'Niedrigste',
	"Won't Do": 'Wird nicht erledigt',
	"Won't Fix": 'Wird nicht behoben',
	Duplicate: 'Duplikat',
	'Cannot Reproduce': 'Nicht reproduzierbar',
	Story: 'Story',
	Bug: 'Fehler',
	Task: 'Aufgabe',
	Flagged: 'Markiert',
	Impediment: 'Hindernis',
	'Story Points': 'Story-Punkte',
	'Story point estimate': 'Story-Point-Schätzung',
	Summary: 'Zusammenfassung',
	'Due date': 'Fälligkeitsdatum',
	Blocks: 'Blockiert',
	'is blocked by': 'wird blockiert durch',
	blocks: 'blockiert',
};

// Only these properties hold names Jira translates; summaries, keys and ids stay as written.
const translatedProperties = new Set(['name', 'value', 'fromString', 'toString', 'inward', 'outward']);

/** The language Jira answers this request in. */
export function answerLocale(request: IncomingMessage, profile: FakeLocale): FakeLocale {
	const forced = String(request.headers['x-force-accept-language'] ?? '').toLowerCase() === 'true';
	const asked = String(request.headers['accept-language'] ?? '').toLowerCase();
	if (forced && /^en\b/.test(asked)) return 'en';
	return profile;
}

function translateText(text: string): string {
	if (german[text] !== undefined) return german[text];
	// Changelog link strings: "This issue is blocked by ENG-7".
	return text.replace(/^This issue is blocked by /, 'Dieser Vorgang wird blockiert durch ').replace(/^This issue blocks /, 'Dieser Vorgang blockiert ');
}

export function translate(value: unknown, locale: FakeLocale, property = ''): unknown {
	if (locale === 'en') return value;
	if (typeof value === 'string') return translatedProperties.has(property) ? translateText(value) : value;
	if (Array.isArray(value)) return value.map((entry) => translate(entry, locale, property));
	if (typeof value !== 'object' || value === null) return value;
	const result: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value)) result[key] = key === 'untranslatedName' ? entry : translate(entry, locale, key);
	return result;
}
