import type {RestatedFigure} from './since-types.js';

/**
 * The frozen figures' keys that hold no figure of the week but lists: the lists behind the
 * figures and other weeks (`trend`, and `effortTrend`, whose row for the week itself repeats
 * `effort`). Nearly all of a frozen review's size; "since last review" reads none of them.
 */
export const listsNotFigures = ['tickets', 'figures', 'why', 'trend', 'effortTrend', 'sinceLastReview'] as const;

/** Not figures of the week: when and what was exported, and the lists. */
const notFigures = new Set<string>(['schemaVersion', 'provider', 'generatedAt', 'week', ...listsNotFigures]);

/** Numbers closer than this are the same figure (shares are rounded to 3 decimals). */
const tolerance = 1e-9;

/**
 * Every figure whose value computed now differs from the frozen one, with both values.
 * Figures are the numeric leaves of the week's JSON export; list entries are named by
 * their `name`, `key`, `team` or `week`, so a reordered list is not a restatement.
 */
export function restatedFigures(frozen: unknown, now: unknown): RestatedFigure[] {
	if (frozen === null || now === null || typeof frozen !== 'object' || typeof now !== 'object') return [];
	const before = new Map<string, number | null>();
	const after = new Map<string, number | null>();
	const frozenFigures = frozen as Record<string, unknown>;
	const nowFigures = now as Record<string, unknown>;
	// Both sides are JSON read back (the frozen review, the export built now): a top-level entry
	// written the same on both sides holds the same figures under the same names, none of them
	// restated, so its figures (thousands in the per-ticket lists) are not walked.
	const unchanged = new Set<string>();
	for (const key of Object.keys(frozenFigures)) {
		if (!notFigures.has(key) && Object.hasOwn(nowFigures, key) && JSON.stringify(frozenFigures[key]) === JSON.stringify(nowFigures[key])) unchanged.add(key);
	}
	for (const [key, value] of Object.entries(frozenFigures)) if (!notFigures.has(key) && !unchanged.has(key)) collect(value, key, before);
	for (const [key, value] of Object.entries(nowFigures)) if (!notFigures.has(key) && !unchanged.has(key)) collect(value, key, after);
	const restated: RestatedFigure[] = [];
	for (const figure of new Set([...before.keys(), ...after.keys()])) {
		const a = before.get(figure) ?? null;
		const b = after.get(figure) ?? null;
		if (a === b || (a !== null && b !== null && Math.abs(a - b) < tolerance)) continue;
		restated.push({figure, frozen: a, now: b});
	}
	return restated;
}

function collect(value: unknown, path: string, into: Map<string, number | null>): void {
	if (typeof value === 'number') {
		into.set(path, value);
		return;
	}
	if (value === null) {
		// A figure with no value (a share of nothing) is still a figure.
		into.set(path, null);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((entry, index) => collect(entry, `${path}[${labelOf(entry) ?? index}]`, into));
		return;
	}
	if (typeof value === 'object') {
		for (const [key, inner] of Object.entries(value as Record<string, unknown>)) collect(inner, `${path}.${key}`, into);
	}
}

function labelOf(entry: unknown): string | null {
	if (entry === null || typeof entry !== 'object') return null;
	for (const field of ['name', 'key', 'team', 'week']) {
		const label = (entry as Record<string, unknown>)[field];
		if (typeof label === 'string') return label;
	}
	return null;
}
