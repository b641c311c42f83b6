import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * Start-up reads only what the first screen needs (issue 8): the modules loaded before the
 * first frame are the static imports of the entry, the review command and the TUI's start
 * (each reached by a dynamic import). Everything heavy — the review's loading, metrics and
 * classification, the other views, the demo generator, conf, the SDKs — must stay behind a
 * dynamic import, or it is loaded (and, in the bundle, parsed) before the Overview appears.
 */

const root = path.resolve(import.meta.dirname, '../..');
const firstFramePath = ['cli.tsx', 'source/commands/review.ts', 'source/ui/start.tsx'];

/** Value imports and re-exports (not `import type`), relative or bare. */
const staticImport = /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveSource(from: string, specifier: string): string | null {
	if (!specifier.startsWith('.')) return null;
	const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
	for (const extension of ['.ts', '.tsx']) if (fs.existsSync(base + extension)) return base + extension;
	throw new Error(`cannot resolve ${specifier} from ${from}`);
}

function staticClosure(entries: readonly string[]): {files: Set<string>; packages: Set<string>} {
	const files = new Set<string>();
	const packages = new Set<string>();
	const queue = entries.map((entry) => path.join(root, entry));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(staticImport)) {
			const resolved = resolveSource(file, specifier!);
			if (resolved === null) packages.add(specifier!);
			else queue.push(resolved);
		}
	}

	return {files: new Set([...files].map((file) => path.relative(root, file))), packages};
}

describe('the first frame’s modules', () => {
	const {files, packages} = staticClosure(firstFramePath);

	it('include the Overview, the store and the stored first frame', () => {
		expect(files).toContain('source/ui/views/overview/overview.tsx');
		expect(files).toContain('source/store/store.ts');
		expect(files).toContain('source/review/overview-snapshot.ts');
		expect(packages).toContain('ink');
	});

	it('leave out the review’s loading, the metrics, classification, the other views, the demo generator and the SDKs', () => {
		const heavy = [
			'source/review/session.ts',
			'source/review/review-data.ts',
			'source/domain/metrics/compute.ts',
			'source/domain/classify/index.ts',
			'source/domain/classify/learner.ts',
			'source/ui/views/registry.ts',
			'source/ui/views/triage/triage.tsx',
			'source/providers/demo/generate.ts',
			'source/sync/run-sync.ts',
			'source/review/build-snapshot.ts',
			'source/config/save.ts',
		];
		expect(heavy.filter((file) => files.has(file))).toEqual([]);
		expect([...packages].filter((name) => ['conf', '@linear/sdk', 'jira-client', '@inkjs/ui'].includes(name))).toEqual([]);
	});
});
