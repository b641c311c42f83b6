import type {HistoryField, Priority} from '../../domain/types.js';
import type {IterationMove} from './iteration-moves.js';
import type {Initiative, TeamProfile} from './catalogue.js';
import type {Random} from './random.js';
import type {DemoTeam} from './roster.js';

/**
 * A ticket's whole planned life, in local minutes (calendar.ts), independent of `now`.
 * What the tracker shows at an instant is the prefix of this plan up to that instant, so
 * regenerating later extends the same story instead of telling a different one.
 */
export interface PlannedEvent {
	readonly at: number;
	readonly field: HistoryField;
	readonly to: string | null;
	readonly actorId: string | null;
}

export interface PlannedSpell {
	readonly start: number;
	/** null: never unblocked. */
	readonly end: number | null;
	/** null: blocked by an earlier ticket of the team, `blockerOffset` keys back. */
	readonly reason: string | null;
	readonly blockerOffset: number;
}

export type InitialStatus = 'backlog' | 'unstarted';

/** Who a planned ticket is: given once the week's tickets are ordered by filing time. */
export interface TicketIdentity {
	readonly id: string;
	readonly key: string;
	readonly keyNumber: number;
}

export interface TicketPlan {
	readonly title: string;
	readonly titleTemplate: string;
	readonly kind: TicketKind;
	readonly type: string | null;
	readonly priority: Priority | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly project: string | null;
	readonly team: string;
	readonly estimate: number | null;
	readonly created: number;
	readonly creatorId: string;
	readonly initialAssigneeId: string | null;
	readonly initialStatus: InitialStatus;
	readonly initialDueDate: string | null;
	/** Sorted by `at`. Status events carry status categories. */
	readonly events: readonly PlannedEvent[];
	readonly started: number | null;
	readonly completed: number | null;
	readonly canceled: number | null;
	readonly spells: readonly PlannedSpell[];
	/** What the tracker calls the started state for this ticket. */
	readonly startedStatusName: string;
	/** How it joins and leaves its team's cycles, oldest first (empty: never cycle work). */
	readonly iterationMoves: readonly IterationMove[];
}

/** What kind of work a ticket is, which decides its signals, pace and fate. */
export type TicketKind = 'incident' | 'bug' | 'support' | 'strategic' | 'ambiguous' | 'epic' | 'initiative';

export interface PlanContext {
	readonly random: Random;
	readonly profile: TeamProfile;
	readonly team: DemoTeam;
	/** Monday of the ticket's week, as a day number. */
	readonly monday: number;
	readonly kind: TicketKind;
	readonly initiative: Initiative | null;
}

/** How a ticket's story ends: done, dropped, started and stuck, or never picked up. */
export type Fate = 'completed' | 'canceled' | 'stalled' | 'parked';
