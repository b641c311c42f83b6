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
 * their `id`, `name`, `key`, `team` or `week`, so a reordered list is not a restatement.
 * An iteration goes by its id, as its `figures` paths do: names repeat across teams
 * (every Linear team has an unnamed "Cycle 12"), and two entries of one name would read
 * as one figure, the first one's change lost.
 */
export function restatedFigures(frozen: unknown, now: unknown): RestatedFigure[] {
	if (frozen === null || now === null || typeof frozen !== 'object' || typeof now !== 'object') return [];
	const before = new Map<string, number | null>();
	const after = new Map<string, number | null>();
	const unchanged = unchangedKeys(frozen as Record<string, unknown>, now as Record<string, unknown>);
	for (const [key, value] of Object.entries(frozen as Record<string, unknown>)) if (!notFigures.has(key) && !unchanged.has(key)) collect(value, key, before);
	for (const [key, value] of Object.entries(now as Record<string, unknown>)) if (!notFigures.has(key) && !unchanged.has(key)) collect(value, key, after);
	const restated: RestatedFigure[] = [];
	for (const figure of new Set([...before.keys(), ...after.keys()])) {
		const a = before.get(figure) ?? null;
		const b = after.get(figure) ?? null;
		if (a === b || (a !== null && b !== null && Math.abs(a - b) < tolerance)) continue;
		restated.push({figure, frozen: a, now: b});
	}
	return restated;
}

/**
 * The top-level keys whose values are the same tree on both sides: none of their figures can be
 * restated (every leaf is the same value, `===`; a NaN never is, so it is compared in full), and
 * naming every leaf of a long list (`promiseRisk`, `aging`: thousands of entries at 100,000
 * tickets) is most of the work. Only when no top-level key holds `.` or `[`: then each key's
 * figure names start with it and no other key's can, so leaving it out leaves every other
 * figure, and their order, as they were.
 */
function unchangedKeys(frozen: Record<string, unknown>, now: Record<string, unknown>): Set<string> {
	const unchanged = new Set<string>();
	const keys = [...Object.keys(frozen), ...Object.keys(now)];
	if (keys.some((key) => key.includes('.') || key.includes('['))) return unchanged;
	for (const key of Object.keys(frozen)) if (Object.hasOwn(now, key) && sameTree(frozen[key], now[key])) unchanged.add(key);
	return unchanged;
}

/** The same JSON-like tree: same keys in the same order, leaves `===`. False whenever unsure. */
function sameTree(a: unknown, b: unknown): boolean {
	if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		if (a.length !== other.length) return false;
		for (let index = 0; index < a.length; index++) if (!sameTree(a[index], other[index])) return false;
		return true;
	}
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	for (let index = 0; index < keysA.length; index++) {
		const key = keysA[index]!;
		if (key !== keysB[index] || !sameTree((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
	}
	return true;
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
	for (const field of ['id', 'name', 'key', 'team', 'week']) {
		const label = (entry as Record<string, unknown>)[field];
		if (typeof label === 'string') return label;
	}
	return null;
}
