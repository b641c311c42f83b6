import fs from 'node:fs';
import Conf from 'conf';
import {parseConfigText} from './load.js';
import type {HomePaths} from './paths.js';

// Writing lives apart from reading: conf (and the JSON-schema library under it) is only
// loaded by the commands that write the config, not by every start of the review.

function openConf(paths: HomePaths): Conf<Record<string, unknown>> {
	// Mode 0600 always: the file may hold an API token (cli.md "Environment").
	return new Conf<Record<string, unknown>>({
		cwd: paths.configDir,
		configName: 'config',
		projectSuffix: '',
		configFileMode: 0o600,
		clearInvalidConfig: false,
		// conf reads the file before writing it: a leading byte-order mark must not fail init's save.
		deserialize: (text) => parseConfigText(text) as Record<string, unknown>,
	});
}

/** Writes config.json through conf (mode 0600), replacing its content with `values`. */
export function saveConfig(paths: HomePaths, values: Record<string, unknown>): string {
	const conf = openConf(paths);
	conf.store = values;
	fs.chmodSync(conf.path, 0o600);
	return conf.path;
}
