/**
 * One small hand-made organisation told once, provider-neutrally, and built in each fake
 * in that tracker's own shapes (Linear issues + history + relations + cycles; Jira issues +
 * changelog + links / Flagged / a Blocked status + a scrum board's sprints and the Sprint
 * field). It is not the demo org and shares
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
	/** Moves into a sprint/cycle (its `id` in `iterations`) or out of any (null) made by people; roll-overs follow from `iterationSteps`. */
	readonly sprints?: ReadonlyArray<{readonly at: string; readonly to: number | null}>;
}

/**
 * The team's sprints (Jira) / cycles (Linear), two weeks each, back to back. When one
 * completes, its unfinished tickets roll over into the next (Linear does it itself; in Jira
 * the team chooses "move to the next sprint" on completion). The last one is running.
 */
export interface StoryIteration {
	readonly id: number;
	readonly name: string;
	readonly starts: string;
	readonly ends: string;
	readonly completed: string | null;
}

export const iterations: readonly StoryIteration[] = [
	{id: 1, name: 'Sprint 1', starts: '2026-10-23T16:00:00Z', ends: '2026-11-06T16:00:00Z', completed: '2026-11-06T16:00:00Z'},
	{id: 2, name: 'Sprint 2', starts: '2026-11-06T16:00:00Z', ends: '2026-11-20T16:00:00Z', completed: '2026-11-20T16:00:00Z'},
	{id: 3, name: 'Sprint 3', starts: '2026-11-20T16:00:00Z', ends: '2026-12-04T16:00:00Z', completed: '2026-12-04T16:00:00Z'},
	{id: 4, name: 'Sprint 4', starts: '2026-12-04T16:00:00Z', ends: '2026-12-18T16:00:00Z', completed: null},
];

export const tickets: readonly StoryTicket[] = [
	{n: 1, title: 'Resolver answers slowly in the north region', kind: 'operational', labels: ['dns'], creator: 'sam', assignee: 'sam', created: '2026-10-30T09:00:00Z', due: '2026-11-04', started: '2026-11-02T10:00:00Z', completed: '2026-11-03T10:00:00Z'},
	{n: 2, title: 'Card form rejects valid postcodes', kind: 'operational', labels: ['dns'], area: 'Checkout', creator: 'casey', assignee: 'casey', created: '2026-10-26T09:00:00Z', started: '2026-10-27T09:00:00Z', completed: '2026-10-28T12:00:00Z'},
	{n: 3, title: 'Resolver cache poisoned by stale records', kind: 'operational', labels: ['dns'], creator: 'sam', assignee: 'sam', created: '2026-10-19T09:00:00Z', started: '2026-10-20T09:00:00Z', completed: '2026-10-21T12:00:00Z'},
	{n: 4, title: 'Invoices doubled for annual plans', kind: 'operational', labels: ['billing'], area: 'Checkout', creator: 'casey', assignee: 'casey', created: '2026-11-02T08:00:00Z', started: '2026-11-04T09:00:00Z', completed: '2026-11-05T10:00:00Z'},
	{n: 5, title: 'Refund totals off by a cent', kind: 'operational', labels: ['billing'], area: 'Checkout', creator: 'blake', assignee: 'blake', created: '2026-10-29T09:00:00Z', started: '2026-10-30T09:00:00Z', completed: '2026-11-06T10:00:00Z', blocker: {kind: 'impediment', by: 26, from: '2026-11-01T10:00:00Z', to: '2026-11-06T10:00:00Z'}},
	{n: 6, title: 'Move zone records into code', kind: 'strategic', labels: ['dns'], creator: 'alex', assignee: 'alex', created: '2026-10-15T09:00:00Z', started: '2026-10-20T09:00:00Z', completed: '2026-11-04T15:00:00Z', sprints: [{at: '2026-10-23T10:00:00Z', to: 1}]},
	// Completed Wed 00:30 in Berlin, still Tuesday in UTC: one day late against a Tuesday due date.
	{n: 7, title: 'Quarterly access review', kind: 'none', creator: 'sam', assignee: 'sam', created: '2026-10-28T09:00:00Z', due: '2026-11-03', started: '2026-11-03T08:00:00Z', completed: '2026-11-03T23:30:00Z'},
	// Completed Mon 00:30 in Berlin (in W45), still Sunday of W44 in UTC.
	{n: 8, title: 'Shared retry helper for queue consumers', kind: 'strategic', creator: 'casey', assignee: 'casey', created: '2026-10-26T09:00:00Z', started: '2026-10-28T09:00:00Z', completed: '2026-11-01T23:30:00Z'},
	// Postponed during W: first due date 2026-11-05 (in W), now 2026-11-12.
	{n: 9, title: 'Split the orders table', kind: 'strategic', creator: 'sam', assignee: 'alex', created: '2026-10-26T09:00:00Z', due: '2026-11-05', started: '2026-11-03T09:00:00Z', changes: [{at: '2026-11-04T09:00:00Z', due: '2026-11-12'}], blocker: {kind: 'link', by: 4, at: '2026-11-03T10:00:00Z'}, sprints: [{at: '2026-11-03T10:00:00Z', to: 1}]},
	{n: 10, title: 'Schema registry for events', kind: 'strategic', creator: 'casey', assignee: 'casey', created: '2026-10-22T09:00:00Z', due: '2026-11-06', started: '2026-11-02T09:00:00Z', completed: '2026-11-09T10:00:00Z', blocker: {kind: 'impediment', by: 2, from: '2026-10-27T10:00:00Z', to: '2026-10-28T12:00:00Z'}, sprints: [{at: '2026-10-23T10:00:00Z', to: 1}]},
	{n: 11, title: 'Vendor contract renewal figures', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-20T09:00:00Z', due: '2026-11-05', started: '2026-10-29T09:00:00Z', changes: [{at: '2026-10-26T09:00:00Z', assignee: 'alex'}, {at: '2026-11-02T09:00:00Z', due: '2026-11-07'}], blocker: {kind: 'state', at: '2026-11-06T12:00:00Z'}, sprints: [{at: '2026-10-23T10:00:00Z', to: 1}]},
	// Added to Sprint 1 after it started, taken out again before it ended.
	{n: 12, title: 'Hiring loop feedback form', kind: 'none', creator: 'casey', assignee: 'blake', created: '2026-10-27T09:00:00Z', due: '2026-11-08', sprints: [{at: '2026-10-28T09:00:00Z', to: 1}, {at: '2026-11-05T09:00:00Z', to: null}]},
	{n: 13, title: 'Rate limiter trips on health checks', kind: 'operational', creator: 'sam', assignee: 'sam', created: '2026-10-29T09:00:00Z', due: '2026-11-05', started: '2026-11-02T09:00:00Z', canceled: '2026-11-04T09:00:00Z'},
	// First due date 2026-10-30 (W44), moved in W44 to 2026-11-06.
	{n: 14, title: 'Lint rules for the mobile app', kind: 'strategic', creator: 'alex', assignee: 'alex', created: '2026-10-20T09:00:00Z', due: '2026-10-30', started: '2026-11-02T09:00:00Z', completed: '2026-11-05T09:00:00Z', changes: [{at: '2026-10-29T09:00:00Z', due: '2026-11-06'}], sprints: [{at: '2026-10-23T10:00:00Z', to: 1}]},
	// A due date set in W (not a postponement), then moved earlier (not one either).
	{n: 15, title: 'Office move checklist', kind: 'none', creator: 'sam', assignee: 'sam', created: '2026-10-27T09:00:00Z', changes: [{at: '2026-11-03T09:00:00Z', due: '2026-11-20'}, {at: '2026-11-05T09:00:00Z', due: '2026-11-18'}]},
	// Completed Mon 2026-11-09 00:30 in Berlin: W46, although still Sunday in UTC.
	{n: 16, title: 'Resolver timeouts after the config push', kind: 'operational', labels: ['dns'], creator: 'casey', assignee: 'casey', created: '2026-11-08T09:00:00Z', started: '2026-11-08T10:00:00Z', completed: '2026-11-08T23:30:00Z', sprints: [{at: '2026-11-08T09:00:00Z', to: 2}]},
	{n: 17, title: 'Resolver pods restart in a loop', kind: 'operational', labels: ['dns'], area: 'Checkout', creator: 'casey', assignee: 'casey', created: '2026-11-05T09:00:00Z', started: '2026-11-06T09:00:00Z', completed: '2026-11-07T12:00:00Z'},
	// W41: outside the four theme weeks W42..W45.
	{n: 18, title: 'Resolver certificate expired', kind: 'operational', labels: ['dns'], creator: 'sam', assignee: 'sam', created: '2026-10-05T09:00:00Z', started: '2026-10-06T09:00:00Z', completed: '2026-10-07T12:00:00Z'},
	// Delegated in W by the director to Alex; planned into Sprint 1, taken out of it in W.
	{n: 19, title: 'Budget proposal for the next half', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-20T09:00:00Z', due: '2026-11-20', changes: [{at: '2026-11-03T09:00:00Z', assignee: 'alex'}], sprints: [{at: '2026-10-23T10:00:00Z', to: 1}, {at: '2026-11-03T12:00:00Z', to: null}]},
	// The director's own unassigned ticket handed to Casey in W: a delegation from nobody.
	{n: 20, title: 'Alerting runbook templates', kind: 'strategic', creator: 'dana', assignee: null, created: '2026-10-28T09:00:00Z', started: '2026-11-05T09:00:00Z', completed: '2026-11-06T15:00:00Z', changes: [{at: '2026-11-04T09:00:00Z', assignee: 'casey'}], sprints: [{at: '2026-11-04T09:00:00Z', to: 1}]},
	// Delegated to Sam in October, taken back by the director in W.
	{n: 21, title: 'Reorg announcement draft', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-10T09:00:00Z', changes: [{at: '2026-10-15T09:00:00Z', assignee: 'sam'}, {at: '2026-11-05T09:00:00Z', assignee: 'dana'}]},
	// Created by the director in W already assigned to Blake.
	{n: 22, title: 'Quarter planning inputs', kind: 'none', creator: 'dana', assignee: 'blake', created: '2026-11-02T10:00:00Z'},
	// Delegated in September, started by Sam two days later, untouched since: stale, aging and stalled.
	{n: 23, title: 'Mentoring programme outline', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-09-01T09:00:00Z', started: '2026-09-12T09:00:00Z', changes: [{at: '2026-09-10T09:00:00Z', assignee: 'sam'}]},
	{n: 24, title: 'Status page stuck on the old region', kind: 'operational', creator: 'dana', assignee: 'dana', created: '2026-10-30T09:00:00Z', started: '2026-11-03T09:00:00Z', completed: '2026-11-04T12:00:00Z'},
	{n: 25, title: 'Board deck for the quarter', kind: 'none', creator: 'dana', assignee: 'dana', created: '2026-10-01T09:00:00Z'},
	// Not the director's ticket: assigning it to Casey from nobody is no delegation.
	// Due the day after W ends, not started: a promise at risk.
	{n: 26, title: 'Ledger export format', kind: 'none', creator: 'sam', assignee: null, created: '2026-10-31T09:00:00Z', due: '2026-11-09', changes: [{at: '2026-11-03T09:00:00Z', assignee: 'casey'}]},
	// Two fires nobody but the director holds, never started.
	{n: 27, title: 'Disk alerts flapping on the build hosts', kind: 'operational', creator: 'sam', assignee: null, created: '2026-11-04T09:00:00Z'},
	{n: 28, title: 'Backup restore drill failed', kind: 'operational', creator: 'dana', assignee: 'dana', created: '2026-10-27T09:00:00Z'},
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
		// st T6, T8 (finished Mon 00:30 local), T9, T10, T14, T20 = 6; none T7, T11, T23 (started Sep 12) = 3.
		// Never started: T12, T15, T19, T21, T22, T25, T26, T27, T28. Finished before W: T2, T3, T18.
		// share 7/13 = 0.5385.
		active: {operational: 7, strategic: 6, unclassified: 3, operationalShare: 0.538},
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
		// Open and assigned to Dana at the end of W: T21 (taken back), T25, T28. T24 completed by her.
		director: {open: 3, completed: 1},
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
				stale: 1, // T23: last change Sep 12 (started), far more than 14 days before asOf
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
	ticketNumbers: [1, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 17, 20, 23, 24],
} as const;

/**
 * The version 2 figures of the JSON export for 2026-W45, worked out by hand from metrics.md
 * "Version 2 metrics" and its readings. Day counts are exact fractions; the tests compare
 * them to 6 places.
 *
 * Working days of W up to asOf's date (Nov 8): Mon Nov 2 .. Fri Nov 6, each Berlin midnight to
 * midnight (Mon = [Nov 1 23:00Z, Nov 2 23:00Z)). In progress on d: started before d ends and not
 * finished before d starts. Holders on each day (no ticket changed hands during W while in progress;
 * T20 went to Casey on Wed, before it started on Thu):
 *   Sam    Mon T1 T13 T23 | Tue T1 T7 T13 T23 | Wed T7 T13 T23 (T7 done Nov 3 23:30Z = Wed 00:30; T13 canceled Wed) | Thu T23 | Fri T23
 *   Alex   Mon T6 T11 T14 | Tue T6 T9 T11 T14 | Wed T6 T9 T11 T14 | Thu T9 T11 T14 | Fri T9 T11
 *   Blake  T5 every day (flagged, still in progress)
 *   Casey  Mon T8 T10 (T8 done Mon 00:30) | Tue T10 | Wed T4 T10 | Thu T4 T10 T20 | Fri T10 T17 T20
 *   Dana   Tue T24 | Wed T24
 *   (T16 started on Sunday; T1 done Tue 11:00 local; T4 done Thu; T6 done Wed; T14 done Thu.)
 * Each person-day is split equally over the day's tickets:
 *   Sam:   T1 1/3+1/4 = 7/12 op; T13 1/3+1/4+1/3 = 11/12 op; T7 1/4+1/3 = 7/12 none; T23 1/3+1/4+1/3+1+1 = 35/12 none
 *          → op 18/12 = 1.5, none 42/12 = 3.5, 5 days.
 *   Alex:  T6 1/3+1/4+1/4 = 10/12 st; T14 1/3+1/4+1/4+1/3 = 14/12 st; T9 1/4+1/4+1/3+1/2 = 16/12 st;
 *          T11 1/3+1/4+1/4+1/3+1/2 = 20/12 none → st 40/12, none 20/12, 5 days.
 *   Blake: T5 5 op.
 *   Casey: T4 1/2+1/3 = 5/6 op; T17 1/3 op; T8 1/2 st; T10 1/2+1+1/2+1/3+1/3 = 8/3 st; T20 1/3+1/3 = 2/3 st
 *          → op 7/6, st 23/6, 5 days.
 *   Dana:  T24 2 op.
 * Unplanned: started < 48 h after creation — T5 (24 h), T16 (1 h), T17 (24 h); not T4 (49 h) nor T8
 * (exactly 48 h) — or joined a sprint strictly after it started: T9 (Sprint 1, Nov 3), T12 (Sprint 1,
 * Oct 28), T16 (Sprint 2, Nov 8), T20 (Sprint 1, Nov 4). T9, T10, T11 rolled into Sprint 2 at the very
 * instant it started: not after it, so not unplanned. Unplanned person-days: Alex's T9 16/12; Blake's
 * T5 5; Casey's T17 1/3 and T20 2/3.
 */
export const expectedV2W45 = {
	effort: {
		// Every roster person, director included: op 1.5 + 5 + 7/6 + 2 = 58/6; st 40/12 + 23/6 = 43/6;
		// none 3.5 + 20/12 = 31/6; 22 person-days; share 58/101; unplanned 16/12 + 6 = 22/3 → 1/3.
		org: {operational: 58 / 6, strategic: 43 / 6, unclassified: 31 / 6, operationalShare: 58 / 101, interruptShare: 1 / 3, personDays: 22, fteWeeks: 4.4, unplanned: 22 / 3},
		reports: [
			// Alex's group {Alex, Sam}: op 1.5, st 40/12, none 3.5 + 20/12 = 62/12; 10 days; share 1.5 / (1.5 + 40/12) = 9/29;
			// unplanned T9 16/12 → 16/120 = 2/15.
			// Its kept rate (extension; a promise is the holder's at completion, else at asOf): committed in W T1 (kept), T7, T9, T11 → 1/4;
			// in W44 T14 (first due Oct 30, done Nov 5) → 0/1.
			{name: 'Alex Brandt', operational: 1.5, strategic: 40 / 12, unclassified: 62 / 12, operationalShare: 9 / 29, interruptShare: 2 / 15, personDays: 10, fteWeeks: 2, unplanned: 4 / 3, keptRate: 0.25, previousKeptRate: 0},
			// Blake's group {Blake, Casey}: op 5 + 7/6 = 37/6, st 23/6, none 0; 10 days; share 37/60; unplanned 5 + 1/3 + 2/3 = 6 → 0.6.
			// Kept: committed in W T10 (broken), T12 (due the 8th, still open, neither) → 0/1; nothing in W44 → null.
			{name: 'Blake Jones', operational: 37 / 6, strategic: 23 / 6, unclassified: 0, operationalShare: 37 / 60, interruptShare: 0.6, personDays: 10, fteWeeks: 2, unplanned: 6, keptRate: 0, previousKeptRate: null},
		],
	},
	iterations: [
		// Sprint 1, Oct 23 16:00Z → completed Nov 6 16:00Z (in W). In it at its start: T6, T10, T11, T14, T19 = 5 planned.
		// Joined after: T12 (Oct 28), T9 (Nov 3), T20 (Nov 4) = 3 added. Left before its end, never completed in it:
		// T19 (out Nov 3), T12 (out Nov 5) = 2 removed; T9, T10, T11 rolled over at the completion instant: still in it
		// just before its end, not removed. Completed while in it: T6 (Nov 4), T14 (Nov 5) planned, T20 added.
		// Accuracy 2/5; scope change (3 + 2)/5 = 1. Days: Oct 23 17:00 and Nov 6 17:00 in Berlin.
		{name: 'Sprint 1', team: 'ENG', start: '2026-10-23', end: '2026-11-06', running: false, planned: 5, added: 3, removed: 2, completedPlanned: 2, planningAccuracy: 0.4, scopeChange: 1},
		// Sprint 2, started Nov 6 16:00Z, completed Nov 20: running at the end of W, read then (Nov 8 23:00Z).
		// Planned: T9, T10, T11 (rolled in at its start instant) = 3; added T16 (Nov 8 09:00) = 1; removed none;
		// completed planned none by the end of W (T10 Nov 9, T16 Nov 8 23:30Z, after it). Accuracy 0; scope change 1/3.
		// Its last planned day: Nov 20.
		{name: 'Sprint 2', team: 'ENG', start: '2026-11-06', end: '2026-11-20', running: true, planned: 3, added: 1, removed: 0, completedPlanned: 0, planningAccuracy: 0, scopeChange: 1 / 3},
	],
	/**
	 * Sample C: each group completed fewer than 20 tickets in W34..W45, so both read the org's: cycle times of
	 * tickets completed by a roster person by asOf: T7 0.6458 (15.5 h), T1 1, T4 1.0417 (25 h), T2 T3 T17 T18 T24
	 * 1.125 (27 h), T20 1.25, T14 3, T8 4.6042, T5 7.0417, T6 15.25 — 13 values (T10, T16 finished after asOf;
	 * T13 canceled). 85th percentile: the ⌈0.85·13⌉ = 12th smallest = 7.0417 days.
	 * Days left t = end of the due date (Berlin midnight) − asOf.
	 */
	promiseRisk: [
		// Alex's group, by due date. T11: due Nov 7, past → 0; first due Nov 5 → 0. At risk.
		{key: 'ENG-11', report: 'Alex Brandt', dueDate: '2026-11-07', firstDueDate: '2026-11-05', onTimeProbability: 0, keptProbability: 0, atRisk: true},
		// T9: age Nov 3 09:00 → Nov 8 23:00 = 5.5833, t = 4: #{c > 5.5833} = 2 (7.04, 15.25) < 5 → null, not at risk;
		// first due Nov 5, past → 0.
		{key: 'ENG-9', report: 'Alex Brandt', dueDate: '2026-11-12', firstDueDate: '2026-11-05', onTimeProbability: null, keptProbability: 0, atRisk: false},
		// T15 (Sam): not started, a = 0; due Nov 18, t = 10 → 12/13 (all but 15.25); first due Nov 20, t = 12 → 12/13.
		{key: 'ENG-15', report: 'Alex Brandt', dueDate: '2026-11-18', firstDueDate: '2026-11-20', onTimeProbability: 12 / 13, keptProbability: 12 / 13, atRisk: false},
		// T19: a = 0, due Nov 20 (its first too), t = 12 → 12/13.
		{key: 'ENG-19', report: 'Alex Brandt', dueDate: '2026-11-20', firstDueDate: '2026-11-20', onTimeProbability: 12 / 13, keptProbability: 12 / 13, atRisk: false},
		// Blake's group. T10 (Casey) is still open at asOf (done Nov 9): due Nov 6, its first too, past → 0. At risk.
		{key: 'ENG-10', report: 'Blake Jones', dueDate: '2026-11-06', firstDueDate: '2026-11-06', onTimeProbability: 0, keptProbability: 0, atRisk: true},
		// T12: due Nov 8, whose end is asOf: t = 0 → 0. At risk.
		{key: 'ENG-12', report: 'Blake Jones', dueDate: '2026-11-08', firstDueDate: '2026-11-08', onTimeProbability: 0, keptProbability: 0, atRisk: true},
		// T26 (Casey): a = 0, due Nov 9, t = 1 → #{0 < c ≤ 1} = 2 (0.6458, and T1's exactly 1) / 13. At risk.
		{key: 'ENG-26', report: 'Blake Jones', dueDate: '2026-11-09', firstDueDate: '2026-11-09', onTimeProbability: 2 / 13, keptProbability: 2 / 13, atRisk: true},
		// Not listed: T21, T25, T28 are the director's; T16, T22, T23 have no due date.
	],
	// Open and in progress at asOf, by group, oldest first (open at asOf: T10 and T16 finish after it).
	// Latest change counts sprint moves.
	aging: [
		// T23: started Sep 12 09:00 → 57.5833 days > 7.0417; last change Sep 12 → stalled.
		{key: 'ENG-23', report: 'Alex Brandt', ageDays: 57 + 14 / 24, aging: true, stalled: true},
		// T11: started Oct 29 09:00 → 10.5833 > 7.0417; last change the roll-over Nov 6 16:00 (2.3 days) → not stalled.
		{key: 'ENG-11', report: 'Alex Brandt', ageDays: 10 + 14 / 24, aging: true, stalled: false},
		// T9: 5.5833 ≤ 7.0417; rolled over Nov 6 16:00 → neither.
		{key: 'ENG-9', report: 'Alex Brandt', ageDays: 5 + 14 / 24, aging: false, stalled: false},
		// T10: started Nov 2 09:00 → 6.5833 ≤ 7.0417 (done only on Nov 9); rolled over Nov 6 16:00.
		{key: 'ENG-10', report: 'Blake Jones', ageDays: 6 + 14 / 24, aging: false, stalled: false},
		// T16: started Sun Nov 8 10:00 → 13 h; done at 23:30Z, after asOf.
		{key: 'ENG-16', report: 'Blake Jones', ageDays: 13 / 24, aging: false, stalled: false},
	],
	// Open operational tickets nobody or the director holds, oldest first; age from creation.
	unownedFires: [
		{key: 'ENG-28', assignee: 'Dana Ortiz', ageDays: 12 + 14 / 24}, // created Oct 27 09:00
		{key: 'ENG-27', assignee: null, ageDays: 4 + 14 / 24}, // created Nov 4 09:00
	],
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

/**
 * Every sprint/cycle move of the ticket, oldest first: the moves people made, and the
 * roll-overs: when an iteration the ticket is in completes before the ticket is finished,
 * the ticket moves into the next iteration at that instant (`rollOver`).
 */
export function iterationSteps(ticket: StoryTicket): Array<{at: string; from: number | null; to: number | null; rollOver: boolean}> {
	const steps: Array<{at: string; from: number | null; to: number | null; rollOver: boolean}> = [];
	const finished = ticket.completed ?? ticket.canceled;
	let current: number | null = null;
	const moves = [...(ticket.sprints ?? [])];
	for (;;) {
		const iteration = iterations.find((candidate) => candidate.id === current);
		const completes = iteration?.completed ?? null;
		const move = moves[0];
		// A move by a person made before the current iteration completes comes first.
		if (move !== undefined && (completes === null || Date.parse(move.at) < Date.parse(completes))) {
			steps.push({at: move.at, from: current, to: move.to, rollOver: false});
			current = move.to;
			moves.shift();
			continue;
		}
		if (completes === null || (finished !== undefined && Date.parse(finished) <= Date.parse(completes))) break;
		const next = iterations.find((candidate) => candidate.starts === iteration?.ends) ?? null;
		if (next === null) break;
		steps.push({at: completes, from: current, to: next.id, rollOver: true});
		current = next.id;
	}
	return steps;
}

/** The latest instant anything happened to the ticket (its `updated`). */
export function lastTouched(ticket: StoryTicket): string {
	const instants = [ticket.created, ticket.started, ticket.completed, ticket.canceled, ...(ticket.changes ?? []).map((change) => change.at), ...iterationSteps(ticket).map((step) => step.at)];
	if (ticket.blocker?.kind === 'state') instants.push(ticket.blocker.at);
	if (ticket.blocker?.kind === 'link') instants.push(ticket.blocker.at);
	if (ticket.blocker?.kind === 'impediment') instants.push(ticket.blocker.from, ticket.blocker.to);
	return instants.filter((value): value is string => value !== undefined).sort().at(-1) ?? ticket.created;
}
