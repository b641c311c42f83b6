import {afterEach, expect} from 'vitest';
import {ProviderError, type Provider, type SyncPage} from '../../../source/providers/provider.js';
import {createJiraProvider, type JiraProviderOptions} from '../../../source/providers/jira/index.js';
import type {Store} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';
import {fields, makeIssue, statuses, users, type Deployment, type IssueSpec} from '../../fakes/jira/fixtures.js';
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

/** The requests to the agile API (board listings and sprint reads) made since the `from`th request, in order. */
export const agileRequests = (fake: FakeJira, from: number) => fake.requests.slice(from).filter((request) => request.path.startsWith('/rest/agile/'));

/** The agile API requests made since the `from`th request, named (`GET /rest/agile/1.0/sprint/4`) and sorted. */
export const agileReads = (fake: FakeJira, from: number) => agileRequests(fake, from).map((request) => `${request.method} ${request.path}`).sort();

/**
 * Runs an incremental sync at `now` and names the agile API requests it made, sorted
 * (`GET /rest/agile/1.0/sprint/4`): the sprints it read again, and nothing else the agile API was asked.
 */
export async function agileReadsOfSync(store: Store, fake: FakeJira, deployment: Deployment, now: number): Promise<string[]> {
	const before = fake.requests.length;
	await runSync({store, provider: providerFor(fake, deployment), full: false, now: () => now});
	return agileReads(fake, before);
}
