/**
 * Figure paths (docs/metrics.md "Figure paths"): the JSON path of a figure in the export,
 * where an array element is named by what identifies it in brackets instead of its position,
 * so a path survives reordering: `effort.reports[Alex Kim].operational`,
 * `iterations[<iteration id>].planned`, `promiseRisk.sample[Alex Kim]`,
 * `themes[component:payments].topResponder`. Inside the brackets `\` and `]` are escaped
 * with a backslash.
 */
export function element(list: string, name: string): string {
	return `${list}[${name.replaceAll('\\', '\\\\').replaceAll(']', '\\]')}]`;
}

/** Collects figure → ticket keys. Lists are taken as given (callers pass each ticket once); one list may serve several paths. */
export class FigureCollector {
	private readonly lists = new Map<string, readonly string[]>();

	addAll(path: string, keys: readonly string[]): void {
		const existing = this.lists.get(path);
		this.lists.set(path, existing === undefined ? keys : [...new Set([...existing, ...keys])]);
	}

	toRecord(): Record<string, readonly string[]> {
		return Object.fromEntries(this.lists);
	}
}
