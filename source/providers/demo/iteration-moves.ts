import {minutesPerDay, officeBetween} from './calendar.js';
import {cycleAt, nextCycle, planningMinute, previousCycle, type DemoCycle} from './cycles.js';
import type {Random} from './random.js';
import type {TeamKey} from './roster.js';

const day = minutesPerDay;
/** Stuck work is not carried forever: after this many cycles it goes back to the backlog (sooner when nobody started it). */
const maxCycles = 4;
const maxCyclesUnstarted = 2;

/** A ticket joining (`to` a cycle id) or leaving (`to` null) its team's cycles, in local minutes. */
export interface IterationMove {
	readonly at: number;
	readonly to: string | null;
	/** null: the tracker's automatic roll-over at a cycle's completion. */
	readonly actorId: string | null;
}

export interface CycleContext {
	readonly team: TeamKey;
	readonly leadId: string;
	readonly created: number;
	readonly started: number | null;
	/** When the ticket was completed or canceled; null while it is neither. */
	readonly closed: number | null;
	readonly isOperational: boolean;
}

/**
 * How a ticket that is cycle work moves through its team's cycles, as Linear records it:
 * planned into a cycle on the Friday before it starts (sometimes one cycle too early, and
 * then carried), or added to the running cycle when it is urgent (operational work more
 * often than planned work, which mostly waits for the next planning); taken out before the
 * end now and then (to the next cycle, or back to the backlog when nobody started it); and
 * rolled over to the next cycle at the completion of a cycle it did not finish in.
 */
export function planIterationMoves(random: Random, context: CycleContext): IterationMove[] {
	const {team, leadId, created, started, isOperational} = context;
	const closed = context.closed ?? Number.POSITIVE_INFINITY;
	let cycle = cycleAt(team, started ?? created);
	let joinedAt: number;
	const earlier = previousCycle(cycle);
	if (created <= planningMinute(earlier) && random.chance(0.1)) {
		// Planned a cycle too early: it will be carried into the one it starts in.
		cycle = earlier;
		joinedAt = planningMinute(cycle);
	} else if (created <= planningMinute(cycle)) {
		joinedAt = planningMinute(cycle);
	} else if (random.chance(isOperational ? 0.6 : 0.25)) {
		// Pulled into the running cycle: scope added after its start.
		joinedAt = created;
	} else {
		// Done outside any cycle when it started before the next planning.
		if (started !== null && started < cycle.end) return [];
		cycle = nextCycle(cycle);
		// Filed after that planning: it joins as soon as it is filed, still before the start.
		joinedAt = Math.max(planningMinute(cycle), created);
		if (joinedAt >= closed) return [];
	}

	const moves: IterationMove[] = [{at: joinedAt, to: cycle.id, actorId: leadId}];
	for (let cycles = 1; closed >= cycle.end; cycles++) {
		const next = nextCycle(cycle);
		if (cycles >= (started === null || started >= cycle.end ? maxCyclesUnstarted : maxCycles)) {
			// Taken out when the next cycle is planned.
			const at = planningMinute(next);
			if (at > joinedAt) moves.push({at, to: null, actorId: leadId});
			break;
		}

		// Work that joined in the last days of a cycle is carried, not taken out.
		if (random.chance(0.12) && joinedAt < cycle.end - 3 * day) {
			const at = removalMinute(random, cycle, joinedAt);
			// Not started yet: back to the backlog half the time, or on to the next cycle.
			if (started === null || started > at ? random.chance(0.5) : false) {
				moves.push({at, to: null, actorId: leadId});
				break;
			}

			moves.push({at, to: next.id, actorId: leadId});
			joinedAt = at;
		} else {
			moves.push({at: cycle.end, to: next.id, actorId: null});
			joinedAt = next.start;
		}

		cycle = next;
	}

	return moves;
}

/** A working moment in the cycle's second week, after the ticket joined it. */
function removalMinute(random: Random, cycle: DemoCycle, joinedAt: number): number {
	return officeBetween(Math.max(joinedAt, cycle.start + 7 * day), cycle.end - 2 * day, random.next());
}
