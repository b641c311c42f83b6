import type Database from 'better-sqlite3';
import {isBusy, isDiskFull, isReadOnly} from './errors.js';
import {pragma} from './handles.js';

/**
 * A write that is only an optimisation (kept verdicts, kept week reports: derived data a later
 * load would otherwise compute): it never waits for another instance's write lock, and a busy,
 * read-only or full store skips it (false) instead of failing the command. `work` returns
 * false when it decides not to write. SQLite applies busy_timeout to statements prepared
 * after it is set, which the write's transaction statements are.
 */
export function writeIfFree(db: Database.Database, write: <T>(work: () => T) => T, work: () => boolean): boolean {
	if (db.readonly) return false;
	const waits = Math.trunc(pragma(db, 'busy_timeout') as number);
	pragma(db, 'busy_timeout = 0');
	try {
		return write(work);
	} catch (error) {
		if (cannotWrite(error)) return false;
		throw error;
	} finally {
		pragma(db, `busy_timeout = ${waits}`);
	}
}

function cannotWrite(error: unknown): boolean {
	const cause = error instanceof Error ? error.cause : undefined;
	return [error, cause].some((each) => isBusy(each) || isReadOnly(each) || isDiskFull(each));
}
