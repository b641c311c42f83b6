import {describe, expect, it} from 'vitest';
import {ConfigError} from '../../source/config/errors.js';
import {validateConfig} from '../../source/config/validate.js';

const file = '/home/dana/.config/director-review/config.json';

function errorOf(raw: unknown, env: NodeJS.ProcessEnv = {}): ConfigError {
	try {
		validateConfig(raw, env, file);
	} catch (error) {
		if (error instanceof ConfigError) return error;
		throw error;
	}
	throw new Error('expected a ConfigError');
}

describe('validateConfig', () => {
	it('fills the documented defaults for an empty file', () => {
		const config = validateConfig({}, {}, file);
		expect(config.trendWeeks).toBe(8);
		expect(config.staleDays).toBe(14);
		expect(config.classification.threshold).toBe(0.6);
		expect(config.jira.deployment).toBe('auto');
		expect(config.jira.blockedByLinkTypes).toEqual(['Blocks']);
		expect(config.linear.apiUrl).toBe('https://api.linear.app/graphql');
		expect(config.provider).toBeNull();
	});

	it('accepts the example config of cli.md', () => {
		const config = validateConfig(
			{
				provider: 'jira',
				timezone: 'Europe/Berlin',
				trendWeeks: 8,
				staleDays: 14,
				linear: {teams: ['ENG', 'PLAT']},
				jira: {baseUrl: 'https://acme.atlassian.net', deployment: 'auto', jql: 'project in (ENG, PLAT)'},
				roster: {
					director: 'dana@acme.example',
					reports: [{name: 'Alex Kim', id: 'alex@acme.example', team: ['sam@acme.example', '5b10ac8d82e05b22cc7d4ef5']}],
				},
				classification: {threshold: 0.6, rules: [{when: {label: 'customer-escalation'}, category: 'operational'}]},
			},
			{},
			file,
		);
		expect(config.provider).toBe('jira');
		expect(config.roster?.reports[0]?.team).toEqual(['sam@acme.example', '5b10ac8d82e05b22cc7d4ef5']);
		expect(config.classification.rules).toHaveLength(1);
	});

	it.each([
		[{provider: 'gitlab'}, 'provider', '"linear", "jira" or "demo"'],
		[{timezone: 'Mars/Olympus'}, 'timezone', 'an IANA time zone'],
		[{trendWeeks: '8'}, 'trendWeeks', 'a whole number from 2 to 52'],
		[{trendWeeks: 0}, 'trendWeeks', 'a whole number from 2 to 52'],
		[{staleDays: 1.5}, 'staleDays', 'a whole number from 1 to 365'],
		[{linear: {teams: 'ENG'}}, 'linear.teams', 'a list of team keys'],
		[{jira: {deployment: 'onprem'}}, 'jira.deployment', '"cloud", "datacenter" or "auto"'],
		[{jira: {baseUrl: 'acme.atlassian.net'}}, 'jira.baseUrl', 'an http(s) URL'],
		[{jira: {blockedByLinkTypes: 'Blocks'}}, 'jira.blockedByLinkTypes', 'a list of link type names'],
		[{jira: {blockedByLinkTypes: []}}, 'jira.blockedByLinkTypes', 'a list of link type names'],
		[{roster: {reports: []}}, 'roster.director', "the director's id"],
		[{roster: {director: 'dana', reports: [{name: 'Alex'}]}}, 'roster.reports[0].id', "the report's id"],
		[{classification: {threshold: 2}}, 'classification.threshold', 'a number from 0 to 1'],
		[{colour: true}, 'colour', 'one of the known keys'],
		[[], '(top level)', 'a JSON object'],
	])('names the key and what is expected: %j', (raw, key, expected) => {
		const error = errorOf(raw);
		expect(error.key).toBe(key);
		expect(error.expected).toContain(expected);
		expect(error.message).toBe(`invalid config: ${key}: expected ${error.expected}`);
	});

	it('lets the environment override the file', () => {
		const config = validateConfig(
			{linear: {apiUrl: 'https://linear.example/graphql'}, jira: {baseUrl: 'https://old.example'}},
			{LINEAR_API_URL: 'http://127.0.0.1:4000/graphql', LINEAR_API_KEY: 'lin_api_x', JIRA_BASE_URL: 'https://acme.atlassian.net/', JIRA_PAT: 'pat'},
			file,
		);
		expect(config.linear.apiUrl).toBe('http://127.0.0.1:4000/graphql');
		expect(config.linear.apiKey).toBe('lin_api_x');
		expect(config.jira.baseUrl).toBe('https://acme.atlassian.net');
		expect(config.jira.pat).toBe('pat');
	});

	it('rejects a malformed URL in the environment, naming the variable', () => {
		expect(errorOf({}, {JIRA_BASE_URL: 'not a url'}).key).toBe('JIRA_BASE_URL');
	});
});
