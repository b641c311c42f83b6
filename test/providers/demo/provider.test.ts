import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createDemoProvider, generateDemoOrg} from '../../../source/providers/demo/index.js';
import {ProviderError, type PullOptions, type SyncPage} from '../../../source/providers/provider.js';
import {openStore} from '../../../source/store/store.js';
import {runSync} from '../../../source/sync/run-sync.js';

const now = Date.parse('2026-11-25T14:37:00Z');
const timezone = 'Europe/Berlin';
const full: PullOptions = {updatedSince: null, resumeCursor: null};

async function collect(pages: AsyncIterable<SyncPage>): Promise<SyncPage[]> {
	const result: SyncPage[] = [];
	for await (const page of pages) result.push(page);
	return result;
}

describe('createDemoProvider', () => {
	const org = generateDemoOrg({now, timezone});

	it('describes itself like the other providers', async () => {
		const provider = createDemoProvider({now, timezone});
		expect(provider.name).toBe('demo');
		expect(provider.description).toBe('Demo organisation (Acme)');
		expect((await provider.whoAmI()).email).toBe('dana@acme.example');
		expect(await provider.listPeople()).toEqual(org.people);
	});

	it('pulls every ticket in pages of 250, people and iterations on the first page', async () => {
		const pages = await collect(createDemoProvider({now, timezone}).pull(full));
		expect(pages.length).toBe(Math.ceil(org.tickets.length / 250));
		expect(pages.flatMap((page) => page.tickets)).toEqual(org.tickets);
		expect(pages[0]?.people).toEqual(org.people);
		expect(pages[0]?.iterations).toEqual(org.iterations);
		expect(pages.slice(1).every((page) => page.people.length === 0 && page.iterations.length === 0)).toBe(true);
		expect(pages.map((page) => page.cursor)).toEqual([...pages.slice(1).map((_, index) => String((index + 1) * 250)), null]);
		expect(pages.map((page) => page.progress.done)).toEqual(pages.map((_, index) => Math.min((index + 1) * 250, org.tickets.length)));
		expect(pages.every((page) => page.progress.total === org.tickets.length)).toBe(true);
	});

	it('resumes from a cursor it yielded', async () => {
		const pages = await collect(createDemoProvider({now, timezone}).pull(full));
		const cursor = pages[2]?.cursor ?? null;
		expect(cursor).not.toBeNull();
		const resumed = await collect(createDemoProvider({now, timezone}).pull({updatedSince: null, resumeCursor: cursor}));
		expect(resumed.flatMap((page) => page.tickets)).toEqual(pages.slice(3).flatMap((page) => page.tickets));
		expect(resumed[0]?.progress.done).toBe(pages[3]?.progress.done);
	});

	it('pulls only what changed since an instant', async () => {
		const since = now - 3 * 86_400_000;
		const pages = await collect(createDemoProvider({now, timezone}).pull({updatedSince: since, resumeCursor: null}));
		const changed = org.tickets.filter((ticket) => ticket.updatedAt >= since);
		expect(changed.length).toBeGreaterThan(0);
		expect(changed.length).toBeLessThan(org.tickets.length / 2);
		expect(pages.flatMap((page) => page.tickets)).toEqual(changed);
		expect(pages.at(-1)?.progress).toEqual({done: changed.length, total: changed.length});
	});

	it('yields one last page with the people even when nothing changed', async () => {
		const pages = await collect(createDemoProvider({now, timezone}).pull({updatedSince: now + 1, resumeCursor: null}));
		expect(pages).toHaveLength(1);
		expect(pages[0]?.tickets).toEqual([]);
		expect(pages[0]?.people.length).toBeGreaterThan(30);
		expect(pages[0]?.cursor).toBeNull();
	});

	it('refuses a cursor it never gave, as a provider fault', async () => {
		const pull = collect(createDemoProvider({now, timezone}).pull({updatedSince: null, resumeCursor: 'page=3'}));
		await expect(pull).rejects.toBeInstanceOf(ProviderError);
	});

	it('stops between pages when aborted', async () => {
		const controller = new AbortController();
		const seen: SyncPage[] = [];
		const pull = (async () => {
			for await (const page of createDemoProvider({now, timezone}).pull({...full, signal: controller.signal})) {
				seen.push(page);
				controller.abort();
			}
		})();
		await expect(pull).rejects.toThrow();
		expect(seen).toHaveLength(1);
	});

	it('honours a smaller page size', async () => {
		const pages = await collect(createDemoProvider({now, timezone, ticketCount: 200, weeks: 4, pageSize: 40}).pull(full));
		expect(pages.slice(0, -1).every((page) => page.tickets.length === 40)).toBe(true);
		expect(() => createDemoProvider({now, timezone, pageSize: 0})).toThrow(RangeError);
	});
});

describe('the demo through the real sync and store', () => {
	let directory: string | null = null;
	afterEach(() => {
		if (directory !== null) rmSync(directory, {recursive: true, force: true});
		directory = null;
	});

	it('lands every ticket in the store, and a week later the director’s tags still point at the same tickets', async () => {
		directory = mkdtempSync(path.join(tmpdir(), 'demo-sync-'));
		const store = openStore(path.join(directory, 'store.db'));
		try {
			const first = await runSync({store, provider: createDemoProvider({now, timezone}), full: true, now: () => now});
			const org = generateDemoOrg({now, timezone});
			expect(first.tickets).toBe(org.tickets.length);
			const byId = (left: {id: string}, right: {id: string}) => left.id.localeCompare(right.id);
			expect(store.loadTickets('demo').sort(byId)).toEqual([...org.tickets].sort(byId));

			const tagged = org.tickets.find((ticket) => ticket.createdAt > now - 40 * 86_400_000 && ticket.title.startsWith('Update'));
			if (tagged === undefined) throw new Error('the demo should have an ambiguous "Update …" ticket in the last weeks');
			store.setTag('demo', tagged.id, 'strategic');

			const later = now + 7 * 86_400_000;
			await runSync({store, provider: createDemoProvider({now: later, timezone}), full: true, now: () => later});
			const again = store.loadTickets('demo').find((ticket) => ticket.id === tagged.id);
			expect(again?.key).toBe(tagged.key);
			expect(again?.title).toBe(tagged.title);
			expect(store.getTags('demo').get(tagged.id)?.category).toBe('strategic');
		} finally {
			store.close();
		}
	});
});
