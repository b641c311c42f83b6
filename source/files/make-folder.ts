import fs from 'node:fs';
import path from 'node:path';

/**
 * `mkdir -p` one level at a time. Node's own recursive mkdir never returns when mkdir
 * fails with ENOENT under a parent that exists (procfs, e.g. --out /proc/self/x): it
 * retries the parent forever.
 */
export function makeFolder(folder: string, mode?: number): void {
	const missing: string[] = [];
	let current = path.resolve(folder);
	while (!fs.existsSync(current)) {
		missing.unshift(current);
		const parent = path.dirname(current);
		if (parent === current) break;
		current = parent;
	}

	for (const dir of missing) {
		try {
			fs.mkdirSync(dir, mode === undefined ? undefined : {mode});
		} catch (error) {
			// Another process may have made it meanwhile; anything else is the user's to fix.
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(dir).isDirectory()) throw error;
		}
	}
}
