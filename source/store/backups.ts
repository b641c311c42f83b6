import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {makeFolder} from '../files/make-folder.js';
import {pragma, retain} from './handles.js';
import {backupFolder, listBackups, nameFor, pruneBackups, utcDay, type BackupSource} from './backup-files.js';

export {backupFolder, listBackups, restoreHint, type BackupFile} from './backup-files.js';

/**
 * Rolling backups of the director's record (tags, notes, frozen reviews, issued talking
 * points): they exist only in the local store, so the store copies them, while it stays in
 * use, into `backups/` beside it (record-copy.ts). Tracker data is not copied: a restore
 * never brings it back, a sync does.
 */

/**
 * Writes a backup now and returns its path. It is written under a temporary name and takes
 * its place only once complete, so a failed or interrupted copy never passes for a backup;
 * a store whose record cannot be read writes none.
 */
export async function writeBackup(source: BackupSource, now: number): Promise<string> {
	const folder = backupFolder(source.file);
	makeFolder(folder, 0o700);
	const final = path.join(folder, nameFor(now));
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
	} finally {
		fs.rmSync(partial, {force: true});
		// The copy's rollback journal, should the copy have stopped halfway.
		fs.rmSync(`${partial}-journal`, {force: true});
	}
	pruneBackups(source.file);
	return final;
}

/**
 * The daily backup: written when today has none yet, or when this session changed the
 * record (today's newest backup then holds today's tags and notes).
 */
export async function backupIfDue(source: BackupSource, now: number, recordChanged: boolean): Promise<string | null> {
	const [latest] = listBackups(source.file);
	if (!recordChanged && latest !== undefined && utcDay(latest.takenAt) === utcDay(now)) return null;
	return writeBackup(source, now);
}

/** null when SQLite finds the file sound; otherwise what is wrong with it, in a few words. */
export function checkDatabaseFile(file: string): string | null {
	let db: Database.Database;
	try {
		db = retain(new Database(file, {readonly: true, fileMustExist: true}));
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

