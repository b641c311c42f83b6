import fs from 'node:fs';
import path from 'node:path';
import {UsageError} from '../errors/app-error.js';
import {ConfigError} from './errors.js';
import type {HomePaths} from './paths.js';
import type {AppConfig} from './schema.js';
import {validateConfig} from './validate.js';

export const configFileName = 'config.json';

export function configFilePath(paths: HomePaths): string {
	return path.join(paths.configDir, configFileName);
}

/** Reads and validates config.json (absent = all defaults), with the environment laid over it. */
export function loadConfig(paths: HomePaths, env: NodeJS.ProcessEnv = process.env): AppConfig {
	const file = configFilePath(paths);
	let raw: unknown = {};
	if (fs.existsSync(file)) {
		try {
			raw = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
		} catch (error) {
			if (error instanceof SyntaxError) throw new ConfigError(configFileName, `valid JSON (${error.message})`, file);
			throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`, 'check the file permissions');
		}
	}

	return validateConfig(raw, env, file);
}
