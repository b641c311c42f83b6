import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

/**
 * `doctor` exits as cli.md classes its failures: 2 for a usage or config error (an invalid
 * config, no provider, missing credentials: what the user fixes in the config), 1 for a
 * failure at run time (the tracker unreachable). It exited 1 for all of them, so a script
 * could not tell "fix the config" from "the network is down" — the bare command and `sync`
 * with the same config exit 2.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');

let home: string;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-doctor-'));
});

afterEach(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

function run(args: readonly string[], env: Record<string, string> = {}) {
	const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LINEAR_|JIRA_|DIRECTOR_REVIEW_)/.test(name)));
	const result = spawnSync(process.execPath, [cli, ...args], {env: {...clean, ...env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'}, encoding: 'utf8', timeout: 60_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

function writeConfig(config: unknown): void {
	fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify(config));
}

describe('doctor’s exit code', () => {
	it('is 2 for an invalid config, as every other command says it', () => {
		writeConfig({provider: 'jira', trendWeeks: 'eight'});
		const doctor = run(['doctor']);
		const bare = run([]);
		expect(bare.code).toBe(2);
		expect(doctor.stdout).toContain('✗ config: invalid config: trendWeeks');
		expect(doctor.code).toBe(2);
	});

	it('is 2 with no provider configured', () => {
		const doctor = run(['doctor']);
		expect(doctor.stdout).toContain('✗ provider: none configured');
		expect(doctor.code).toBe(2);
	});

	it('is 2 when the credentials are missing from the config and the environment', () => {
		writeConfig({provider: 'jira'});
		const doctor = run(['doctor']);
		expect(doctor.stdout).toContain('✗ credentials: no Jira base URL');
		expect(doctor.code).toBe(2);
	});

	it('is 1 when the tracker cannot be reached (a run-time failure)', () => {
		writeConfig({provider: 'jira', jira: {baseUrl: 'http://127.0.0.1:9'}});
		const doctor = run(['doctor'], {JIRA_PAT: 'not-a-real-token'});
		expect(doctor.stdout).toContain('✗ credentials:');
		expect(doctor.code).toBe(1);
	});

	it('is 0 when every check passes', () => {
		const doctor = run(['doctor', '--demo']);
		expect(doctor.stdout).not.toContain('✗');
		expect(doctor.code).toBe(0);
	});
});
