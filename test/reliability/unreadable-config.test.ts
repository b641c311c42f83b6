import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, it} from 'vitest';
import {expectCleanFailure, makeHome, removeHomes, runCli} from './cli.js';

/**
 * A config.json that is there but cannot be read is not an absent one: the director is told
 * what stands in the way, never "no provider configured" with a hint to run init over it.
 */

afterAll(() => removeHomes());

const commands = [['--offline'], ['tag', 'ENG-1', 'strategic'], ['export', '--out', '-'], ['review', '--list']];

describe('a config.json that cannot be read', () => {
	it('a symbolic link loop: exit 2 naming the file and why', async () => {
		const home = makeHome();
		fs.symlinkSync('loop.json', path.join(home, 'config.json'));
		fs.symlinkSync('config.json', path.join(home, 'loop.json'));
		for (const args of commands) {
			const result = await runCli(args, {home, timeoutMs: 60_000});
			expectCleanFailure(result, {code: 2, cause: /cannot read .*config\.json: too many symbolic links/});
		}
	});

	it('a home under a regular file: exit 2 naming the file and why', async () => {
		const home = path.join(makeHome(), 'file.txt');
		fs.writeFileSync(home, 'not a folder');
		for (const args of commands) {
			const result = await runCli(args, {home: path.join(home, 'home'), cwd: os.tmpdir(), timeoutMs: 60_000});
			expectCleanFailure(result, {code: 2, cause: /cannot read .*config\.json: a parent is not a folder/});
		}
	});
});
