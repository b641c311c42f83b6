import os from 'node:os';
import path from 'node:path';

export interface HomePaths {
	/** Folder holding config.json. */
	readonly configDir: string;
	/** Folder holding the local store. */
	readonly dataDir: string;
}

/**
 * `--home` / `DIRECTOR_REVIEW_HOME` put config and store in one folder; otherwise the
 * platform's own config and data folders (cli.md "Environment").
 */
export function resolveHome(explicitHome: string | undefined, env: NodeJS.ProcessEnv = process.env): HomePaths {
	const home = explicitHome ?? env['DIRECTOR_REVIEW_HOME'];
	if (home) {
		const resolved = path.resolve(home);
		return {configDir: resolved, dataDir: resolved};
	}

	const user = os.homedir();
	switch (process.platform) {
		case 'darwin': {
			return {
				configDir: path.join(user, 'Library', 'Preferences', 'director-review'),
				dataDir: path.join(user, 'Library', 'Application Support', 'director-review'),
			};
		}

		case 'win32': {
			const appData = env['APPDATA'] ?? path.join(user, 'AppData', 'Roaming');
			const localAppData = env['LOCALAPPDATA'] ?? path.join(user, 'AppData', 'Local');
			return {
				configDir: path.join(appData, 'director-review', 'Config'),
				dataDir: path.join(localAppData, 'director-review', 'Data'),
			};
		}

		default: {
			return {
				configDir: path.join(env['XDG_CONFIG_HOME'] ?? path.join(user, '.config'), 'director-review'),
				dataDir: path.join(env['XDG_DATA_HOME'] ?? path.join(user, '.local', 'share'), 'director-review'),
			};
		}
	}
}
