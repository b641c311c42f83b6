/**
 * When interrupts are eating a group's promises (issue 17): its interrupt share is at least
 * 40 % and its kept-promise rate fell at least 10 points from the week before. Shares are
 * compared as whole percentages, as they are shown, so the rule fires exactly when the
 * numbers a director reads say so.
 */
import {percentOf} from '../../figure-format.js';

export const interruptShareThreshold = 0.4;
export const keptRateFallThreshold = 0.1;

/** A share as the whole percentage every surface shows it as (figure-format.ts: halves to even). */
function shownPoints(share: number): number {
	return percentOf(share) ?? 0;
}

export interface InterruptLoad {
	/** The group's person-days on unplanned tickets / all its person-days this week. */
	readonly interruptShare: number | null;
	/** The group's kept-promise rate this week and the week before. */
	readonly keptRate: number | null;
	readonly previousKeptRate: number | null;
}

export function isInterruptLoadHurtingPromises(load: InterruptLoad): boolean {
	const {interruptShare, keptRate, previousKeptRate} = load;
	if (interruptShare === null || keptRate === null || previousKeptRate === null) return false;
	return shownPoints(interruptShare) >= shownPoints(interruptShareThreshold) && shownPoints(previousKeptRate) - shownPoints(keptRate) >= shownPoints(keptRateFallThreshold);
}
