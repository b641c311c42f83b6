/**
 * Figure paths (docs/metrics.md "Figure paths"): the JSON path of a figure in the export,
 * where an array element is named by what identifies it in brackets instead of its position,
 * so a path survives reordering: `effort.reports[Alex Kim].operational`,
 * `iterations[<iteration id>].planned`, `promiseRisk[ENG-9].onTimeProbability`,
 * `themes[component:payments].topResponder`. Inside the brackets `\` and `]` are escaped
 * with a backslash.
 */
export function element(list: string, name: string): string {
	return `${list}[${name.replaceAll('\\', '\\\\').replaceAll(']', '\\]')}]`;
}

/** Collects figure → ticket keys, each list in the order tickets were met, without repeats. */
export class FigureCollector {
	private readonly sets = new Map<string, Set<string>>();

	add(path: string, key: string): void {
		let set = this.sets.get(path);
		if (!set) {
			set = new Set();
			this.sets.set(path, set);
		}
		set.add(key);
	}

	addAll(path: string, keys: Iterable<string>): void {
		let set = this.sets.get(path);
		if (!set) {
			set = new Set();
			this.sets.set(path, set);
		}
		for (const key of keys) set.add(key);
	}

	/** Declares a figure that counts no ticket, so every figure has a path. */
	declare(path: string): void {
		if (!this.sets.has(path)) this.sets.set(path, new Set());
	}

	toRecord(): Record<string, string[]> {
		const record: Record<string, string[]> = {};
		for (const [path, keys] of this.sets) record[path] = [...keys];
		return record;
	}
}
