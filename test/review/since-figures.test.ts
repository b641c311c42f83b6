import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {listsNotFigures, restatedFigures} from '../../source/domain/briefing/restated.js';
import {frozenThemes} from '../../source/domain/briefing/since-state.js';
import {comparedFigures} from '../../source/review/since-figures.js';
import {figuresAsOf} from '../../source/review/since.js';
import {openStore, type Store} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';

let temporary: ReturnType<typeof temporaryFolder>;
let store: Store;
let clock: number;
const t0 = Date.UTC(2026, 11, 4, 16);

beforeEach(() => {
	temporary = temporaryFolder();
	clock = t0;
	store = openStore(temporary.file, {now: () => clock});
});

afterEach(() => {
	store.close();
	temporary.cleanup();
});

/** A week's figures: members large enough to be shared parts (promiseRisk, aging), small ones inline, and the lists. */
function figures(): Record<string, unknown> {
	return {
		schemaVersion: 2,
		provider: 'linear',
		generatedAt: '2026-12-04T15:59:00.000Z',
		week: {id: '2026-W49', start: '2026-11-30', end: '2026-12-06', timezone: 'Europe/Berlin'},
		allocation: {completed: {operational: 3, operationalShare: 0.3, none: null}},
		themes: [{name: 'component:payments', count: 27, singleResponder: false}],
		promiseRisk: Array.from({length: 120}, (_, index) => ({key: `ENG-${index}`, report: 'Sam — “Lee”', onTimeProbability: index / 121})),
		aging: Array.from({length: 80}, (_, index) => ({key: `ENG-${index}`, ageDays: index * 1.5})),
		trend: [{week: '2026-W48', share: 0.5}],
		tickets: [{key: 'ENG-1'}],
		figures: {'allocation.completed.operational': ['ENG-1']},
		why: {},
		sinceLastReview: {previousReview: null, items: [], restated: []},
	};
}

/** What the whole read gives (store.reviews.previous, today's figures read back): the answer to match. */
function expected(now: unknown) {
	const whole = store.reviews.previous('linear', '2026-W49', clock, listsNotFigures)!;
	const readBack = now === null ? null : (JSON.parse(JSON.stringify(now)) as unknown);
	return {asOf: figuresAsOf(whole), restated: restatedFigures(whole.figures, readBack), themes: frozenThemes(whole.figures), tickets: whole.tickets};
}

function compared(now: object | null) {
	const found = store.reviews.previousMembers('linear', '2026-W49', clock, listsNotFigures)!;
	expect(found.members).not.toBeNull();
	let asOf = Number.NaN;
	const {previous, figuresNow} = comparedFigures(found.review, found.members!, (instant) => {
		asOf = instant;
		return now;
	});
	return {asOf, restated: restatedFigures(previous.figures, figuresNow), themes: frozenThemes(previous.figures), tickets: previous.tickets};
}

describe('the restatement read member by member (since-figures.ts)', () => {
	const changes: Record<string, (now: Record<string, unknown>) => void> = {
		'nothing changed': () => {},
		'one leaf of a shared part': (now) => {
			(now.promiseRisk as Array<{onTimeProbability: number}>)[77]!.onTimeProbability = 0.999;
		},
		'an inline member': (now) => {
			(now.allocation as {completed: {operational: number}}).completed.operational = 4;
		},
		'a member gone, one new': (now) => {
			delete now.aging;
			now.unownedFires = [{key: 'ENG-5', ageDays: 2}];
		},
		'the themes': (now) => {
			now.themes = [{name: 'component:auth', count: 3, singleResponder: true}];
		},
		'values JSON has no form for': (now) => {
			(now.allocation as {completed: Record<string, unknown>}).completed.operationalShare = Number.NaN;
			now.absent = undefined;
			(now.aging as unknown[])[3] = undefined;
		},
		'a member named with a dot': (now) => {
			now['aging.extra'] = [1, 2];
		},
	};

	for (const [name, change] of Object.entries(changes)) {
		it(`restates exactly what the whole read does: ${name}`, () => {
			const frozen = figures();
			if (name === 'a member named with a dot') frozen['aging.extra'] = [1, 2];
			store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: frozen, tickets: []});
			clock += 60_000;
			const now = figures();
			change(now);
			const want = expected(now);
			expect(compared(now)).toEqual(want);
			if (name !== 'nothing changed' && name !== 'a member named with a dot') expect(want.restated.length).toBeGreaterThan(0);
		});
	}

	it('without today’s figures reads the frozen themes alone, as the whole read does', () => {
		store.reviews.freeze('linear', {week: '2026-W49', trigger: 'export', figures: figures(), tickets: []});
		clock += 60_000;
		expect(compared(null)).toEqual(expected(null));
	});
});
