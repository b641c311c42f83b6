import path from 'node:path';
import envPaths from 'env-paths';

export interface HomePaths {
	/** Folder holding config.json. */
	readonly configDir: string;
	/** Folder holding the local store. */
	readonly dataDir: string;
}

/**
 * `--home` / `DIRECTOR_REVIEW_HOME` put config and store in one folder; otherwise the
 * platform's own config and data folders (cli.md "Environment"), as env-paths knows them:
 * `~/.config` and `~/.local/share` (or `XDG_CONFIG_HOME` / `XDG_DATA_HOME` when set and not
 * empty) on Linux, `~/Library/Preferences` and `~/Library/Application Support` on macOS,
 * `%APPDATA%\…\Config` and `%LOCALAPPDATA%\…\Data` on Windows — read from the process's
 * environment.
 */
export function resolveHome(explicitHome: string | undefined, env: NodeJS.ProcessEnv = process.env): HomePaths {
	const home = explicitHome ?? env['DIRECTOR_REVIEW_HOME'];
	if (home) {
		const resolved = path.resolve(home);
		return {configDir: resolved, dataDir: resolved};
	}

	const platform = envPaths('director-review', {suffix: ''});
	return {configDir: platform.config, dataDir: platform.data};
}
