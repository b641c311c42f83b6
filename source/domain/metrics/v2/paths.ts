import {stripUnsafe} from '../../../text/sanitize.js';

/**
 * Figure paths (docs/metrics.md "Figure paths"): the JSON path of a figure in the export,
 * where an array element is named by what identifies it in brackets instead of its position,
 * so a path survives reordering: `effort.reports[Alex Kim].operational`,
 * `iterations[<iteration id>].planned`, `promiseRisk.sample[Alex Kim]`,
 * `themes[component:payments].topResponder`. Inside the brackets `\` and `]` are escaped
 * with a backslash. A name is tracker text (a theme's label, component or project) and is
 * stripped of control sequences like the name the export writes beside it, so the path
 * names the element as the file shows it.
 */
export function element(list: string, name: string): string {
	return `${list}[${stripUnsafe(name).replaceAll('\\', '\\\\').replaceAll(']', '\\]')}]`;
}

/** A figure's ticket keys, or what builds them: called on the first read of the figure (a sort, or keys read off ticket objects, that a week whose lists nobody opens need not pay). */
export type FigureKeys = readonly string[] | (() => readonly string[]);

/** Collects figure → ticket keys. Lists are taken as given (callers pass each ticket once); one list may serve several paths. */
export class FigureCollector {
	private readonly lists = new Map<string, FigureKeys>();

	addAll(path: string, keys: FigureKeys): void {
		const existing = this.lists.get(path);
		this.lists.set(path, existing === undefined ? keys : () => [...new Set([...listOf(existing), ...listOf(keys)])]);
	}

	/** Every path's keys; a list given as a function is built on the first read of its path, once. */
	toRecord(): Record<string, readonly string[]> {
		const record: Record<string, readonly string[]> = {};
		for (const [path, keys] of this.lists) {
			if (typeof keys !== 'function') {
				record[path] = keys;
				continue;
			}
			let value: readonly string[] | undefined;
			Object.defineProperty(record, path, {
				enumerable: true,
				configurable: true,
				get: (): readonly string[] => (value ??= keys()),
				set: (given: readonly string[]) => {
					value = given;
				},
			});
		}
		return record;
	}
}

function listOf(keys: FigureKeys): readonly string[] {
	return typeof keys === 'function' ? keys() : keys;
}
