import {absoluteWeekOfDay, minutesPerDay, mondayOfWeek} from './calendar.js';
import type {TeamKey} from './roster.js';

/** Every team runs 2-week cycles; Growth and Mobile start theirs a week after the others. */
export const cycleWeeks = 2;
const cycleOffset: Readonly<Record<TeamKey, number>> = {PAY: 0, PLAT: 0, GROW: 1, MOB: 1, DATA: 0};

/** One team cycle, in local minutes: [start, end). */
export interface DemoCycle {
	readonly id: string;
	readonly team: TeamKey;
	readonly number: number;
	readonly startWeek: number;
	readonly start: number;
	readonly end: number;
}

function cycleNumbered(team: TeamKey, number: number): DemoCycle {
	const startWeek = number * cycleWeeks - cycleOffset[team];
	return {id: `demo-${team}-cycle-${number}`, team, number, startWeek, start: mondayOfWeek(startWeek) * minutesPerDay, end: mondayOfWeek(startWeek + cycleWeeks) * minutesPerDay};
}

/** The team's cycle running in an absolute week. */
export function cycleOfWeek(team: TeamKey, week: number): DemoCycle {
	return cycleNumbered(team, Math.floor((week + cycleOffset[team]) / cycleWeeks));
}

/** The team's cycle running at a local minute. */
export function cycleAt(team: TeamKey, localMinute: number): DemoCycle {
	return cycleOfWeek(team, absoluteWeekOfDay(Math.floor(localMinute / minutesPerDay)));
}

export function nextCycle(cycle: DemoCycle): DemoCycle {
	return cycleNumbered(cycle.team, cycle.number + 1);
}

export function previousCycle(cycle: DemoCycle): DemoCycle {
	return cycleNumbered(cycle.team, cycle.number - 1);
}

/** Cycles are planned on the Friday afternoon before they start. */
export function planningMinute(cycle: DemoCycle): number {
	return cycle.start - 3 * minutesPerDay + 16 * 60;
}
