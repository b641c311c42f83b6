import {UsageError} from '../errors/app-error.js';
import {echoedValue} from '../text/sanitize.js';
import {reportError} from '../errors/report.js';
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
		if (!takesArguments.has(command)) refuseArguments(command, rest);
		const options = parseGlobalOptions(flags);
		switch (command) {
			case 'review': {
				if (flags.mark || flags.list) {
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

/** Commands that read words after their name; the others refuse one rather than run as if it were not typed. */
const takesArguments = new Set<CommandName>(['tag', 'backup', 'restore']);

/** `export json` (for `--format json`) would write Markdown notes where the user meant JSON: a usage error, not a silent default. */
function refuseArguments(command: CommandName, rest: readonly string[]): void {
	const [word] = rest;
	if (word === undefined) return;
	const name = `director-review ${command}`;
	const example = command === 'export' ? 'director-review export --format json --week last' : command === 'review' ? 'director-review review --mark --week last' : `${name} --help`;
	throw new UsageError(`${name} takes no argument "${echoedValue(word)}"`, `options start with --, e.g. ${example}`);
}

function unknownCommand(name: string): never {
	throw new UsageError(`unknown command "${echoedValue(name)}"`, `commands: ${commands.filter((c) => availableCommands.has(c)).join(', ')} — see director-review --help`);
}

/** Commands whose issue has landed; the others stay out of --help and out of dispatch. */
const availableCommands = new Set<CommandName>(['review', 'export', 'tag', 'sync', 'doctor', 'init', 'backup', 'restore']);
