import type {AppConfig} from '../config/schema.js';
import {UsageError} from '../errors/app-error.js';
import type {ProviderName} from '../domain/types.js';
import type {Provider} from './provider.js';

/**
 * Builds the adapter for a provider from the validated config. Missing credentials are a
 * configuration problem (exit 2), found before any request is made. Adapters are imported
 * on demand: the TUI's first frame must not wait for an SDK it may not need.
 */
export async function createProvider(name: ProviderName, config: AppConfig, now: number): Promise<Provider> {
	switch (name) {
		case 'demo': {
			const {createDemoProvider} = await import('./demo/index.js');
			return createDemoProvider({now, timezone: config.timezone});
		}

		case 'linear': {
			const {apiKey, apiUrl, teams} = config.linear;
			if (apiKey === null) throw new UsageError('no Linear API key', 'set LINEAR_API_KEY (Linear → Settings → API) or run director-review init');
			const {createLinearProvider} = await import('./linear/index.js');
			return createLinearProvider({apiKey, apiUrl, teams, timezone: config.timezone, allowInsecureHttp: config.allowInsecureHttp});
		}

		case 'jira': {
			const jira = config.jira;
			if (jira.baseUrl === null) throw new UsageError('no Jira base URL', 'set JIRA_BASE_URL or jira.baseUrl in the config, or run director-review init');
			const hasCloudAuth = jira.email !== null && jira.apiToken !== null;
			if (!hasCloudAuth && jira.pat === null) {
				throw new UsageError('no Jira credentials', 'set JIRA_EMAIL and JIRA_API_TOKEN (Cloud) or JIRA_PAT (Data Center), or run director-review init');
			}
			const {createJiraProvider} = await import('./jira/index.js');
			return createJiraProvider({
				baseUrl: jira.baseUrl,
				deployment: jira.deployment,
				jql: jira.jql,
				email: jira.email,
				apiToken: jira.apiToken,
				pat: jira.pat,
				blockedByLinkTypes: jira.blockedByLinkTypes,
				timezone: config.timezone,
				allowInsecureHttp: config.allowInsecureHttp,
			});
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
