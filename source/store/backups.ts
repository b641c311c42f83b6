import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {makeFolder} from '../files/make-folder.js';
import {pragma, retain} from './handles.js';
import {recordTables, type RecordCounts} from './record.js';
import {forgetStamp, isUnchangedSinceClose, stampClosedStore} from './verified-stamp.js';
import {backupFolder, dayOfUse, listBackups, nameFor, pruneBackups, removeBackup, type BackupSource} from './backup-files.js';
import {isRunning, withBackupLock} from './backup-lock.js';
import {StoreError} from './errors.js';

export {backupFolder, listBackups, restoreHint, type BackupFile} from './backup-files.js';

/**
 * Rolling backups of the director's record (tags, notes, frozen reviews, issued talking
 * points): they exist only in the local store, so the store copies them, while it stays in
 * use, into `backups/` beside it: one file per day of use, a full copy first (record-copy.ts),
 * then updated in place with each change that day (record-sync.ts). Tracker data is not
 * copied: a restore never brings it back, a sync does.
 */

export interface BackupOptions {
	/**
	 * A full copy in a file of its own, today's backup left as it is: after a restore, so the
	 * record as it was before (today's backup) stays restorable should the restore have been
	 * the mistake.
	 */
	readonly besideToday?: boolean;
	/**
	 * A full copy in a file of its own that no later change updates (`director-review backup`):
	 * the path it prints keeps the record as it was then, so `restore FILE` brings that back.
	 */
	readonly kept?: boolean;
	/** The director's zone (the config's): a day of use is their local date. Default: the system's. */
	readonly timezone?: string;
}

/**
 * Backs the record up now and returns the backup's path: one file per day of use. Today's
 * backup, when there is one and it can be updated (record-sync.ts), takes the changes since
 * in one synced transaction and is then renamed to this time; otherwise a full copy is
 * written (`writeFullBackup`). Earlier days' backups are never touched.
 */
export async function writeBackup(source: BackupSource, now: number, options: BackupOptions = {}): Promise<string> {
	const folder = backupFolder(source.file);
	try {
		// Today's backup is picked, updated and renamed by one process at a time (backup-lock.ts).
		return await withBackupLock(folder, () => writeBackupLocked(source, now, options));
	} catch (error) {
		throw backupFolderError(error, folder) ?? error;
	}
}

const folderReasons: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOSPC: 'no space left on the device',
	EROFS: 'read-only file system',
	ENOTDIR: 'a file stands where the folder should be',
	EEXIST: 'a file stands where the folder should be',
	EDQUOT: 'the disk quota is used up',
};

/** A backups folder the file system refuses (not SQLite's doing): one line naming it, with a hint; null for anything else. */
function backupFolderError(error: unknown, folder: string): StoreError | null {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	const reason = code === undefined ? undefined : folderReasons[code];
	if (reason === undefined) return null;
	const hint = code === 'ENOSPC' || code === 'EDQUOT' ? 'free some disk space, then run director-review backup' : `make ${folder} a folder your user can write, then run director-review backup`;
	return new StoreError(`cannot write a backup in ${folder}: ${reason}`, hint, {cause: error});
}

async function writeBackupLocked(source: BackupSource, now: number, options: BackupOptions): Promise<string> {
	removeAbandonedCopies(backupFolder(source.file));
	const today = dayOfUse(now, options.timezone);
	const [latest] = listBackups(source.file).filter((backup) => !backup.kept && dayOfUse(backup.takenAt, options.timezone) === today);
	const ownFile = options.besideToday === true || options.kept === true;
	if (latest !== undefined && !ownFile && (await updated(source, latest.file))) {
		// Atomic: the file is one complete backup under either name (a crash in between leaves the older time).
		const final = now <= latest.takenAt ? latest.file : path.join(path.dirname(latest.file), nameFor(now));
		if (final !== latest.file) fs.renameSync(latest.file, final);
		stampClosedStore(final);
		pruneBackups(source.file, options.timezone);
		return final;
	}
	const written = await writeFullBackup(source, now, options.kept === true);
	// The backup it supersedes: today's, which could not take the changes (damaged, of another
	// schema), or which a kept backup of the record as it is now holds in full.
	if (latest !== undefined && !options.besideToday && latest.file !== written) removeBackup(latest.file);
	pruneBackups(source.file, options.timezone);
	return written;
}

/**
 * Whether today's backup took the changes. An update that failed midway was rolled back;
 * the full copy then written reads the whole record, so a damaged store still fails it.
 * `quick_check` reads the whole backup, the day's history: a backup stamped as this program
 * last left it (size, times and inode, as the store's own open does: verified-stamp.ts) is
 * the file that was complete then, and is not checked again. The stamp is dropped first, so
 * an update that stops halfway leaves a file that is checked next time.
 */
async function updated(source: BackupSource, file: string): Promise<boolean> {
	const unchanged = isUnchangedSinceClose(file);
	forgetStamp(file);
	try {
		return await source.updateRecordCopy(file, unchanged);
	} catch {
		return false;
	}
}

/**
 * A full copy of the record in a new file. It is written under a temporary name and takes
 * its place only once complete, so a failed or interrupted copy never passes for a backup;
 * a store whose record cannot be read writes none.
 */
async function writeFullBackup(source: BackupSource, now: number, kept = false): Promise<string> {
	const folder = backupFolder(source.file);
	makeFolder(folder, 0o700);
	// Two full copies in one millisecond (the record before a restore, then after it) keep both.
	let at = now;
	while (fs.existsSync(path.join(folder, nameFor(at, kept)))) at += 1;
	const final = path.join(folder, nameFor(at, kept));
	const partial = path.join(folder, `.partial-${process.pid}-${now}.db`);
	try {
		fs.closeSync(fs.openSync(partial, 'w', 0o600));
		await source.backupRecordTo(partial);
		// Durable before it takes its name, whatever the copy's own commits synced (record-copy.ts).
		const written = fs.openSync(partial, 'r+');
		try {
			fs.fsyncSync(written);
		} finally {
			fs.closeSync(written);
		}
		fs.renameSync(partial, final);
		stampClosedStore(final);
	} finally {
		fs.rmSync(partial, {force: true});
		// The copy's rollback journal, should the copy have stopped halfway.
		fs.rmSync(`${partial}-journal`, {force: true});
	}
	return final;
}

const partialName = /^\.partial-(\d+)-\d+\.db(?:-journal)?$/;

/**
 * The full copies a process was writing when it died (Ctrl-C, SIGTERM, SIGKILL, a crash:
 * `writeFullBackup`'s cleanup never ran), each as large as the record. They are never
 * backups, and nothing else would ever remove them. Called under the backup lock, so no live
 * process is copying; a copy whose writer still runs (its lock taken over as stale) is left.
 */
function removeAbandonedCopies(folder: string): void {
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return;
	}
	for (const name of names) {
		const pid = Number(partialName.exec(name)?.[1] ?? Number.NaN);
		if (Number.isNaN(pid) || (pid !== process.pid && isRunning(pid))) continue;
		fs.rmSync(path.join(folder, name), {force: true});
	}
}

/**
 * The daily backup: written when today has none yet, or when the record changed since the
 * newest backup — in this session, or in one that ended before its backup (killed): today's
 * backup then takes today's tags, notes and reviews. `recordWrittenAt`: when any process
 * last wrote the record (null: never, or unknown).
 */
export async function backupIfDue(source: BackupSource, now: number, recordChanged: boolean, options: BackupOptions = {}, recordWrittenAt: number | null = null): Promise<string | null> {
	const [latest] = listBackups(source.file);
	const unbacked = recordChanged || latest === undefined || (recordWrittenAt !== null && recordWrittenAt >= latest.takenAt);
	if (!unbacked && dayOfUse(latest.takenAt, options.timezone) === dayOfUse(now, options.timezone)) return null;
	return writeBackup(source, now, options);
}

/**
 * null when SQLite finds the file sound; otherwise what is wrong with it, in a few words. A
 * backup whose update was interrupted may have a hot journal beside it: the file is opened
 * for writing then, so SQLite rolls the update back (read-only, it refuses the file).
 */
export function checkDatabaseFile(file: string): string | null {
	let db: Database.Database;
	try {
		db = retain(new Database(file, {readonly: !fs.existsSync(`${file}-journal`), fileMustExist: true}));
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	try {
		return quickCheckProblem(db);
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	} finally {
		db.close();
	}
}

/** `PRAGMA quick_check`: null when it says ok, else its first finding. */
export function quickCheckProblem(db: Database.Database): string | null {
	const result = String(pragma(db, 'quick_check(1)'));
	return result === 'ok' ? null : result;
}


/**
 * How much of the director's record a sound backup holds, by table, read-only; a table the
 * backup predates counts 0. null when the file cannot be read as a backup.
 */
export function backupRecordCounts(file: string): RecordCounts | null {
	let db: Database.Database;
	try {
		db = retain(new Database(file, {readonly: true, fileMustExist: true}));
	} catch {
		return null;
	}
	try {
		const tables = new Set(retain(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`)).pluck().all() as string[]);
		if (!tables.has('tags')) return null;
		const counts = {} as Record<(typeof recordTables)[number], number>;
		for (const table of recordTables) counts[table] = tables.has(table) ? (retain(db.prepare(`SELECT COUNT(*) FROM "${table}"`)).pluck().get() as number) : 0;
		return counts;
	} catch {
		return null;
	} finally {
		db.close();
	}
}
