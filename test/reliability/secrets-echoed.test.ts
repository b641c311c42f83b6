import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {expectNoSecrets, makeHome, removeHomes, runCli} from './cli.js';

/**
 * Text a tracker (or a proxy in front of it) sends back is untrusted: one that echoes the
 * request's Authorization header into its error message must not get the secret printed.
 * Every failure names what went wrong; the secret, and its basic-auth form, never.
 */

const email = 'dana@acme.example';
const token = 'ATATT3xFfGF0echoedSecretToken9876';
const pat = 'NjQ5echoedPersonalAccessToken1234';
const basic = Buffer.from(`${email}:${token}`).toString('base64');

let server: http.Server;
let url = '';

beforeAll(async () => {
	server = http.createServer((request, response) => {
		response.writeHead(400, {'content-type': 'application/json'});
		response.end(JSON.stringify({errorMessages: [`bad request, Authorization: ${request.headers.authorization ?? 'none'}`], errors: {}}));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	removeHomes();
	await new Promise((resolve) => server.close(resolve));
});

describe('a tracker that echoes the credentials into its error message', () => {
	for (const [name, jira, env] of [
		['Jira Cloud, token in config.json', {baseUrl: '', deployment: 'cloud', email, apiToken: token}, {}],
		['Jira Cloud, token in the environment', {baseUrl: '', deployment: 'cloud'}, {JIRA_EMAIL: email, JIRA_API_TOKEN: token}],
		['Jira Data Center, PAT in the environment', {baseUrl: '', deployment: 'datacenter'}, {JIRA_PAT: pat}],
	] as const) {
		it(`${name}: sync and doctor fail without printing the secret`, async () => {
			const home = makeHome({provider: 'jira', jira: {...jira, baseUrl: url}});
			for (const args of [['sync'], ['doctor'], ['sync', '--full']]) {
				const result = await runCli(args, {home, env, timeoutMs: 60_000});
				expect(result.code, result.stderr).toBe(1);
				expect(`${result.stdout}${result.stderr}`).toMatch(/Authorization/);
				expectNoSecrets(`${result.stdout}\n${result.stderr}`, [token, pat, basic]);
			}
		});
	}
});
