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

describe('the build inputs\' fingerprint', () => {
	/** A tree shaped like the checkout (the listed files and source/), in a folder of its own. */
	function withTree(check: (touch: (file: string, text: string) => void) => void): void {
		const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-inputs-'));
		const cwd = process.cwd();
		const touch = (file: string, text: string) => {
			fs.mkdirSync(path.dirname(path.join(tree, file)), {recursive: true});
			fs.writeFileSync(path.join(tree, file), text);
		};
		for (const file of ['cli.tsx', 'package.json', 'source/commands/sync.ts', 'source/ui/views/overview/overview.tsx']) touch(file, `// ${file}\n`);
		process.chdir(tree);
		try {
			check(touch);
		} finally {
			process.chdir(cwd);
			fs.rmSync(tree, {recursive: true, force: true});
		}
	}

	it('changes with every change a build would see: an edit (even of the same size), a new, a removed or a renamed file, a lockfile appearing', () => {
		withTree((touch) => {
			let previous: string | null = null;
			// Each change makes the fingerprint differ from the one before it; an unchanged tree gives the same one again.
			const expectNew = () => {
				const fingerprint = buildInputsFingerprint() as string;
				expect(fingerprint).not.toBe(previous);
				expect(buildInputsFingerprint()).toBe(fingerprint);
				previous = fingerprint;
			};
			expectNew();
			touch('source/commands/sync.ts', '// edited, longer\n');
			expectNew();
			// Same size, later modification time.
			fs.utimesSync('source/commands/sync.ts', new Date(), new Date(Date.now() + 5000));
			expectNew();
			touch('source/ui/views/overview/new-row.ts', 'export {};\n');
			expectNew();
			fs.renameSync('source/ui/views/overview/new-row.ts', 'source/ui/views/overview/renamed-row.ts');
			expectNew();
			fs.rmSync('source/ui/views/overview/renamed-row.ts');
			expectNew();
			touch('package-lock.json', '{}\n');
			expectNew();
		});
	});
});

