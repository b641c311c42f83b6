import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The real import graph of the sources, read with TypeScript's own parser: every
 * `import` (type-only included), `export … from`, dynamic `import()` and `import('…')`
 * type. A relative specifier resolves to the `.ts`/`.tsx` file it names; anything else is
 * a package.
 */

export type ImportKind = 'static' | 'type' | 'dynamic';

export interface ImportEdge {
	/** Repository-relative, with forward slashes: `source/export/json.ts`. */
	readonly from: string;
	/** The imported file (repository-relative), or null for a package. */
	readonly to: string | null;
	/** The package's name (`ink`, `@linear/sdk`, `node:fs`), or null for a file. */
	readonly packageName: string | null;
	readonly kind: ImportKind;
	/** 1-based line of the import, for the failure message. */
	readonly line: number;
}

export interface ImportGraph {
	readonly root: string;
	readonly files: readonly string[];
	readonly edges: readonly ImportEdge[];
}

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

function sourceFilesUnder(root: string, folder: string): string[] {
	return fs.readdirSync(path.join(root, folder), {withFileTypes: true}).flatMap((entry) => {
		const relative = `${folder}/${entry.name}`;
		if (entry.isDirectory()) return sourceFilesUnder(root, relative);
		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
	});
}

/** `@linear/sdk/dist/x` → `@linear/sdk`, `date-fns/addDays` → `date-fns`, `node:fs` stays. */
export function packageOf(specifier: string): string {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function resolveFile(root: string, from: string, specifier: string): string {
	const base = path.join(path.dirname(from), specifier).replace(/\.js$/, '');
	for (const extension of ['.ts', '.tsx', '/index.ts', '/index.tsx']) {
		if (fs.existsSync(path.join(root, base + extension))) return (base + extension).split(path.sep).join('/');
	}
	throw new Error(`${from}: cannot resolve import '${specifier}'`);
}

interface RawImport {
	readonly specifier: string;
	readonly kind: ImportKind;
	readonly line: number;
}

function importsOf(file: string, text: string): RawImport[] {
	const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const found: RawImport[] = [];
	const add = (literal: ts.Expression | undefined, kind: ImportKind) => {
		if (!literal || !ts.isStringLiteralLike(literal)) return;
		found.push({specifier: literal.text, kind, line: sourceFile.getLineAndCharacterOfPosition(literal.getStart(sourceFile)).line + 1});
	};
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node)) {
			add(node.moduleSpecifier, node.importClause?.isTypeOnly ? 'type' : 'static');
		} else if (ts.isExportDeclaration(node)) {
			add(node.moduleSpecifier, node.isTypeOnly ? 'type' : 'static');
		} else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
			add(node.moduleReference.expression, node.isTypeOnly ? 'type' : 'static');
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			add(node.arguments[0], 'dynamic');
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
			add(node.argument.literal, 'type');
		}
		ts.forEachChild(node, visit);
	};
	visit(sourceFile);
	return found;
}

/** The graph of `entries` (files) and every `.ts`/`.tsx` file under `folders`. */
export function readImportGraph(options: {readonly folders: readonly string[]; readonly entries?: readonly string[]; readonly root?: string}): ImportGraph {
	const root = options.root ?? repositoryRoot;
	const files = [...(options.entries ?? []), ...options.folders.flatMap((folder) => sourceFilesUnder(root, folder))].sort();
	const edges: ImportEdge[] = [];
	for (const from of files) {
		for (const {specifier, kind, line} of importsOf(from, fs.readFileSync(path.join(root, from), 'utf8'))) {
			const isFile = specifier.startsWith('.');
			edges.push({
				from,
				to: isFile ? resolveFile(root, from, specifier) : null,
				packageName: isFile ? null : packageOf(specifier),
				kind,
				line,
			});
		}
	}
	return {root, files, edges};
}

/** What loading `entries` loads before anything else runs: the files and packages their static value imports reach. */
export function staticClosure(graph: ImportGraph, entries: readonly string[]): {readonly files: Set<string>; readonly packages: Set<string>} {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		for (const edge of graph.edges) {
			if (edge.from !== file || edge.kind !== 'static') continue;
			if (edge.to === null) packages.add(edge.packageName!);
			else queue.push(edge.to);
		}
	}
	return {files, packages};
}

/**
 * Every cycle among the files, as its strongly connected components (Tarjan): each
 * returned group is a set of files that reach each other; a file importing itself is one.
 */
export function importCycles(graph: ImportGraph): string[][] {
	const next = new Map<string, string[]>(graph.files.map((file) => [file, []]));
	for (const edge of graph.edges) if (edge.to !== null) next.get(edge.from)?.push(edge.to);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	let counter = 0;
	const visit = (file: string): void => {
		index.set(file, counter);
		low.set(file, counter);
		counter++;
		stack.push(file);
		onStack.add(file);
		for (const target of next.get(file) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(file, Math.min(low.get(file)!, low.get(target)!));
			} else if (onStack.has(target)) {
				low.set(file, Math.min(low.get(file)!, index.get(target)!));
			}
		}
		if (low.get(file) !== index.get(file)) return;
		const group: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			group.push(member);
		} while (member !== file);
		if (group.length > 1 || next.get(file)?.includes(file)) groups.push(group.sort());
	};
	for (const file of graph.files) if (!index.has(file)) visit(file);
	return groups;
}

/** One concrete loop through a cycle's files, for the message: `a.ts → b.ts → a.ts`. */
export function cyclePath(graph: ImportGraph, group: readonly string[]): string[] {
	const members = new Set(group);
	const start = group[0]!;
	const previous = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const file = queue.shift()!;
		for (const edge of graph.edges) {
			if (edge.from !== file || edge.to === null || !members.has(edge.to)) continue;
			if (edge.to === start) {
				const loop = [start];
				for (let at: string | undefined = file; at !== undefined && at !== start; at = previous.get(at)) loop.splice(1, 0, at);
				return [...loop, start];
			}
			if (!previous.has(edge.to)) {
				previous.set(edge.to, file);
				queue.push(edge.to);
			}
		}
	}
	return [...group];
}
