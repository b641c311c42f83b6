import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import ts from 'typescript';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Child processes need the store as JavaScript. Transpiling source/store on the spot (it
 * imports nothing at run time but node: modules, better-sqlite3, source/files, source/errors and pure domain and text modules) tests the current
 * source, never a stale dist/, and does not depend on the rest of the tree compiling.
 * Returns the path of the compiled store.js.
 */
export function compileStore(outDir: string): string {
	const storeDir = path.join(outDir, 'store');
	fs.mkdirSync(outDir, {recursive: true});
	fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({type: 'module'}));
	fs.mkdirSync(path.join(outDir, 'node_modules'), {recursive: true});
	// The store's packages, and the domain's (date-fns): the store reads a few pure domain values.
	for (const name of ['better-sqlite3', 'date-fns', '@date-fns/tz']) {
		const link = path.join(outDir, 'node_modules', name);
		fs.mkdirSync(path.dirname(link), {recursive: true});
		if (!fs.existsSync(link)) fs.symlinkSync(path.join(repo, 'node_modules', name), link, 'dir');
	}

	// The store's run-time imports: its own folder, the file helpers, the error model and the
	// pure floors below it (the domain's review lists and backup times' wording, text helpers).
	for (const folder of ['store', 'files', 'errors', 'domain', 'text']) transpileFolder(path.join(repo, 'source', folder), path.join(outDir, folder));
	return path.join(storeDir, 'store.js');
}

function transpileFolder(sourceDir: string, targetDir: string): void {
	fs.mkdirSync(targetDir, {recursive: true});
	for (const entry of fs.readdirSync(sourceDir, {withFileTypes: true})) {
		if (entry.isDirectory()) {
			transpileFolder(path.join(sourceDir, entry.name), path.join(targetDir, entry.name));
			continue;
		}
		if (!entry.name.endsWith('.ts')) continue;
		const output = ts.transpileModule(fs.readFileSync(path.join(sourceDir, entry.name), 'utf8'), {
			compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true, esModuleInterop: true},
			fileName: entry.name,
		});
		fs.writeFileSync(path.join(targetDir, entry.name.replace(/\.ts$/, '.js')), output.outputText);
	}
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
