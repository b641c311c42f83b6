import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectCleanFailure, makeHome, removeHomes, runCli} from './cli.js';

/**
 * Bad input through the real CLI: every config key with a wrong type or value, invalid
 * weeks, unknown commands and flags, an export folder that cannot be written and a full
 * disk. Each ends with the right exit code (2 usage/config, 1 run time), one line of
 * cause naming what is wrong, a hint, and no stack trace. (Unknown ticket keys and
 * categories for `tag`: test/e2e/tag.test.ts.)
 */

afterAll(() => {
	removeHomes();
});

const base = {provider: 'demo', timezone: 'UTC'};

/** [key as the message names it, the config (or raw text), what the message says is expected]. */
const configCases: ReadonlyArray<readonly [string, unknown, RegExp]> = [
	['(top level)', [], /a JSON object/],
	['config.json', '{"provider": "demo",', /valid JSON/],
	['colour', {...base, colour: 'blue'}, /one of the known keys/],
	['provider', {provider: 'gitlab'}, /"linear", "jira" or "demo"/],
	['provider', {provider: 7}, /"linear", "jira" or "demo"/],
	['timezone', {...base, timezone: 'Mars/Olympus_Mons'}, /an IANA time zone/],
	['timezone', {...base, timezone: 1}, /an IANA time zone/],
	['trendWeeks', {...base, trendWeeks: 1}, /a whole number from 2 to 52/],
	['trendWeeks', {...base, trendWeeks: 'eight'}, /a whole number from 2 to 52/],
	['trendWeeks', {...base, trendWeeks: 8.5}, /a whole number from 2 to 52/],
	['staleDays', {...base, staleDays: 0}, /a whole number from 1 to 365/],
	['staleDays', {...base, staleDays: null}, /a whole number from 1 to 365/],
	['linear', {...base, linear: ['ENG']}, /an object/],
	['linear.teams', {...base, linear: {teams: 'ENG'}}, /a list of team keys/],
	['linear.teams', {...base, linear: {teams: ['ENG', '']}}, /a list of team keys/],
	['linear.apiUrl', {...base, linear: {apiUrl: 'ftp://linear.example/graphql'}}, /an http\(s\) URL/],
	['linear.apiKey', {...base, linear: {apiKey: 42}}, /a Linear API key string/],
	['jira', {...base, jira: 'acme'}, /an object/],
	['jira.baseUrl', {...base, jira: {baseUrl: 'acme.atlassian.net'}}, /an http\(s\) URL/],
	['jira.deployment', {...base, jira: {deployment: 'server'}}, /"cloud", "datacenter" or "auto"/],
	['jira.jql', {...base, jira: {jql: '  '}}, /a JQL query string/],
	['jira.email', {...base, jira: {email: false}}, /an email address/],
	['jira.apiToken', {...base, jira: {apiToken: ['x']}}, /a Jira API token string/],
	['jira.pat', {...base, jira: {pat: {}}}, /a Jira personal access token string/],
	['roster', {...base, roster: 'dana'}, /an object with "director" and "reports"/],
	['roster.director', {...base, roster: {reports: []}}, /the director's id, email or display name/],
	['roster.reports', {...base, roster: {director: 'dana', reports: {alex: 'Alex'}}}, /a list of reports/],
	['roster.reports[0]', {...base, roster: {director: 'dana', reports: ['alex']}}, /an object with "name", "id" and "team"/],
	['roster.reports[0].name', {...base, roster: {director: 'dana', reports: [{id: 'alex'}]}}, /the report's name/],
	['roster.reports[1].id', {...base, roster: {director: 'dana', reports: [{name: 'A', id: 'a'}, {name: 'B'}]}}, /the report's id/],
	['roster.reports[0].team', {...base, roster: {director: 'dana', reports: [{name: 'A', id: 'a', team: 'sam'}]}}, /a list of people/],
	['classification', {...base, classification: 0.6}, /an object/],
	['classification.threshold', {...base, classification: {threshold: 1.5}}, /a number from 0 to 1/],
	['classification.rules', {...base, classification: {rules: {label: 'incident'}}}, /list|rule/i],
	['classification.rules[0]', {...base, classification: {rules: [{when: {label: 'incident'}, category: 'urgent'}]}}, /operational|strategic|category/],
	['targets.firefightingShare', {...base, targets: {firefightingShare: 40}}, /a share from 0 to 1/],
	['allowInsecureHttp', {...base, allowInsecureHttp: 'yes'}, /true or false/],
	// A misspelt key inside a section is as wrong as one at the top: ignored, `jqll` would sync the whole site.
	['linear.team', {...base, linear: {team: ['ENG']}}, /one of the known keys \(teams, apiUrl, apiKey\)/],
	['jira.jqll', {...base, jira: {jqll: 'project = ENG'}}, /one of the known keys \(baseUrl, deployment, jql, /],
	['roster.reporters', {...base, roster: {director: 'dana', reporters: []}}, /one of the known keys \(director, reports\)/],
	['roster.reports[0].teams', {...base, roster: {director: 'dana', reports: [{name: 'A', id: 'a', teams: ['sam']}]}}, /one of the known keys \(name, id, team\)/],
	['classification.treshold', {...base, classification: {treshold: 0.8}}, /one of the known keys \(threshold, rules\)/],
	['targets.firefighting', {...base, targets: {firefighting: 0.3}}, /one of the known keys \(firefightingShare\)/],
	// Two reports of one name: every `report` field and `effort.reports[<name>]` path would name either.
	['roster.reports[1].name', {...base, roster: {director: 'dana', reports: [{name: 'Alex Kim', id: 'a'}, {name: 'alex kim', id: 'b'}]}}, /a name no other report has/],
];

describe.concurrent('config.json with a wrong type or value', () => {
	it.each(configCases)('%s', {timeout: 120_000}, async (key, config, expected) => {
		const home = makeHome(config);
		const result = await runCli(['sync'], {home});
		const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		expectCleanFailure(result, {code: 2, cause: new RegExp(`invalid config: ${escaped}.*: expected `)});
		expect(result.stderr).toMatch(expected);
		expect(result.stderr).toMatch(/hint: edit .*config\.json or run director-review init/);
	});

	it('an environment value that overrides the config is checked too (LINEAR_API_URL)', {timeout: 120_000}, async () => {
		const result = await runCli(['sync'], {home: makeHome(base), env: {LINEAR_API_URL: 'not a url'}});
		expectCleanFailure(result, {code: 2, cause: /invalid config: LINEAR_API_URL: expected an http\(s\) URL/});
		// The value is not in config.json: pointing there sent the director to the wrong place.
		expect(result.stderr).toMatch(/hint: LINEAR_API_URL is set in the environment and overrides the config: correct it, or unset it/);
		expect(result.stderr).not.toMatch(/edit .*config\.json/);
	});
});

const usageCases: ReadonlyArray<readonly [string, readonly string[], RegExp, RegExp]> = [
	['an ISO week that does not exist (W54)', ['export', '--demo', '--week', '2026-W54', '--out', '-'], /2026-W54/, /--week 2026-W47, this, last/],
	['week 0', ['export', '--demo', '--week', '2026-W00', '--out', '-'], /2026-W00/, /--week/],
	['a month 13 date', ['export', '--demo', '--week', '2026-13-01', '--out', '-'], /2026-13-01/, /--week/],
	['a word that is not a week', ['export', '--demo', '--week', 'yesterday', '--out', '-'], /yesterday/, /--week/],
	['an unknown command', ['frobnicate'], /unknown command "frobnicate"/, /commands: .*export/],
	['an unknown flag', ['sync', '--demo', '--colour'], /--colour does not apply to "sync"/, /--help/],
	['a flag of another command', ['sync', '--demo', '--format', 'json'], /--format does not apply to "sync"/, /belongs to "director-review export"/],
	['an unknown provider', ['sync', '--provider', 'gitlab'], /unknown provider "gitlab"/, /linear, jira or demo/],
	['--demo with another provider', ['sync', '--demo', '--provider', 'jira'], /--demo contradicts --provider jira/, /one of them/],
	['an unknown export format', ['export', '--demo', '--format', 'xml'], /unknown export format "xml"/, /md, json or csv/],
	['sync with --offline', ['sync', '--demo', '--offline'], /sync contradicts --offline/, /drop --offline/],
	['tag without arguments', ['tag', '--demo'], /tag takes a ticket key and a category/, /director-review tag ENG-42/],
	['no provider configured', ['sync'], /no provider configured/, /director-review init/],
	['linear without a key', ['sync', '--provider', 'linear'], /no Linear API key/, /LINEAR_API_KEY/],
	['jira without a base URL', ['sync', '--provider', 'jira'], /no Jira base URL/, /JIRA_BASE_URL/],
];

describe.concurrent('usage errors: exit 2, the cause and a hint', () => {
	it.each(usageCases)('%s', {timeout: 120_000}, async (_name, args, cause, hint) => {
		const result = await runCli(args, {home: makeHome()});
		expectCleanFailure(result, {code: 2, cause});
		expect(result.stderr).toMatch(hint);
		expect(result.stdout).toBe('');
	});
});

describe('export folders that cannot be written', () => {
	it('a path under a regular file: exit 1, naming the path', {timeout: 120_000}, async () => {
		const home = makeHome();
		const file = path.join(home, 'file.txt');
		fs.writeFileSync(file, 'not a folder');
		const out = path.join(file, 'sub');
		const result = await runCli(['export', '--demo', '--week', 'last', '--out', out], {home});
		expectCleanFailure(result, {code: 1, cause: /cannot write .*file\.txt\/sub.*a parent is not a folder/});
		expect(result.stderr).toMatch(/hint: choose another folder with --out DIR/);
	});

	it('a folder under /proc: exit 1, naming the path', {timeout: 120_000}, async () => {
		const result = await runCli(['export', '--demo', '--week', 'last', '--out', '/proc/self/director-review-out'], {home: makeHome(), timeoutMs: 60_000});
		expectCleanFailure(result, {code: 1, cause: /cannot write \/proc\/self\/director-review-out/});
	});

	it('a home folder under /proc: exit 1 naming the store folder, no hang', {timeout: 120_000}, async () => {
		const result = await runCli(['--demo', '--home', '/proc/self/director-review-home'], {home: makeHome(), timeoutMs: 60_000});
		expectCleanFailure(result, {code: 1, cause: /cannot write the store folder \/proc\/self\/director-review-home/});
	});

	it('a full disk (a 64 KiB tmpfs, filled): exit 1, "no space left", and no partial file', {timeout: 120_000}, async () => {
		const home = makeHome();
		const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-full-'));
		// Tests run as root (brief): a real, tiny file system is the honest way to run out of space.
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
		try {
			const filler = path.join(mountPoint, 'filler');
			const block = Buffer.alloc(4096, 120);
			const fd = fs.openSync(filler, 'w');
			try {
				for (;;) fs.writeSync(fd, block);
			} catch (error) {
				expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
			} finally {
				fs.closeSync(fd);
			}

			// Room for a few bytes, not for the files.
			fs.truncateSync(filler, fs.statSync(filler).size - 64);
			const result = await runCli(['export', '--demo', '--week', 'last', '--leadership', '--out', mountPoint], {home});
			expectCleanFailure(result, {code: 1, cause: /cannot write .*no space left on the device/});
			expect(result.stderr).toMatch(/hint: free some disk space and export again/);
			expect(fs.readdirSync(mountPoint)).toEqual(['filler']);
		} finally {
			execFileSync('umount', [mountPoint]);
			fs.rmdirSync(mountPoint);
		}
	});
});
