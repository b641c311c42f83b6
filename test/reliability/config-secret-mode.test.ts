import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectNoSecrets, makeHome, removeHomes, runCli} from './cli.js';

/**
 * A config.json written by hand (or loosened since) that holds a secret is made private at
 * the next start, and the director is told once, without the secret.
 */

afterAll(() => removeHomes());

const apiKey = 'lin_api_modecheck0123456789abcdefABCDEF';
const jiraToken = 'ATATT3xFfGF0modecheckToken';

describe('a config file holding a secret', () => {
	for (const [name, config, secret] of [
		['linear.apiKey', {provider: 'linear', linear: {apiKey}}, apiKey],
		['jira.apiToken', {provider: 'jira', jira: {baseUrl: 'https://acme.atlassian.net', email: 'dana@acme.example', apiToken: jiraToken}}, jiraToken],
		['jira.pat', {provider: 'jira', jira: {baseUrl: 'https://jira.acme.example', pat: jiraToken}}, jiraToken],
	] as const) {
		it(`with ${name}, readable by others (0644), is mode 0600 after any command, which says so once`, async () => {
			const home = makeHome(config);
			const file = path.join(home, 'config.json');
			fs.chmodSync(file, 0o644);
			const result = await runCli(['review', '--list'], {home, timeoutMs: 60_000});
			expect(result.code, result.stderr).toBe(0);
			expect(fs.statSync(file).mode & 0o777).toBe(0o600);
			expect(result.stderr).toMatch(/warning: .*config\.json holds a secret .*0600/);
			expectNoSecrets(`${result.stdout}\n${result.stderr}`, [secret]);

			const again = await runCli(['review', '--list'], {home, timeoutMs: 60_000});
			expect(again.code, again.stderr).toBe(0);
			expect(again.stderr).not.toMatch(/warning/);
		});
	}

	it('without a secret, keeps the mode it was given', async () => {
		const home = makeHome({provider: 'demo', timezone: 'Europe/Berlin'});
		const file = path.join(home, 'config.json');
		fs.chmodSync(file, 0o644);
		const result = await runCli(['review', '--list'], {home, timeoutMs: 60_000});
		expect(result.code, result.stderr).toBe(0);
		expect(fs.statSync(file).mode & 0o777).toBe(0o644);
		expect(result.stderr).not.toMatch(/warning/);
	});
});
