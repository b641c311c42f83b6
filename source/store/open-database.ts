import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {makeFolder} from '../files/make-folder.js';
import {damagedError, folderError, nativeModuleError, StoreError, translateSqliteError} from './errors.js';
import {listBackups} from './backup-files.js';
import {quickCheckProblem} from './backups.js';
import {pragma, retain} from './handles.js';
import {forgetStamp, isUnchangedSinceClose} from './verified-stamp.js';
import {latestVersion, migrate, schemaVersion} from './migrations.js';

export interface OpenDatabaseOptions {
	readonly readonly: boolean;
	readonly busyTimeoutMs: number;
}

/**
 * Opens (creating if needed) the SQLite file with the settings the store relies on: WAL so
 * a second process can read while one writes, a busy timeout so short overlaps wait
 * instead of failing, foreign keys on, and private permissions, since the file holds the
 * director's judgements of people. Every failure a user can cause becomes a StoreError.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): Database.Database {
	if (options.readonly) {
		if (!fs.existsSync(file)) throw new StoreError(`there is no store at ${file} yet`, 'run director-review sync first');
	} else {
		refuseEmptiedStore(file);
		preparePrivateFile(file);
	}

	let db: Database.Database;
	try {
		db = retain(new Database(file, {readonly: options.readonly, fileMustExist: options.readonly, timeout: options.busyTimeoutMs}));
	} catch (error) {
		throw nativeModuleError(error) ?? translateSqliteError(error, file) ?? damagedError(file, error);
	}

	try {
		if (!options.readonly) pragma(db, 'journal_mode = WAL');
		pragma(db, 'foreign_keys = ON');
		// WAL + NORMAL survives a crashed process; writes that must survive a power cut too
		// (the director's tags and notes) raise it to FULL for their own transaction.
		pragma(db, 'synchronous = NORMAL');
		// A damaged page shows here, at open, rather than halfway through a sync or a tag.
		if (!isUnchangedSinceClose(file)) {
			const problem = quickCheckProblem(db);
			if (problem !== null) throw damagedError(file, new Error(`quick_check: ${problem}`));
		}
		// Until this handle closes cleanly, the file is not the one a stamp vouches for.
		if (!options.readonly) forgetStamp(file);
		if (options.readonly) {
			const version = schemaVersion(db);
			if (version < latestVersion) {
				throw new StoreError(
					`the store at ${file} was written by an older director-review and needs upgrading`,
					'run director-review once (not read-only) to upgrade it',
				);
			}
			if (version > latestVersion) {
				throw new StoreError(`the store at ${file} was written by a newer director-review`, 'upgrade director-review (npm install -g director-review)');
			}
		} else {
			migrate(db, file);
		}
		return db;
	} catch (error) {
		db.close();
		throw translateSqliteError(error, file) ?? error;
	}
}

function preparePrivateFile(file: string): void {
	const folder = path.dirname(file);
	try {
		makeFolder(folder, 0o700);
		// SQLite needs to create the -wal and -shm files next to the store.
		fs.accessSync(folder, fs.constants.W_OK);
	} catch (error) {
		throw folderError(folder, error);
	}

	try {
		// Created 0600 up front, so the store is never readable by others, not even briefly;
		// SQLite gives the -wal and -shm files the same mode.
		fs.closeSync(fs.openSync(file, 'wx', 0o600));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw folderError(folder, error);
		tightenMode(file);
	}
}

/** A store created by an older version or copied in with a loose mode is made private again. */
function tightenMode(file: string): void {
	try {
		const stat = fs.statSync(file);
		if (stat.isFile() && (stat.mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
	} catch {
		// Not ours to chmod (another owner): SQLite will say whether it can be used at all.
	}
}

/**
 * An empty file is a valid empty SQLite database, so a store truncated to nothing would
 * silently start afresh. With backups beside it, it was a store once: refuse it.
 */
function refuseEmptiedStore(file: string): void {
	const sizeOf = (name: string) => {
		try {
			return fs.statSync(name).size;
		} catch {
			return null;
		}
	};
	// Until the first checkpoint, a new store's pages live in its -wal file alone.
	if (sizeOf(file) === 0 && !sizeOf(`${file}-wal`) && listBackups(file).length > 0) throw damagedError(file, new Error('the store file is empty'));
}
