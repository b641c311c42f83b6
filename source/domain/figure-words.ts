import type {ThemeFlag} from './metrics/themes.js';

/**
 * A figure named in words by its JSON path (cli.md), for the surfaces that list figures by
 * path (the restated figures since the last review): "Improvement completed", or, for a
 * figure without a headline name, its path in words — "Delegation › Priya Raman › strategic
 * share" for `delegation.reports[Priya Raman].strategicShare`. Never the bare path.
 */

/** The figures a reader knows by name, in the words the summaries use. */
export const headlineFigureNames: Readonly<Record<string, string>> = {
	'allocation.completed.operationalShare': 'Firefighting share',
	'allocation.completed.operational': 'Firefighting completed',
	'allocation.completed.strategic': 'Improvement completed',
	'predictability.onTimeRate': 'On-time rate',
	'predictability.keptRate': 'Kept rate',
	'predictability.broken': 'Promises broken',
	'delegation.delegationRate': 'Delegation rate',
	'delegation.takenBack': 'Taken back',
};

/** Path parts whose words differ from their camelCase split; the categories in the product's words. */
const partWords: Readonly<Record<string, string>> = {
	operational: 'firefighting',
	strategic: 'improvement',
	unclassified: 'unsorted',
	operationalShare: 'firefighting share',
	completed: 'done',
	onTimeRate: 'on-time rate',
	medianSlipDays: 'median slip (days)',
	medianBlockedDays: 'median blocked (days)',
	medianOpenBlockedDays: 'median still blocked (days)',
	blockedNow: 'still blocked',
	director: 'you',
	personDays: 'person-days',
	fteWeeks: 'FTE weeks',
	promiseRisk: 'promise risk',
	onTimeProbability: 'chance on time',
	keptProbability: 'chance kept',
};

/** Containers that only group what the next part names: "delegation.reports[Alex]" reads "Delegation › Alex". */
const groupingParts = new Set(['allocation', 'reports', 'entries']);

export function figureWords(path: string): string {
	const named = headlineFigureNames[path];
	if (named !== undefined) return named;
	// Names ("[Priya Raman]") as they are; the other parts in words, a grouping part left out.
	const tokens = [...path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)].map((match) => (match[1] !== undefined ? {text: match[1], isName: true} : {text: match[2] ?? '', isName: false}));
	const words = tokens.filter((token, index) => token.isName || index === tokens.length - 1 || !groupingParts.has(token.text)).map((token) => (token.isName ? token.text : wordsOf(token.text)));
	const text = words.join(' › ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function wordsOf(part: string): string {
	return partWords[part] ?? part.replaceAll(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * How a surface names the week its figures are of. The week running now is "this week" and
 * its running figures are "so far" (metrics.md: asOf(W) is now); an ended week is named by
 * its id, since "this week" on last week's figures would say they are this week's.
 */
export interface WeekWords {
	readonly weekId: string;
	readonly isCurrent: boolean;
	/** When within the week: "this week" / "in 2026-W48". */
	readonly during: string;
	/** The moment the figures are taken at: "now" / "the end of 2026-W48". */
	readonly moment: string;
	/** A running age or count: "so far" / "at week end". */
	readonly soFar: string;
	/** A state at that moment, said after a count: "3 blocked now" / "3 blocked at the end of 2026-W48". */
	readonly atMoment: string;
	/** The same moment after a clause that named the week: "19 blocked in 2026-W48, 7 still blocked at its end" / "… this week, 7 still blocked now". */
	readonly atItsEnd: string;
}

/** The words for a report's week (`report.week.id`, `report.isCurrent`). */
export function weekWords(weekId: string, isCurrent: boolean): WeekWords {
	const words = isCurrent ? {during: 'this week', moment: 'now', soFar: 'so far', atItsEnd: 'now'} : {during: `in ${weekId}`, moment: `the end of ${weekId}`, soFar: 'at week end', atItsEnd: 'at its end'};
	// A state at the moment is said of the same moment: "now", or "at the end of 2026-W48".
	return {weekId, isCurrent, ...words, atMoment: isCurrent ? words.moment : `at ${words.moment}`};
}

/** A theme's flag as a surface shows it: "quiet this week", "quiet in 2026-W48"; the others as they are. */
export function themeFlagWords(flag: ThemeFlag, w: WeekWords): string {
	return flag === 'quiet' ? `quiet ${w.during}` : flag;
}
