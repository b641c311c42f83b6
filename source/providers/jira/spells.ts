/** Blocked spells: timelines of on/off causes merged into non-overlapping spells. */
import type {BlockedSpell} from '../../domain/types.js';

export interface Interval {
	start: number;
	end: number | null;
	reason: string;
}

/** Sorted, non-overlapping: overlapping causes become one spell naming each cause once. */
export function mergeSpells(intervals: readonly Interval[]): BlockedSpell[] {
	const sorted = intervals.filter((interval) => interval.end === null || interval.end > interval.start).sort((a, b) => a.start - b.start);
	const merged: Interval[] = [];
	for (const interval of sorted) {
		const last = merged.at(-1);
		if (last && (last.end === null || interval.start <= last.end)) {
			last.end = last.end === null || interval.end === null ? null : Math.max(last.end, interval.end);
			if (!last.reason.split(', ').includes(interval.reason)) last.reason = `${last.reason}, ${interval.reason}`;
		} else {
			merged.push({...interval});
		}
	}

	return merged.map((interval) => ({start: interval.start, end: interval.end, reason: interval.reason}));
}

/** The spells cut at `end` (the issue's own finish), those starting at or after it dropped; all of them when `end` is null. */
export function endedBy(spells: readonly BlockedSpell[], end: number | null): BlockedSpell[] {
	if (end === null) return [...spells];
	return spells.filter((spell) => spell.start < end).map((spell) => (spell.end === null || spell.end > end ? {...spell, end} : spell));
}

export function openSpans(
	timeline: ReadonlyArray<{readonly at: number; readonly on: boolean}>,
	initial: boolean,
	createdAt: number,
	reason: string,
): Interval[] {
	const intervals: Interval[] = [];
	let openSince: number | null = initial ? createdAt : null;
	for (const change of timeline) {
		if (change.on && openSince === null) openSince = change.at;
		if (!change.on && openSince !== null) {
			intervals.push({start: openSince, end: change.at, reason});
			openSince = null;
		}
	}

	if (openSince !== null) intervals.push({start: openSince, end: null, reason});
	return intervals;
}

