import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let work: string;
let bin: string;

// npm pack, then install the tarball into an empty prefix, as a user would from the registry.
beforeAll(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-pack-'));
	const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop() ?? '';
	const tarball = path.join(work, packed);
	const prefix = path.join(work, 'prefix');
	fs.mkdirSync(prefix);
	// Offline-first: every dependency is already in npm's cache from the project's own install.
	// npm 11 runs no install script of a global install unless allowed: better-sqlite3 must build
	// its native module for this Node, as it does for a user.
	execFileSync('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--allow-scripts=better-sqlite3', tarball], {cwd: work, encoding: 'utf8', stdio: 'pipe'});
	bin = path.join(prefix, 'bin', 'director-review');
}, 900_000);

afterAll(() => {
	fs.rmSync(work, {recursive: true, force: true});
});

describe('the installed package', () => {
	it('ships only what runs', () => {
		const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'});
		const files = (JSON.parse(listing) as Array<{files: Array<{path: string}>}>)[0]?.files.map((file) => file.path) ?? [];
		expect(files).toContain('dist/cli.js');
		expect(files.filter((file) => file.startsWith('test/') || file.startsWith('source/') || file.endsWith('.ts'))).toEqual([]);
	});

	it('answers --version with the package version', () => {
		const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version;
		expect(execFileSync(bin, ['--version'], {encoding: 'utf8'}).trim()).toBe(version);
	});

	it('prints the demo overview without a terminal', () => {
		const home = path.join(work, 'home');
		const output = execFileSync(bin, ['--demo'], {encoding: 'utf8', env: {...process.env, DIRECTOR_REVIEW_HOME: home}, stdio: ['ignore', 'pipe', 'pipe']});
		expect(output).toContain('Firefighting (done)');
		expect(output).toContain('Demo organisation');
		expect(output).not.toMatch(/\u001B/);
	});
});
