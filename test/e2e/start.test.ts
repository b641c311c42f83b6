import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
// @ts-expect-error -- plain JavaScript beside package.json, typed by its use here
import {buildInputsFingerprint, builtFingerprint} from '../../build-inputs.js';

const root = path.resolve(import.meta.dirname, '../..');
let home: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-start-'));
});

afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

describe('npm start', () => {
	it('finds the tree unchanged after the test run\'s own build', () => {
		const cwd = process.cwd();
		process.chdir(root);
		try {
			expect(builtFingerprint()).toBe(buildInputsFingerprint());
		} finally {
			process.chdir(cwd);
		}
	});

	it('runs the demo without rebuilding an unchanged tree, passing its arguments on', () => {
		const bundle = path.join(root, 'dist', 'cli.js');
		const before = fs.statSync(bundle).mtimeMs;
		const run = spawnSync(process.execPath, ['start.js', '--offline', '--week', 'last'], {
			cwd: root,
			encoding: 'utf8',
			env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'},
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 60_000,
		});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/Demo organisation/);
		expect(fs.statSync(bundle).mtimeMs).toBe(before);
	});

	it('runs the CLI in its own process when started with the bin’s flags, as package.json’s script does: the same output and exit codes', () => {
		const shebang = fs.readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8').split('\n', 1)[0]!;
		const flags = shebang.split(/\s+/).filter((word) => word.startsWith('--'));
		const script = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {scripts: {start: string}}).scripts.start;
		expect(script.split(/\s+/)).toEqual(['node', ...flags, 'start.js']);
		const start = (nodeFlags: readonly string[], args: readonly string[]) =>
			spawnSync(process.execPath, [...nodeFlags, 'start.js', ...args], {
				cwd: root,
				encoding: 'utf8',
				env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'},
				stdio: ['ignore', 'pipe', 'pipe'],
				timeout: 60_000,
			});
		const spawned = start([], ['--offline', '--week', 'last']);
		const inProcess = start(flags, ['--offline', '--week', 'last']);
		expect(inProcess.stderr).toBe('');
		expect(inProcess.status).toBe(0);
		expect(inProcess.stdout).toBe(spawned.stdout);
		const refused = start(flags, ['--week', 'nonsense']);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toMatch(/^director-review: /);
	});
});
