import type {SyncPage} from '../../../source/providers/provider.js';
import {createLinearProvider, type LinearProviderOptions} from '../../../source/providers/linear/index.js';
import type {RetryPolicy} from '../../../source/providers/retry.js';
import type {FakeLinearServer} from '../../fakes/linear/server.js';

/** A retry policy that never really sleeps, and remembers what it would have waited. */
export function recordingRetry(attempts = 4): {policy: Partial<RetryPolicy>; delays: number[]} {
	const delays: number[] = [];
	return {
		delays,
		policy: {
			attempts,
			baseDelayMs: 1,
			maxDelayMs: 4,
			maxRateLimitWaitMs: 600_000,
			random: () => 0,
			sleep: async (ms) => {
				delays.push(ms);
			},
		},
	};
}

export function providerFor(server: FakeLinearServer, overrides: Partial<LinearProviderOptions> = {}) {
	return createLinearProvider({
		apiKey: server.apiKey,
		apiUrl: server.url,
		teams: [],
		timezone: 'Europe/Berlin',
		retry: recordingRetry().policy,
		...overrides,
	});
}

export async function collectPages(pages: AsyncIterable<SyncPage>): Promise<SyncPage[]> {
	const result: SyncPage[] = [];
	for await (const page of pages) result.push(page);
	return result;
}

export async function pullAll(provider: ReturnType<typeof createLinearProvider>, updatedSince: number | null = null) {
	return collectPages(provider.pull({updatedSince, resumeCursor: null}));
}

export function operationCounts(server: FakeLinearServer): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const request of server.requests) {
		const name = request.operationName ?? '(none)';
		counts[name] = (counts[name] ?? 0) + 1;
	}

	return counts;
}
