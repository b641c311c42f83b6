import {element} from '../domain/metrics/v2/paths.js';
import type {Effort, IterationIntegrity} from '../domain/metrics/v2/types.js';

/** The lists of the file whose elements a version 2 figure path names. */
export interface NamedLists {
	readonly effort: Pick<Effort, 'reports'>;
	readonly iterations: readonly Pick<IterationIntegrity, 'id'>[];
	readonly themes: readonly {readonly name: string}[];
}

/**
 * A figure's path as the export's `figures` writes it: its JSON path in the file, with an
 * array element named by its position (`effort.reports[2].operational`,
 * `iterations[0].planned`, `themes[4].topResponderShare`), as the version 1 figures are
 * (`delegation.reports[0].overdue`), so jq or any JSON-path reader finds the value whose
 * tickets it lists (cli.md: "every figure's JSON path"). The domain names the element by
 * what identifies it (domain/metrics/v2/paths.ts): the screen and "since last review" compare
 * figures across documents whose lists may be ordered differently; within one file the
 * position is exact. A path naming no element of these lists is kept as it is.
 */
export function filePaths(lists: NamedLists): (path: string) => string {
	const positions = new Map<string, string>();
	const add = (list: string, names: readonly string[]) => {
		names.forEach((name, position) => positions.set(element(list, name), `${list}[${position}]`));
	};
	add('effort.reports', lists.effort.reports.map((report) => report.name));
	add('iterations', lists.iterations.map((iteration) => iteration.id));
	add('themes', lists.themes.map((theme) => theme.name));
	return (path) => {
		const named = elementOf(path);
		const position = named === null ? undefined : positions.get(named);
		return position === undefined || named === null ? path : position + path.slice(named.length);
	};
}

/** The path up to its first element's closing bracket (`effort.reports[A\]B]`), or null. */
function elementOf(path: string): string | null {
	const open = path.indexOf('[');
	if (open < 0) return null;
	for (let at = open + 1; at < path.length; at++) {
		// element() escapes `\` and `]` inside the brackets with a backslash.
		if (path[at] === '\\') at++;
		else if (path[at] === ']') return path.slice(0, at + 1);
	}
	return null;
}
