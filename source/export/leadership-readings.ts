import {formatTenths, percentOf, unsortedNote, withUnit} from '../domain/figure-format.js';
import type {AllocationCounts, WeekMetrics} from '../domain/metrics/types.js';
import {percent, shareChange} from './markdown.js';

/** Where the firefighting share stands against the target, in whole percentages as shown. */
export function targetStatus(share: number | null, target: number): 'on target' | 'over target' | 'no figure' {
	const shown = percentOf(share);
	if (shown === null) return 'no figure';
	return shown <= (percentOf(target) ?? 0) ? 'on target' : 'over target';
}

/**
 * The verdict with what it leaves out: the share is over sorted work only, so unsorted
 * tickets could tip it either way; the text says how many, and whether they could.
 */
export function targetVerdict(counts: AllocationCounts, target: number): string {
	const status = targetStatus(counts.operationalShare, target);
	if (status === 'no figure' || counts.unclassified === 0) return `**${status}**`;
	const classified = counts.operational + counts.strategic;
	const total = classified + counts.unclassified;
	// Where the share would land if every unsorted ticket were firefighting, or none were.
	const highest = percentOf((counts.operational + counts.unclassified) / total) ?? 0;
	const lowest = percentOf(counts.operational / total) ?? 0;
	const limit = percentOf(target) ?? 0;
	const couldFlip = status === 'on target' ? highest > limit : lowest <= limit;
	return `**${status}** (${unsortedNote(counts.unclassified)}${couldFlip ? ', enough to change the verdict' : ''})`;
}

/**
 * Is improvement paying off? The honest reading the numbers allow: the earlier and the later
 * half of the trend side by side, improvement completed per week and the firefighting share
 * over each half's completed work. It states what moved, not why.
 */
export function payoffReading(weeks: readonly string[], trendMetrics: readonly WeekMetrics[]): string {
	if (trendMetrics.length < 2) return 'One week of data: too little to say whether improvement work is paying off.';
	const middle = Math.floor(trendMetrics.length / 2);
	const halves = [trendMetrics.slice(0, middle), trendMetrics.slice(middle)].map((half) => {
		const operational = half.reduce((sum, week) => sum + week.allocation.completed.operational, 0);
		const strategic = half.reduce((sum, week) => sum + week.allocation.completed.strategic, 0);
		return {perWeek: strategic / half.length, share: operational + strategic === 0 ? null : operational / (operational + strategic)};
	});
	const [earlier, later] = halves as [(typeof halves)[number], (typeof halves)[number]];
	const span = (from: number, to: number) => (from === to ? weeks[from] : `${weeks[from]}–${weeks[to]}`);
	const perWeek = formatTenths;
	const change = shareChange(later.share, earlier.share);
	const direction =
		change === '' ? 'cannot be compared' : change.startsWith('+') ? `rose (${change})` : change.startsWith('−') ? `fell (${change})` : 'held level';
	// The share is over sorted work only (metrics.md operationalShare): say so when some was unsorted.
	const sorted = trendMetrics.some((week) => week.allocation.completed.unclassified > 0) ? 'sorted ' : '';
	return (
		`${span(0, middle - 1)}: ${withUnit(perWeek(earlier.perWeek), 'improvement ticket')} a week, firefighting ${percent(earlier.share)} of ${sorted}completed work. ` +
		`${span(middle, trendMetrics.length - 1)}: ${perWeek(later.perWeek)} a week, firefighting ${percent(later.share)}. ` +
		`The firefighting share ${direction}.`
	);
}
