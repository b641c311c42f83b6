/**
 * The org's promises at risk, each ticket once: `promiseRisk` lists a ticket under every
 * report whose group holds its assignee, so a count of its entries would count a ticket
 * twice when groups overlap. The first entry (its first report's) stands for it.
 */
export function orgAtRisk<T extends {readonly key: string; readonly atRisk: boolean}>(promiseRisk: readonly T[]): T[] {
	const seen = new Set<string>();
	const atRisk: T[] = [];
	for (const entry of promiseRisk) {
		if (!entry.atRisk || seen.has(entry.key)) continue;
		seen.add(entry.key);
		atRisk.push(entry);
	}
	return atRisk;
}
