import type {SectionId} from './predictability-rows.js';

export interface SectionSize {
	readonly id: SectionId;
	readonly rowCount: number;
}

export interface PlacedSection {
	readonly id: SectionId;
	/** Lines for the section: its title, its header and its list (the position line included). */
	readonly height: number;
}

/** Title and column header. */
export const sectionChrome = 2;
/** Another section is only worth showing with a handful of its rows, not two and a "more" line. */
const minimumExtra = sectionChrome + 5;

/**
 * Which sections fit in `available` lines, in their usual order: the focused one always,
 * as tall as its rows need (or all the room there is); then, on taller terminals, the
 * others that still fit, each after a blank line.
 */
export function placeSections(sections: readonly SectionSize[], focused: SectionId, available: number): PlacedSection[] {
	const need = (section: SectionSize) => sectionChrome + Math.max(1, section.rowCount);
	const focus = sections.find((section) => section.id === focused);
	if (!focus) return [];
	const heights = new Map<SectionId, number>([[focused, Math.max(sectionChrome + 1, Math.min(need(focus), available))]]);
	let left = available - (heights.get(focused) ?? 0);
	const start = sections.indexOf(focus);
	// The sections after the focused one come first, then those before it: ← / → reads on.
	const others = [...sections.slice(start + 1), ...sections.slice(0, start)];
	for (const section of others) {
		const room = left - 1;
		if (room < Math.min(minimumExtra, need(section))) continue;
		const height = Math.min(need(section), room);
		heights.set(section.id, height);
		left -= height + 1;
	}

	return sections.filter((section) => heights.has(section.id)).map((section) => ({id: section.id, height: heights.get(section.id) ?? 0}));
}
