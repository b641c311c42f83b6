import {createRequire} from 'node:module';
import path from 'node:path';
import {spawn, type IPty} from '@lydell/node-pty';
import type * as XtermHeadless from '@xterm/headless';

// @xterm/headless ships CommonJS only.
const require = createRequire(import.meta.url);
const {Terminal} = require('@xterm/headless') as typeof XtermHeadless;

export const cliPath = path.resolve(import.meta.dirname, '../../dist/cli.js');

export interface TerminalSession {
	/** The visible screen as text, one line per row, trailing spaces trimmed. */
	screen(): string;
	/** Every byte the CLI wrote so far, escape sequences included. */
	raw(): string;
	/**
	 * The rows of the visible screen that continue the row above (text that ran past the
	 * right edge and wrapped, drawing over the next line): none on a screen without overlap.
	 */
	wrappedRows(): number[];
	/** Types keys (raw input: 'j', '\r' for Enter, '\u001B' for Esc, '\u001B[A' for ↑). */
	press(keys: string): Promise<void>;
	/** Resolves once the screen contains `text` (or matches), else rejects after `timeoutMs` with the screen. */
	waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
	resize(columns: number, rows: number): void;
	/** Resolves with the exit code. */
	exited(timeoutMs?: number): Promise<number>;
	kill(signal?: string): void;
	readonly pid: number;
}

export interface StartOptions {
	readonly args: readonly string[];
	readonly columns?: number;
	readonly rows?: number;
	readonly env?: Record<string, string>;
	readonly cwd?: string;
}

/**
 * Starts the built CLI in a real pseudo-terminal and keeps an xterm screen of what it
 * draws, so tests read the screen the way a person does.
 */
export function startCli(options: StartOptions): TerminalSession {
	const columns = options.columns ?? 100;
	const rows = options.rows ?? 30;
	const terminal = new Terminal({cols: columns, rows, allowProposedApi: true});
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
	delete env['NO_COLOR'];
	Object.assign(env, {TERM: 'xterm-256color', CI: 'true', ...options.env});
	const pty: IPty = spawn(process.execPath, [cliPath, ...options.args], {name: 'xterm-256color', cols: columns, rows, cwd: options.cwd ?? process.cwd(), env});
	let exitCode: number | null = null;
	const exitListeners: Array<(code: number) => void> = [];
	const output: string[] = [];
	pty.onData((data) => {
		output.push(data);
		terminal.write(data);
	});
	pty.onExit(({exitCode: code}) => {
		exitCode = code;
		for (const listener of exitListeners) listener(code);
	});

	const flush = () => new Promise<void>((resolve) => terminal.write('', resolve));
	/** Resolves once no output has arrived for a while (after an exit: all of it read), then flushes the terminal. */
	const outputSettled = async () => {
		for (let seen = -1; seen !== output.length; ) {
			seen = output.length;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		await flush();
	};
	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return lines.join('\n');
	};

	return {
		pid: pty.pid,
		screen,
		wrappedRows() {
			const buffer = terminal.buffer.active;
			const rows: number[] = [];
			for (let row = 0; row < terminal.rows; row++) if (buffer.getLine(buffer.viewportY + row)?.isWrapped) rows.push(row);
			return rows;
		},
		raw: () => output.join(''),
		async press(keys: string) {
			pty.write(keys);
			await new Promise((resolve) => setTimeout(resolve, 60));
			await flush();
		},
		async waitFor(text: string | RegExp | ((screen: string) => boolean), timeoutMs = 10_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				await flush();
				const current = screen();
				if (typeof text === 'string' ? current.includes(text) : typeof text === 'function' ? text(current) : text.test(current)) return current;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof text === 'function' ? 'a condition' : String(text)}; screen:\n${current}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		resize(newColumns: number, newRows: number) {
			pty.resize(newColumns, newRows);
			terminal.resize(newColumns, newRows);
		},
		async exited(timeoutMs = 10_000) {
			const code =
				exitCode ??
				(await new Promise<number>((resolve, reject) => {
					const timer = setTimeout(() => reject(new Error(`no exit within ${timeoutMs} ms; screen:\n${screen()}`)), timeoutMs);
					exitListeners.push((code) => {
						clearTimeout(timer);
						resolve(code);
					});
				}));
			// The pty can report the exit before the last of the output has been read (under load, the
			// error line a program writes just before it exits): the screen is read once the output has
			// gone quiet and the terminal has taken all of it in.
			await outputSettled();
			return code;
		},
		kill(signal = 'SIGTERM') {
			pty.kill(signal);
		},
	};
}
