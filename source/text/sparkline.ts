const bars = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * A trend as block characters, oldest first. Missing values show as '·' so a gap reads
 * as "no data", not as zero. Shares (0..1) use a fixed scale so 80% always looks high;
 * counts scale to their own maximum.
 */
export function sparkline(values: ReadonlyArray<number | null>, scale: 'share' | 'count' = 'count'): string {
	const present = values.filter((value): value is number => value !== null);
	const max = scale === 'share' ? 1 : Math.max(1, ...present);
	const min = scale === 'share' ? 0 : 0;
	return values
		.map((value) => {
			if (value === null) return '·';
			const ratio = max === min ? 0 : (value - min) / (max - min);
			const index = Math.min(bars.length - 1, Math.max(0, Math.round(ratio * (bars.length - 1))));
			return bars[index];
		})
		.join('');
}
