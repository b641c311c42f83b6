// What the build reads, as one fingerprint: every file's path, size and modification time.
// `npm run build` stores it beside the bundle when it succeeds; `npm start` (start.js)
// compares it with the tree and rebuilds only when something changed, so starting the
// demo on an unchanged checkout costs a few stat calls instead of a whole build.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

const inputFiles = ['cli.tsx', 'bundle.js', 'build-inputs.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const inputFolders = ['source'];
export const fingerprintFile = path.join('dist', '.build-inputs');

function* filesUnder(folder) {
	for (const entry of readdirSync(folder, {withFileTypes: true})) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) yield* filesUnder(full);
		else yield full;
	}
}

/**
 * One line per file. Kept as text rather than hashed: `npm start` compares it on every
 * start, and loading node:crypto for the hash cost more than the stats (issue 18).
 */
export function buildInputsFingerprint() {
	const lines = [];
	const files = [...inputFiles, ...inputFolders.flatMap((folder) => [...filesUnder(folder)])].sort();
	for (const file of files) {
		let stamp = 'missing';
		try {
			const stats = statSync(file);
			stamp = `${stats.size}:${stats.mtimeMs}`;
		} catch {
			// A listed file that does not exist (no lockfile yet) is part of the fingerprint too.
		}
		lines.push(`${file}\t${stamp}`);
	}
	return lines.join('\n');
}

export function builtFingerprint() {
	try {
		return readFileSync(fingerprintFile, 'utf8').trim();
	} catch {
		return null;
	}
}
