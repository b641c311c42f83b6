// The CLI started the way its installed bin is: the kernel runs the first line of
// dist/cli.js (`#!/usr/bin/env -S node <flags>`), so the node flags written there apply.
// The bench starts `process.execPath` with those flags (the same Node as the bench, rather
// than whichever `node` comes first on PATH).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const cliPath = process.env.BENCH_CLI ?? fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The node flags on the bin's first line: `#!/usr/bin/env -S node --a --b` → ['--a', '--b']. */
export function shebangNodeFlags(file = cliPath) {
	const [firstLine = ''] = readFileSync(file, 'utf8').split('\n', 1);
	const match = /^#!\/usr\/bin\/env\s+(?:-S\s+)?node(?:\s+(.*))?$/.exec(firstLine.trim());
	if (!match) throw new Error(`${file} does not start with a node shebang: ${firstLine}`);
	return match[1] ? match[1].split(/\s+/) : [];
}

/** Arguments for `process.execPath` that run the CLI as its bin would. */
export function cliArgs(...args) {
	return [...shebangNodeFlags(), cliPath, ...args];
}
