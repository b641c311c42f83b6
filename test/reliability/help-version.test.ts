import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {makeHome, removeHomes, runCli} from './cli.js';

/**
 * --help and --version answer wherever they stand on the line, with a command or other
 * flags beside them, and never run the command (with no config, the command would fail).
 */

afterAll(() => {
	removeHomes();
});

const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {version: string}).version;

describe('--help and --version anywhere on the line', () => {
	it.each([[['--help']], [['export', '--help']], [['sync', '--full', '--help']], [['--demo', '--help']]])('%j prints the help and exits 0', async (args) => {
		const result = await runCli(args, {home: makeHome()});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Exit codes');
		expect(result.stderr).toBe('');
	});

	it.each([[['--version']], [['--demo', '--version']], [['export', '--version']]])('%j prints the version and exits 0', async (args) => {
		const result = await runCli(args, {home: makeHome()});
		expect(result.code).toBe(0);
		expect(result.stdout.trim()).toBe(version);
	});
});
