/**
 * A small seeded PRNG (mulberry32). The demo must be the same org on every machine and
 * every run, so nothing in it may touch Math.random or the clock.
 */
/** Items with their relative weights. */
export type WeightTable<T> = ReadonlyArray<readonly [T, number]>;

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** Uniform real in [min, max). */
	between(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** One of the items, each as likely as its weight. */
	weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};

	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new RangeError('cannot pick from an empty list');
		return items[Math.floor(next() * items.length)] as T;
	};

	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		between: (min, max) => min + next() * (max - min),
		chance: (probability) => next() < probability,
		pick,
		weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
			// Index loops, not destructuring for-of: this runs for every ticket before the JIT
			// has warmed up, where iterator protocol costs dominate.
			let total = 0;
			for (let index = 0; index < items.length; index++) total += (items[index] as readonly [T, number])[1];
			let roll = next() * total;
			for (let index = 0; index < items.length; index++) {
				const item = items[index] as readonly [T, number];
				roll -= item[1];
				if (roll < 0) return item[0];
			}

			// Rounding can leave a sliver of roll after the last weight.
			const last = items.at(-1);
			if (last === undefined) throw new RangeError('cannot pick from an empty list');
			return last[0];
		},
	};
}

/**
 * Mixes numbers and strings into one 32-bit seed (FNV-1a over the parts, then a murmur
 * finaliser), so each week and team draws from its own stream: a week's tickets do not
 * depend on which other weeks are generated.
 */
export function hashSeed(...parts: ReadonlyArray<number | string>): number {
	let hash = 0x81_1c_9d_c5;
	for (const part of parts) {
		const text = typeof part === 'number' ? `#${part}` : `$${part}`;
		for (let index = 0; index < text.length; index++) {
			hash ^= text.charCodeAt(index);
			hash = Math.imul(hash, 0x01_00_01_93);
		}

		hash ^= 0xff;
		hash = Math.imul(hash, 0x01_00_01_93);
	}

	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85_eb_ca_6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2_b2_ae_35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}
