/**
 * The order of entries by a number (ascending), then a text (by UTF-16 code units, as `<`
 * compares strings), then their index: what a stable `sort` with that comparator gives, from
 * native sorts of numbers, with a comparator only within a run of equal numbers. A week sorts
 * thousands of entries (promise risk, aging) in code that runs a few times a session,
 * unoptimised, where a comparator costs a call per comparison.
 * `numbers` and `texts` are parallel; the answer holds indexes into them.
 */
export function orderByNumberThenText(numbers: ArrayLike<number>, texts: readonly string[]): number[] {
	const count = texts.length;
	// The number's rank and the index share one float: count² must stay below 2^53. A NaN has no
	// place in a numeric order: the comparator's own (unspecified) answer is kept.
	if (count > maxPacked || Array.prototype.some.call(numbers, Number.isNaN)) return comparatorOrder(numbers, texts);
	const sortedNumbers = Float64Array.from(numbers).sort();
	const packed = new Float64Array(count);
	for (let index = 0; index < count; index++) packed[index] = firstAtLeast(sortedNumbers, numbers[index] ?? 0) * count + index;
	packed.sort();
	const order = Array.from(packed, (value) => value % count);
	// Equal numbers now sit together, by index. Only such a run needs its texts compared: every
	// text sorted and ranked (what this did before) compares and hashes thousands of keys a week
	// where ties are few (an age in fractional days) or short (a due date's few tickets).
	for (let start = 0; start < count; ) {
		const rank = (packed[start] ?? 0) - (order[start] ?? 0);
		let end = start + 1;
		while (end < count && (packed[end] ?? 0) - (order[end] ?? 0) === rank) end++;
		if (end - start > 1) {
			// A stable sort of indexes already ascending: equal texts keep their index order.
			const run = order.slice(start, end).sort((a, b) => {
				const textA = texts[a] ?? '';
				const textB = texts[b] ?? '';
				return textA < textB ? -1 : textA > textB ? 1 : 0;
			});
			for (let place = 0; place < run.length; place++) order[start + place] = run[place] ?? 0;
		}
		start = end;
	}
	return order;
}

const maxPacked = 200_000;

/** The first index of an ascending array whose value is not below `value`: its rank among them. */
function firstAtLeast(values: Float64Array, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((values[middle] ?? Infinity) < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The same order by a comparator: the reference, and the way for what cannot be packed. */
export function comparatorOrder(numbers: ArrayLike<number>, texts: readonly string[]): number[] {
	const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
	return Array.from(texts.keys()).sort((a, b) => (numbers[a] ?? 0) - (numbers[b] ?? 0) || byText(texts[a] ?? '', texts[b] ?? ''));
}
