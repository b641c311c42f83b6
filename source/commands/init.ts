import {loadConfig} from '../config/load.js';
import {saveConfig} from '../config/save.js';
import {resolveHome} from '../config/paths.js';
import {UsageError} from '../errors/app-error.js';
import {validateConfig} from '../config/validate.js';
import {isValidTimezone} from '../domain/week.js';
import fs from 'node:fs';
import type {Person, ProviderName} from '../domain/types.js';
import {createProvider} from '../providers/create.js';
import {openStore} from '../store/store.js';
import {configFromAnswers, emptyAnswers, type InitAnswers} from '../ui/init/init-steps.js';
import type {GlobalOptions} from './arguments.js';
import {storePath} from './context.js';
import {rosterCandidates} from './roster-check.js';

/** People earlier syncs stored (assignees, creators, changelog authors): user search alone can be capped. */
function storedPeople(file: string, provider: ProviderName): Person[] {
	if (!fs.existsSync(file)) return [];
	try {
		const store = openStore(file, {readonly: true});
		try {
			return store.loadPeople(provider);
		} finally {
			store.close();
		}
	} catch {
		return [];
	}
}

/**
 * `director-review init`: the guided set-up. It needs a terminal; the config it writes is
 * validated like a hand-written one, and is mode 0600 (it may hold a token).
 */
export async function runInit(options: GlobalOptions): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		throw new UsageError('init is interactive and needs a terminal', 'run it in a terminal, or write config.json by hand (see docs/cli.md)');
	}
	const paths = resolveHome(options.home);
	const existing = loadConfig(paths);
	const env = process.env;
	const connect = async (answers: InitAnswers) => {
		const config = validateConfig(configFromAnswers(answers), env, null);
		// The wizard's first step picks the tracker, so there is one by the time it connects.
		if (config.provider === null) throw new UsageError('no tracker chosen to connect to', 'choose Linear or Jira in the first step');
		const provider = await createProvider(config.provider, config, Date.now());
		const me = await provider.whoAmI();
		await provider.checkScope?.();
		const people = rosterCandidates(await provider.listPeople(), storedPeople(storePath(paths), provider.name));
		return {me, people: people.some((p) => p.id === me.id) ? people : [me, ...people]};
	};
	const save = (answers: InitAnswers) => {
		const values = configFromAnswers(answers);
		validateConfig(values, {}, null);
		return saveConfig(paths, values);
	};

	const {startInit} = await import('../ui/init/start-init.js');
	const saved = await startInit({
		initial: emptyAnswers(existing.timezone),
		envHas: {linearKey: Boolean(env['LINEAR_API_KEY']), jiraCloud: Boolean(env['JIRA_EMAIL'] && env['JIRA_API_TOKEN']), jiraPat: Boolean(env['JIRA_PAT'])},
		connect,
		isValidTimezone,
		save,
	});
	if (saved === null) {
		process.stderr.write('set-up ended without saving; nothing was written\n');
		return 1;
	}
	process.stdout.write(`saved ${saved} (mode 0600)\nnext: director-review sync, then director-review\n`);
	return 0;
}
