import {packageOf, type ImportEdge, type ImportGraph} from './import-graph.js';

/**
 * The floors of `source/` and what each may import: the one place the rules are written
 * down. docs/architecture.md shows the same table (layers.test.ts checks they agree), and
 * layers.test.ts checks every import in the code against it, type-only imports included.
 * A floor is a folder directly under `source/`; `cli` is the entry, `cli.tsx`. A file may
 * always import files on its own floor.
 */
export const floors: Readonly<Record<string, readonly string[]>> = {
	text: [],
	files: [],
	errors: ['text'],
	domain: ['text'],
	config: ['domain', 'errors', 'files', 'text'],
	providers: ['config', 'domain', 'errors', 'text'],
	store: ['domain', 'errors', 'files'],
	sync: ['domain', 'errors', 'providers', 'store'],
	export: ['config', 'domain', 'errors', 'files', 'text'],
	review: ['config', 'domain', 'errors', 'export', 'providers', 'store', 'sync', 'text'],
	ui: ['config', 'domain', 'errors', 'export', 'review', 'text'],
	commands: ['config', 'domain', 'errors', 'export', 'files', 'providers', 'review', 'store', 'sync', 'text', 'ui'],
	cli: ['commands'],
};

/** Packages only some floors may load: the TUI's, SQLite, the trackers' SDKs, conf, meow. */
export const packageFloors: Readonly<Record<string, readonly string[]>> = {
	ink: ['ui'],
	react: ['ui'],
	'@inkjs/ui': ['ui'],
	'string-width': ['ui'],
	'better-sqlite3': ['store'],
	'@linear/sdk': ['providers'],
	'jira-client': ['providers'],
	conf: ['config'],
	'env-paths': ['config'],
	meow: ['cli'],
	open: ['ui'],
};

/** Pure floors load no package but these: no Node built-ins, no I/O (STYLE.md: domain/ is pure). */
export const pureFloors: Readonly<Record<string, readonly string[]>> = {
	domain: ['date-fns', '@date-fns/tz'],
	errors: [],
	text: [],
};

/** `source/export/json.ts` → `export`; `cli.tsx` → `cli`; anything else → null (on no floor). */
export function floorOf(file: string): string | null {
	if (file === 'cli.tsx') return 'cli';
	const match = /^source\/([^/]+)\//.exec(file);
	return match ? match[1]! : null;
}

const list = (names: readonly string[]) => (names.length === 0 ? 'nothing outside itself' : names.join(', '));

/** Why `edge` breaks a rule, in one line naming both ends and the rule; null when it keeps them. */
export function ruleBroken(edge: ImportEdge): string | null {
	const from = floorOf(edge.from);
	if (from === null || floors[from] === undefined) return `${edge.from} is on no floor (test/architecture/floors.ts)`;
	const where = `${edge.from}:${edge.line} → ${edge.to ?? `package '${edge.packageName}'`}${edge.kind === 'static' ? '' : ` (${edge.kind} import)`}`;
	if (edge.to !== null) {
		const to = floorOf(edge.to);
		if (to === from) return null;
		if (to === null || floors[to] === undefined) return `${where}: ${edge.to} is on no floor`;
		return floors[from].includes(to) ? null : `${where}: ${from}/ may not import ${to}/ (${from}/ may import ${list(floors[from])})`;
	}

	const name = edge.packageName!;
	const pure = pureFloors[from];
	if (pure !== undefined && !pure.includes(packageOf(name))) return `${where}: ${from}/ is pure (it may load ${pure.length === 0 ? 'no package' : `only ${pure.join(', ')}`})`;
	const owners = packageFloors[name];
	if (owners !== undefined && !owners.includes(from)) return `${where}: only ${owners.map((owner) => `${owner}/`).join(', ')} may load ${name}`;
	return null;
}

/** Every broken rule in the graph, one line each. */
export function brokenRules(graph: ImportGraph): string[] {
	return graph.edges.map(ruleBroken).filter((broken): broken is string => broken !== null);
}
