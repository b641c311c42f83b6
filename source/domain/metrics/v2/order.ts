/**
 * The order of entries by a number (ascending), then a text (by UTF-16 code units, as `<`
 * compares strings), then their index: what a stable `sort` with that comparator gives, from
 * native sorts alone. A week sorts thousands of entries (promise risk, aging) in code that
 * runs a few times a session, unoptimised, where a comparator costs a call per comparison.
 * `numbers` and `texts` are parallel; the answer holds indexes into them.
 */
export function orderByNumberThenText(numbers: ArrayLike<number>, texts: readonly string[]): number[] {
	const count = texts.length;
	// The three ranks share one float: count³ must stay below 2^53 (about 200,000 entries). A
	// NaN has no place in a numeric order: the comparator's own (unspecified) answer is kept.
	if (count > maxPacked || Array.prototype.some.call(numbers, Number.isNaN)) return comparatorOrder(numbers, texts);
	const sortedNumbers = Float64Array.from(numbers).sort();
	const sortedTexts = texts.slice().sort();
	const textRanks = new Map<string, number>();
	for (let index = 0; index < count; index++) {
		const text = sortedTexts[index] ?? '';
		if (!textRanks.has(text)) textRanks.set(text, index);
	}
	const packed = new Float64Array(count);
	for (let index = 0; index < count; index++) {
		const numberRank = firstAtLeast(sortedNumbers, numbers[index] ?? 0);
		packed[index] = (numberRank * count + (textRanks.get(texts[index] ?? '') ?? 0)) * count + index;
	}
	packed.sort();
	return Array.from(packed, (value) => value % count);
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
