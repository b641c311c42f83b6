import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect} from 'vitest';

/**
 * Runs the built CLI (dist/cli.js) as a child process, the way a user or a script does.
 * Always asynchronous: the fakes answer from this same process, so a blocking spawn would
 * starve them.
 */

export const cliPath = path.resolve(import.meta.dirname, '../../dist/cli.js');

export interface CliResult {
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
	readonly ms: number;
}

export interface RunOptions {
	readonly home: string;
	readonly env?: Record<string, string>;
	/** Kill the child (and fail the result) after this long: a hang must show as a failure, not stall the suite. */
	readonly timeoutMs?: number;
	readonly cwd?: string;
	readonly input?: string;
}

/** The parent's environment without anything that could reach a real tracker or carry a real secret. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined) continue;
		if (/^(LINEAR_|JIRA_|DIRECTOR_REVIEW_|DEBUG$|FORCE_COLOR$)/.test(key)) continue;
		env[key] = value;
	}

	return {...env, NO_COLOR: '1', DIRECTOR_REVIEW_HOME: home, ...extra};
}

export function startCli(args: readonly string[], options: RunOptions): ChildProcess {
	return spawn(process.execPath, [cliPath, ...args], {cwd: options.cwd ?? options.home, env: cleanEnv(options.home, options.env), stdio: ['pipe', 'pipe', 'pipe']});
}

export async function runCli(args: readonly string[], options: RunOptions): Promise<CliResult> {
	const started = Date.now();
	const child = startCli(args, options);
	let stdout = '';
	let stderr = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	child.stdin?.end(options.input ?? '');
	const timeoutMs = options.timeoutMs ?? 120_000;
	const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
		child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
	});
	clearTimeout(timer);
	return {code, signal, stdout, stderr, ms: Date.now() - started};
}

const homes: string[] = [];

/** A fresh home folder holding `config` as config.json (nothing when undefined). */
export function makeHome(config?: unknown): string {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-rel-'));
	homes.push(home);
	if (config !== undefined) fs.writeFileSync(path.join(home, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, '\t'));
	return home;
}

export function removeHomes(): void {
	for (const home of homes.splice(0)) fs.rmSync(home, {recursive: true, force: true});
}

/** stderr's non-empty lines. */
export function lines(text: string): string[] {
	return text.split('\n').filter((line) => line.trim() !== '');
}

export interface CleanFailure {
	readonly code: number;
	/** What the first line must say (the cause). */
	readonly cause: RegExp;
	/** Names the provider, e.g. /Linear/. */
	readonly names?: RegExp;
	readonly secrets?: readonly string[];
}

/**
 * A failure a user can act on: the right exit code, at most three lines on stderr, a
 * cause and a hint, no stack trace, no secret anywhere in the output.
 */
export function expectCleanFailure(result: CliResult, expected: CleanFailure): void {
	const context = `exit ${String(result.code)} signal ${String(result.signal)} after ${result.ms} ms\nstderr:\n${result.stderr}\nstdout:\n${result.stdout.slice(0, 2000)}`;
	expect(result.signal, context).toBeNull();
	expect(result.code, context).toBe(expected.code);
	// Progress on stderr is not the failure: "sync: 120/500 tickets", and the notices of a request tried again ("sync: Jira answered 503 …; trying again in 2 s (retry 1)").
	const errorLines = lines(result.stderr).filter((line) => !/^sync: (\d+|.*; trying again in \d+ s \(retry \d+\)$)/.test(line));
	expect(errorLines.length, context).toBeGreaterThan(0);
	expect(errorLines.length, context).toBeLessThanOrEqual(3);
	expect(result.stderr, context).not.toMatch(/^\s+at /m);
	expect(result.stderr, context).toMatch(/hint:/);
	expect(errorLines.join('\n'), context).toMatch(expected.cause);
	if (expected.names) expect(errorLines.join('\n'), context).toMatch(expected.names);
	expectNoSecrets(`${result.stdout}\n${result.stderr}`, expected.secrets ?? []);
}

export function expectNoSecrets(text: string, secrets: readonly string[]): void {
	for (const secret of secrets) {
		if (secret === '') continue;
		expect(text.includes(secret), `a secret (${secret.slice(0, 4)}…) appears in the output`).toBe(false);
	}
}

/** "…; 120 in the store" from a successful sync's summary line. */
export function storedCount(result: CliResult): number | null {
	const match = /; (\d+) in the store/.exec(result.stderr);
	return match ? Number(match[1]) : null;
}

/** Runs `tasks` with at most `limit` at a time (2 cores: too many node processes at once only queue). */
export async function inParallel<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
	const results: T[] = Array.from({length: tasks.length});
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next++;
			results[index] = await tasks[index]!();
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, tasks.length)}, worker));
	return results;
}
