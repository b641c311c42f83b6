import {UsageError} from '../errors/app-error.js';

/** An invalid config value: names the key and what is expected. */
export class ConfigError extends UsageError {
	constructor(
		readonly key: string,
		readonly expected: string,
		readonly file: string | null,
		/** The hint when the value is not one the file holds (an environment variable). */
		hint?: string,
	) {
		super(`invalid config: ${key}: expected ${expected}`, hint ?? (file ? `edit ${file} or run director-review init` : 'check the value you passed'));
		this.name = 'ConfigError';
	}
}
