import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {comparatorOrder, orderByNumberThenText} from '../../../../source/domain/metrics/v2/order.js';

describe('the order by a number, then a text', () => {
	it('is the stable comparator sort’s order, duplicates, negative zero and any text included', () => {
		// Few distinct values on purpose: ties on the number, on the text and on both.
		const number = fc.oneof(fc.constantFrom(0, -0, 1, -1.5, 1e12, 1.8e12 + 0.25, -Infinity, Infinity), fc.double({noNaN: true}));
		const text = fc.oneof(fc.constantFrom('ENG-1', 'ENG-10', 'ENG-2', 'eng-1', 'Ä-1', '', '\uD83D\uDE00'), fc.string());
		fc.assert(
			fc.property(fc.array(fc.tuple(number, text), {maxLength: 60}), (entries) => {
				const numbers = entries.map(([value]) => value);
				const texts = entries.map(([, value]) => value);
				expect(orderByNumberThenText(numbers, texts)).toEqual(comparatorOrder(numbers, texts));
			}),
		);
	});

	it('keeps the comparator’s answer when a number is NaN', () => {
		expect(orderByNumberThenText([2, Number.NaN, 1], ['b', 'a', 'c'])).toEqual(comparatorOrder([2, Number.NaN, 1], ['b', 'a', 'c']));
	});

	it('orders hundreds of promise-like entries by due instant, then key', () => {
		const dueEnds = Array.from({length: 500}, (_, index) => 1.8e12 + (index % 37) * 86_400_000);
		const keys = Array.from({length: 500}, (_, index) => `OPS-${(index * 7919) % 1000}`);
		const order = orderByNumberThenText(dueEnds, keys);
		for (let step = 1; step < order.length; step++) {
			const [before, after] = [order[step - 1] ?? 0, order[step] ?? 0];
			expect((dueEnds[before] ?? 0) < (dueEnds[after] ?? 0) || ((dueEnds[before] ?? 0) === (dueEnds[after] ?? 0) && (keys[before] ?? '') <= (keys[after] ?? ''))).toBe(true);
		}
	});
});
