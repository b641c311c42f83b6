/** Runs `task` over `items`, at most `limit` at once; results in the order of `items`. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = Array.from({length: items.length});
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};

	await Promise.all(Array.from({length: Math.min(Math.max(1, limit), items.length)}, worker));
	return results;
}
