import fs from 'node:fs';
import {configFilePath, loadConfig} from '../config/load.js';
import {redactSecrets} from '../errors/secrets.js';
import {resolveHome} from '../config/paths.js';
import type {AppConfig} from '../config/schema.js';
import type {Person} from '../domain/types.js';
import {AppError, type ExitCode} from '../errors/app-error.js';
import {chooseProvider, type ProviderChoice} from '../providers/create.js';
import type {Provider} from '../providers/provider.js';
import {restoreHint} from '../store/backups.js';
import {openStore} from '../store/store.js';
import {toTerminalLine} from '../text/sanitize.js';
import {age} from '../ui/format.js';
import type {GlobalOptions} from './arguments.js';
import {storePath} from './context.js';
import {describeUnmatched, rosterCandidates, unmatchedHint, unmatchedRosterEntries} from './roster-check.js';

interface Check {
	readonly name: string;
	readonly ok: boolean;
	readonly detail: string;
	readonly hint?: string;
	/** A failed check's kind (cli.md): 2 for what the user fixes in the config or command line, 1 for a failure at run time. */
	readonly exitCode?: ExitCode;
}

/**
 * `director-review doctor`: config, credentials (who am I), reachability, store health and
 * the last sync, one line each. Never prints a secret. Exits as cli.md classes the failures:
 * 2 when a check failed on the config (invalid, no provider, no credentials), else 1 when
 * any check failed (unreachable, refused, a damaged store), else 0.
 */
export async function runDoctor(options: GlobalOptions): Promise<number> {
	const checks: Check[] = [];
	const paths = resolveHome(options.home);
	const file = configFilePath(paths);
	let config: AppConfig;
	try {
		config = loadConfig(paths);
		checks.push({name: 'config', ok: true, detail: fs.existsSync(file) ? `${file} is valid` : `no ${file} (defaults)`});
	} catch (error) {
		checks.push({name: 'config', ok: false, ...failure(error)});
		return print(checks);
	}

	if (fs.existsSync(file)) {
		const mode = fs.statSync(file).mode & 0o777;
		const holdsSecret = /"(apiKey|apiToken|pat)"\s*:/.test(fs.readFileSync(file, 'utf8'));
		if (holdsSecret && (mode & 0o077) !== 0) checks.push({name: 'config file', ok: false, detail: `holds a secret but is mode ${mode.toString(8)}`, hint: `chmod 600 ${file}`});
	}

	const providerName = options.provider ?? config.provider;
	const source = providerName === null ? null : chooseProvider(providerName, config, {weeksAhead: options.demoWeek, pinnedAt: options.demoNow});
	let provider: Provider | null = null;
	if (source === null) {
		checks.push({name: 'provider', ok: false, detail: 'none configured', hint: 'run director-review init, or try director-review --demo', exitCode: 2});
	} else {
		checks.push({name: 'provider', ok: true, detail: source.label});
		const credentials = await credentialsCheck(source);
		checks.push(credentials.check);
		provider = credentials.provider;
	}

	// People the tracker showed: those stored by syncs, and those it lists now.
	const listed: Person[] = [];
	const stored: Person[] = [];
	if (provider !== null) {
		try {
			listed.push(...(await provider.listPeople()));
		} catch {
			// The credentials check above already reports an unreachable tracker.
		}
	}

	const dbFile = storePath(paths);
	if (!fs.existsSync(dbFile)) {
		checks.push({name: 'store', ok: true, detail: `${dbFile} not created yet (the first sync creates it)`});
	} else {
		try {
			const store = openStore(dbFile, {readonly: true});
			try {
				const integrity = store.integrityCheck();
				// A frozen review that cannot be read is the record's damage: only a backup brings it back.
				const hint = integrity === 'ok' ? undefined : integrity.startsWith('frozen review ') ? restoreHint(dbFile) : 'move the file aside and run director-review sync --full (tags live in it: keep the copy)';
				checks.push({name: 'store', ok: integrity === 'ok', detail: `${dbFile}: integrity ${integrity}`, hint});
				if (providerName !== null) {
					stored.push(...store.loadPeople(providerName));
					const state = store.getSyncState(providerName, 'tickets');
					const count = store.ticketCount(providerName);
					const last = state?.lastSyncedAt ?? null;
					const interrupted = state?.phase === 'running';
					checks.push({
						name: 'last sync',
						ok: last !== null,
						// A first sync that stopped midway has kept what it read: "never" hid that it resumes.
						detail:
							last === null
								? interrupted
									? `never finished · ${count} tickets so far · an interrupted sync will resume`
									: 'never'
								: `${age(last, Date.now())} · ${count} tickets${interrupted ? ' · an interrupted sync will resume' : ''}`,
						hint: last === null ? (interrupted ? 'run director-review sync to finish it' : 'run director-review sync') : undefined,
					});
				}
			} finally {
				store.close();
			}
		} catch (error) {
			checks.push({name: 'store', ok: false, ...failure(error)});
		}
	}

	// A source that brings its own organisation has nothing of the config's to check.
	// A roster entry naming an app or agent user (a bot) matches nobody the roster may name.
	const seen = rosterCandidates(listed, stored);
	if (config.roster !== null && source?.rosterFromConfig && seen.length > 0) {
		const unmatched = unmatchedRosterEntries(config.roster, seen);
		checks.push(
			unmatched.length === 0
				? {name: 'roster', ok: true, detail: 'every entry matches a person seen in the tracker'}
				: {name: 'roster', ok: false, detail: describeUnmatched(unmatched), hint: unmatchedHint},
		);
	}

	return print(checks);
}

async function credentialsCheck(source: ProviderChoice): Promise<{check: Check; provider: Provider | null}> {
	try {
		const provider = await source.create();
		const me = await provider.whoAmI();
		await provider.checkScope?.();
		return {check: {name: 'credentials', ok: true, detail: `signed in as ${me.name}${me.email ? ` <${me.email}>` : ''} · ${provider.description} reachable`}, provider};
	} catch (error) {
		if (error instanceof AppError) return {check: {name: 'credentials', ok: false, ...failure(error)}, provider: null};
		const detail = error instanceof Error ? error.message : String(error);
		return {check: {name: 'credentials', ok: false, detail, hint: 'check the network and the tracker URL'}, provider: null};
	}
}

function print(checks: readonly Check[]): number {
	for (const check of checks) {
		process.stdout.write(`${check.ok ? '✓' : '✗'} ${check.name}: ${redactSecrets(toTerminalLine(check.detail))}\n`);
		if (!check.ok && check.hint) process.stdout.write(`  hint: ${redactSecrets(toTerminalLine(check.hint))}\n`);
	}
	const failed = checks.filter((check) => !check.ok);
	if (failed.length === 0) return 0;
	// The config comes first: until it is fixed, the other checks cannot say much.
	return failed.some((check) => check.exitCode === 2) ? 2 : 1;
}

/** A failed check's cause, hint and kind, read off the error as every command reports it. */
function failure(error: unknown): Pick<Check, 'detail' | 'hint' | 'exitCode'> {
	if (error instanceof AppError) return {detail: error.message, hint: error.hint, exitCode: error.exitCode};
	return {detail: error instanceof Error ? error.message : String(error), exitCode: 1};
}
