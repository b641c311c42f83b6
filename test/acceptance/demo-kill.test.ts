import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cleanEnv, cliPath, integrityCheck, makeHome, runCli} from './contract.js';

/**
 * `director-review --demo` killed with SIGKILL while it writes the demo org into a fresh
 * store (no TTY: the plain overview) leaves a store that passes integrity_check and that
 * the next run loads: `export --demo --format json --week last --out -` exits 0.
 */

const homes: string[] = [];
/** Delays at which the process was still running when killed. */
const killedWhileRunning: number[] = [];

afterAll(() => {
	for (const home of homes) fs.rmSync(home, {recursive: true, force: true});
});

/** Starts the bare demo command and SIGKILLs it after `delayMs`; says whether it was still running. */
async function killDemoAfter(home: string, delayMs: number): Promise<{killed: boolean}> {
	const child = spawn(process.execPath, [cliPath, '--demo'], {cwd: home, env: cleanEnv(home), stdio: ['pipe', 'ignore', 'ignore']});
	child.stdin.end();
	let exited = false;
	const closed = new Promise<void>((resolve) => {
		child.on('close', () => {
			exited = true;
			resolve();
		});
	});
	await new Promise((resolve) => setTimeout(resolve, delayMs));
	const killed = !exited && child.kill('SIGKILL');
	await closed;
	return {killed};
}

// A fresh `--demo` run takes ≈0.75 s on an idle 2-core machine (start ≈0.3 s, then the org
// is generated and written): most delays fall inside it, a few after it under load.
const delays = [150, 300, 400, 500, 600, 700, 900, 1300];

describe('SIGKILL while the demo org is written', () => {
	it.each(delays)('killed after %i ms: the store passes integrity_check and loads again', {timeout: 90_000}, async (delayMs) => {
		const home = makeHome();
		homes.push(home);
		const {killed} = await killDemoAfter(home, delayMs);
		if (killed) killedWhileRunning.push(delayMs);
		const file = path.join(home, 'director-review.db');
		if (fs.existsSync(file)) {
			expect(integrityCheck(file), `killed=${String(killed)}`).toBe('ok');
		}
		const next = await runCli(['export', '--demo', '--format', 'json', '--week', 'last', '--out', '-'], home);
		expect(next.code, next.stderr).toBe(0);
		expect((JSON.parse(next.stdout) as {schemaVersion: number}).schemaVersion).toBe(2);
	});

	it('most kills above landed while the demo was still running, not after it had finished', () => {
		// Without this, every kill could come after a finished run and the test would prove nothing.
		expect(killedWhileRunning.length, killedWhileRunning.join(', ')).toBeGreaterThanOrEqual(4);
	});
});
