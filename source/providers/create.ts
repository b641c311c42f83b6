import type {AppConfig} from '../config/schema.js';
import type {ProviderName} from '../domain/types.js';
import {createDemoProvider} from './demo/index.js';
import type {Provider} from './provider.js';

/** Builds the adapter for a provider from the validated config. */
export function createProvider(name: ProviderName, config: AppConfig, now: number): Provider {
	switch (name) {
		case 'demo': {
			return createDemoProvider({now, timezone: config.timezone});
		}

		default: {
			throw new Error(`provider ${name} is not available`);
		}
	}
}

/** A secret-free label for the header line. */
export function describeProvider(name: ProviderName, config: AppConfig): string {
	switch (name) {
		case 'demo': {
			return 'Demo organisation (Acme)';
		}

		case 'linear': {
			return config.linear.teams.length > 0 ? `Linear · ${config.linear.teams.join(', ')}` : 'Linear · all teams';
		}

		case 'jira': {
			return `Jira · ${config.jira.baseUrl ? new URL(config.jira.baseUrl).host : 'not configured'}`;
		}
	}
}
