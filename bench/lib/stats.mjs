// Small statistics for noisy timings: medians of runs, percentiles of samples.

export function percentile(values, p) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	// Nearest rank: the smallest sample at or above p of them.
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `task` `warmups` times unmeasured, then `runs` times, and returns every measured result. */
export async function repeat(task, {warmups, runs}) {
	for (let index = 0; index < warmups; index++) await task(index);
	const results = [];
	for (let index = 0; index < runs; index++) results.push(await task(index));
	return results;
}
