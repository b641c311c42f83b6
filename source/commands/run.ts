import {UsageError} from '../config/errors.js';
import {ProviderError} from '../providers/provider.js';
import {TransientFault} from '../providers/retry.js';
import {StoreError} from '../store/errors.js';
import {stripUnsafe} from '../text/sanitize.js';
import {checkFlagsForCommand, checkOptionValues, commands, parseGlobalOptions, type CommandName, type ParsedFlags} from './arguments.js';

/**
 * Runs one command and returns its exit code (cli.md): 0 success, 1 run-time failure,
 * 2 usage or config error. Every failure a user can cause is one line of cause and one
 * of hint on stderr — never a stack trace.
 */
export async function runCommand(input: readonly string[], flags: ParsedFlags, givenFlags: readonly string[], args: readonly string[] = []): Promise<number> {
	try {
		checkOptionValues(args);
		const [first, ...rest] = input;
		const command: CommandName = first === undefined ? 'review' : (commands.find((name) => name === first && availableCommands.has(name)) ?? unknownCommand(first));
		checkFlagsForCommand(command, givenFlags);
		const options = parseGlobalOptions(flags);
		switch (command) {
			case 'review': {
				if (flags.mark || flags.list) {
					if (rest.length > 0) throw new UsageError(`review takes no arguments (got "${rest[0]}")`, 'e.g. director-review review --mark --week last');
					const {runReviewRecord} = await import('./review-record.js');
					return await runReviewRecord(options, {mark: flags.mark ?? false, list: flags.list ?? false});
				}
				const {runReview} = await import('./review.js');
				return await runReview(options);
			}

			case 'backup': {
				const {runBackup} = await import('./backup.js');
				return await runBackup(options, rest);
			}

			case 'restore': {
				const {runRestore} = await import('./restore.js');
				return await runRestore(options, rest, flags.yes ?? false);
			}

			case 'export': {
				const {runExport} = await import('./export.js');
				return await runExport(options, flags);
			}

			case 'sync': {
				const {runSyncCommand} = await import('./sync.js');
				return await runSyncCommand(options, flags);
			}

			case 'init': {
				const {runInit} = await import('./init.js');
				return await runInit(options);
			}

			case 'doctor': {
				const {runDoctor} = await import('./doctor.js');
				return await runDoctor(options);
			}

			case 'tag': {
				const {runTag} = await import('./tag.js');
				return await runTag(options, rest);
			}

			default: {
				return unknownCommand(command);
			}
		}
	} catch (error) {
		return reportError(error);
	}
}

function unknownCommand(name: string): never {
	throw new UsageError(`unknown command "${name}"`, `commands: ${commands.filter((c) => availableCommands.has(c)).join(', ')} — see director-review --help`);
}

/** Commands whose issue has landed; the others stay out of --help and out of dispatch. */
const availableCommands = new Set<CommandName>(['review', 'export', 'tag', 'sync', 'doctor', 'init', 'backup', 'restore']);

/** Run-time failures of our own (store, export, provider) carry a hint for the user. */
function hasHint(error: unknown): error is Error & {hint: string} {
	return error instanceof Error && typeof (error as {hint?: unknown}).hint === 'string';
}

export function reportError(error: unknown): number {
	const line = (text: string) => stripUnsafe(text).replace(/\s+/g, ' ').trim();
	if (error instanceof UsageError) {
		process.stderr.write(`director-review: ${line(error.message)}\n  hint: ${line(error.hint)}\n`);
		return 2;
	}

	if (error instanceof ProviderError || error instanceof StoreError || hasHint(error)) {
		process.stderr.write(`director-review: ${line(error.message)}\n  hint: ${line(error.hint)}\n`);
		return 1;
	}

	if (error instanceof TransientFault) {
		process.stderr.write(`director-review: the tracker kept failing (${line(error.message)})\n  hint: try again later, or pass --offline to use the last synced data\n`);
		return 1;
	}

	// An unexpected failure is a bug: one line, and where to report it — still no stack trace
	// unless asked for.
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`director-review: unexpected error: ${line(message)}\n  hint: rerun with DEBUG=director-review for details, and report it\n`);
	if (process.env['DEBUG']?.includes('director-review') && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
	return 1;
}
