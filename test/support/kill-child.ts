import {spawn} from 'node:child_process';
import {expect} from 'vitest';

/**
 * Runs a writer script in a child Node process until it has said `readyAfter` of the lines
 * starting with `marker`, lets it go on for `extraMs`, then kills it with SIGKILL: a crash at
 * an arbitrary moment. Returns the whole lines it said; a line cut short by the kill was not said.
 *
 * With `killWhen`, the kill waits (after `extraMs`, up to `killWhen.withinMs`) until the
 * predicate holds, polled as often as the event loop allows: a crash at a chosen moment, such
 * as while a file's journal is being written, which set delays hit only by luck on a busy machine.
 */
export async function runAndKill(script: string, parameters: readonly string[], marker: string, readyAfter: number, extraMs: number, killWhen?: {holds: () => boolean; withinMs: number}): Promise<string[]> {
	const child = spawn(process.execPath, [script, ...parameters], {stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.split('\n').filter((line) => line.startsWith(marker)).length >= readyAfter) resolve();
		});
		child.once('exit', () => reject(new Error(`the writer exited on its own: ${errors}`)));
	});
	await new Promise((resolve) => setTimeout(resolve, extraMs));
	if (killWhen) await until(killWhen.holds, Date.now() + killWhen.withinMs);
	child.kill('SIGKILL');
	expect(await exited).toBe('SIGKILL');
	return output.slice(0, output.lastIndexOf('\n')).split('\n');
}

async function until(holds: () => boolean, deadline: number): Promise<void> {
	while (!holds() && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
}
