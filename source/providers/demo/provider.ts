import type {Person} from '../../domain/types.js';
import {ProviderError, type Provider, type PullOptions, type SyncPage} from '../provider.js';
import {generateDemoOrg, type DemoOptions, type DemoOrg} from './generate.js';
import {demoPeople, director} from './roster.js';

export const demoPageSize = 250;

/**
 * The demo org behind the same interface as Linear and Jira: pages, opaque cursors,
 * incremental pulls. The org is generated on first use, once per provider.
 */
export function createDemoProvider(options: DemoOptions & {readonly pageSize?: number}): Provider {
	const pageSize = options.pageSize ?? demoPageSize;
	if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
	let org: DemoOrg | null = null;
	const generated = (): DemoOrg => {
		org ??= generateDemoOrg(options);
		return org;
	};

	return {
		name: 'demo',
		description: 'Demo organisation (Acme)',
		async *pull(pull: PullOptions): AsyncIterable<SyncPage> {
			pull.signal?.throwIfAborted();
			const {tickets, people, iterations} = generated();
			// Tickets are ordered by creation, so tickets filed after an interruption land
			// after the resume point instead of shifting it.
			const selected = pull.updatedSince === null ? tickets : tickets.filter((ticket) => ticket.updatedAt >= (pull.updatedSince ?? 0));
			let offset = parseCursor(pull.resumeCursor, selected.length);
			let isFirst = true;
			do {
				const page = selected.slice(offset, offset + pageSize);
				offset += page.length;
				yield {
					tickets: page,
					people: isFirst ? people : [],
					iterations: isFirst ? iterations : [],
					cursor: offset < selected.length ? String(offset) : null,
					progress: {done: offset, total: selected.length},
				};
				isFirst = false;
				// Let the UI paint between pages, as it would between network round trips.
				await new Promise((resolve) => setImmediate(resolve));
				pull.signal?.throwIfAborted();
			} while (offset < selected.length);
		},
		async whoAmI(): Promise<Person> {
			return director;
		},
		// People do not depend on the tickets: no need to generate the org to list them.
		async listPeople(): Promise<readonly Person[]> {
			return [...demoPeople];
		},
	};
}

function parseCursor(cursor: string | null, length: number): number {
	if (cursor === null) return 0;
	const offset = /^\d+$/.test(cursor) ? Number(cursor) : Number.NaN;
	if (!Number.isSafeInteger(offset)) throw new ProviderError('demo', 'malformed', 'the saved sync position is not a demo cursor', 'run director-review sync --full to start over');
	return Math.min(offset, length);
}
