import {UsageError} from '../config/errors.js';
import type {ProviderName} from '../domain/types.js';

export type CommandName = 'review' | 'export' | 'tag' | 'sync' | 'init' | 'doctor';

export const commands: readonly CommandName[] = ['export', 'tag', 'sync', 'init', 'doctor'];

export interface GlobalOptions {
	readonly provider: ProviderName | undefined;
	readonly week: string | undefined;
	readonly offline: boolean;
	readonly home: string | undefined;
}

export interface ExportOptions {
	readonly format: 'md' | 'json' | 'csv';
	readonly reports: readonly string[];
	readonly leadership: boolean;
	readonly out: string | undefined;
	readonly force: boolean;
	/** JSON schemaVersion: 2 (default) or 1 for the old shape. */
	readonly schema: 1 | 2;
}

export interface ParsedFlags {
	readonly demo?: boolean;
	readonly provider?: string;
	readonly week?: string;
	readonly offline?: boolean;
	readonly home?: string;
	readonly full?: boolean;
	readonly format?: string;
	readonly report?: string[];
	readonly leadership?: boolean;
	readonly out?: string;
	readonly force?: boolean;
	readonly schema?: string;
}

/** Which flags each command takes beyond the global ones; anything else is a usage error. */
const commandFlags: Record<CommandName, readonly string[]> = {
	review: [],
	export: ['format', 'report', 'leadership', 'out', 'force', 'schema'],
	tag: [],
	sync: ['full'],
	init: [],
	doctor: [],
};

export const globalFlagNames = ['demo', 'provider', 'week', 'offline', 'home', 'help', 'version'];

export function checkFlagsForCommand(command: CommandName, given: readonly string[]): void {
	const allowed = new Set([...globalFlagNames, ...commandFlags[command]]);
	for (const flag of given) {
		if (!allowed.has(flag)) {
			const owner = (Object.keys(commandFlags) as CommandName[]).find((name) => commandFlags[name].includes(flag));
			throw new UsageError(
				`--${kebab(flag)} does not apply to ${command === 'review' ? 'the dashboard' : `"${command}"`}`,
				owner ? `it belongs to "director-review ${owner}"` : 'see director-review --help',
			);
		}
	}
}

export function parseGlobalOptions(flags: ParsedFlags): GlobalOptions {
	let provider: ProviderName | undefined;
	if (flags.provider !== undefined) {
		if (flags.provider !== 'linear' && flags.provider !== 'jira' && flags.provider !== 'demo') {
			throw new UsageError(`unknown provider "${flags.provider}"`, 'use --provider linear, jira or demo');
		}
		provider = flags.provider;
	}
	if (flags.demo) {
		if (provider !== undefined && provider !== 'demo') throw new UsageError(`--demo contradicts --provider ${provider}`, 'pass one of them');
		provider = 'demo';
	}
	return {provider, week: flags.week, offline: flags.offline ?? false, home: flags.home};
}

export function parseExportOptions(flags: ParsedFlags): ExportOptions {
	const format = flags.format ?? 'md';
	if (format !== 'md' && format !== 'json' && format !== 'csv') {
		throw new UsageError(`unknown export format "${format}"`, 'use --format md, json or csv');
	}
	const schema = flags.schema === undefined ? 2 : flags.schema === '1' ? 1 : flags.schema === '2' ? 2 : null;
	if (schema === null) throw new UsageError(`unknown JSON schema "${flags.schema}"`, 'use --schema 2 (the default) or --schema 1 for the version 1 shape');
	if (flags.schema !== undefined && format !== 'json') throw new UsageError('--schema applies to JSON exports only', 'add --format json, or drop --schema');
	return {format, reports: flags.report ?? [], leadership: flags.leadership ?? false, out: flags.out, force: flags.force ?? false, schema};
}

/** Options that take a value (cli.md: given without one, a usage error, never a silent default). */
export const valuedFlags: readonly string[] = ['provider', 'week', 'home', 'format', 'report', 'out', 'schema'];

/**
 * The first option in the command line given without its value: `--out` last, `--out=`, or
 * `--week --offline` (the next word is another option). `--out -` is a value (stdout).
 */
export function optionWithoutValue(args: readonly string[]): string | null {
	for (const [index, arg] of args.entries()) {
		const match = /^--([a-z-]+)(=(.*))?$/.exec(arg);
		if (!match?.[1]) continue;
		const name = match[1].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
		if (!valuedFlags.includes(name)) continue;
		if (match[2] !== undefined) {
			if ((match[3] ?? '').trim() === '') return match[1];
			continue;
		}
		const next = args[index + 1];
		if (next === undefined || next.trim() === '' || (next.startsWith('-') && next !== '-')) return match[1];
	}
	return null;
}

export function checkOptionValues(args: readonly string[]): void {
	const missing = optionWithoutValue(args);
	if (missing !== null) throw new UsageError(`--${missing} needs a value`, missing === 'out' ? 'pass --out DIR, or --out - for stdout' : 'see director-review --help');
}

function kebab(name: string): string {
	return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
