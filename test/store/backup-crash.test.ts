import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkDatabaseFile, listBackups} from '../../source/store/backups.js';
import {retain} from '../../source/store/handles.js';
import {ReviewReader} from '../../source/store/review-parts.js';
import {storeWriterScript} from './compile-store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';
import {runAndKill} from '../support/kill-child.js';

/**
 * Today's backup is updated in place, in one transaction on the backup file (record-sync.ts).
 * A child process freezes a review, tags a ticket and writes a note, then updates the backup,
 * again and again, and is killed with SIGKILL at moments soon after it starts an update. Afterwards the day's one
 * backup is complete: the state of the last update the child confirmed, or of the one it
 * was making — its reviews, tags and notes, and every review with all its rows.
 */
const rowsPerReview = 3000;
let temporary: ReturnType<typeof temporaryFolder>;
let childScript: string;

beforeAll(() => {
	temporary = temporaryFolder();
	childScript = storeWriterScript(
		temporary.folder,
		'backup-updater.mjs',
		`const {writeBackup} = await import('./store/backups.js');
		const day = Date.UTC(2026, 11, 5, 8);
		for (let number = 0; ; number++) {
			// Rows of their own each time: shared parts (store version 9) would make every update after the first tiny, and a kill would seldom land in one.
			const rows = Array.from({length: ${rowsPerReview}}, (_, index) => ({ticketId: 't' + index, key: 'ENG-' + index, title: 'run ' + run + ' number ' + number + ' '.repeat(200)}));
			const id = store.reviews.freeze('demo', {week: '2026-W49', trigger: 'export', figures: {run, number}, tickets: rows});
			store.setTag('demo', 'run' + run + '-' + number, 'strategic');
			store.addNote('demo', {kind: 'ticket', ticketId: String(id)}, 'note ' + id);
			const counts = [store.reviews.list('demo').length, store.getTags('demo').size, store.listNotes('demo').length].join(' ');
			say('updating ' + counts);
			await writeBackup(store, day + run * 1_000_000 + number * 1000);
			say('updated ' + counts);
		}`,
	);
}, 60_000);

afterAll(() => {
	temporary.cleanup();
});

describe('today’s backup through a crash', () => {
	it('is the previous or the new complete state after each SIGKILL (seven or more), some of them during an update', {timeout: 180_000}, async () => {
		let interrupted = 0;
		// Seven kills at set moments; then, until one has landed in the middle of an update (set
		// delays hit one only by luck on a busy machine), more at the moment the backup's journal
		// has been written in this run — the update's transaction is under way — up to twenty.
		const delays = [0, 2, 5, 10, 20, 40, 80];
		for (let run = 0; run < delays.length || (interrupted === 0 && run < delays.length + 20); run++) {
			const delay = delays[run] ?? 0;
			const started = Date.now();
			const duringUpdate = run < delays.length ? undefined : {holds: () => journalWrittenSince(temporary.file, started), withinMs: 20_000};
			const lines = await runAndKill(childScript, [temporary.file, String(run)], 'updating ', 2, delay, duringUpdate);
			const confirmed = lines.filter((line) => line.startsWith('updated ')).at(-1)?.slice(8);
			const making = lines.filter((line) => line.startsWith('updating ')).at(-1)?.slice(9);
			const backups = listBackups(temporary.file);
			expect(backups).toHaveLength(1);
			const [backup] = backups;
			// Rolls an interrupted update back (its journal is hot), then finds the file sound.
			if (fs.existsSync(`${backup!.file}-journal`)) interrupted++;
			expect(checkDatabaseFile(backup!.file)).toBeNull();
			const raw = rawDatabase(backup!.file, {readonly: true});
			try {
				const count = (sql: string) => retain(raw.prepare(sql)).pluck().get() as number;
				const reviews = count('SELECT count(*) FROM reviews');
				expect([confirmed, making]).toContain(`${reviews} ${count('SELECT count(*) FROM tags')} ${count('SELECT count(*) FROM notes')}`);
				// Every review whole: its layout and every shared part it references (store version 9).
				const part = (hash: string) => retain(raw.prepare('SELECT length, brotli FROM review_parts WHERE hash = ?')).get(hash) as {length: number; brotli: Buffer} | undefined;
				const layouts = retain(raw.prepare('SELECT layout FROM reviews')).pluck().all() as string[];
				expect(layouts).toHaveLength(reviews);
				for (const layout of layouts) expect(new ReviewReader(layout, part).tickets()).toHaveLength(rowsPerReview);
			} finally {
				raw.close();
			}
			// Nothing but the day's backup, perhaps its journal (no longer hot) and stamp, and the killed
			// writer's lock (backup-lock.ts: the next writer takes it over), and never a second backup.
			expect(fs.readdirSync(path.dirname(backup!.file)).filter((name) => !/-journal$|\.verified$|^\.backup\.lock$/.test(name))).toEqual([path.basename(backup!.file)]);
		}
		// Some kills did land in the middle of an update.
		expect(interrupted).toBeGreaterThan(0);
	});
});

/** A rollback journal beside one of the store's backups, written after `since`: an update is in its transaction. */
function journalWrittenSince(storeFile: string, since: number): boolean {
	const [backup] = listBackups(storeFile);
	if (!backup) return false;
	try {
		const journal = fs.statSync(`${backup.file}-journal`);
		return journal.size > 0 && journal.mtimeMs >= since;
	} catch {
		return false;
	}
}
