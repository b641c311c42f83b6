import {UsageError} from '../errors/app-error.js';
import {reportError} from '../errors/report.js';

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

/**
 * A reader that stops reading (`--out - | head`) closes the pipe: what is left is dropped and
 * the command runs to its end (a review frozen, the store closed), never an unhandled EPIPE.
 */
export function toleratePipeClosed(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') process.exitCode = reportError(error);
	});
}
