import {absoluteWeekOfDay, minutesPerDay} from './calendar.js';
import type {TeamKey} from './roster.js';

/**
 * Each week one team is hit by a storm of incidents: it files more operational work, most
 * of it incidents, and the promises it was due to keep that week mostly break. The storm
 * moves on every week (3 is coprime with 5, so no team is hit two weeks running and each
 * is hit once in five weeks): the review's interrupt-rotation talking point names one
 * report a week, a different one the next.
 */
const stormOrder: readonly TeamKey[] = ['PAY', 'PLAT', 'GROW', 'MOB', 'DATA'];

export function stormTeam(absoluteWeek: number): TeamKey {
	const position = (((absoluteWeek * 3) % stormOrder.length) + stormOrder.length) % stormOrder.length;
	return stormOrder[position] ?? 'PAY';
}

export function isStormWeek(team: TeamKey, absoluteWeek: number): boolean {
	return stormTeam(absoluteWeek) === team;
}

/** Whether the team is in its storm at a local minute. */
export function isInStorm(team: TeamKey, localMinute: number): boolean {
	return isStormWeek(team, absoluteWeekOfDay(Math.floor(localMinute / minutesPerDay)));
}

/**
 * More tickets filed in a storm week, and a larger share of them operational; every team
 * files a little less in its calm weeks, so the org's volume is what was asked for.
 */
export const stormVolume = 2.2;
export const calmVolume = 1 / (1 + (stormVolume - 1) / stormOrder.length);
export const stormOperationalBoost = 0.4;
/** In a storm, the odds a completed ticket met its due date. */
export const stormOnTimeChance = 0.1;
