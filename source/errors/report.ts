import {toTerminalLine} from '../text/sanitize.js';
import {AppError, type ExitCode} from './app-error.js';
import {redactSecrets} from './secrets.js';

export interface ReportOptions {
	/** The hint under an unexpected error (a bug); the TUI adds that the tags are saved. */
	readonly bugHint?: string;
	readonly env?: NodeJS.ProcessEnv;
}

export const defaultBugHint = 'rerun with DEBUG=director-review for details, and report it';

/**
 * What the user reads for a failure, and the exit code: an `AppError` as its one-line
 * cause and hint, always (it is no bug: a stack would only bury the hint); anything else as
 * a bug — one line and where to go next, never a stack trace unless DEBUG=director-review
 * asks for it.
 */
export function describeError(error: unknown, {bugHint = defaultBugHint, env = process.env}: ReportOptions = {}): {readonly text: string; readonly exitCode: ExitCode} {
	if (error instanceof AppError) {
		return {text: `director-review: ${toTerminalLine(error.reportedMessage)}\n  hint: ${toTerminalLine(error.hint)}\n`, exitCode: error.exitCode};
	}
	const trace = debugTrace(error, env);
	const message = error instanceof Error ? error.message : String(error);
	return {text: `director-review: unexpected error: ${toTerminalLine(message)}\n  hint: ${toTerminalLine(bugHint)}\n${trace}`, exitCode: 1};
}

/** Writes the report to stderr and returns the exit code: the one reporter of the commands and the TUI. */
export function reportError(error: unknown, options: ReportOptions = {}): ExitCode {
	const {text, exitCode} = describeError(error, options);
	process.stderr.write(redactSecrets(text));
	return exitCode;
}

/** The error's stack and its causes' when DEBUG=director-review asks for them, else nothing: for a warning as for a failure. */
export function debugTrace(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
	return env['DEBUG']?.includes('director-review') ? stackOf(error) : '';
}

function stackOf(error: unknown): string {
	const stacks: string[] = [];
	for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
		stacks.push(`${depth === 0 ? '' : 'caused by: '}${current.stack ?? current.message}`);
	}
	return stacks.length === 0 ? '' : `${stacks.join('\n')}\n`;
}

/** One line for a screen's status or failure line: "cause — hint" for an `AppError`, the message of anything else. */
export function errorLine(error: unknown): string {
	if (error instanceof AppError) return redactSecrets(toTerminalLine(`${error.reportedMessage} — ${error.hint}`));
	return redactSecrets(toTerminalLine(error instanceof Error ? error.message : String(error)));
}
