import {describe, expect, it} from 'vitest';
import {truncateWords} from '../../source/ui/text-wrap.js';

describe('truncateWords', () => {
	it('leaves text that fits as it is', () => {
		expect(truncateWords('right now, for a median 60 d so far', 40)).toBe('right now, for a median 60 d so far');
	});

	it('cuts between words, never inside a number, and takes a hanging separator with the cut', () => {
		expect(truncateWords('right now, for a median 60 d so far', 26)).toBe('right now, for a median…');
		expect(truncateWords('28 delegated · 4 taken back · 16 done yourself', 20)).toBe('28 delegated…');
		expect(truncateWords('oldest PAY-8078, 96.8 d; no owner but you', 25)).toBe('oldest PAY-8078, 96.8 d…');
		// A number parted from its unit goes with the cut; a key holding digits is a word.
		expect(truncateWords('oldest PAY-8078, 96.8 d; no owner but you', 24)).toBe('oldest PAY-8078…');
	});

	it('cuts inside only a first word wider than the room', () => {
		expect(truncateWords('component:payments-gateway burned', 10)).toBe('component…');
		expect(truncateWords('anything', 0)).toBe('');
	});
});
