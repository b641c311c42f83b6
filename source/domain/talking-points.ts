import {formatDaysLong as daysText, formatPercent as percentText, pointsChange} from './figure-format.js';

/**
 * Talking points for a 1:1, read off the week's numbers. Each rule is a question a director
 * would ask when a figure moves; when no rule fires there are no talking points, and the
 * export says so rather than inventing one.
 */

import {isInterruptLoadHurtingPromises, type InterruptLoad} from './metrics/v2/interrupt-load.js';
import type {WeekWords} from './figure-words.js';

export type TalkingPointRule =
	| 'firefighting-rose'
	| 'firefighting-fell'
	| 'recurring-theme'
	| 'overdue'
	| 'stale'
	| 'taken-back'
	| 'strategic-low'
	| 'kept-rate-fell'
	| 'broken-promises'
	| 'blocked'
	| 'interrupt-rotation';

export interface TalkingPoint {
	readonly rule: TalkingPointRule;
	/** Plain text; it may carry ticket keys and theme names, so renderers escape it. */
	readonly text: string;
}

/** A ticket a point names: key, title and, where it helps, a short fact ("due Tue 27 Oct"). */
export interface NamedTicket {
	readonly key: string;
	readonly title: string;
	readonly detail?: string;
}

/** The tickets behind a report's counts, most telling first, so each point names its own (briefing.md). */
export interface PointTickets {
	readonly overdue?: readonly NamedTicket[];
	/** Every stale ticket, the overdue ones too: the stale point leaves out those the overdue point names. */
	readonly stale?: readonly NamedTicket[];
	readonly takenBack?: readonly NamedTicket[];
	readonly broken?: readonly NamedTicket[];
	/** Firefighting their group completed this week. */
	readonly fires?: readonly NamedTicket[];
	/** Improvement work their group completed this week, the latest first. */
	readonly improvements?: readonly NamedTicket[];
	/** The top theme's tickets in their group, newest first. */
	readonly theme?: readonly NamedTicket[];
	/** The unplanned tickets that took most of their days, heaviest first. */
	readonly unplanned?: readonly NamedTicket[];
}

/** A point names at most this many tickets by key and title; the rest are counted. */
export const namedPerPoint = 2;

export interface ReportTalkingPointInput {
	/** The report's name, as the roster spells it. */
	readonly name: string;
	/** The week the points are of, in words: "this week" only while it runs (figure-words.ts). */
	readonly week: Pick<WeekWords, 'isCurrent' | 'during' | 'atMoment'>;
	/** Their group's firefighting share of completed work this week and the week before; null = nothing categorised. */
	readonly firefightingShare: number | null;
	readonly previousFirefightingShare: number | null;
	/** Their group's strategic share this week, and the org's (strategic / (operational + strategic) of all completed work). */
	readonly strategicShare: number | null;
	readonly orgStrategicShare: number | null;
	readonly overdue: number;
	readonly stale: number;
	readonly takenBack: number;
	/**
	 * Their group's kept-promise rate this week and the week before (`effort.reports[R].keptRate`):
	 * a note asks a report about their own promises, never about the org's rate alone.
	 */
	readonly keptRate: number | null;
	readonly previousKeptRate: number | null;
	/** Promises (first due dates in the week) broken by their group. */
	readonly brokenPromises: number;
	/**
	 * The org's recurring firefighting themes as they burned in their group, the group's
	 * biggest first: `count` and `weeks` are the group's own, `orgCount` the org's (when known).
	 */
	readonly themes: ReadonlyArray<{readonly name: string; readonly count: number; readonly weeks: number; readonly orgCount?: number}>;
	/** Their group's tickets blocked as of the week's end (or now), longest first. */
	readonly blockedNow: ReadonlyArray<{readonly key: string; readonly days: number; readonly title?: string}>;
	/** The tickets behind the counts; without them the points give counts only. */
	readonly tickets?: PointTickets;
	/** How many tickets a point names by key and title (default `namedPerPoint`); a one-page note may need fewer. */
	readonly namedPerPoint?: number;
	/**
	 * Version 2 (metrics.md): their group's interrupt share and kept-promise rate this week and
	 * the week before, and the keys of the unplanned tickets that took most of their days,
	 * heaviest first (`effort.reports[R].unplanned`). Absent where version 2 is not computed.
	 */
	readonly interrupts?: InterruptLoad & {readonly unplannedKeys: readonly string[]};
}

/** Themes look back this many weeks (metrics.md "Systemic themes"). */
export const themeWindowWeeks = 4;
/** A share must move this much (10 points) before it is worth a question. */
export const shareChangeThreshold = 0.1;
/** A group this far (15 points) below the org's strategic share is not being grown. */
export const strategicGapThreshold = 0.15;
/** Two broken promises in one week is a pattern, one is an anecdote. */
export const brokenPromisesThreshold = 2;

/**
 * The broken-promises point's condition. The kept-rate point names the same promises when the
 * rate fell, and is raised instead: the condition still holds then, so an earlier note's
 * broken-promises point is not resolved (briefing.md "1:1 continuity").
 */
export function holdsBrokenPromises(brokenPromises: number): boolean {
	return brokenPromises >= brokenPromisesThreshold;
}

export const noTalkingPoints = 'No rule fired: nothing in the week’s numbers calls for a conversation.';

export function reportTalkingPoints(input: ReportTalkingPointInput): TalkingPoint[] {
	const points: TalkingPoint[] = [];
	const {name} = input;
	const limit = input.namedPerPoint ?? namedPerPoint;
	const listed = (tickets: readonly NamedTicket[] | undefined, lead: string, total?: number) => named(tickets, lead, total, limit);
	const [topTheme] = input.themes;
	// Wording avoids Markdown specials of its own: the renderer escapes the whole text, and
	// escaped brackets and dashes would clutter the file a director reads raw.
	const moreThemes = input.themes.length > 1 ? `, and ${input.themes.length - 1} more ${input.themes.length === 2 ? 'theme recurs' : 'themes recur'}` : '';
	let isThemeMentioned = false;

	const current = input.firefightingShare;
	const previous = input.previousFirefightingShare;
	if (current !== null && previous !== null && risesBy(current, previous, shareChangeThreshold)) {
		const fires = listed(input.tickets?.fires, 'most of it');
		const cause = topTheme
			? `${fires} — ${topTheme.name} burned in ${topTheme.weeks >= themeWindowWeeks ? `each of the last ${themeWindowWeeks}` : `${topTheme.weeks} of the last ${themeWindowWeeks}`} weeks${moreThemes}: what systemic fix is planned?`
			: `${fires}: what pulled the team into reactive work, and will it last?`;
		isThemeMentioned = topTheme !== undefined;
		points.push({rule: 'firefighting-rose', text: `Firefighting rose to ${percentText(current)} from ${percentText(previous)}${cause}`});
	} else if (current !== null && previous !== null && risesBy(previous, current, shareChangeThreshold)) {
		// The group's own improvement work, so the question is about what they did (briefing.md: points name their tickets).
		// "…; their group completed 3 improvement tickets, among them A, B and 1 more": a count the list reads against.
		const improvements = input.tickets?.improvements ?? [];
		const done =
			improvements.length === 0
				? ''
				: `; their group completed ${plural(improvements.length, 'improvement ticket')}${listed(improvements, improvements.length === 1 ? '' : 'among them')}`;
		points.push({rule: 'firefighting-fell', text: `Firefighting fell to ${percentText(current)} from ${percentText(previous)}${done}: what changed, and how does it stay that way?`});
	}

	if (topTheme && !isThemeMentioned) {
		points.push({
			rule: 'recurring-theme',
			text: `${topTheme.name} keeps burning in ${name}’s area, ${themeShare(topTheme)} in ${plural(topTheme.weeks, 'week')}${listed(input.tickets?.theme?.slice(0, 1), 'the latest')}${moreThemes}: is there a systemic fix they could own?`,
		});
	}

	if (input.overdue > 0) {
		const tickets = input.tickets?.overdue ?? [];
		const [only] = tickets;
		points.push({
			rule: 'overdue',
			text:
				input.overdue === 1 && only
					? `${ticketText(only)} is overdue: does it need help or a new date?`
					: `${plural(input.overdue, 'delegated ticket')} ${isAre(input.overdue)} overdue${listed(tickets, 'among them', input.overdue)}: which needs help or a new date?`,
		});
	}

	if (input.stale > 0) {
		points.push({
			rule: 'stale',
			text: `${plural(input.stale, 'delegated ticket')} ${input.stale === 1 ? 'has' : 'have'} gone stale${staleNamed(input, listed, limit)}: still needed, or quietly stuck?`,
		});
	}

	if (input.takenBack > 0) {
		points.push({
			rule: 'taken-back',
			// Who took what back from whom, as the since-last-review items say it (since-format.ts).
			text: `You took back ${plural(input.takenBack, 'ticket')} from ${name}’s group ${input.week.during}${listed(input.tickets?.takenBack, '', input.takenBack)}: what would let ${name} own ${input.takenBack === 1 ? 'it' : 'them'}?`,
		});
	}

	const org = input.orgStrategicShare;
	if (input.strategicShare !== null && org !== null && risesBy(org, input.strategicShare, strategicGapThreshold)) {
		points.push({
			rule: 'strategic-low',
			text: `Strategic share ${percentText(input.strategicShare)} against ${percentText(org)} across the org${listed(input.tickets?.fires, 'the week going to fires such as')}: is there improvement work they could lead?`,
		});
	}

	const kept = input.keptRate;
	const previousKept = input.previousKeptRate;
	if (kept !== null && previousKept !== null && risesBy(previousKept, kept, shareChangeThreshold) && input.brokenPromises > 0) {
		points.push({
			rule: 'kept-rate-fell',
			text: `Promises kept in ${name}’s group fell to ${percentText(kept)} from ${percentText(previousKept)}, with ${plural(input.brokenPromises, 'broken promise')}${listed(input.tickets?.broken, '', input.brokenPromises)}: what made the first ${input.brokenPromises === 1 ? 'date' : 'dates'} wrong?`,
		});
	} else if (holdsBrokenPromises(input.brokenPromises)) {
		points.push({rule: 'broken-promises', text: `${input.brokenPromises} first due dates missed in ${name}’s group${listed(input.tickets?.broken, 'among them', input.brokenPromises)}: what made the first dates wrong?`});
	}

	const {interrupts} = input;
	if (interrupts && isInterruptLoadHurtingPromises(interrupts)) {
		// With their titles, named like every point's tickets; by key alone, the first three.
		const keys = interrupts.unplannedKeys.slice(0, 3);
		const tickets = input.tickets?.unplanned
			? listed(input.tickets.unplanned, 'most of it on', input.tickets.unplanned.length)
			: keys.length === 0
				? ''
				: `, most of it on ${listText(keys)}`;
		points.push({
			rule: 'interrupt-rotation',
			text: `Unplanned work took ${percentText(interrupts.interruptShare)} of ${name}’s group’s days${tickets}, and their promises kept fell to ${percentText(interrupts.keptRate)} from ${percentText(interrupts.previousKeptRate)}: would an interrupt rotation, one person taking the unplanned work each week, protect the planned dates?`,
		});
	}

	const [longest] = input.blockedNow;
	if (longest) {
		const count = input.blockedNow.length;
		points.push({
			rule: 'blocked',
			text: `${plural(count, 'ticket')} in ${name}’s group ${isAre(count)} blocked ${input.week.isCurrent ? 'right now' : input.week.atMoment}, ${count === 1 ? '' : 'the longest '}${ticketText(longest)} for ${daysText(longest.days)}: what can you unblock?`,
		});
	}

	return points;
}

/** Figures in sentences go through the one format module, so a note and the TUI agree. */
export {formatPercent as percentText, formatDaysLong as daysText} from './figure-format.js';

/** Shares compared as they are shown (whole percentages), so 45 % → 55 % counts as 10 points. */
function risesBy(higher: number, lower: number, threshold: number): boolean {
	return (pointsChange(higher, lower) ?? 0) >= Math.round(threshold * 100);
}

/** "5 of the org’s 12 tickets" when the theme burned elsewhere too, else "5 tickets". */
function themeShare(theme: {readonly count: number; readonly orgCount?: number}): string {
	return theme.orgCount !== undefined && theme.orgCount > theme.count ? `${theme.count} of the org’s ${theme.orgCount} tickets` : plural(theme.count, 'ticket');
}

/**
 * The stale tickets named, leaving out the ones the overdue point names already (an overdue
 * ticket is usually stale too). Those are counted apart and before the others are listed —
 * "5 … have gone stale, 2 named above; the other 3 are A and 2 more" — so the count
 * is never read as part of "and 2 more". A stale ticket the overdue point only counted is
 * named here: every point names its tickets (briefing.md "One page each").
 */
function staleNamed(input: ReportTalkingPointInput, listed: (tickets: readonly NamedTicket[] | undefined, lead: string, total?: number) => string, limit: number): string {
	const stale = input.tickets?.stale;
	if (stale === undefined) return '';
	const namedAbove = new Set(overdueNamed(input, limit).map((ticket) => ticket.key));
	const others = stale.filter((ticket) => !namedAbove.has(ticket.key));
	const above = Math.min(input.stale, stale.length - others.length);
	if (above === 0) return listed(stale, input.stale === 1 ? '' : 'among them', input.stale);
	if (above === input.stale) return ` (${input.stale === 1 ? 'it is' : 'all of them'} overdue, named above)`;
	const rest = input.stale - above;
	const list = namedList(others, rest, limit);
	const theOthers = list === '' ? '' : rest === 1 ? `; the other is ${list}` : `; the other ${rest} are ${list}`;
	// Not "2 overdue": more of the stale tickets may be overdue than the overdue point had room to name.
	return `, ${above} named above${theOthers}`;
}

/** The tickets the overdue point names by key and title (as it words them above). */
function overdueNamed(input: ReportTalkingPointInput, limit: number): readonly NamedTicket[] {
	const tickets = input.tickets?.overdue ?? [];
	if (input.overdue === 0) return [];
	return input.overdue === 1 ? tickets.slice(0, 1) : tickets.slice(0, Math.max(1, limit));
}

/** PAY-3 “Retry queue for webhooks” (due Tue 17 Nov): the key, the title in quotes, the fact. */
function ticketText(ticket: {readonly key: string; readonly title?: string; readonly detail?: string}): string {
	const title = ticket.title === undefined || ticket.title === '' ? '' : ` “${ticket.title}”`;
	return `${ticket.key}${title}${ticket.detail === undefined ? '' : ` (${ticket.detail})`}`;
}

/**
 * ", among them A and B", ": A", ", most of it A, B and 3 more": the first tickets of a
 * count named, the rest counted; '' when none is known. `total` is the count the point states.
 */
function named(tickets: readonly NamedTicket[] | undefined, lead: string, total = tickets?.length ?? 0, limit = namedPerPoint): string {
	const list = namedList(tickets, total, limit);
	if (list === '') return '';
	return lead === '' ? ` — ${list}` : `, ${lead} ${list}`;
}

/** "A and B", "A, B and 3 more": the first tickets of a count of `total`; '' when none is known. */
function namedList(tickets: readonly NamedTicket[] | undefined, total: number, limit: number): string {
	if (tickets === undefined || tickets.length === 0) return '';
	const shown = tickets.slice(0, Math.max(1, limit)).map(ticketText);
	const rest = Math.max(0, total - shown.length);
	return rest > 0 ? `${shown.join(', ')} and ${rest} more` : listText(shown);
}

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function plural(count: number, noun: string): string {
	return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

function isAre(count: number): string {
	return count === 1 ? 'is' : 'are';
}
