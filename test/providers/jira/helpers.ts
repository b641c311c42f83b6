import {afterEach, expect} from 'vitest';
import {ProviderError, type Provider, type SyncPage} from '../../../source/providers/provider.js';
import {createJiraProvider, type JiraProviderOptions} from '../../../source/providers/jira/index.js';
import {fields, makeIssue, statuses, users, type IssueSpec} from '../../fakes/jira/fixtures.js';
import {fakeCredentials, startFakeJira, type FakeJira, type FakeJiraOptions} from '../../fakes/jira/server.js';

export async function collect(pages: AsyncIterable<SyncPage>): Promise<SyncPage[]> {
	const collected: SyncPage[] = [];
	for await (const page of pages) collected.push(page);
	return collected;
}

export function providerFor(fake: FakeJira, deployment: JiraProviderOptions['deployment'], overrides: Partial<JiraProviderOptions> = {}): Provider {
	const cloud = deployment === 'cloud';
	return createJiraProvider({
		baseUrl: fake.url,
		deployment,
		jql: 'project = ENG',
		email: cloud || deployment === 'auto' ? fakeCredentials.email : null,
		apiToken: cloud || deployment === 'auto' ? fakeCredentials.apiToken : null,
		pat: cloud ? null : fakeCredentials.pat,
		timezone: 'UTC',
		retry: {baseDelayMs: 1, maxDelayMs: 5, attempts: 4},
		requestTimeoutMs: 2000,
		...overrides,
	});
}

export const tickets = (pages: readonly SyncPage[]) => pages.flatMap((page) => page.tickets);

/** The error a pull (or any provider call) fails with: a ProviderError, or the test fails. */
export async function failure(promise: Promise<unknown>): Promise<ProviderError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ProviderError);
		return error as ProviderError;
	}

	throw new Error('expected the pull to fail');
}

/** Starts fake Cloud tenants of these issues (Dana is the caller, Alex another user), each closed after its test. */
export function cloudTenants(): (specs: readonly IssueSpec[], options?: Partial<FakeJiraOptions>) => Promise<FakeJira> {
	const {dana, alex} = users('cloud');
	let fake: FakeJira | null = null;
	afterEach(async () => {
		await fake?.close();
		fake = null;
	});
	return async (specs, options = {}) => {
		await fake?.close();
		fake = await startFakeJira({deployment: 'cloud', issues: specs.map((spec) => makeIssue('cloud', spec)), users: [dana, alex], me: dana, statuses, fields, ...options});
		return fake;
	};
}
