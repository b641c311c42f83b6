import {formatDay} from '../figure-format.js';
import {localDate} from '../week.js';
import type {SinceItem, SinceKind} from './since-types.js';

/** How each kind is counted in words, on the Overview and in the exports alike. */
export const sinceKindLabels: Readonly<Record<SinceKind, string>> = {
	'new-fire': 'new fires',
	finished: 'finished',
	'newly-overdue': 'newly overdue',
	'newly-broken': 'promises broken',
	postponed: 'postponed',
	'newly-blocked': 'blocked',
	unblocked: 'unblocked',
	delegated: 'delegated',
	'taken-back': 'taken back',
	recategorised: 'recategorised',
	'theme-recurring': 'themes now recurring',
	'theme-ended': 'themes no longer recurring',
	'single-responder': 'single responders',
};

/** One item of each kind, in words ("new fire", "postponed"). */
const singular: Readonly<Record<SinceKind, string>> = {
	'new-fire': 'new fire',
	finished: 'finished',
	'newly-overdue': 'newly overdue',
	'newly-broken': 'promise broken',
	postponed: 'postponed',
	'newly-blocked': 'blocked',
	unblocked: 'unblocked',
	delegated: 'delegated',
	'taken-back': 'taken back',
	recategorised: 'recategorised',
	'theme-recurring': 'theme now recurring',
	'theme-ended': 'theme no longer recurring',
	'single-responder': 'single responder',
};

/** "Fri 4 Dec, 16:05" (or "Fri 4 Dec 2026, 16:05" with the year): local, human time. */
export function formatLocalTime(instant: number, timezone: string, withYear = false): string {
	const date = localDate(instant, timezone);
	const time = clockTime(instant, timezone);
	return `${formatDay(date)}${withYear ? ` ${date.slice(0, 4)}` : ''}, ${time}`;
}

/** One formatter per zone: making one costs far more than formatting with it, and a briefing formats every item's time. */
const clockFormats = new Map<string, Intl.DateTimeFormat | null>();

function clockTime(instant: number, timezone: string): string {
	const formatter = clockFormat(timezone);
	// An unknown zone (a hand-edited config): UTC, said so, rather than a crash.
	return formatter === null ? `${clockFormat('UTC')?.format(new Date(instant))} UTC` : formatter.format(new Date(instant));
}

function clockFormat(timezone: string): Intl.DateTimeFormat | null {
	let formatter = clockFormats.get(timezone);
	if (formatter === undefined) {
		try {
			formatter = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: timezone});
		} catch {
			formatter = null;
		}
		clockFormats.set(timezone, formatter);
	}
	return formatter;
}

/** "12 new fires · 5 finished · 1 figure restated": the kinds that occurred, in briefing order. */
export function countsPhrase(counts: ReadonlyMap<SinceKind, number>, restated: number): string {
	const parts = [...counts].filter(([, count]) => count > 0).map(([kind, count]) => `${count} ${count === 1 ? singular[kind] : sinceKindLabels[kind]}`);
	if (restated > 0) parts.push(`${restated} ${restated === 1 ? 'figure' : 'figures'} restated`);
	return parts.length === 0 ? 'nothing changed' : parts.join(' · ');
}

/**
 * One item in words, without its person and report (the list groups by them): "new fire
 * OPS-7 Queue stuck", "postponed PAY-3 Retry queue: 2026-11-20 → 2026-11-27 (+7 d)".
 * Ticket text is untrusted: the caller sanitises for its surface.
 */
export function describeSinceItem(item: SinceItem, date: (day: string) => string = (day) => day): string {
	const subject = item.theme ?? item.tickets.map((ticket) => `${ticket.key} ${ticket.title}`).join(', ');
	const named = item.theme !== undefined && item.tickets.length > 0 ? ` (${item.tickets.map((ticket) => ticket.key).join(', ')})` : '';
	return `${singular[item.kind]} ${subject}${named}${detailOf(item, date)}`;
}

/**
 * One item in words with whom it concerns, as every surface shows it (the TUI's list, the 1:1
 * notes, the leadership summary): "new fire OPS-7 Queue stuck — Kai Moreno". A take-back says
 * who took what from whom: "you took back PAY-8399 Vendor review from Rui Costa (Priya Raman’s
 * group)" — the director reads it, and the person is the one it was taken from; a delegation says
 * to whom ("you delegated PAY-12 Vendor review to Rui Costa"). `withReport`:
 * name the report's group (a surface that does not group the items by report).
 */
export function sinceItemLine(item: SinceItem, withReport: boolean, date: (day: string) => string = (day) => day): string {
	const group = withReport && item.report !== null && item.report !== item.person ? `${item.report}’s group` : null;
	// The director's own moves (a delegation event is the director's by definition, metrics.md), said as theirs.
	const move = directorMoves[item.kind];
	if (move !== undefined) {
		const subject = item.tickets.map((ticket) => `${ticket.key} ${ticket.title}`).join(', ');
		const other = item.person ?? (item.report === null ? null : `${item.report}’s group`);
		const whose = item.person !== null && group !== null ? ` (${group})` : '';
		return `you ${move.verb} ${subject}${other === null ? '' : ` ${move.preposition} ${other}`}${whose}`;
	}
	const who = [item.person, group].filter((part) => part !== null).join(', ');
	return `${describeSinceItem(item, date)}${who === '' ? '' : ` — ${who}`}`;
}

/** "you took back PAY-8399 … from Rui Costa", "you delegated PAY-12 … to Rui Costa". */
const directorMoves: Partial<Record<SinceItem['kind'], {readonly verb: string; readonly preposition: string}>> = {
	'taken-back': {verb: 'took back', preposition: 'from'},
	delegated: {verb: 'delegated', preposition: 'to'},
};

/** A category in the words every view and export uses ("firefighting"), not the stored value ("operational"). */
const categoryWords: Readonly<Record<string, string>> = {operational: 'firefighting', strategic: 'improvement', unclassified: 'unsorted'};
const categoryWord = (category: string | null | undefined): string => (category === null || category === undefined ? 'unsorted' : (categoryWords[category] ?? category));

/** The item's detail; `date` shows a due date ("2026-11-20", or "Fri 20 Nov" in prose). */
function detailOf(item: SinceItem, date: (day: string) => string): string {
	const day = (value: string | null | undefined) => (value === null || value === undefined ? '?' : /^\d{4}-\d\d-\d\d$/.test(value) ? date(value) : value);
	switch (item.kind) {
		case 'postponed':
			return `: ${day(item.from)} → ${day(item.to)}${item.days === undefined ? '' : ` (+${item.days} d)`}`;
		case 'newly-broken':
			return item.from ? `: promised ${day(item.from)}${item.to && item.to !== item.from ? `, now ${day(item.to)}` : ''}` : '';
		case 'newly-overdue':
			return item.to ? `: due ${day(item.to)}` : '';
		case 'newly-blocked':
		case 'unblocked':
			return item.blocker ? ` (${item.blocker})` : '';
		case 'recategorised':
			return `: ${categoryWord(item.from)} → ${categoryWord(item.to)}`;
		case 'finished':
			return item.outcome === 'canceled' ? ' (canceled)' : '';
		default:
			return '';
	}
}
