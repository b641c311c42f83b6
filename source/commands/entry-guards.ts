import {UsageError} from '../errors/app-error.js';
import {reportError} from '../errors/report.js';
import {stdoutWriteError} from '../export/write-files.js';

/**
 * meow refuses a one-value flag given twice (`--week a --week b`) by throwing: a usage error,
 * said in one line and exit 2 like any other, never a stack trace.
 */
export function parsedArguments<T>(parse: () => T): T {
	try {
		return parse();
	} catch (error) {
		const flag = /--([\w-]+) can only be set once/.exec(error instanceof Error ? error.message : '')?.[1];
		if (flag === undefined) throw error;
		const name = flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
		process.exit(reportError(new UsageError(`--${name} given more than once`, `give --${name} once (only --report repeats)`)));
	}
}

/** Write errors writeToStdout has said already: the stream emits each once more, as 'error'. */
const reported = new WeakSet<Error>();

/**
 * A reader that stops reading (`--out - | head`) closes the pipe: what is left is dropped and
 * the command runs to its end (a review frozen, the store closed), never an unhandled EPIPE.
 * Any other failed write (a full disk under a redirect) is a run-time failure in one line.
 */
export function toleratePipeClosed(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE' && !reported.has(error)) process.exitCode = reportError(stdoutWriteError(error));
	});
}

/**
 * Writes to stdout and waits until it is written: resolves when the reader went away (EPIPE,
 * as above), rejects with the one-line failure when the write failed otherwise.
 */
export async function writeToStdout(content: string): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		process.stdout.write(content, (error?: NodeJS.ErrnoException | null) => {
			if (!error) return resolve();
			reported.add(error);
			if (error.code === 'EPIPE') resolve();
			else reject(stdoutWriteError(error));
		});
	});
}
