import {describe, expect, it} from 'vitest';
import {SinceContext} from '../../../source/domain/briefing/since-context.js';
import type {FrozenReview} from '../../../source/domain/briefing/types.js';
import type {ResolvedRoster} from '../../../source/domain/types.js';

const roster: ResolvedRoster = {
	directorIds: new Set(['dana']),
	reports: [
		{name: 'Alex Kim', slug: 'alex-kim', reportIds: new Set(['alex']), groupIds: new Set(['alex', 'ana'])},
		{name: 'Sam Lee', slug: 'sam-lee', reportIds: new Set(['sam']), groupIds: new Set(['sam'])},
	],
};
const previous: FrozenReview = {id: 1, week: '2026-W48', frozenAt: Date.UTC(2026, 10, 27, 16), trigger: 'export', figures: null, tickets: []};

describe('SinceContext.reportOf (each person looked up once)', () => {
	it('answers each person by their own group, however often and in whatever order asked', () => {
		const c = new SinceContext(
			{previous, tickets: [], classifications: new Map(), peopleById: new Map(), roster, now: Date.UTC(2026, 11, 4, 16), timezone: 'UTC', themesNow: [], figuresNow: null},
			previous,
		);
		const asked = ['ana', 'sam', 'zed', 'dana', null, 'ana', 'alex', 'sam', 'zed', null];
		expect(asked.map((person) => c.reportOf(person))).toEqual(['Alex Kim', 'Sam Lee', null, null, null, 'Alex Kim', 'Alex Kim', 'Sam Lee', null, null]);
	});
});
