/**
 * The one error model (in the spirit of Shopify cli-kit's FatalError / AbortError /
 * BugError). A failure the user can act on is an `AppError`: one line of cause, one line
 * of hint, the exit code cli.md gives its kind, and what caused it. Anything thrown that
 * is not an `AppError` is a bug, and `reportError` says so. Plain TypeScript with no
 * imports, so every floor (providers, store, review, export, commands, ui) may use it.
 */

/** cli.md: 1 failure at run time (network, auth, API, disk), 2 usage or config error. */
export type ExitCode = 1 | 2;

export abstract class AppError extends Error {
	abstract readonly exitCode: ExitCode;

	constructor(
		message: string,
		readonly hint: string,
		options?: ErrorOptions,
	) {
		super(message, options);
		this.name = new.target.name;
	}

	/** The cause line as the user reads it; a kind may word it differently from its message. */
	get reportedMessage(): string {
		return this.message;
	}
}

/** A problem the user fixes in their command line or config: exit 2. */
export class UsageError extends AppError {
	readonly exitCode = 2;
}

/**
 * A file a command would write is already there and --force was not given (an existing
 * file is never overwritten without it, cli.md): exit 2 like a usage error, but its own
 * kind, so a screen can offer to replace the files instead of failing.
 */
export class FileExistsError extends AppError {
	readonly exitCode = 2;

	constructor(
		readonly files: readonly string[],
		message: string,
		hint: string,
	) {
		super(message, hint);
	}
}

/** A failure at run time (network, auth, API, disk, a busy or damaged store): exit 1. */
export class RunTimeError extends AppError {
	readonly exitCode = 1;
}
