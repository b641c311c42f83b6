#!/usr/bin/env -S node --max-semi-space-size=8
// The entry point stays thin (STYLE.md §1): parse, pick the command, hand off.
// NO_COLOR must be seen before chalk (inside ink) is first imported, so ink is imported
// lazily by the commands that render.
if (process.env['NO_COLOR']) process.env['FORCE_COLOR'] = '0';
// React's development build is several times slower and is for debugging React itself.
process.env['NODE_ENV'] ??= 'production';

import meow from 'meow';
import {helpText} from './source/commands/help.js';
import {runCommand} from './source/commands/run.js';
import {parsedArguments, toleratePipeClosed} from './source/commands/entry-guards.js';

toleratePipeClosed();

// yargs-parser (inside meow) reads the "-" of `--out -` as a positional and leaves --out
// empty; `--out=-` it keeps, so the two spellings are made one before parsing.
const argv: string[] = [];
for (const arg of process.argv.slice(2)) {
	if (arg === '-' && argv.at(-1) === '--out') argv[argv.length - 1] = '--out=-';
	else argv.push(arg);
}

const cli = parsedArguments(() =>
	meow(helpText, {
		importMeta: import.meta,
		// The help text says what the tool is; meow would print package.json's description too.
		description: false,
		argv,
		allowUnknownFlags: true,
		flags: {
			demo: {type: 'boolean'},
			provider: {type: 'string'},
			week: {type: 'string'},
			offline: {type: 'boolean'},
			home: {type: 'string'},
			demoWeek: {type: 'string'},
			full: {type: 'boolean'},
			format: {type: 'string'},
			report: {type: 'string', isMultiple: true},
			leadership: {type: 'boolean'},
			out: {type: 'string'},
			force: {type: 'boolean'},
			mark: {type: 'boolean'},
			list: {type: 'boolean'},
			yes: {type: 'boolean'},
			schema: {type: 'string'},
			detail: {type: 'string'},
		},
	}),
);

// The flags the user typed (meow fills in defaults for the others), in camelCase. A short
// one keeps its dash, so a refusal names it as typed (-x, not --x); -h is --help, as everywhere.
const typedFlags = process.argv
	.slice(2)
	.filter((arg) => arg.startsWith('-') && arg !== '-' && arg !== '--')
	.map((arg) => (/^-[^-]/.test(arg) ? (arg === '-h' ? 'help' : arg.split('=')[0] ?? arg) : longFlagName(arg)));

function longFlagName(arg: string): string {
	const name = arg.replace(/^-+/, '').split('=')[0] ?? '';
	return name.replace(/^no-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

// meow answers --help and --version only when they stand alone; `director-review export
// --help` or `--demo --version` must answer them too, never run the command.
if (typedFlags.includes('help')) cli.showHelp(0);
if (typedFlags.includes('version')) cli.showVersion();

process.exitCode = await runCommand(cli.input, cli.flags, typedFlags, process.argv.slice(2));
