/** What a real Jira Cloud tenant does that the other Cloud tests do not exercise, each as Atlassian's docs state it. */
import {afterEach, expect, it} from 'vitest';
import {ProviderError} from '../../../source/providers/provider.js';
import {fields, makeIssue, statuses, users, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';
import {collect, providerFor} from './helpers.js';

const {dana, alex} = users('cloud');
let fake: FakeJira | null = null;

afterEach(async () => {
	await fake?.close();
	fake = null;
});

async function start(specs: readonly IssueSpec[], options: Partial<FakeJiraOptions> = {}): Promise<FakeJira> {
	fake = await startFakeJira({deployment: 'cloud', issues: specs.map((spec) => makeIssue('cloud', spec)), users: [dana, alex], me: dana, statuses, fields, ...options});
	return fake;
}

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ProviderError);
		return error as ProviderError;
	}

	throw new Error('expected the pull to fail');
}

it('a 403 CAPTCHA challenge (X-Seraph-LoginReason: AUTHENTICATION_DENIED) says to sign in through the browser, not that a permission is missing', async () => {
	const server = await start([{id: 1, created: day(1)}]);
	server.fail({kind: 'captcha', times: 100});
	const error = await failure(collect(providerFor(server, 'cloud').pull({updatedSince: null, resumeCursor: null})));
	expect(error.kind).toBe('auth');
	expect(error.message).toContain('CAPTCHA');
	expect(error.hint).toContain('browser');
	expect(`${error.message} ${error.hint}`).not.toContain(fakeCredentials.apiToken);
	// Not retried: every attempt would be turned away the same way.
	expect(server.requests.filter((request) => request.outcome === 'captcha')).toHaveLength(1);
});
