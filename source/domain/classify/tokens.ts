import type {Ticket} from '../types.js';
import {readTitleIntent, type TitleIntent} from './title-intent.js';

/** A title word: `stem` for matching and counting, `word` as written (lowercased) for reasons. */
export interface TitleToken {
	readonly stem: string;
	readonly word: string;
}

// Words that say nothing about firefighting or improvement work; dropping them keeps the
// learner's evidence on the words that do.
const stopWords = new Set(
	(
		'a an and are as at be but by can for from has have in into is it its of or our so that the their them then there these this ' +
		'to too was we were when where which while will with without after before all also any been being both do does each get gets ' +
		'if more most new not now only other out over same should some than very via vs what who why you your us per just make'
	).split(' '),
);

// Titles are untrusted: only letters and digits survive, and no word is long enough to carry a message.
// A snake_case identifier of three parts or more ("aws_iam_policy_document", "merge_when_pipeline_succeeds") is one word: it names
// a thing in code, and its parts are not the title's words. Two words joined by habit are read as words ("unknown_error").
// A host name is one word too (version 76): an operations team names its machines and sites, and the labels of
// "bugs.python.org", "legacy.python.org" or "alerts.example.com" name a host, not a bug, legacy code or alerting work; one longer
// than a word may be is dropped whole, as any overlong word is.
const wordPattern =
	/(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|org|net|io|dev|gov|edu|uk|co|app|ai|cloud|info|eu|de|fr|nl|me|us|ca|au|digital|site|tech|sh)(?![\p{L}\p{N}_])|[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+){2,}|[\p{L}\p{N}]+/gu;
const maxWordLength = 24;

/** Cheap suffix stripping so "migrate", "migrated", "migrating" and "migration" count as one word. */
export function stem(word: string): string {
	let w = word;
	// Plurals first, so "migrations" then loses its suffix like "migration" does.
	if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
	else if (w.length > 4 && (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))) w = w.slice(0, -2);
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	if (w.length > 5 && w.endsWith('ation')) w = w.slice(0, -5) + 'at';
	else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
	else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
	if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
	return w;
}

// A tracker's vocabulary is small next to its ticket count, so stems and normalised values are
// remembered; the bound keeps a pathological corpus from growing the caches without end.
const cacheLimit = 50_000;
const stemCache = new Map<string, string>();
const valueCache = new Map<string, string>();
// A word's token is a value: every ticket whose title has the word shares one (tickets keep
// their tokens for retraining, so at 20,000 tickets one token per word and ticket was ~190,000 objects).
const tokenCache = new Map<string, TitleToken>();

function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size >= cacheLimit) cache.clear();
		value = compute(key);
		cache.set(key, value);
	}
	return value;
}

/** Title words, lowercased, with stop words dropped; order kept so phrases can be matched. */
export function titleTokens(title: string): TitleToken[] {
	const tokens: TitleToken[] = [];
	for (const match of title.toLowerCase().matchAll(wordPattern)) {
		const word = match[0];
		// A lone letter is the debris of "can't" or "customer's"; a lone digit may be "sev 1".
		if ((word.length < 2 && !/\d/.test(word)) || word.length > maxWordLength || stopWords.has(word)) continue;
		tokens.push(remembered(tokenCache, word, toToken));
	}
	return tokens;
}

function toToken(word: string): TitleToken {
	return {stem: remembered(stemCache, word, stem), word};
}

/**
 * A label, component, project or type as a feature value: lowercased, spaces folded to
 * dashes, anything but letters, digits, dot, dash, underscore and a scope's colon dropped. Tracker values
 * are untrusted too, and this is what reasons may quote.
 */
export function normaliseValue(value: string): string {
	return remembered(valueCache, value, normalise);
}

function normalise(value: string): string {
	return value
		.toLowerCase()
		.trim()
		// A scoped label keeps its scope apart: "type:bug", GitLab's "type::bug" (dropped, the colon made "typebug"), and the
		// "Scope: value" labels many GitHub trackers use ("Type: Bug", "Status: Unconfirmed") as "type:bug", not "type:-bug".
		.replace(/\s*:+\s*/g, ':')
		.replace(/[\s/]+/g, '-')
		.replace(/[^\p{L}\p{N}._:-]/gu, '')
		.slice(0, 40);
}

/** The words of a ticket both the built-in rules and the learner read, computed once per ticket. */
export interface TicketText {
	readonly tokens: readonly TitleToken[];
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly project: string | null;
	readonly team: string | null;
	readonly type: string | null;
	/** What the title's structure says (title-intent.ts), read once for the rules and the learner. */
	readonly intent: TitleIntent;
	/** The names of the tracker the ticket sits in, as title stems joined by spaces (ownNamesOf). */
	readonly ownNames: ReadonlySet<string>;
}

export function ticketText(ticket: Ticket): TicketText {
	return {
		intent: readTitleIntent(ticket.title),
		tokens: titleTokens(ticket.title),
		labels: unique(ticket.labels.map(normaliseValue)),
		components: unique(ticket.components.map(normaliseValue)),
		project: ticket.project === null ? null : normaliseValue(ticket.project),
		team: ticket.team === null ? null : normaliseValue(ticket.team),
		type: ticket.type === null ? null : normaliseValue(ticket.type),
		ownNames: ownNamesOf(ticket),
	};
}

/**
 * What the ticket's own tracker is called, as a title would say it: its project, its team and
 * its key's prefix ("PROM" of "PROM-12"), a GitHub repository by its name without the owner
 * ("prometheus" of "prometheus/prometheus#123"). Each name whole, as title stems joined by spaces:
 * in Prometheus's own tracker every title may name Prometheus, and the word says nothing there of
 * the kind of work, while a name that only holds a word ("Q3 Observability") is not that word.
 */
export function ownNamesOf(ticket: Ticket): Set<string> {
	const names = new Set<string>();
	const keyPrefix = /^(.+?)[-#]\d+$/.exec(ticket.key)?.[1] ?? null;
	for (const name of [ticket.project, ticket.team, keyPrefix]) {
		if (name === null) continue;
		const stems = titleTokens(name.slice(name.lastIndexOf('/') + 1)).map((token) => token.stem);
		if (stems.length > 0) names.add(stems.join(' '));
	}
	return names;
}

/**
 * The learner's features: title stems and stem pairs (phrases: "not_receiv", "disk_full"),
 * what the title's structure says (`intent:planned`, `intent:breakage`, `intent:tooling`),
 * and `label:x`, `type:x`, `component:x`, `project:x`, `priority:x`. Labels and components
 * also count per project (`label:x@p`): the same label can mean firefighting in one team
 * and roadmap work in another, and the director's tags teach which. Each counts once per
 * ticket: in short texts, presence says more than repetition.
 */
export function ticketFeatures(ticket: Ticket, text: TicketText = ticketText(ticket)): string[] {
	const features = new Set<string>();
	const tokens = text.tokens;
	for (let index = 0; index < tokens.length; index++) {
		features.add(tokens[index]!.stem);
		if (index > 0) features.add(`${tokens[index - 1]!.stem}_${tokens[index]!.stem}`);
	}
	if (text.intent.planned) features.add('intent:planned');
	if (text.intent.breakage) features.add('intent:breakage');
	if (text.intent.tooling) features.add('intent:tooling');
	const scope = text.project ?? text.team;
	for (const label of text.labels) {
		features.add(`label:${label}`);
		if (scope) features.add(`label:${label}@${scope}`);
	}
	for (const component of text.components) {
		features.add(`component:${component}`);
		if (scope) features.add(`component:${component}@${scope}`);
	}
	if (text.type) features.add(`type:${text.type}`);
	if (text.project) features.add(`project:${text.project}`);
	if (ticket.priority) features.add(`priority:${ticket.priority}`);
	return [...features];
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values.filter((value) => value !== ''))];
}
