import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Category} from '../../source/domain/types.js';
import {openStore} from '../../source/store/store.js';
import {storeWriterScript} from './compile-store.js';
import {temporaryFolder} from './fixtures.js';
import {runAndKill} from '../support/kill-child.js';

/**
 * A child process syncs pages and sets tags as fast as it can; the test kills it with
 * SIGKILL at arbitrary moments. Every tag the child confirmed must be on disk, every page
 * must be whole with its cursor, and the file must stay sound.
 */

let temporary: ReturnType<typeof temporaryFolder>;
let childScript: string;

beforeAll(() => {
	temporary = temporaryFolder();
	childScript = storeWriterScript(
		temporary.folder,
		'writer.mjs',
		`const ticket = (id) => ({
			id, key: 'ENG-' + id, title: 'Ticket ' + id, url: null, type: 'Bug', priority: 'high', labels: ['incident'], components: [],
			project: 'PAY', team: 'ENG', status: 'Todo', statusCategory: 'unstarted', createdAt: 1, updatedAt: 2, startedAt: null,
			completedAt: null, canceledAt: null, dueDate: null, assigneeId: 'alex', creatorId: 'dana', iterationId: null, estimate: null,
			history: [{at: 1, field: 'assignee', from: null, to: 'alex', actorId: 'dana'}], blockedSpells: [],
		});
		const categories = ['operational', 'strategic', null];
		for (let number = 0; ; number++) {
			const cursor = run + ':' + number;
			const tickets = Array.from({length: 40}, (_, index) => ticket(run + '-' + number + '-' + index));
			store.writePage('demo', 'tickets', {tickets, people: [], iterations: [], cursor, progress: {done: number, total: null}},
				{phase: 'running', cursor, full: false, updatedSince: null, runStartedAt: 1, generation: null, lastSyncedAt: null});
			say('page ' + cursor);
			const id = 'tagged-' + (number % 7);
			const category = categories[(number + Number(run)) % 3];
			say('setting ' + id + ' ' + category);
			store.setTag('demo', id, category);
			say('set ' + id + ' ' + category);
		}`,
	);
}, 60_000);

afterAll(() => {
	temporary.cleanup();
});

interface Report {
	/** Cursors of the pages the child saw committed. */
	readonly pages: string[];
	/** Everything the child said, in order. */
	readonly lines: string[];
}

/** Runs the writer until it has confirmed a few tags, lets it go on for `extraMs`, then SIGKILLs it. */
async function runAndKillWriter(file: string, run: number, extraMs: number): Promise<Report> {
	const lines = await runAndKill(childScript, [file, String(run)], 'set ', 3, extraMs);
	return {pages: lines.filter((line) => line.startsWith('page ')).map((line) => line.slice(5)), lines};
}

function parseCategory(word: string | undefined): Category | null {
	return word === 'null' || word === undefined ? null : (word as Category);
}

describe('crash safety', () => {
	it('keeps every confirmed tag and whole pages through five SIGKILLs', async () => {
		const file = temporary.file;
		// What the store must hold for each tagged ticket after the kills so far.
		const expected = new Map<string, Category | null>();
		// A deterministic spread of kill moments, from "right away" to a good while in.
		const delays = [0, 35, 90, 160, 260];

		for (const [run, delay] of delays.entries()) {
			const report = await runAndKillWriter(file, run, delay);
			const store = openStore(file);
			try {
				expect(store.integrityCheck()).toBe('ok');

				// Tags: the last confirmed value, or — when the child died between asking and
				// hearing back — possibly the value it was setting.
				const pending = new Map<string, Category | null>();
				for (const line of report.lines) {
					const [verb, id, word] = line.split(' ');
					if (id === undefined) continue;
					if (verb === 'setting') pending.set(id, parseCategory(word));
					if (verb === 'set') {
						expected.set(id, parseCategory(word));
						pending.delete(id);
					}
				}
				const tags = store.getTags('demo');
				for (const [id, category] of expected) {
					const actual = tags.get(id)?.category ?? null;
					const allowed = pending.has(id) ? [category, pending.get(id)] : [category];
					expect(allowed, `tag of ${id} after run ${run}`).toContain(actual);
				}
				for (const [id, category] of pending) {
					if (!expected.has(id)) expect([null, category]).toContain(tags.get(id)?.category ?? null);
				}
				for (const id of pending.keys()) expected.set(id, tags.get(id)?.category ?? null);

				// Pages: the cursor names the last whole page, and every ticket of it is there.
				const cursor = store.getSyncState('demo', 'tickets')?.cursor;
				expect(cursor?.startsWith(`${run}:`)).toBe(true);
				const lastPage = Number(cursor?.split(':')[1]);
				expect(report.pages.length === 0 || lastPage >= report.pages.length - 1).toBe(true);
				const ids = new Set(store.loadTickets('demo').map((ticket) => ticket.id));
				const ofThisRun = [...ids].filter((id) => id.startsWith(`${run}-`));
				expect(ofThisRun).toHaveLength((lastPage + 1) * 40);
				for (let index = 0; index < 40; index++) expect(ids.has(`${run}-${lastPage}-${index}`)).toBe(true);
			} finally {
				store.close();
			}
		}

		const reopened = openStore(file);
		try {
			expect(reopened.integrityCheck()).toBe('ok');
			expect(reopened.ticketCount('demo')).toBeGreaterThan(0);
		} finally {
			reopened.close();
		}
	}, 120_000);
});
