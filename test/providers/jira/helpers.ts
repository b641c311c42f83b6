import type {Provider, SyncPage} from '../../../source/providers/provider.js';
import {createJiraProvider, type JiraProviderOptions} from '../../../source/providers/jira/index.js';
import {fakeCredentials, type FakeJira} from '../../fakes/jira/server.js';

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
