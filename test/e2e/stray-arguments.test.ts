import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

/**
 * A word the command does not take is a usage error (exit 2, one line of cause and a hint),
 * never ignored: `export json` (for `--format json`) wrote the Markdown notes in the current
 * folder and marked the director's notes discussed, `sync now` synced, `review x` printed the
 * overview — each as if the word had not been typed.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');

let home: string;
let cwd: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-home-'));
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-cwd-'));
});

afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
	fs.rmSync(cwd, {recursive: true, force: true});
});

function run(args: readonly string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {cwd, env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'}, encoding: 'utf8', timeout: 60_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('a word a command does not take', () => {
	it.each([
		[['export', 'json', '--demo']],
		[['export', '--demo', '--format', 'json', 'last']],
		[['sync', 'now', '--demo']],
		[['doctor', 'x', '--demo']],
		[['review', 'x', '--demo']],
		[['init', 'linear']],
	])('%j is a usage error naming the word, and does nothing', (args) => {
		const result = run(args);
		expect(result.code, result.stderr).toBe(2);
		const word = args.find((arg, index) => index > 0 && !arg.startsWith('-') && args[index - 1] !== '--format');
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines[0]).toContain(`"${word}"`);
		expect(lines[1]).toMatch(/^ {2}hint: /);
		expect(lines).toHaveLength(2);
		expect(result.stdout).toBe('');
		expect(fs.readdirSync(cwd)).toEqual([]);
		// Refused before anything ran: no store was opened, no sync made.
		expect(fs.existsSync(path.join(home, 'director-review.db'))).toBe(false);
	});
});

describe('a short option', () => {
	it('-h answers as --help does, for the bare command and a command', () => {
		for (const args of [['-h'], ['export', '-h']]) {
			const result = run(args);
			expect(result.code, result.stderr).toBe(0);
			expect(result.stdout).toContain('Usage');
			expect(result.stderr).toBe('');
		}
	});

	it('one the tool does not take is named as typed (-x, not --x): exit 2 and a hint', () => {
		const result = run(['--demo', '-x']);
		expect(result.code).toBe(2);
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines[0]).toBe('director-review: -x does not apply to the dashboard');
		expect(lines[1]).toMatch(/^ {2}hint: /);
		expect(lines).toHaveLength(2);
		expect(result.stdout).toBe('');
	});
});
