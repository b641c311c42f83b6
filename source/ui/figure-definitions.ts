import {weekWords, type WeekWords} from '../domain/figure-words.js';

/** Each figure a view shows, with the one-line definition the `?` overlay prints. */

export interface FigureDefinition {
	readonly label: string;
	readonly definition: string;
}

/**
 * The definitions of the week on screen: an ended week's name where the current week's say
 * "this week" ("firefighting tickets completed in 2026-W48"), so the overlay of last week
 * never speaks of this one. docs/metrics.md holds the current week's words.
 */
export function figureDefinitionsFor(w: WeekWords) {
	const define = (label: string, definition: string): FigureDefinition => ({label, definition});
	const endOfWeek = w.isCurrent ? 'at the end of the week (or now)' : `at ${w.moment}`;
	return {
		firefightingDone: define('Firefighting (done)', `firefighting tickets completed ${w.during}, as a share of the sorted (firefighting + improvement) ones; unsorted are not counted`),
		firefightingActive: define('Firefighting (active)', 'the same share over tickets in a started state at some moment of the week, completed ones included'),
		onTimeRate: define('On-time rate', `of the tickets due ${w.during} and judged (on time + late), the share completed on or before their due date`),
		keptPromises: define('Kept promises', `of the tickets first due ${w.during} and judged (kept + broken), the share completed by that first due date`),
		postponements: define('Postponements', `due-date changes made ${w.during} that moved an existing due date later`),
		medianSlip: define('Median slip', 'median days between due date and completion over the late tickets already completed'),
		delegationRate: define('Delegation rate', `tickets delegated to a report’s group ${w.during} / (those + tickets you completed yourself ${w.during})`),
		openLoad: define('Your open load', `open tickets assigned to you ${endOfWeek}`),
		blocked: define('Blocked', 'tickets blocked at some moment of the week'),
		stillBlocked: define('Still blocked', `tickets blocked ${endOfWeek}, with the median age of their spells ${w.soFar}`),
		medianBlocked: define('Median blocked', `median length of the blocked spells that ended ${w.during}; spells still open are shown beside the tickets still blocked`),
		topTheme: define('Top recurring theme', `the label, component or project with the most firefighting tickets completed in ${w.isCurrent ? 'the last 4 weeks' : `the 4 weeks to ${w.weekId}`}, 3+ tickets in 2+ weeks`),
		delegated: define('Delegated', `tickets handed ${w.during} from you (or created by you) to someone in the report’s group`),
		open: define('Open', 'delegated tickets held by the report’s group, not completed, at the end of the week'),
		overdue: define('Overdue', 'open delegated tickets whose due date has passed'),
		stale: define('Stale', 'open delegated tickets with no change for staleDays (default 14) days or more'),
		strategicShare: define('Strategic share', `improvement tickets completed by the group ${w.during}, as a share of their sorted completed tickets`),
		// The version 2 figures on screen (metrics.md "Version 2 metrics").
		firefightingEffort: define('Firefighting effort', 'person-days on firefighting tickets, as a share of the sorted (firefighting + improvement) person-days'),
		interruptShare: define('Interrupt share', 'share of all person-days spent on unplanned tickets (started within 48 h of creation, or added to a running sprint)'),
		personDays: define('Person-days', `working days of the group’s people ${w.isCurrent ? 'this week up to now' : w.during}, each split evenly over the tickets they had in progress`),
		atRisk: define('At risk', 'open tickets past due or due within 28 days whose chance of completing by the due date (from 12 weeks of cycle times) is below 50%'),
		singleResponder: define('Single responder', 'a recurring theme with 4+ tickets of which one person completed 70% or more'),
		unownedFires: define('Unowned fires', 'open firefighting tickets with no assignee or assigned to you, oldest first'),
		// Triage's marks and counts: a row's `?` is read at a glance and was taken for "unsure".
		unsortedMark: define('? unsorted', 'no category yet: the machine’s guess beside it (if any) is below your threshold, so the ticket is left out of the shares until you tag it'),
		unsure: define('Unsure', 'sorted by a guess less than 15 points above your threshold: counted in the shares, worth a look'),
	} as const;
}

/** Each figure a view shows in the current week's words: the lines of docs/metrics.md ("Figures on screen"), word for word; a test holds them equal. */
export const figureDefinitions = figureDefinitionsFor(weekWords('', true));

/** A view's figures, with their one-line definitions for the week on screen. */
export type ViewFigures = (w: WeekWords) => readonly FigureDefinition[];

export const overviewFigures: ViewFigures = (w) => {
	const d = figureDefinitionsFor(w);
	return [d.firefightingDone, d.firefightingActive, d.firefightingEffort, d.interruptShare, d.onTimeRate, d.keptPromises, d.medianSlip, d.delegationRate, d.openLoad, d.blocked, d.topTheme];
};
export const predictabilityFigures: ViewFigures = (w) => {
	const d = figureDefinitionsFor(w);
	return [d.onTimeRate, d.keptPromises, d.postponements, d.medianSlip, d.atRisk];
};
export const delegationFigures: ViewFigures = (w) => {
	const d = figureDefinitionsFor(w);
	return [d.delegationRate, d.openLoad, d.delegated, d.open, d.overdue, d.stale, d.strategicShare, d.personDays, d.firefightingEffort, d.interruptShare];
};
export const blockersFigures: ViewFigures = (w) => {
	const d = figureDefinitionsFor(w);
	return [d.blocked, d.stillBlocked, d.medianBlocked, d.topTheme, d.unownedFires, d.singleResponder];
};
export const triageFigures: ViewFigures = (w) => {
	const d = figureDefinitionsFor(w);
	return [d.unsortedMark, d.unsure];
};
