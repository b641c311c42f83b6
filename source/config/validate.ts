import {isValidTimezone, systemTimezone} from '../domain/week.js';
import {validateRules} from '../domain/classify/rules.js';
import type {ProviderName, RosterConfig} from '../domain/types.js';
import {ConfigError} from './errors.js';
import {defaultLinearApiUrl, type AppConfig, type JiraDeployment} from './schema.js';

type Raw = Record<string, unknown>;

const knownTopLevelKeys = new Set(['provider', 'timezone', 'trendWeeks', 'staleDays', 'linear', 'jira', 'roster', 'classification', 'targets', 'allowInsecureHttp']);

/**
 * Validates config.json (already parsed) and lays the environment over it (environment
 * values win, cli.md). Every problem names its key and what is expected.
 */
export function validateConfig(raw: unknown, env: NodeJS.ProcessEnv, file: string | null): AppConfig {
	const fail = (key: string, expected: string): never => {
		throw new ConfigError(key, expected, file);
	};

	if (!isObject(raw)) fail('(top level)', 'a JSON object');
	const root = raw as Raw;
	refuseUnknownKeys(root, '', knownTopLevelKeys, fail);

	const provider = optional(root, 'provider', (value, key) =>
		value === 'linear' || value === 'jira' || value === 'demo' ? (value as ProviderName) : fail(key, '"linear", "jira" or "demo"'),
	);
	const timezone = optional(root, 'timezone', (value, key) =>
		typeof value === 'string' && isValidTimezone(value) ? value : fail(key, 'an IANA time zone such as "Europe/Berlin"'),
	);
	const trendWeeks = optional(root, 'trendWeeks', (value, key) => integerIn(value, 2, 52) ?? fail(key, 'a whole number from 2 to 52'));
	const staleDays = optional(root, 'staleDays', (value, key) => integerIn(value, 1, 365) ?? fail(key, 'a whole number from 1 to 365'));

	const linear = section(root, 'linear', fail);
	refuseUnknownKeys(linear, 'linear.', ['teams', 'apiUrl', 'apiKey'], fail);
	const linearTeams = optional(linear, 'teams', (value, key) => stringArray(value) ?? fail(`linear.${key}`, 'a list of team keys such as ["ENG", "PLAT"]'));
	const linearApiUrl = optional(linear, 'apiUrl', (value, key) => url(value) ?? fail(`linear.${key}`, 'an http(s) URL'));
	const linearApiKey = optional(linear, 'apiKey', (value, key) => nonEmptyString(value) ?? fail(`linear.${key}`, 'a Linear API key string'));

	const jira = section(root, 'jira', fail);
	refuseUnknownKeys(jira, 'jira.', ['baseUrl', 'deployment', 'jql', 'email', 'apiToken', 'pat', 'blockedByLinkTypes'], fail);
	const jiraBaseUrl = optional(jira, 'baseUrl', (value, key) => url(value) ?? fail(`jira.${key}`, 'an http(s) URL such as "https://acme.atlassian.net"'));
	const deployment = optional(jira, 'deployment', (value, key) =>
		value === 'cloud' || value === 'datacenter' || value === 'auto' ? (value as JiraDeployment) : fail(`jira.${key}`, '"cloud", "datacenter" or "auto"'),
	);
	const jql = optional(jira, 'jql', (value, key) => nonEmptyString(value) ?? fail(`jira.${key}`, 'a JQL query string such as "project in (ENG, PLAT)"'));
	const jiraEmail = optional(jira, 'email', (value, key) => nonEmptyString(value) ?? fail(`jira.${key}`, 'an email address'));
	const jiraApiToken = optional(jira, 'apiToken', (value, key) => nonEmptyString(value) ?? fail(`jira.${key}`, 'a Jira API token string'));
	const jiraPat = optional(jira, 'pat', (value, key) => nonEmptyString(value) ?? fail(`jira.${key}`, 'a Jira personal access token string'));
	const blockedByLinkTypes = optional(jira, 'blockedByLinkTypes', (value, key) =>
		(stringArray(value)?.length ?? 0) > 0 ? (stringArray(value) as string[]) : fail(`jira.${key}`, 'a list of link type names such as ["Blocks", "Depends"]'),
	);

	const roster = root['roster'] === undefined ? null : validateRoster(root['roster'], fail);

	const classification = section(root, 'classification', fail);
	refuseUnknownKeys(classification, 'classification.', ['threshold', 'rules'], fail);
	const threshold = optional(classification, 'threshold', (value, key) =>
		typeof value === 'number' && value >= 0 && value <= 1 ? value : fail(`classification.${key}`, 'a number from 0 to 1'),
	);
	let rules: AppConfig['classification']['rules'] = [];
	if (classification['rules'] !== undefined) {
		const result = validateRules(classification['rules']);
		if ('error' in result) {
			const [key, ...rest] = result.error.split(': ');
			fail(key ?? 'classification.rules', rest.join(': ').replace(/^expected /, '') || 'a list of rules');
		} else {
			rules = result.rules;
		}
	}

	const targets = section(root, 'targets', fail);
	refuseUnknownKeys(targets, 'targets.', ['firefightingShare'], fail);
	const firefightingShare = optional(targets, 'firefightingShare', (value, key) =>
		typeof value === 'number' && value >= 0 && value <= 1 ? value : fail(`targets.${key}`, 'a share from 0 to 1, such as 0.4'),
	);
	const allowInsecureHttp = optional(root, 'allowInsecureHttp', (value, key) => (typeof value === 'boolean' ? value : fail(key, 'true or false')));

	const environment = (name: string): string | null => {
		const value = env[name]?.trim();
		return value ? value : null;
	};

	// The value comes from the environment, not the file: editing config.json would not help.
	const failEnvironment = (name: string, expected: string): never => {
		throw new ConfigError(name, expected, file, `${name} is set in the environment and overrides the config: correct it, or unset it`);
	};
	const envLinearUrl = environment('LINEAR_API_URL');
	if (envLinearUrl && !url(envLinearUrl)) failEnvironment('LINEAR_API_URL', 'an http(s) URL');
	const envJiraUrl = environment('JIRA_BASE_URL');
	if (envJiraUrl && !url(envJiraUrl)) failEnvironment('JIRA_BASE_URL', 'an http(s) URL such as "https://acme.atlassian.net"');

	return {
		provider: provider ?? null,
		timezone: timezone ?? systemTimezone(),
		trendWeeks: trendWeeks ?? 8,
		staleDays: staleDays ?? 14,
		linear: {
			teams: linearTeams ?? [],
			apiUrl: envLinearUrl ?? linearApiUrl ?? defaultLinearApiUrl,
			apiKey: environment('LINEAR_API_KEY') ?? linearApiKey ?? null,
		},
		jira: {
			baseUrl: (envJiraUrl ?? jiraBaseUrl ?? null)?.replace(/\/+$/, '') ?? null,
			deployment: deployment ?? 'auto',
			jql: jql ?? null,
			email: environment('JIRA_EMAIL') ?? jiraEmail ?? null,
			apiToken: environment('JIRA_API_TOKEN') ?? jiraApiToken ?? null,
			pat: environment('JIRA_PAT') ?? jiraPat ?? null,
			blockedByLinkTypes: blockedByLinkTypes ?? ['Blocks'],
		},
		roster,
		classification: {threshold: threshold ?? 0.6, rules},
		targets: {firefightingShare: firefightingShare ?? 0.4},
		allowInsecureHttp: allowInsecureHttp ?? false,
	};
}

function validateRoster(value: unknown, fail: (key: string, expected: string) => never): RosterConfig {
	if (!isObject(value)) return fail('roster', 'an object with "director" and "reports"');
	const roster = value as Raw;
	refuseUnknownKeys(roster, 'roster.', ['director', 'reports'], fail);
	const director = nonEmptyString(roster['director']) ?? fail('roster.director', "the director's id, email or display name");
	const reportsValue = roster['reports'] ?? [];
	if (!Array.isArray(reportsValue)) return fail('roster.reports', 'a list of reports');
	const reports = reportsValue.map((report: unknown, index) => {
		const key = `roster.reports[${index}]`;
		if (!isObject(report)) return fail(key, 'an object with "name", "id" and "team"');
		const entry = report as Raw;
		refuseUnknownKeys(entry, `${key}.`, ['name', 'id', 'team'], fail);
		const name = nonEmptyString(entry['name']) ?? fail(`${key}.name`, "the report's name");
		const id = nonEmptyString(entry['id']) ?? fail(`${key}.id`, "the report's id, email or display name");
		const team = entry['team'] === undefined ? [] : (stringArray(entry['team']) ?? fail(`${key}.team`, 'a list of people (id, email or display name)'));
		return {name, id, team};
	});
	// Every `report` field of an export and `effort.reports[<name>]` names a report by name;
	// two of one name (in any case, as --report matches) would each read as either.
	for (const [index, report] of reports.entries()) {
		if (reports.findIndex((other) => other.name.toLowerCase() === report.name.toLowerCase()) < index) {
			fail(`roster.reports[${index}].name`, `a name no other report has ("${report.name}" is there already)`);
		}
	}
	return {director, reports};
}

/**
 * A key the section does not know is refused like one at the top level: a misspelt
 * `jira.jqll` or `classification.treshold` would otherwise be ignored, and the default
 * (the whole site, the built-in threshold) used without a word.
 */
function refuseUnknownKeys(object: Raw, prefix: string, known: Iterable<string>, fail: (key: string, expected: string) => never): void {
	const knownKeys = [...known];
	for (const key of Object.keys(object)) {
		if (!knownKeys.includes(key)) fail(`${prefix}${key}`, `one of the known keys (${knownKeys.join(', ')})`);
	}
}

function section(root: Raw, key: string, fail: (key: string, expected: string) => never): Raw {
	const value = root[key];
	if (value === undefined) return {};
	return isObject(value) ? (value as Raw) : fail(key, 'an object');
}

function optional<T>(object: Raw, key: string, parse: (value: unknown, key: string) => T): T | undefined {
	const value = object[key];
	return value === undefined ? undefined : parse(value, key);
}

function isObject(value: unknown): boolean {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function integerIn(value: unknown, min: number, max: number): number | undefined {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringArray(value: unknown): string[] | undefined {
	return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? value.map((item: string) => item.trim()) : undefined;
}

function url(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	try {
		const parsed = new URL(value);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? value : undefined;
	} catch {
		return undefined;
	}
}
