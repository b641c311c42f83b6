import fs from 'node:fs';
import path from 'node:path';
import {RunTimeError} from '../errors/app-error.js';
import {restoreHint} from './backup-files.js';

/** A store failure the user can act on: one line of cause (naming the path), one line of hint; exit 1. */
export class StoreError extends RunTimeError {}

/** better-sqlite3's SqliteError carries the extended result code as a string: `SQLITE_BUSY_SNAPSHOT`. */
function sqliteCode(error: unknown): string | null {
	if (!(error instanceof Error)) return null;
	const code = (error as {code?: unknown}).code;
	return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

export function isBusy(error: unknown): boolean {
	const code = sqliteCode(error);
	return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function isReadOnly(error: unknown): boolean {
	return sqliteCode(error)?.startsWith('SQLITE_READONLY') ?? false;
}

export function isDiskFull(error: unknown): boolean {
	return sqliteCode(error) === 'SQLITE_FULL';
}

export function busyError(file: string, cause?: unknown): StoreError {
	return new StoreError(
		`another director-review is using the store at ${file}`,
		'wait for the other director-review (a sync or the dashboard) to finish or quit it, then try again',
		{cause},
	);
}

/**
 * better-sqlite3 is a native module built for one Node.js ABI: after a Node upgrade, or an
 * install whose build step did not run, loading it fails. That is not a damaged store.
 */
export function nativeModuleError(error: unknown): StoreError | null {
	if (!(error instanceof Error)) return null;
	const code = (error as {code?: unknown}).code;
	const isLoadFailure = code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|Could not locate the bindings file|was compiled against a different Node\.js version/.test(error.message);
	if (!isLoadFailure) return null;
	return new StoreError(
		`the SQLite module (better-sqlite3) does not fit this Node.js ${process.version}`,
		'reinstall director-review with this Node.js so its native module is built for it (npm install -g director-review, or npm rebuild better-sqlite3)',
		{cause: error},
	);
}

/** Whether the file system holding `file` has no block left for this user. */
function diskIsFull(file: string): boolean {
	try {
		return fs.statfsSync(path.dirname(file)).bavail === 0;
	} catch {
		return false;
	}
}

/** The store file cannot be used as it is: `director-review restore` is the way out. */
export class DamagedStoreError extends StoreError {}

/** The hint names `director-review restore` and the backup when there is one. */
export function damagedError(file: string, cause?: unknown): DamagedStoreError {
	return new DamagedStoreError(`${file} is not a director-review store, or it is damaged`, restoreHint(file), {cause});
}

export function folderError(folder: string, cause?: unknown): StoreError {
	return new StoreError(
		`cannot write the store folder ${folder}`,
		'make the folder writable for your user, or choose another one with --home or DIRECTOR_REVIEW_HOME',
		{cause},
	);
}

/**
 * Turns what SQLite reports into something the director can act on; null for failures
 * that are bugs (a constraint the code should have honoured), which callers rethrow.
 */
export function translateSqliteError(error: unknown, file: string): StoreError | null {
	if (error instanceof StoreError) return error;
	const code = sqliteCode(error);
	if (code === null) return null;
	if (isBusy(error)) return busyError(file, error);
	if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return damagedError(file, error);
	// SQLite reports a full disk met while making its -wal or -shm file, or growing one, as an I/O error.
	if (code === 'SQLITE_FULL' || ((code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) && diskIsFull(file))) {
		return new StoreError(`the disk holding ${file} is full`, 'free some space and try again', {cause: error});
	}
	if (code.startsWith('SQLITE_READONLY')) {
		return new StoreError(`the store at ${file} is read-only`, 'check the permissions of the file and its folder (both must be writable for your user)', {cause: error});
	}
	if (code.startsWith('SQLITE_CANTOPEN')) {
		return new StoreError(`cannot open the store at ${file}`, 'check that the file and its folder exist and are writable for your user', {cause: error});
	}
	if (code.startsWith('SQLITE_IOERR')) {
		return new StoreError(`could not read or write the store at ${file}`, 'check the disk and the file permissions, then try again', {cause: error});
	}
	return null;
}
