/**
 * Each figure a view shows, with the one-line definition the `?` overlay prints. The same
 * lines are in docs/metrics.md ("Figures on screen"), word for word; a test holds them equal.
 */
export interface FigureDefinition {
	readonly label: string;
	readonly definition: string;
}

const define = (label: string, definition: string): FigureDefinition => ({label, definition});

/** The version 2 figures on screen (metrics.md "Version 2 metrics"). */
const version2Definitions = {
	firefightingEffort: define('Firefighting effort', 'person-days on firefighting tickets, as a share of the sorted (firefighting + improvement) person-days'),
	interruptShare: define('Interrupt share', 'share of all person-days spent on unplanned tickets (started within 48 h of creation, or added to a running sprint)'),
	personDays: define('Person-days', 'working days of the group’s people this week up to now, each split evenly over the tickets they had in progress'),
	atRisk: define('At risk', 'open tickets past due or due within 28 days whose chance of completing by the due date (from 12 weeks of cycle times) is below 50%'),
	singleResponder: define('Single responder', 'a recurring theme with 4+ tickets of which one person completed 70% or more'),
	unownedFires: define('Unowned fires', 'open firefighting tickets with no assignee or assigned to you, oldest first'),
} as const;

export const figureDefinitions = {
	firefightingDone: define('Firefighting (done)', 'firefighting tickets completed this week, as a share of the sorted (firefighting + improvement) ones; unsorted are not counted'),
	firefightingActive: define('Firefighting (active)', 'the same share over tickets in a started state at some moment of the week, completed ones included'),
	onTimeRate: define('On-time rate', 'of the tickets due this week and judged (on time + late), the share completed on or before their due date'),
	keptPromises: define('Kept promises', 'of the tickets first due this week and judged (kept + broken), the share completed by that first due date'),
	postponements: define('Postponements', 'due-date changes made this week that moved an existing due date later'),
	medianSlip: define('Median slip', 'median days between due date and completion over the late tickets already completed'),
	delegationRate: define('Delegation rate', 'tickets delegated to a report’s group this week / (those + tickets you completed yourself)'),
	openLoad: define('Your open load', 'open tickets assigned to you at the end of the week (or now)'),
	blocked: define('Blocked', 'tickets blocked at some moment of the week'),
	stillBlocked: define('Still blocked', 'tickets blocked at the end of the week (or now)'),
	medianBlocked: define('Median blocked', 'median length of the blocked spells that ended this week; spells still open are shown beside it, so far'),
	topTheme: define('Top recurring theme', 'the label, component or project with the most firefighting tickets completed in the last 4 weeks, 3+ tickets in 2+ weeks'),
	delegated: define('Delegated', 'tickets handed this week from you (or created by you) to someone in the report’s group'),
	open: define('Open', 'delegated tickets held by the report’s group, not completed, at the end of the week'),
	overdue: define('Overdue', 'open delegated tickets whose due date has passed'),
	stale: define('Stale', 'open delegated tickets with no change for staleDays (default 14) days or more'),
	strategicShare: define('Strategic share', 'improvement tickets completed by the group this week, as a share of their sorted completed tickets'),
	...version2Definitions,
} as const;

const d = figureDefinitions;

export const overviewFigures: readonly FigureDefinition[] = [
	d.firefightingDone,
	d.firefightingActive,
	d.firefightingEffort,
	d.interruptShare,
	d.onTimeRate,
	d.keptPromises,
	d.medianSlip,
	d.delegationRate,
	d.openLoad,
	d.blocked,
	d.topTheme,
];
export const predictabilityFigures: readonly FigureDefinition[] = [d.onTimeRate, d.keptPromises, d.postponements, d.medianSlip, d.atRisk];
export const delegationFigures: readonly FigureDefinition[] = [
	d.delegationRate,
	d.openLoad,
	d.delegated,
	d.open,
	d.overdue,
	d.stale,
	d.strategicShare,
	d.personDays,
	d.firefightingEffort,
	d.interruptShare,
];
export const blockersFigures: readonly FigureDefinition[] = [d.blocked, d.stillBlocked, d.medianBlocked, d.topTheme, d.unownedFires, d.singleResponder];
