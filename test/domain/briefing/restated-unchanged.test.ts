import {describe, expect, it} from 'vitest';
import {listsNotFigures, restatedFigures} from '../../../source/domain/briefing/restated.js';
import type {RestatedFigure} from '../../../source/domain/briefing/since-types.js';
import {seededRandom} from '../../support/seeded-random.js';

/**
 * restatedFigures leaves out the top-level keys whose trees are the same on both sides (issue
 * 18: naming every leaf of `promiseRisk` and `aging` was most of "since last review"). Its
 * answer must be exactly what naming every leaf of both sides gives: the reference below is
 * that algorithm as it was, and random documents with random changes must agree with it —
 * order, duplicates, NaN, dotted keys and shared objects included.
 */
const notFigures = new Set<string>(['schemaVersion', 'provider', 'generatedAt', 'week', ...listsNotFigures]);

function reference(frozen: unknown, now: unknown): RestatedFigure[] {
	if (frozen === null || now === null || typeof frozen !== 'object' || typeof now !== 'object') return [];
	const before = new Map<string, number | null>();
	const after = new Map<string, number | null>();
	for (const [key, value] of Object.entries(frozen as Record<string, unknown>)) if (!notFigures.has(key)) collect(value, key, before);
	for (const [key, value] of Object.entries(now as Record<string, unknown>)) if (!notFigures.has(key)) collect(value, key, after);
	const restated: RestatedFigure[] = [];
	for (const figure of new Set([...before.keys(), ...after.keys()])) {
		const a = before.get(figure) ?? null;
		const b = after.get(figure) ?? null;
		if (a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9)) continue;
		restated.push({figure, frozen: a, now: b});
	}
	return restated;
}

function collect(value: unknown, path: string, into: Map<string, number | null>): void {
	if (typeof value === 'number') into.set(path, value);
	else if (value === null) into.set(path, null);
	else if (Array.isArray(value)) value.forEach((entry, index) => collect(entry, `${path}[${labelOf(entry) ?? index}]`, into));
	else if (typeof value === 'object') for (const [key, inner] of Object.entries(value as Record<string, unknown>)) collect(inner, `${path}.${key}`, into);
}

function labelOf(entry: unknown): string | null {
	if (entry === null || typeof entry !== 'object') return null;
	for (const field of ['name', 'key', 'team', 'week']) {
		const label = (entry as Record<string, unknown>)[field];
		if (typeof label === 'string') return label;
	}
	return null;
}

function documentOf(next: () => number): Record<string, unknown> {
	const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
	const leaf = () => pick([0, 1, 0.5, 1 / 3, null, -0, 12, 'text', true, undefined]);
	const entry = (index: number) => ({[pick(['name', 'key', 'team', 'week', 'label'])]: pick([`E-${index}`, 'E-1', 'same']), count: leaf(), share: leaf(), nested: {a: leaf(), b: [leaf(), leaf()]}});
	const document: Record<string, unknown> = {schemaVersion: 2, generatedAt: 'x', tickets: [{key: 'T-1', estimate: 1}]};
	for (const key of ['allocation', 'predictability', 'promiseRisk', 'aging', 'themes', 'effort', pick(['delegation', 'a.b', 'a', 'x[1]'])]) {
		document[key] = next() < 0.5 ? Array.from({length: Math.floor(next() * 6)}, (_, index) => entry(index)) : {completed: {operational: leaf(), share: leaf()}, open: leaf(), list: [leaf(), entry(0)]};
	}
	return document;
}

/** A copy of `document` with a few random changes, some too small to be a restatement. */
function changed(document: Record<string, unknown>, next: () => number): Record<string, unknown> {
	const copy = structuredClone(document);
	const changes = Math.floor(next() * 4);
	for (let count = 0; count < changes; count++) {
		const keys = Object.keys(copy);
		const key = keys[Math.floor(next() * keys.length)]!;
		const value = copy[key];
		const roll = next();
		if (Array.isArray(value) && value.length > 1 && roll < 0.25) value.reverse();
		else if (Array.isArray(value) && roll < 0.4) value.pop();
		else if (roll < 0.5) copy[key] = {completed: {operational: 1e-12, share: Number.NaN}};
		else if (roll < 0.6) delete copy[key];
		else if (roll < 0.7) copy[`${key}2`] = value;
		else if (value !== null && typeof value === 'object' && roll < 0.85) (value as Record<string, unknown>)['open'] = next() < 0.5 ? 1e-12 : 7;
		else copy[key] = structuredClone(value);
	}
	return copy;
}

describe('restatedFigures, leaving unchanged top-level trees out', () => {
	it('gives exactly what naming every leaf gives, for random documents and changes', () => {
		const next = seededRandom(18);
		for (let run = 0; run < 3000; run++) {
			const frozen = documentOf(next);
			const now = next() < 0.3 ? frozen : changed(frozen, next);
			expect(restatedFigures(frozen, now), `run ${run}`).toEqual(reference(frozen, now));
		}
	});

	it('still names a NaN on both sides, shared or copied, as the full comparison does', () => {
		const shared = {share: Number.NaN, list: [{name: 'x', value: Number.NaN}]};
		expect(restatedFigures({effort: shared}, {effort: shared})).toEqual(reference({effort: shared}, {effort: shared}));
		expect(restatedFigures({effort: shared}, {effort: structuredClone(shared)})).toHaveLength(2);
	});

	it('with a dotted top-level key, names figures exactly as before', () => {
		const frozen = {a: {b: 1}, 'a.b': 2};
		const now = {a: {b: 1}, 'a.b': 3};
		expect(restatedFigures(frozen, now)).toEqual(reference(frozen, now));
		expect(restatedFigures(now, frozen)).toEqual(reference(now, frozen));
		// The nested figure names the same as the dotted key and comes later: it is the one compared.
		const first = {'a.b': 2, a: {b: 1}};
		const second = {'a.b': 3, a: {b: 1}};
		expect(restatedFigures(first, second)).toEqual([]);
		expect(restatedFigures(first, second)).toEqual(reference(first, second));
	});
});
