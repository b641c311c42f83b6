import type {ProviderName, RosterConfig} from '../domain/types.js';
import type {ClassificationRule} from '../domain/classify/rules.js';

export type JiraDeployment = 'cloud' | 'datacenter' | 'auto';

/** The validated configuration: config.json with the environment laid over it. */
export interface AppConfig {
	readonly provider: ProviderName | null;
	readonly timezone: string;
	readonly trendWeeks: number;
	readonly staleDays: number;
	readonly linear: {
		readonly teams: readonly string[];
		readonly apiUrl: string;
		readonly apiKey: string | null;
	};
	readonly jira: {
		readonly baseUrl: string | null;
		readonly deployment: JiraDeployment;
		readonly jql: string | null;
		readonly email: string | null;
		readonly apiToken: string | null;
		readonly pat: string | null;
		/** Link types whose inward issue blocks (by name, inward or outward description); the built-in Blocks type is found by id too. */
		readonly blockedByLinkTypes: readonly string[];
	};
	readonly roster: RosterConfig | null;
	readonly classification: {
		readonly threshold: number;
		readonly rules: readonly ClassificationRule[];
	};
	readonly targets: {
		/** Leadership summary: the firefighting share the org aims to stay under. */
		readonly firefightingShare: number;
	};
	/** Plain HTTP to a non-loopback tracker is refused unless this is set. */
	readonly allowInsecureHttp: boolean;
}

export const defaultLinearApiUrl = 'https://api.linear.app/graphql';
