import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {brokenRules, floorOf, floors} from './floors.js';
import {cyclePath, importCycles, readImportGraph, repositoryRoot, staticClosure, type ImportGraph} from './import-graph.js';

/**
 * The floors of source/ (docs/architecture.md), checked against the real import graph:
 * static, type-only and dynamic imports and re-exports alike.
 */

const graph = readImportGraph({folders: ['source'], entries: ['cli.tsx']});

const cycleMessages = (of: ImportGraph) => importCycles(of).map((group) => `cycle: ${cyclePath(of, group).join(' → ')}`);

describe('the floors of source/', () => {
	it('hold every folder and file', () => {
		const folders = fs.readdirSync(path.join(repositoryRoot, 'source'), {withFileTypes: true}).filter((entry) => entry.isDirectory());
		const unknown = folders.map((entry) => entry.name).filter((name) => floors[name] === undefined);
		expect(unknown, 'a new folder under source/ needs its floor in test/architecture/floors.ts and docs/architecture.md').toEqual([]);
		expect(graph.files.filter((file) => floorOf(file) === null)).toEqual([]);
	});

	it('are kept by every import', () => {
		expect(brokenRules(graph), 'imports against the floors (docs/architecture.md)').toEqual([]);
	});

	it('form no cycle, and neither does any set of files', () => {
		expect(cycleMessages(graph), 'import cycles in source/ (type-only imports count)').toEqual([]);
		// The floors themselves: a file-level cycle across floors would need a pair that may import each other.
		const floorGraph: ImportGraph = {
			root: repositoryRoot,
			files: Object.keys(floors),
			edges: Object.entries(floors).flatMap(([from, allowed]) => allowed.map((to) => ({from, to, packageName: null, kind: 'static' as const, line: 0}))),
		};
		expect(importCycles(floorGraph)).toEqual([]);
	});

	it('leave Ink out of the commands that draw no TUI', () => {
		// Only `review` and `init` draw with Ink; the others (sync's progress bar included) write plain text.
		const plain = ['sync', 'export', 'tag', 'doctor', 'backup', 'restore', 'review-record'];
		const loadingInk = plain.filter((command) => {
			const {packages} = staticClosure(graph, ['cli.tsx', 'source/commands/run.ts', `source/commands/${command}.ts`]);
			return ['ink', 'react', '@inkjs/ui'].some((name) => packages.has(name));
		});
		expect(loadingInk).toEqual([]);
	});

	it('are the table docs/architecture.md shows', () => {
		const documented = new Map<string, string[]>();
		for (const [, floor, allowed] of fs.readFileSync(path.join(repositoryRoot, 'docs/architecture.md'), 'utf8').matchAll(/^\| `([a-z]+)\/?` +\|[^|]*\| ([^|]*)\|$/gm)) {
			documented.set(floor!, [...allowed!.matchAll(/`([a-z]+)\/?`/g)].map((match) => match[1]!).sort());
		}
		expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(Object.entries(floors).map(([floor, allowed]) => [floor, [...allowed].sort()])));
	});
});

describe('the import graph it reads', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-layers-'));
	afterAll(() => fs.rmSync(root, {recursive: true, force: true}));
	const write = (file: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
		fs.writeFileSync(path.join(root, file), text);
	};

	it('sees type-only, re-exported, dynamic and type-position imports, and the cycles they make', () => {
		write('source/domain/a.ts', "import type {B} from './b.js';\nexport type A = B;\n");
		write('source/domain/b.ts', "export type {C} from './c.js';\nexport type B = string;\n");
		write('source/domain/c.ts', "export type C = import('./a.js').A;\n");
		write('source/domain/pure.ts', "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n");
		write('source/export/late.ts', "export async function load() {\n\treturn import('../ui/view.js');\n}\n");
		write('source/ui/view.tsx', "import {Text} from 'ink';\nexport const View = Text;\n");
		write('source/store/ink.ts', "import type {Instance} from 'ink';\nexport type I = Instance;\n");
		const fixture = readImportGraph({folders: ['source'], root});

		expect(fixture.edges.map((edge) => `${edge.from} → ${edge.to ?? edge.packageName} ${edge.kind}`).sort()).toEqual([
			'source/domain/a.ts → source/domain/b.ts type',
			'source/domain/b.ts → source/domain/c.ts type',
			'source/domain/c.ts → source/domain/a.ts type',
			'source/domain/pure.ts → node:fs static',
			'source/export/late.ts → source/ui/view.tsx dynamic',
			'source/store/ink.ts → ink type',
			'source/ui/view.tsx → ink static',
		]);
		expect(cycleMessages(fixture)).toEqual(['cycle: source/domain/a.ts → source/domain/b.ts → source/domain/c.ts → source/domain/a.ts']);
		expect(brokenRules(fixture)).toEqual([
			'source/domain/pure.ts:1 → package \'node:fs\': domain/ is pure (it may load only date-fns, @date-fns/tz)',
			'source/export/late.ts:2 → source/ui/view.tsx (dynamic import): export/ may not import ui/ (export/ may import config, domain, errors, files, text)',
			'source/store/ink.ts:1 → package \'ink\' (type import): only ui/ may load ink',
		]);
	});
});
