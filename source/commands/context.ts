import path from 'node:path';
import {loadConfig} from '../config/load.js';
import {resolveHome, type HomePaths} from '../config/paths.js';
import type {AppConfig} from '../config/schema.js';
import {UsageError} from '../errors/app-error.js';
import {parseWeekArgument, weekOf, WeekArgumentError} from '../domain/week.js';
import type {ProviderName, RosterConfig, Week} from '../domain/types.js';
import {chooseProvider, type ProviderHooks, type SyncPolicy} from '../providers/create.js';
import type {Provider} from '../providers/provider.js';
import {backupIfDue, type BackupOptions} from '../store/backups.js';
import {openStore, type Store} from '../store/store.js';
import {stripUnsafe} from '../text/sanitize.js';
import type {ReviewSession} from '../review/session.js';
import type {GlobalOptions} from './arguments.js';

export interface CommandContext {
	readonly paths: HomePaths;
	readonly config: AppConfig;
	readonly providerName: ProviderName;
	readonly store: Store;
	readonly week: Week;
	readonly now: number;
	/** The run's clock (the demo's may run ahead or be pinned): every stamp the run writes reads it. */
	readonly clock: () => number;
	readonly roster: RosterConfig | null;
	readonly syncPolicy: SyncPolicy;
	createProvider(hooks?: ProviderHooks): Promise<Provider>;
	/** Loads the review (store, classification, metrics): imported on first use, so a command or a first frame that does not need it does not load it. */
	openSession(options?: {readonly indexWhileLoading?: boolean}): Promise<ReviewSession>;
	/** Writes the daily backup of the director's record when one is due, then closes the store. */
	close(): Promise<void>;
}

export function storePath(paths: HomePaths): string {
	return path.join(paths.dataDir, 'director-review.db');
}

/** Where the TUI writes exports unless told otherwise: next to the store, never the current directory. */
export function exportFolder(paths: HomePaths): string {
	return path.join(paths.dataDir, 'exports');
}

/** Loads and validates everything a command needs, once (STYLE.md §8). */
export function openContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): CommandContext {
	const paths = resolveHome(options.home, env);
	const config = loadConfig(paths, env);
	const providerName = options.provider ?? config.provider;
	if (providerName === null) {
		throw new UsageError('no provider configured', 'run director-review init to connect Linear or Jira, or try director-review --demo');
	}

	// The whole run lives at the source's clock (--demo-week moves the demo's ahead).
	const source = chooseProvider(providerName, config, {weeksAhead: options.demoWeek, pinnedAt: options.demoNow});
	const {clock, roster, syncPolicy} = source;
	const now = source.now;
	const week = parseWeek(options.week, now, config.timezone);
	const store = openStore(storePath(paths), {now: clock});
	const create = source.create;
	return {
		paths,
		config,
		providerName,
		store,
		week,
		now,
		clock,
		roster,
		syncPolicy,
		createProvider: create,
		openSession: async (options) => {
			const {ReviewSession} = await import('../review/session.js');
			return new ReviewSession({store, providerName, providerLabel: source.label, createProvider: create, config, roster, now: clock, exportFolder: exportFolder(paths), week, indexWhileLoading: options?.indexWhileLoading});
		},
		// The backup is of the day the run lives at, like its tags and reviews (a pinned demo's day too).
		close: async () => closeWithBackup(store, {timezone: config.timezone}, clock()),
	};
}

/**
 * The clock and zone a command that only touches the record (backup, restore) lives at: the
 * run's clock as `openContext` picks it (a pinned demo's too), so its backups fall on the same
 * days as those a dashboard or an export wrote, and the director's zone for the day of use.
 * A config that cannot be read leaves the machine's clock and zone: a backup or a restore is
 * the way out of trouble and must not depend on it.
 */
export function recordClock(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): {readonly clock: () => number; readonly timezone: string | undefined} {
	let config: AppConfig;
	try {
		config = loadConfig(resolveHome(options.home, env), env);
	} catch {
		return {clock: Date.now, timezone: undefined};
	}
	const providerName = options.provider ?? config.provider;
	const clock = providerName === null ? Date.now : chooseProvider(providerName, config, {weeksAhead: options.demoWeek, pinnedAt: options.demoNow}).clock;
	return {clock, timezone: config.timezone};
}

function parseWeek(value: string | undefined, now: number, timezone: string): Week {
	if (value === undefined) return weekOf(now, timezone);
	let week: Week;
	try {
		week = parseWeekArgument(value, now, timezone);
	} catch (error) {
		if (error instanceof WeekArgumentError) throw new UsageError(error.message, 'pass --week 2026-W47, this, last, or a date such as 2026-11-18');
		throw error;
	}
	// A week still to come has no figures, only empty rates that would read as perfect.
	if (week.startAt > now) throw new UsageError(`${week.id} has not started yet`, `pass --week this (${weekOf(now, timezone).id}) or an earlier week`);
	return week;
}

/**
 * The rolling backup (briefing.md): taken as the store closes, so it holds what this run
 * changed. A failed backup is worth a warning, never the command's failure.
 */
export async function closeWithBackup(store: Store, options: BackupOptions = {}, now: number = Date.now()): Promise<void> {
	try {
		await backupIfDue(store, now, store.recordChanged, options, store.recordWrittenAt());
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`director-review: warning: no backup of tags and notes was written (${stripUnsafe(message).replace(/\s+/g, ' ')})\n`);
	} finally {
		store.close();
	}
}
