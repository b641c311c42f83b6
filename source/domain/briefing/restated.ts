import {listsNotFigures} from './review-lists.js';
import type {RestatedFigure} from './since-types.js';

export {listsNotFigures} from './review-lists.js';

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
	for (const [key, value] of Object.entries(frozen as Record<string, unknown>)) if (!notFigures.has(key)) collect(value, key, before);
	for (const [key, value] of Object.entries(now as Record<string, unknown>)) if (!notFigures.has(key)) collect(value, key, after);
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
