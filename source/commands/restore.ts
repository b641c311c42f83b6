import fs from 'node:fs';
import readline from 'node:readline/promises';
import {UsageError} from '../errors/app-error.js';
import {resolveHome} from '../config/paths.js';
import {backupRecordCounts, writeBackup} from '../store/backups.js';
import {DamagedStoreError, StoreError} from '../store/errors.js';
import {refuseUnrestorable, type RecordCounts} from '../store/record.js';
import {openStore, type Store} from '../store/store.js';
import {toTerminalLine} from '../text/sanitize.js';
import type {GlobalOptions} from './arguments.js';
import {closeWithBackup, recordClock, storePath} from './context.js';
import {chooseBackup, restoreQuestion} from './restore-choice.js';

/**
 * `director-review restore [FILE]`: brings back the director's record (tags, notes, frozen
 * reviews, issued talking points) from the latest or the named backup. Tracker data is
 * never lost: a healthy store keeps its tickets, and a damaged one is moved aside and
 * started afresh, so the next sync brings the tickets back.
 */
export async function runRestore(options: GlobalOptions, args: readonly string[], yes: boolean): Promise<number> {
	if (args.length > 1) throw new UsageError('restore takes at most one backup file', 'e.g. director-review restore, or director-review restore FILE');
	const file = storePath(resolveHome(options.home));
	const chosen = chooseBackup(file, args[0]);
	const backup = chosen.file;
	// Before the question and before any backup of the record: a refused restore writes nothing.
	refuseUnrestorable(backup, file);
	const holds = yes ? null : backupRecordCounts(backup);
	if (!yes && !(await confirm(restoreQuestion(chosen, holds === null ? null : describe(holds), file)))) {
		process.stderr.write('nothing restored\n');
		return 1;
	}

	// The run's clock and the director's day, as the backups a dashboard or an export writes.
	const {clock, timezone} = recordClock(options);
	const {store, movedAside} = openOrStartAfresh(file);
	let counts: RecordCounts;
	let keptBefore: string | null = null;
	try {
		// The record being replaced may hold changes no backup has yet (a dashboard killed before it closed).
		if (movedAside === null) keptBefore = await backupBeforeRestore(store, file, clock(), timezone);
		counts = store.restoreRecordFrom(backup);
	} finally {
		// The restored record in a backup of its own: today's backup keeps the record as it was.
		await closeWithBackup(store, {besideToday: true, timezone}, clock());
	}
	if (movedAside !== null) process.stdout.write(`moved the damaged store aside to ${movedAside}\n`);
	process.stdout.write(`restored from ${toTerminalLine(backup)}: ${describe(counts)}\n`);
	if (keptBefore !== null) process.stdout.write(`the record as it was before is kept in ${toTerminalLine(keptBefore)}\n`);
	process.stdout.write(movedAside === null ? 'tickets are unchanged\n' : 'run director-review sync to bring the tickets back\n');
	return 0;
}

async function confirm(question: string): Promise<boolean> {
	if (!process.stdin.isTTY) throw new UsageError('restore asks before replacing tags and notes, and there is no terminal to ask', 'pass --yes to restore without asking');
	const prompt = readline.createInterface({input: process.stdin, output: process.stderr});
	try {
		const answer = await prompt.question(question);
		return /^y(es)?$/i.test(answer.trim());
	} catch (error) {
		// Ctrl-C or Ctrl-D at the question: no answer, so no restore.
		if ((error as NodeJS.ErrnoException).code === 'ABORT_ERR') {
			process.stderr.write('\n');
			return false;
		}
		throw error;
	} finally {
		prompt.close();
	}
}

/**
 * A full copy of the record about to be replaced, in a backup file of its own (today's
 * backup and the one being restored stay as they are), so the restore can be undone.
 */
async function backupBeforeRestore(store: Store, file: string, now: number, timezone: string | undefined): Promise<string | null> {
	try {
		return await writeBackup(store, now, {besideToday: true, timezone});
	} catch (error) {
		// A record that cannot be read (a frozen review's part gone) cannot be copied: the restore is the way out.
		if (error instanceof DamagedStoreError) return null;
		if (error instanceof StoreError) throw error;
		throw new StoreError(
			`could not back up the record in ${toTerminalLine(file)} before restoring (${error instanceof Error ? error.message : String(error)})`,
			'nothing was restored; free some disk space or make the backups folder writable, then try again',
			{cause: error},
		);
	}
}

/** A damaged store is moved aside (with its -wal and -shm) and a fresh one takes its place. */
function openOrStartAfresh(file: string): {store: Store; movedAside: string | null} {
	try {
		return {store: openStore(file), movedAside: null};
	} catch (error) {
		if (!(error instanceof DamagedStoreError)) throw error;
	}
	const aside = `${file}.damaged-${new Date().toISOString().replace(/[-:.]/g, '')}`;
	for (const suffix of ['', '-wal', '-shm']) {
		if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${aside}${suffix}`);
	}
	return {store: openStore(file), movedAside: aside};
}

function describe(counts: RecordCounts): string {
	const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
	return [
		plural(counts.tags, 'tag', 'tags'),
		plural(counts.tag_events, 'tag change', 'tag changes'),
		plural(counts.notes, 'note', 'notes'),
		plural(counts.reviews, 'frozen review', 'frozen reviews'),
		plural(counts.review_notes, 'note discussed in them', 'notes discussed in them'),
		plural(counts.issued_points, 'issued talking point', 'issued talking points'),
	].join(', ');
}
