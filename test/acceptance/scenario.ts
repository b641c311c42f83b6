/**
 * One small hand-made organisation told once, provider-neutrally, and built in each fake
 * in that tracker's own shapes (Linear issues + history + relations; Jira issues +
 * changelog + links / Flagged / a Blocked status). It is not the demo org and shares
 * nothing with the other fixtures. The expected figures for 2026-W45 are worked out by
 * hand below, from metrics.md, not from the product's code.
 *
 * Time zone Europe/Berlin. 2026-W45 = Mon 2026-11-02 .. Sun 2026-11-08; Berlin is UTC+1
 * then (summer time ended Sun 2026-10-25), so W45 is [2026-11-01T23:00Z, 2026-11-08T23:00Z).
 * The week is long over, so asOf(W) = 2026-11-08T23:00Z and its calendar date is 2026-11-08.
 */

export type Who = 'dana' | 'alex' | 'blake' | 'sam' | 'casey';

/** Display names. Dana, Alex, Sam and Casey are matched by email in the roster, Blake by display name. */
export const people: Readonly<Record<Who, {readonly name: string; readonly email: string}>> = {
	dana: {name: 'Dana Ortiz', email: 'dana.ortiz@weekly.example'},
	alex: {name: 'Alex Brandt', email: 'alex.brandt@weekly.example'},
	blake: {name: 'Blake Jones', email: 'blake.j@weekly.example'},
	sam: {name: 'Sam Lindqvist', email: 'sam.l@weekly.example'},
	casey: {name: 'Casey Moreau', email: 'casey.m@weekly.example'},
};

export const roster = {
	director: 'DANA.ORTIZ@weekly.example',
	reports: [
		{name: 'Alex Brandt', id: 'alex.brandt@weekly.example', team: ['sam.l@weekly.example']},
		{name: 'Blake Jones', id: 'blake jones', team: ['casey.m@weekly.example']},
	],
};

export const timezone = 'Europe/Berlin';
export const weekId = '2026-W45';

/**
 * The tracker-neutral blocker readings: `link` = a "blocks" relation (Linear) / an
 * "is blocked by" link (Jira) from ticket `by`, added at `at`; `state` = moved into a
 * status named Blocked at `at` and still there; `impediment` = blocked from `from` to `to`:
 * in Linear a `blocks` relation from the unfinished-at-the-time ticket `by` (the spell ends
 * when `by` or the ticket itself finishes, which is `to`), in Jira the Flagged field.
 */
export type Blocker =
	| {readonly kind: 'link'; readonly by: number; readonly at: string}
	| {readonly kind: 'state'; readonly at: string}
	| {readonly kind: 'impediment'; readonly by: number; readonly from: string; readonly to: string};

export type Change = {readonly at: string; readonly assignee: Who | null} | {readonly at: string; readonly due: string | null};

export interface StoryTicket {
	readonly n: number;
	readonly title: string;
	/** `incident` label (operational), `tech-debt` label (strategic), or neither (unclassified). */
	readonly kind: 'operational' | 'strategic' | 'none';
	readonly labels?: readonly string[];
	/** Linear project / Jira component. */
	readonly area?: string;
	readonly creator: Who;
	/** The assignee when created. */
	readonly assignee: Who | null;
	readonly created: string;
	/** The due date when created. */
	readonly due?: string;
	readonly started?: string;
	readonly completed?: string;
	readonly canceled?: string;
	readonly changes?: readonly Change[];
	readonly blocker?: Blocker;
}

export const tickets: readonly StoryTicket[] = [
	{n: 1, title: 'Resolver answers slowly in the north region', kind: 'operational', labels: ['dns'], creator: 'sam', assignee: 'sam', created: '2026-10-30T09:00:00Z', due: '2026-11-04', started: '2026-11-02T10:00:00Z', completed: '2026-11-03T10:00:00Z'},
	{n: 2, title: 'Card form rejects valid postcodes', kind: 'operational', labels: ['dns'], area: 'Checkout', creator: 'casey', assignee: 'casey', created: '2026-10-26T09:00:00Z', started: '2026-10-27T09:00:00Z', completed: '2026-10-28T12:00:00Z'},
	{n: 3, title: 'Resolver cache poisoned by stale records', kind: 'operational', labels: ['dns'], creator: 'sam', assignee: 'sam', created: '2026-10-19T09:00:00Z', started: '2026-10-20T09:00:00Z', completed: '2026-10-21T12:00:00Z'},
	{n: 4, title: 'Invoices doubled for annual plans', kind: 'operational', labels: ['billing'], area: 'Checkout', creator: 'casey', assignee: 'casey', created: '2026-11-02T08:00:00Z', started: '2026-11-04T09:00:00Z', completed: '2026-11-05T10:00:00Z'},
	{n: 5, title: 'Refund totals off by a cent', kind: 'operational', labels: ['billing'], area: 'Checkout', creator: 'blake', assignee: 'blake', created: '2026-10-29T09:00:00Z', started: '2026-10-30T09:00:00Z', completed: '2026-11-06T10:00:00Z', blocker: {kind: 'impediment', by: 26, from: '2026-11-01T10:00:00Z', to: '2026-11-06T10:00:00Z'}},
	{n: 6, title: 'Move zone records into code', kind: 'strategic', labels: ['dns'], creator: 'alex', assignee: 'alex', created: '2026-10-15T09:00:00Z', started: '2026-10-20T09:00:00Z', completed: '2026-11-04T15:00:00Z'},
	// Completed Wed 00:30 in Berlin, still Tuesday in UTC: one day late against a Tuesday due date.
	{n: 7, title: 'Quarterly access review', kind: 'none', creator: 'sam', assignee: 'sam', created: '2026-10-28T09:00:00Z', due: '2026-11-03', started: '2026-11-03T08:00:00Z', completed: '2026-11-03T23:30:00Z'},
	// Completed Mon 00:30 in Berlin (in W45), still Sunday of W44 in UTC.
	{n: 8, title: 'Shared retry helper for queue consumers', kind: 'strategic', creator: 'casey', assignee: 'casey', created: '2026-10-26T09:00:00Z', started: '2026-10-28T09:00:00Z', completed: '2026-11-01T23:30:00Z'},
	// Postponed during W: first due date 2026-11-05 (in W), now 2026-11-12.
	{n: 9, title: 'Split the orders table', kind: 'strategic', creator: 'sam', assignee: 'alex', created: '2026-10-26T09:00:00Z', due: '2026-11-05', started: '2026-11-03T09:00:00Z', changes: [{at: '2026-11-04T09:00:00Z', due: '2026-11-12'}], blocker: {kind: 'link', by: 4, at: '2026-11-03T10:00:00Z'}},
	{n: 10, title: 'Schema registry for events', kind: 'strategic', creator: 'casey', assignee: 'casey', created: '2026-10-22T09:00:00Z', due: '2026-11-06', started: '2026-11-02T09:00:00Z', completed: '2026-11-09T10:00:00Z', blocker: {kind: 'impediment', by: 2, from: '2026-10-27T10:00:00Z', to: '2026-10-28T12:00:00Z'}},
	{n: 11, title: 'Vendor contract renewal figures', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-20T09:00:00Z', due: '2026-11-05', started: '2026-10-29T09:00:00Z', changes: [{at: '2026-10-26T09:00:00Z', assignee: 'alex'}, {at: '2026-11-02T09:00:00Z', due: '2026-11-07'}], blocker: {kind: 'state', at: '2026-11-06T12:00:00Z'}},
	{n: 12, title: 'Hiring loop feedback form', kind: 'none', creator: 'casey', assignee: 'blake', created: '2026-10-27T09:00:00Z', due: '2026-11-08'},
	{n: 13, title: 'Rate limiter trips on health checks', kind: 'operational', creator: 'sam', assignee: 'sam', created: '2026-10-29T09:00:00Z', due: '2026-11-05', started: '2026-11-02T09:00:00Z', canceled: '2026-11-04T09:00:00Z'},
	// First due date 2026-10-30 (W44), moved in W44 to 2026-11-06.
	{n: 14, title: 'Lint rules for the mobile app', kind: 'strategic', creator: 'alex', assignee: 'alex', created: '2026-10-20T09:00:00Z', due: '2026-10-30', started: '2026-11-02T09:00:00Z', completed: '2026-11-05T09:00:00Z', changes: [{at: '2026-10-29T09:00:00Z', due: '2026-11-06'}]},
	// A due date set in W (not a postponement), then moved earlier (not one either).
	{n: 15, title: 'Office move checklist', kind: 'none', creator: 'sam', assignee: 'sam', created: '2026-10-27T09:00:00Z', changes: [{at: '2026-11-03T09:00:00Z', due: '2026-11-20'}, {at: '2026-11-05T09:00:00Z', due: '2026-11-18'}]},
	// Completed Mon 2026-11-09 00:30 in Berlin: W46, although still Sunday in UTC.
	{n: 16, title: 'Resolver timeouts after the config push', kind: 'operational', labels: ['dns'], creator: 'casey', assignee: 'casey', created: '2026-11-08T09:00:00Z', started: '2026-11-08T10:00:00Z', completed: '2026-11-08T23:30:00Z'},
	{n: 17, title: 'Resolver pods restart in a loop', kind: 'operational', labels: ['dns'], creator: 'casey', assignee: 'casey', created: '2026-11-05T09:00:00Z', started: '2026-11-06T09:00:00Z', completed: '2026-11-07T12:00:00Z'},
	// W41: outside the four theme weeks W42..W45.
	{n: 18, title: 'Resolver certificate expired', kind: 'operational', labels: ['dns'], creator: 'sam', assignee: 'sam', created: '2026-10-05T09:00:00Z', started: '2026-10-06T09:00:00Z', completed: '2026-10-07T12:00:00Z'},
	// Delegated in W by the director to Alex.
	{n: 19, title: 'Budget proposal for the next half', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-20T09:00:00Z', due: '2026-11-20', changes: [{at: '2026-11-03T09:00:00Z', assignee: 'alex'}]},
	// The director's own unassigned ticket handed to Casey in W: a delegation from nobody.
	{n: 20, title: 'Alerting runbook templates', kind: 'strategic', creator: 'dana', assignee: null, created: '2026-10-28T09:00:00Z', started: '2026-11-05T09:00:00Z', completed: '2026-11-06T15:00:00Z', changes: [{at: '2026-11-04T09:00:00Z', assignee: 'casey'}]},
	// Delegated to Sam in October, taken back by the director in W.
	{n: 21, title: 'Reorg announcement draft', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-10T09:00:00Z', changes: [{at: '2026-10-15T09:00:00Z', assignee: 'sam'}, {at: '2026-11-05T09:00:00Z', assignee: 'dana'}]},
	// Created by the director in W already assigned to Blake.
	{n: 22, title: 'Quarter planning inputs', kind: 'none', creator: 'dana', assignee: 'blake', created: '2026-11-02T10:00:00Z'},
	// Delegated in September, untouched since: stale.
	{n: 23, title: 'Mentoring programme outline', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-09-01T09:00:00Z', changes: [{at: '2026-09-10T09:00:00Z', assignee: 'sam'}]},
	{n: 24, title: 'Status page stuck on the old region', kind: 'operational', creator: 'dana', assignee: 'dana', created: '2026-10-30T09:00:00Z', started: '2026-11-03T09:00:00Z', completed: '2026-11-04T12:00:00Z'},
	{n: 25, title: 'Board deck for the quarter', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-01T09:00:00Z'},
	// Not the director's ticket: assigning it to Casey from nobody is no delegation.
	{n: 26, title: 'Ledger export format', kind: 'none', creator: 'sam', assignee: null, created: '2026-10-31T09:00:00Z', changes: [{at: '2026-11-03T09:00:00Z', assignee: 'casey'}]},
];

/**
 * Outside the configured scope (Linear team OPS / Jira project OPS): an incident completed
 * in W, assigned to the director. If it were pulled, allocation and delegation would move.
 */
export const outOfScope = {title: 'Out of scope outage', completed: '2026-11-04T09:00:00Z', started: '2026-11-03T09:00:00Z', created: '2026-11-03T08:00:00Z'};

/**
 * The JSON export's figures for 2026-W45, worked out by hand. Themes differ per tracker
 * (Linear has projects, Jira components and project keys) and live in each test.
 */
export const expectedW45 = {
	allocation: {
		// Completed in W45 (Berlin dates): T1 op, T4 op, T5 op, T6 st, T7 (none), T8 st (Mon 00:30 local),
		// T14 st, T17 op, T20 st, T24 op. Not: T10 (Nov 9), T16 (Mon Nov 9 00:30 local), T13 canceled,
		// T2/T3/T18 earlier weeks. → 5 op, 4 st, 1 unclassified; share 5/9 = 0.5556.
		completed: {operational: 5, strategic: 4, unclassified: 1, operationalShare: 0.556},
		// Active = started before the end of W and not finished before its start:
		// op T1, T4, T5, T13 (canceled Nov 4, started Nov 2), T16 (started Sun), T17, T24 = 7;
		// st T6, T8 (finished Mon 00:30 local), T9, T10, T14, T20 = 6; none T7, T11 = 2.
		// Never started: T12, T15, T19, T21, T22, T23, T25, T26. Finished before W: T2, T3, T18.
		// share 7/13 = 0.5385.
		active: {operational: 7, strategic: 6, unclassified: 2, operationalShare: 0.538},
	},
	predictability: {
		// Current due date in W, not canceled: T1 (4th), T7 (3rd), T10 (6th), T11 (7th), T12 (8th),
		// T14 (6th) = 6; T13 is canceled; T9 now due the 12th.
		due: 6,
		// T1 completed the 3rd ≤ 4th; T14 completed the 5th ≤ 6th.
		onTime: 2,
		// T7 completed the 4th (Berlin) > 3rd; T10 completed the 9th > 6th; T11 open, 7th < 8th.
		late: 3,
		// T12: open, due the 8th, not before the 8th.
		pending: 1,
		onTimeRate: 0.4, // 2 / (2 + 3)
		// First due date in W: T1 (4th, no history), T7 (3rd), T9 (5th, before the move), T10 (6th),
		// T11 (5th, before the move), T12 (8th) = 6. T14's first was Oct 30; T15's Nov 20.
		committed: 6,
		kept: 1, // T1
		broken: 4, // T7 and T10 completed late; T9 and T11 open past their first due date
		keptRate: 0.2, // 1 / (1 + 4)
		// Moves to a later date made in W: T9 (5th → 12th, Nov 4), T11 (5th → 7th, Nov 2). T14's move
		// was in W44; T15's first change sets a date (nothing to move), its second moves earlier.
		postponements: 2,
		// Completed late: T7 slipped 1 day, T10 3 days → median 2.
		medianSlipDays: 2,
	},
	delegation: {
		// Open and assigned to Dana at the end of W: T21 (taken back), T25. T24 completed by her.
		director: {open: 2, completed: 1},
		// Delegation events in W: T19 (Dana → Alex), T20 (nobody → Casey on Dana's ticket),
		// T22 (created by Dana assigned to Blake). T26 is Sam's ticket: no delegation.
		delegated: 3,
		takenBack: 1, // T21: Sam → Dana on Nov 5
		delegationRate: 0.75, // 3 / (3 + 1)
		reports: [
			{
				name: 'Alex Brandt',
				delegated: 1, // T19
				// Delegated tickets held by Alex's group {Alex, Sam} at the end of W: T19, T11 (delegated
				// Oct 26), T23 (delegated Sep 10). T9 is Alex's but never delegated; T21 went back to Dana.
				open: 3,
				completed: 0,
				overdue: 1, // T11 due the 7th < the 8th; T19 due the 20th; T23 has no due date
				stale: 1, // T23: last change Sep 10, far more than 14 days before asOf
				// Completed in W by {Alex, Sam}: T1 op, T6 st, T7 none, T14 st → 2 / 3.
				strategicShare: 0.667,
				takenBack: 1,
			},
			{
				name: 'Blake Jones',
				delegated: 2, // T20 (to Casey), T22
				open: 1, // T22 (T20 is done)
				completed: 1, // T20
				overdue: 0,
				stale: 0,
				// Completed in W by {Blake, Casey}: T4 op, T5 op, T8 st, T17 op, T20 st → 2 / 5.
				strategicShare: 0.4,
				takenBack: 0,
			},
		],
	},
	blockers: {
		// Blocked at some moment of W: T5 (Nov 1 10:00 → Nov 6 10:00, 5 days), T9 (Nov 3 10:00 → Nov 5
		// 10:00 when T4 was done, 2 days), T11 (Blocked since Nov 6 12:00, still). T10's spell ended Oct 28.
		blocked: 3,
		blockedNow: 1, // T11
		medianBlockedDays: 3.5, // spells ended in W: 2 and 5
	},
	// Tickets completed or active in W (the export's `tickets`).
	ticketNumbers: [1, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 17, 20, 24],
} as const;

/** Each ticket's effective category as the classifier must see it (labels incident / tech-debt, plain titles). */
export function categoryOf(ticket: StoryTicket): 'operational' | 'strategic' | 'unclassified' {
	return ticket.kind === 'none' ? 'unclassified' : ticket.kind;
}

export function labelsOf(ticket: StoryTicket): string[] {
	const kindLabel = ticket.kind === 'operational' ? ['incident'] : ticket.kind === 'strategic' ? ['tech-debt'] : [];
	return [...kindLabel, ...(ticket.labels ?? [])];
}

/** The assignee after every change, oldest first, with the value each change replaced. */
export function assigneeSteps(ticket: StoryTicket): Array<{at: string; from: Who | null; to: Who | null}> {
	let current = ticket.assignee;
	const steps: Array<{at: string; from: Who | null; to: Who | null}> = [];
	for (const change of ticket.changes ?? []) {
		if (!('assignee' in change)) continue;
		steps.push({at: change.at, from: current, to: change.assignee});
		current = change.assignee;
	}
	return steps;
}

export function dueSteps(ticket: StoryTicket): Array<{at: string; from: string | null; to: string | null}> {
	let current = ticket.due ?? null;
	const steps: Array<{at: string; from: string | null; to: string | null}> = [];
	for (const change of ticket.changes ?? []) {
		if (!('due' in change)) continue;
		steps.push({at: change.at, from: current, to: change.due});
		current = change.due;
	}
	return steps;
}

export function currentAssignee(ticket: StoryTicket): Who | null {
	return assigneeSteps(ticket).at(-1)?.to ?? ticket.assignee;
}

export function currentDue(ticket: StoryTicket): string | null {
	return dueSteps(ticket).at(-1)?.to ?? ticket.due ?? null;
}

/** The latest instant anything happened to the ticket (its `updated`). */
export function lastTouched(ticket: StoryTicket): string {
	const instants = [ticket.created, ticket.started, ticket.completed, ticket.canceled, ...(ticket.changes ?? []).map((change) => change.at)];
	if (ticket.blocker?.kind === 'state') instants.push(ticket.blocker.at);
	if (ticket.blocker?.kind === 'link') instants.push(ticket.blocker.at);
	if (ticket.blocker?.kind === 'impediment') instants.push(ticket.blocker.from, ticket.blocker.to);
	return instants.filter((value): value is string => value !== undefined).sort().at(-1) ?? ticket.created;
}
