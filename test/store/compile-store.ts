import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import ts from 'typescript';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Child processes need the store as JavaScript. Transpiling source/store on the spot (it
 * imports nothing at run time but node: modules, better-sqlite3, source/files, source/errors and one leaf of source/domain) tests the current
 * source, never a stale dist/, and does not depend on the rest of the tree compiling.
 * Returns the path of the compiled store.js.
 */
export function compileStore(outDir: string): string {
	const storeDir = path.join(outDir, 'store');
	fs.mkdirSync(outDir, {recursive: true});
	fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({type: 'module'}));
	fs.mkdirSync(path.join(outDir, 'node_modules'), {recursive: true});
	const link = path.join(outDir, 'node_modules', 'better-sqlite3');
	if (!fs.existsSync(link)) fs.symlinkSync(path.join(repo, 'node_modules', 'better-sqlite3'), link, 'dir');

	// The store's run-time imports: its own folder, the file helpers and the error model.
	for (const folder of ['store', 'files', 'errors']) {
		const sourceDir = path.join(repo, 'source', folder);
		const targetDir = path.join(outDir, folder);
		fs.mkdirSync(targetDir, {recursive: true});
		for (const name of fs.readdirSync(sourceDir)) {
			if (!name.endsWith('.ts')) continue;
			const source = fs.readFileSync(path.join(sourceDir, name), 'utf8');
			const output = ts.transpileModule(source, {
				compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true, esModuleInterop: true},
				fileName: name,
			});
			fs.writeFileSync(path.join(targetDir, name.replace(/\.ts$/, '.js')), output.outputText);
		}
	}
	// The one domain value the store reads at run time: a leaf without imports (review-figures.ts).
	for (const file of ['domain/briefing/review-lists.ts']) {
		const output = ts.transpileModule(fs.readFileSync(path.join(repo, 'source', file), 'utf8'), {
			compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true},
			fileName: path.basename(file),
		});
		fs.mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
		fs.writeFileSync(path.join(outDir, file.replace(/\.ts$/, '.js')), output.outputText);
	}
	return path.join(storeDir, 'store.js');
}

/**
 * A writer script for a child process, beside the compiled store: it opens the store at its
 * first argument (its second is the run's number, `run`), has `say(line)` for what it wants
 * the test to know, and then runs `body`. Returns the script's path.
 */
export function storeWriterScript(folder: string, name: string, body: string): string {
	const storeModule = compileStore(path.join(folder, 'compiled'));
	const script = path.join(folder, 'compiled', name);
	fs.writeFileSync(
		script,
		`import fs from 'node:fs';
		const {openStore} = await import(${JSON.stringify(pathToFileURL(storeModule).href)});
		const [file, run] = process.argv.slice(2);
		const store = openStore(file);
		const say = (line) => fs.writeSync(1, line + '\\n');
		${body}`,
	);
	return script;
}
