import {UsageError} from '../errors/app-error.js';
import {echoedValue} from '../text/sanitize.js';
import type {ProviderName} from '../domain/types.js';
import type {ExportOptions} from '../export/export-options.js';

export type CommandName = 'review' | 'export' | 'tag' | 'sync' | 'init' | 'doctor' | 'backup' | 'restore';

export const commands: readonly CommandName[] = ['review', 'export', 'tag', 'sync', 'init', 'doctor', 'backup', 'restore'];

export interface GlobalOptions {
	readonly provider: ProviderName | undefined;
	readonly week: string | undefined;
	readonly offline: boolean;
	readonly home: string | undefined;
	/** The demo's clock, this many weeks after today (--demo-week or DIRECTOR_REVIEW_DEMO_WEEK). */
	readonly demoWeek: number;
	/** The instant the demo's clock starts at (DIRECTOR_REVIEW_DEMO_NOW), or null for the machine's clock: for tests and reproducible demos. */
	readonly demoNow?: number | null;
}

export interface ParsedFlags {
	readonly demo?: boolean;
	readonly provider?: string;
	readonly week?: string;
	readonly offline?: boolean;
	readonly home?: string;
	readonly demoWeek?: string;
	readonly full?: boolean;
	readonly format?: string;
	readonly report?: string[];
	readonly leadership?: boolean;
	readonly out?: string;
	readonly force?: boolean;
	readonly mark?: boolean;
	readonly list?: boolean;
	readonly yes?: boolean;
	readonly schema?: string;
	readonly detail?: string;
}

/** Which flags each command takes beyond the global ones; anything else is a usage error. */
const commandFlags: Record<CommandName, readonly string[]> = {
	review: ['mark', 'list'],
	export: ['format', 'report', 'leadership', 'out', 'force', 'schema', 'detail'],
	tag: [],
	sync: ['full'],
	init: [],
	doctor: [],
	backup: [],
	restore: ['yes'],
};

export const globalFlagNames = ['demo', 'provider', 'week', 'offline', 'home', 'demoWeek', 'help', 'version'];

export function checkFlagsForCommand(command: CommandName, given: readonly string[]): void {
	const allowed = new Set([...globalFlagNames, ...commandFlags[command]]);
	for (const flag of given) {
		if (!allowed.has(flag)) {
			const owner = (Object.keys(commandFlags) as CommandName[]).find((name) => commandFlags[name].includes(flag));
			throw new UsageError(
				`${flag.startsWith('-') ? echoedValue(flag) : `--${echoedValue(kebab(flag))}`} does not apply to ${command === 'review' ? 'the dashboard' : `"${command}"`}`,
				owner ? `it belongs to "director-review ${owner}"` : 'see director-review --help',
			);
		}
	}
}

/** Weeks the demo's clock may run ahead of today: about a year of Fridays. */
export const maxDemoWeeks = 52;

/**
 * The demo's clock moves a week at a time, so a new user can review one Friday, move on a
 * week, sync and see what changed since. Only the demo: a real tracker has one now.
 */
export function parseDemoWeek(value: string | undefined, provider: ProviderName | undefined, name = '--demo-week'): number {
	if (value === undefined) return 0;
	const trimmed = value.trim();
	if (!/^\d+$/.test(trimmed) || Number(trimmed) > maxDemoWeeks) {
		throw new UsageError(`${name} takes a number of weeks from 0 to ${maxDemoWeeks}, not "${echoedValue(value)}"`, 'e.g. director-review --demo --demo-week 1 for next Friday');
	}
	if (provider !== undefined && provider !== 'demo') throw new UsageError('--demo-week moves the demo’s clock only', 'add --demo, or drop --demo-week');
	return Number(trimmed);
}

/**
 * DIRECTOR_REVIEW_DEMO_NOW pins the instant the demo's clock starts at (it runs on from
 * there), so a demo run is reproducible. Only the demo: a real tracker's clock is the machine's.
 */
export function parseDemoNow(value: string | undefined): number | null {
	if (value === undefined || value.trim() === '') return null;
	const trimmed = value.trim();
	const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
	if (!Number.isFinite(instant)) {
		throw new UsageError(`DIRECTOR_REVIEW_DEMO_NOW takes an ISO instant with its offset, not "${echoedValue(value)}"`, 'e.g. DIRECTOR_REVIEW_DEMO_NOW=2026-12-04T16:00:00Z, or unset it for today');
	}
	return instant;
}

export function parseGlobalOptions(flags: ParsedFlags, env: NodeJS.ProcessEnv = process.env): GlobalOptions {
	let provider: ProviderName | undefined;
	if (flags.provider !== undefined) {
		if (flags.provider !== 'linear' && flags.provider !== 'jira' && flags.provider !== 'demo') {
			throw new UsageError(`unknown provider "${echoedValue(flags.provider)}"`, 'use --provider linear, jira or demo');
		}
		provider = flags.provider;
	}
	if (flags.demo) {
		if (provider !== undefined && provider !== 'demo') throw new UsageError(`--demo contradicts --provider ${provider}`, 'pass one of them');
		provider = 'demo';
	}
	// An empty variable reads as unset, as every other one does.
	const envWeek = env['DIRECTOR_REVIEW_DEMO_WEEK']?.trim() === '' ? undefined : env['DIRECTOR_REVIEW_DEMO_WEEK'];
	const demoWeek =
		flags.demoWeek === undefined ? parseDemoWeek(envWeek, 'demo', 'DIRECTOR_REVIEW_DEMO_WEEK') : parseDemoWeek(flags.demoWeek, provider);
	const demoNow = parseDemoNow(env['DIRECTOR_REVIEW_DEMO_NOW']);
	return {provider, week: flags.week, offline: flags.offline ?? false, home: flags.home, demoWeek, demoNow};
}

export function parseExportOptions(flags: ParsedFlags): ExportOptions {
	// `markdown` is what the format is called in words; it means md, never an error.
	const format = flags.format === 'markdown' ? 'md' : (flags.format ?? 'md');
	if (format !== 'md' && format !== 'json' && format !== 'csv') {
		throw new UsageError(`unknown export format "${echoedValue(format)}"`, 'use --format md, json or csv');
	}
	const schema = flags.schema === undefined ? 2 : flags.schema === '1' ? 1 : flags.schema === '2' ? 2 : null;
	if (schema === null) throw new UsageError(`unknown JSON schema "${echoedValue(flags.schema ?? '')}"`, 'use --schema 2 (the default) or --schema 1 for the version 1 shape');
	if (flags.schema !== undefined && format !== 'json') throw new UsageError('--schema applies to JSON exports only', 'add --format json, or drop --schema');
	const detail = flags.detail ?? 'page';
	if (detail !== 'page' && detail !== 'full') throw new UsageError(`unknown detail "${echoedValue(flags.detail ?? '')}"`, 'use --detail full for the appendix of full lists and tables, or leave it out for one page each');
	if (flags.detail !== undefined && format !== 'md') throw new UsageError('--detail applies to Markdown exports only', 'add --format md, or drop --detail');
	return {format, reports: flags.report ?? [], leadership: flags.leadership ?? false, out: flags.out, force: flags.force ?? false, schema, detail};
}

/** Options that take a value (cli.md: given without one, a usage error, never a silent default). */
export const valuedFlags: readonly string[] = ['provider', 'week', 'home', 'format', 'report', 'out', 'schema', 'detail'];

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
