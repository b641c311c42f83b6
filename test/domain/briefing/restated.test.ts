import {describe, expect, it} from 'vitest';
import {restatedFigures} from '../../../source/domain/briefing/restated.js';

/**
 * restatedFigures skips a top-level entry written the same on both sides: the figures it
 * finds must be those of walking every leaf on both sides, whatever changed where.
 */
const notFigures = new Set(['schemaVersion', 'provider', 'generatedAt', 'week', 'tickets', 'figures', 'why', 'trend', 'effortTrend', 'sinceLastReview']);

/** Every numeric or null leaf by name, as briefing.md defines a restated figure, walked in full. */
function everyLeaf(value: unknown, path: string, into: Map<string, number | null>): void {
	if (typeof value === 'number' || value === null) into.set(path, value);
	else if (Array.isArray(value)) {
		value.forEach((entry, index) => {
			const label = ['id', 'name', 'key', 'team', 'week'].map((field) => (entry as Record<string, unknown> | null)?.[field]).find((each) => typeof each === 'string');
			everyLeaf(entry, `${path}[${(label as string | undefined) ?? index}]`, into);
		});
	} else if (typeof value === 'object') for (const [key, inner] of Object.entries(value as Record<string, unknown>)) everyLeaf(inner, `${path}.${key}`, into);
}

function walkedInFull(frozen: Record<string, unknown>, now: Record<string, unknown>) {
	const before = new Map<string, number | null>();
	const after = new Map<string, number | null>();
	for (const [key, value] of Object.entries(frozen)) if (!notFigures.has(key)) everyLeaf(value, key, before);
	for (const [key, value] of Object.entries(now)) if (!notFigures.has(key)) everyLeaf(value, key, after);
	return [...new Set([...before.keys(), ...after.keys()])]
		.map((figure) => ({figure, frozen: before.get(figure) ?? null, now: after.get(figure) ?? null}))
		.filter(({frozen: a, now: b}) => !(a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9)));
}

/** A week's figures shaped like the JSON export: small objects and long per-ticket lists. */
function figures(promiseAges: readonly number[]): Record<string, unknown> {
	return {
		schemaVersion: 3,
		generatedAt: '2026-12-04T16:00:00.000Z',
		allocation: {operationalShare: 0.42, strategicShare: 0.58, unclassified: 3},
		delegation: {directorShare: 0.1, reports: [{name: 'Alex Kim', share: 0.3}, {name: 'Sam Lee', share: null}]},
		promiseRisk: promiseAges.map((age, index) => ({key: `ENG-${index}`, probability: 0.5, ageDays: age, title: 'x'})),
		aging: [{key: 'ENG-1', days: 4}, {key: 'ENG-1', days: 6}, {key: 'ENG-2', days: 1}],
		tickets: [{key: 'ENG-1', ageDays: 99}],
	};
}

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('restated figures', () => {
	it('finds, with an entry unchanged or changed anywhere, exactly what walking every figure finds', () => {
		const ages = Array.from({length: 300}, (_, index) => index % 17);
		const frozen = roundTrip(figures(ages));
		const cases: Array<Record<string, unknown>> = [
			roundTrip(figures(ages)),
			roundTrip(figures(ages.map((age, index) => (index === 150 ? age + 1 : age)))),
			roundTrip(figures(ages.slice(0, 299))),
			roundTrip({...figures(ages), allocation: {strategicShare: 0.58, operationalShare: 0.42, unclassified: 3}}),
			roundTrip({...figures(ages), allocation: {operationalShare: 0.5, strategicShare: 0.5, unclassified: 3}}),
			roundTrip({...figures(ages), aging: [{key: 'ENG-1', days: 4}, {key: 'ENG-1', days: 7}, {key: 'ENG-2', days: 1}]}),
			roundTrip({...figures(ages), delegation: undefined, extra: {count: 2}}),
			roundTrip({...figures(ages), tickets: [{key: 'ENG-1', ageDays: 100}]}),
		];
		for (const now of cases) expect(restatedFigures(frozen, now)).toEqual(walkedInFull(frozen, now));
		expect(restatedFigures(frozen, cases[1])).toEqual([{figure: 'promiseRisk[ENG-150].ageDays', frozen: 14, now: 15}]);
		expect(restatedFigures(frozen, cases[0])).toEqual([]);
		expect(restatedFigures(frozen, cases[3])).toEqual([]);
		expect(restatedFigures(frozen, cases[5])).toEqual([{figure: 'aging[ENG-1].days', frozen: 6, now: 7}]);
	});

	it('names an iteration by its id, as its figures paths do: two teams’ "Cycle 12" are two figures', () => {
		const cycle = (id: string, team: string, planned: number) => ({id, name: 'Cycle 12', team, planned, planningAccuracy: 0.5});
		const frozen = roundTrip({iterations: [cycle('c-eng-12', 'ENG', 4), cycle('c-plat-12', 'PLAT', 6)]});
		const now = roundTrip({iterations: [cycle('c-eng-12', 'ENG', 5), cycle('c-plat-12', 'PLAT', 6)]});
		expect(restatedFigures(frozen, now)).toEqual([{figure: 'iterations[c-eng-12].planned', frozen: 4, now: 5}]);
	});
});
