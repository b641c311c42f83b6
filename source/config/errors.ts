import {UsageError} from '../errors/app-error.js';

/** An invalid config value: names the key and what is expected. */
export class ConfigError extends UsageError {
	constructor(
		readonly key: string,
		readonly expected: string,
		readonly file: string | null,
	) {
		super(`invalid config: ${key}: expected ${expected}`, file ? `edit ${file} or run director-review init` : 'check the value you passed');
		this.name = 'ConfigError';
	}
}
