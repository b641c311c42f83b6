import {spawnSync} from 'node:child_process';
import {expect} from 'vitest';
import {cliPath} from './terminal.js';

/**
 * The built CLI on the demo org with its clock pinned (DIRECTOR_REVIEW_DEMO_NOW) at Fri 4 Dec
 * 2026 19:00 UTC: Acme's office hours are over, so no story moves in the minutes a test's steps
 * take. Each step names its minute after the pin, so every run sees the same data.
 */
export const pinnedFriday = Date.parse('2026-12-04T19:00:00Z');

/** The environment of a run at `minutes` past the pinned Friday: no colour, UTC. */
export function demoEnv(minutes: number): Record<string, string> {
	return {NO_COLOR: '1', TZ: 'UTC', DIRECTOR_REVIEW_DEMO_NOW: new Date(pinnedFriday + minutes * 60_000).toISOString()};
}

export interface DemoRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the CLI with `args` on the demo org in `home` at `minutes` past the pinned Friday, `demoWeek` weeks on; nothing on stdin. */
export function runDemoCli(home: string, minutes: number, args: readonly string[], demoWeek = 0): DemoRun {
	const result = spawnSync(process.execPath, [cliPath, ...args, '--demo', '--demo-week', String(demoWeek), '--home', home], {
		encoding: 'utf8',
		input: '',
		env: {...process.env, ...demoEnv(minutes)},
		timeout: 120_000,
		maxBuffer: 64 * 1024 * 1024,
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** As runDemoCli, and the run must exit 0 (else the test fails with its stderr): its stdout. */
export function demoCli(home: string, minutes: number, args: readonly string[], demoWeek = 0): string {
	const result = runDemoCli(home, minutes, args, demoWeek);
	expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
	return result.stdout;
}
