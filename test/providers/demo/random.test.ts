import {describe, expect, it} from 'vitest';
import {createRandom, hashSeed} from '../../../source/providers/demo/random.js';

describe('createRandom', () => {
	it('repeats its sequence for a seed and differs across seeds', () => {
		const draw = (seed: number) => Array.from({length: 5}, createRandom(seed).next);
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	it('draws uniformly in range', () => {
		const random = createRandom(7);
		const counts = [0, 0, 0, 0, 0, 0];
		for (let index = 0; index < 60_000; index++) {
			const value = random.int(1, 6);
			expect(value >= 1 && value <= 6 && Number.isInteger(value)).toBe(true);
			counts[value - 1] = (counts[value - 1] ?? 0) + 1;
		}

		for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
	});

	it('picks by weight and never picks a zero weight', () => {
		const random = createRandom(11);
		const seen = {a: 0, b: 0, never: 0};
		for (let index = 0; index < 30_000; index++) seen[random.weighted([['a', 3], ['b', 1], ['never', 0]] as const)]++;
		expect(seen.never).toBe(0);
		expect(seen.a / seen.b).toBeGreaterThan(2.7);
		expect(seen.a / seen.b).toBeLessThan(3.3);
		expect(() => random.pick([])).toThrow(RangeError);
	});
});

describe('hashSeed', () => {
	it('tells parts apart, including their order and type', () => {
		const seeds = [hashSeed('week', 1, 'PAY'), hashSeed('week', 1, 'PLAT'), hashSeed('week', 2, 'PAY'), hashSeed(1, 'week', 'PAY'), hashSeed('week', '1', 'PAY')];
		expect(new Set(seeds).size).toBe(seeds.length);
		expect(hashSeed('week', 1, 'PAY')).toBe(seeds[0]);
	});
});
