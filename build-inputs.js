// What the build reads, as one fingerprint: every file's path, size and modification time.
// `npm run build` stores it beside the bundle when it succeeds; `npm start` (start.js)
// compares it with the tree and rebuilds only when something changed, so starting the
// demo on an unchanged checkout costs a few stat calls instead of a whole build.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

const inputFiles = ['cli.tsx', 'bundle.js', 'build-inputs.js', 'scripts/yoga-wasm-inline.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const inputFolders = ['source'];
export const fingerprintFile = path.join('dist', '.build-inputs');

// Paths joined with '/' by hand (Node takes it on every platform): path.join normalises each
// one, which cost more than the stats on every `npm start` (issue 18).
function filesUnder(folder, files) {
	for (const entry of readdirSync(folder, {withFileTypes: true})) {
		const full = `${folder}/${entry.name}`;
		if (entry.isDirectory()) filesUnder(full, files);
		else files.push(full);
	}
	return files;
}

/**
 * One line per file. Kept as text rather than hashed: `npm start` compares it on every
 * start, and loading node:crypto for the hash cost more than the stats (issue 18).
 */
export function buildInputsFingerprint() {
	let text = '';
	const files = inputFolders.reduce((found, folder) => filesUnder(folder, found), [...inputFiles]).sort();
	for (const file of files) {
		// A listed file that does not exist (no lockfile yet) is part of the fingerprint too.
		const stats = statSync(file, {throwIfNoEntry: false});
		text += `${text === '' ? '' : '\n'}${file}\t${stats === undefined ? 'missing' : `${stats.size}:${stats.mtimeMs}`}`;
	}
	return text;
}

export function builtFingerprint() {
	try {
		return readFileSync(fingerprintFile, 'utf8').trim();
	} catch {
		return null;
	}
}
