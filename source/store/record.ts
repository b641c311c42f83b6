import Database from 'better-sqlite3';
import {isBusy, isDiskFull, isReadOnly, StoreError, translateSqliteError} from './errors.js';
import {markRecordWrittenSql} from './connection.js';
import {retain} from './handles.js';
import {latestVersion} from './migrations.js';
import {unreadableReview} from './review-check.js';

/**
 * The director's record: the tables only this machine holds. Parents before children, so
 * inserting in this order and deleting in the reverse honours the foreign keys (and the
 * shared parts of frozen reviews, referenced by hash from `reviews.layout`, come first).
 */
export const recordTables = ['tags', 'tag_events', 'notes', 'review_parts', 'reviews', 'review_tickets', 'review_notes', 'issued_points'] as const;

export type RecordCounts = Readonly<Record<(typeof recordTables)[number], number>>;

/**
 * Replaces the record in `db` with the one in the backup file, in one durable transaction;
 * tickets, people and sync state stay as they are. A table the backup predates is left
 * empty; columns it predates take their defaults.
 */
export function replaceRecord(db: Database.Database, backupFile: string, storeFile: string): RecordCounts {
	const run = (sql: string, ...parameters: unknown[]) => retain(db.prepare(sql)).run(...parameters);
	run(`ATTACH DATABASE ? AS backup`, backupFile);
	try {
		const backupTables = refuseForeignOrNewer(db, 'backup', backupFile);
		const counts = {} as Record<(typeof recordTables)[number], number>;
		const copy = db.transaction(() => {
			for (const table of [...recordTables].reverse()) run(`DELETE FROM main.${table}`);
			for (const table of recordTables) {
				counts[table] = 0;
				if (!backupTables.has(table)) continue;
				const columns = sharedColumns(db, table);
				const list = columns.map((column) => `"${column}"`).join(', ');
				counts[table] = run(`INSERT INTO main.${table} (${list}) SELECT ${list} FROM backup.${table}`).changes;
			}
			refuseUnreadableReviews(db, backupFile, storeFile);
			run(markRecordWrittenSql, String(Date.now()));
		});
		run('PRAGMA synchronous = FULL');
		try {
			copy.immediate();
		} finally {
			run('PRAGMA synchronous = NORMAL');
		}
		return counts;
	} catch (error) {
		if (error instanceof StoreError) throw error;
		// The store itself could not take the record (another instance holds it, a full disk, a
		// read-only file): said as such, never blamed on the backup.
		if (isBusy(error) || isDiskFull(error) || isReadOnly(error)) throw translateSqliteError(error, storeFile) ?? error;
		throw unreadableBackup(error, backupFile, storeFile);
	} finally {
		run(`DETACH DATABASE backup`);
	}
}

/**
 * Refuses, before anything is written, a file a restore could not bring back: not a
 * director-review backup, one of a newer schema, or one whose frozen review cannot be read.
 * `restore` asks this first, so a refused restore writes no backup of the record before it
 * (nor after), moves no damaged store aside and leaves the store as it was; `replaceRecord`
 * checks again, inside its transaction.
 */
export function refuseUnrestorable(backupFile: string, storeFile: string): void {
	let db: Database.Database;
	try {
		db = retain(new Database(backupFile, {readonly: true, fileMustExist: true}));
	} catch (error) {
		throw unreadableBackup(error, backupFile, storeFile);
	}
	try {
		const tables = refuseForeignOrNewer(db, 'main', backupFile);
		// A backup of store version 8 or before has no parts and no layouts: nothing to look up.
		const layouts = tables.has('reviews') && (retain(db.prepare(`SELECT name FROM pragma_table_info('reviews', 'main')`)).pluck().all() as string[]).includes('layout');
		if (layouts && tables.has('review_parts')) refuseUnreadableReviews(db, backupFile, storeFile);
	} catch (error) {
		if (error instanceof StoreError) throw error;
		throw unreadableBackup(error, backupFile, storeFile);
	} finally {
		db.close();
	}
}

function unreadableBackup(error: unknown, backupFile: string, storeFile: string): StoreError {
	return new StoreError(
		`could not restore from ${backupFile}: ${error instanceof Error ? error.message : String(error)}`,
		`the store at ${storeFile} is unchanged; try an older backup from the same folder`,
		{cause: error},
	);
}

/** The tables of the backup in `schema`, once it is known to be a director-review backup this version can read. */
function refuseForeignOrNewer(db: Database.Database, schema: 'main' | 'backup', backupFile: string): Set<string> {
	const backupTables = new Set(retain(db.prepare(`SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table'`)).pluck().all() as string[]);
	const backupVersion = retain(db.prepare(`PRAGMA ${schema}.user_version`)).pluck().get() as number;
	if (!isRecordShaped(db, schema, backupTables, backupVersion)) {
		throw new StoreError(`${backupFile} is not a director-review backup`, 'name a file from the backups folder, or run director-review restore without one for the latest');
	}
	if (backupVersion > latestVersion) {
		throw new StoreError(`${backupFile} was written by a newer director-review (schema ${backupVersion}, this one knows ${latestVersion})`, 'upgrade director-review (npm install -g director-review), then restore');
	}
	return backupTables;
}

/**
 * A backup whose review references a part it lacks (damaged, or written by a bug) would leave
 * a store whose review cannot be read: the restore is refused inside its transaction, so the
 * store keeps its record.
 */
function refuseUnreadableReviews(db: Database.Database, backupFile: string, storeFile: string): void {
	const review = unreadableReview(db);
	if (review === null) return;
	throw new StoreError(
		`${backupFile} is damaged: its frozen review of ${review.week} (id ${review.id}) cannot be read, a part of it missing or unreadable`,
		`the store at ${storeFile} is unchanged; try an older backup from the same folder`,
	);
}

/**
 * Whether the attached file has the shape of a director-review backup: a schema version (every
 * backup carries its store's, 1 or more) and the tags table as migration 1 made it. Another
 * program's SQLite file with a table named tags would otherwise fail in SQLite's words (a
 * table of other columns: 'near ")": syntax error') or, worse, replace the record with its rows.
 */
function isRecordShaped(db: Database.Database, schema: 'main' | 'backup', backupTables: ReadonlySet<string>, backupVersion: number): boolean {
	if (backupVersion < 1 || !backupTables.has('tags')) return false;
	const columns = new Set(retain(db.prepare(`SELECT name FROM pragma_table_info('tags', ?)`)).pluck().all(schema) as string[]);
	return ['provider', 'ticket_id', 'category', 'tagged_at'].every((column) => columns.has(column));
}

function sharedColumns(db: Database.Database, table: string): string[] {
	const names = (schema: string) =>
		(retain(db.prepare(`SELECT name FROM pragma_table_info(?, ?)`)).pluck().all(table, schema) as string[]);
	const inBackup = new Set(names('backup'));
	return names('main').filter((column) => inBackup.has(column));
}
