// A program in a pseudo-terminal, timed from the outside: when it was spawned, and when a
// text first appeared on (or a chunk of) its output. The output is kept raw; searches strip
// escape sequences, so colours and cursor moves between words do not hide a text.
import {performance} from 'node:perf_hooks';
import {stripVTControlCharacters} from 'node:util';
import pty from '@lydell/node-pty';
import {benchClockEnv} from './clock.mjs';

export const columns = 100;
export const rows = 30;

export function spawnInPty(args, env = {}, {cwd = process.cwd()} = {}) {
	const childEnv = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined) childEnv[key] = value;
	delete childEnv.NO_COLOR;
	// Every program lives at the bench's clock (clock.mjs), read as it is spawned.
	Object.assign(childEnv, {TERM: 'xterm-256color', ...benchClockEnv(), ...env});
	const startedAt = performance.now();
	const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: columns, rows, cwd, env: childEnv});
	let text = '';
	let chunkWaiter = null;
	const textWaiters = [];
	let exitCode = null;
	const exitWaiters = [];
	child.onData((data) => {
		const at = performance.now();
		text += stripVTControlCharacters(data);
		if (chunkWaiter) {
			const waiter = chunkWaiter;
			chunkWaiter = null;
			waiter(at);
		}

		for (let index = textWaiters.length - 1; index >= 0; index--) {
			const waiter = textWaiters[index];
			if (text.includes(waiter.text, waiter.from)) {
				textWaiters.splice(index, 1);
				waiter.resolve(at);
			}
		}
	});
	child.onExit(({exitCode: code}) => {
		exitCode = code;
		for (const waiter of exitWaiters) waiter(code);
		for (const waiter of textWaiters) waiter.reject(new Error(`exited (${code}) before "${waiter.text}" appeared; output:\n${text.slice(-2000)}`));
	});

	return {
		pid: child.pid,
		startedAt,
		/** Resolves with the time `needle` appeared in the output after the current end of it (or already has, searching from `from`). */
		waitForText(needle, {timeoutMs = 60_000, from = 0} = {}) {
			if (text.includes(needle, from)) return Promise.resolve(performance.now());
			if (exitCode !== null) return Promise.reject(new Error(`exited (${exitCode}); output:\n${text.slice(-2000)}`));
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`"${needle}" did not appear within ${timeoutMs} ms; output:\n${text.slice(-2000)}`)), timeoutMs);
				textWaiters.push({
					text: needle,
					from,
					resolve: (at) => {
						clearTimeout(timer);
						resolve(at);
					},
					reject: (error) => {
						clearTimeout(timer);
						reject(error);
					},
				});
			});
		},
		/**
		 * Writes `keys` and resolves with the milliseconds until the next chunk of output. A press
		 * with no output within `timeoutMs` resolves with `timeoutMs`, a lower bound: on an
		 * overloaded machine the run then reports its keys as missed instead of stopping.
		 */
		pressAndTime(keys, timeoutMs = 5000) {
			return new Promise((resolve) => {
				const timer = setTimeout(() => {
					chunkWaiter = null;
					resolve(timeoutMs);
				}, timeoutMs);
				let sentAt = 0;
				chunkWaiter = (at) => {
					clearTimeout(timer);
					resolve(at - sentAt);
				};
				sentAt = performance.now();
				child.write(keys);
			});
		},
		write(keys) {
			child.write(keys);
		},
		get output() {
			return text;
		},
		exited(timeoutMs = 10_000) {
			if (exitCode !== null) return Promise.resolve(exitCode);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error('did not exit')), timeoutMs);
				exitWaiters.push((code) => {
					clearTimeout(timer);
					resolve(code);
				});
			});
		},
		kill(signal = 'SIGTERM') {
			if (exitCode === null) child.kill(signal);
		},
	};
}

/** Waits, then lets output settle: no chunk for `quietMs`. */
export function quiet(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
