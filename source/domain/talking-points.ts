import {formatDaysLong as daysText, formatPercent as percentText, pointsChange} from './figure-format.js';

/**
 * Talking points for a 1:1, read off the week's numbers. Each rule is a question a director
 * would ask when a figure moves; when no rule fires there are no talking points, and the
 * export says so rather than inventing one.
 */

import {isInterruptLoadHurtingPromises, type InterruptLoad} from './metrics/v2/interrupt-load.js';

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

export interface ReportTalkingPointInput {
	/** The report's name, as the roster spells it. */
	readonly name: string;
	/** Their group's firefighting share of completed work this week and the week before; null = nothing categorised. */
	readonly firefightingShare: number | null;
	readonly previousFirefightingShare: number | null;
	/** Their group's strategic share this week, and the org's (strategic / (operational + strategic) of all completed work). */
	readonly strategicShare: number | null;
	readonly orgStrategicShare: number | null;
	readonly overdue: number;
	readonly stale: number;
	readonly takenBack: number;
	/** The org's kept-promise rate this week and the week before. */
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
	readonly blockedNow: ReadonlyArray<{readonly key: string; readonly days: number}>;
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

export const noTalkingPoints = 'No rule fired: nothing in this week’s numbers calls for a conversation.';

export function reportTalkingPoints(input: ReportTalkingPointInput): TalkingPoint[] {
	const points: TalkingPoint[] = [];
	const {name} = input;
	const [topTheme] = input.themes;
	// Wording avoids Markdown specials of its own: the renderer escapes the whole text, and
	// escaped brackets and dashes would clutter the file a director reads raw.
	const moreThemes = input.themes.length > 1 ? `, and ${input.themes.length - 1} more ${input.themes.length === 2 ? 'theme recurs' : 'themes recur'}` : '';
	let isThemeMentioned = false;

	const current = input.firefightingShare;
	const previous = input.previousFirefightingShare;
	if (current !== null && previous !== null && risesBy(current, previous, shareChangeThreshold)) {
		const cause = topTheme
			? ` — ${topTheme.name} burned in ${topTheme.weeks >= themeWindowWeeks ? `each of the last ${themeWindowWeeks}` : `${topTheme.weeks} of the last ${themeWindowWeeks}`} weeks${moreThemes}: what systemic fix is planned?`
			: ': what pulled the team into reactive work, and will it last?';
		isThemeMentioned = topTheme !== undefined;
		points.push({rule: 'firefighting-rose', text: `Firefighting rose to ${percentText(current)} from ${percentText(previous)}${cause}`});
	} else if (current !== null && previous !== null && risesBy(previous, current, shareChangeThreshold)) {
		points.push({rule: 'firefighting-fell', text: `Firefighting fell to ${percentText(current)} from ${percentText(previous)}: what changed, and how does it stay that way?`});
	}

	if (topTheme && !isThemeMentioned) {
		points.push({
			rule: 'recurring-theme',
			text: `${topTheme.name} keeps burning in ${name}’s area, ${themeShare(topTheme)} in ${plural(topTheme.weeks, 'week')}${moreThemes}: is there a systemic fix they could own?`,
		});
	}

	if (input.overdue > 0) {
		points.push({rule: 'overdue', text: `${plural(input.overdue, 'delegated ticket')} ${isAre(input.overdue)} overdue: which needs help or a new date?`});
	}

	if (input.stale > 0) {
		points.push({rule: 'stale', text: `${plural(input.stale, 'delegated ticket')} ${input.stale === 1 ? 'has' : 'have'} gone stale: still needed, or quietly stuck?`});
	}

	if (input.takenBack > 0) {
		points.push({rule: 'taken-back', text: `${plural(input.takenBack, 'ticket')} taken back this week: what would let ${name} own ${input.takenBack === 1 ? 'it' : 'them'}?`});
	}

	const org = input.orgStrategicShare;
	if (input.strategicShare !== null && org !== null && risesBy(org, input.strategicShare, strategicGapThreshold)) {
		points.push({
			rule: 'strategic-low',
			text: `Strategic share ${percentText(input.strategicShare)} against ${percentText(org)} across the org: is there improvement work they could lead?`,
		});
	}

	const kept = input.keptRate;
	const previousKept = input.previousKeptRate;
	if (kept !== null && previousKept !== null && risesBy(previousKept, kept, shareChangeThreshold) && input.brokenPromises > 0) {
		points.push({
			rule: 'kept-rate-fell',
			text: `Promises kept fell to ${percentText(kept)} from ${percentText(previousKept)} across the org, with ${plural(input.brokenPromises, 'broken promise')} in ${name}’s group: what made the first ${input.brokenPromises === 1 ? 'date' : 'dates'} wrong?`,
		});
	} else if (input.brokenPromises >= brokenPromisesThreshold) {
		points.push({rule: 'broken-promises', text: `${input.brokenPromises} first due dates missed in ${name}’s group: what made the first dates wrong?`});
	}

	const {interrupts} = input;
	if (interrupts && isInterruptLoadHurtingPromises(interrupts)) {
		const named = interrupts.unplannedKeys.slice(0, 3);
		const tickets = named.length === 0 ? '' : `, most of it on ${listText(named)}`;
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
			text: `${plural(count, 'ticket')} in ${name}’s group ${isAre(count)} blocked right now, ${count === 1 ? '' : 'the longest '}${longest.key} for ${daysText(longest.days)}: what can you unblock?`,
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
