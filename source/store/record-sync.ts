import type Database from 'better-sqlite3';
import {pragma, retain} from './handles.js';
import {columnList, recordDefinitions} from './record-copy.js';
import {recordTables} from './record.js';
import {requireReadableReviews} from './review-check.js';

/**
 * Brings an existing backup (record-copy.ts wrote it) up to the store's record in place,
 * copying only what differs, so a backup costs the change, not the history (issue 18).
 * Returns false, touching nothing, when the file cannot be updated — not SQLite, damaged
 * (`quick_check`, which reads the whole file: skipped when `unchanged`, the caller knowing the
 * file is byte for byte as the last backup left it), another schema version or other record
 * definitions —: the caller then writes a full copy. A read error of the store's record throws.
 *
 * All of it is one transaction on the backup file (its rollback journal, commit synced), so
 * an interrupted update leaves the previous complete backup. Afterwards every record table
 * of the backup holds exactly the store's rows:
 * - tags, tag changes, notes, issued talking points (small, and notes change in place): the
 *   backup's rows that the store does not hold, column for column, are deleted by their
 *   primary key, then the store's rows the backup lacks are inserted. What is left of the
 *   backup's rows after the delete are store rows, so an insert never meets a key it holds.
 * - frozen reviews (~2–4 MB each with their state rows) are never updated (reviews.ts), so
 *   one is the same in both files when its id, provider, week, frozen time (ms), trigger and
 *   compressed size are: only those are read, not the figures. An id in the backup that the
 *   store holds otherwise (the store restored from an older backup, or started afresh) is
 *   deleted with its state rows; a review the backup lacks is inserted with its state rows.
 * - the shared parts of frozen reviews (store version 9, review-parts.ts) are never updated
 *   either: one is the same when its hash and both lengths are. The backup's parts the store
 *   lacks are deleted, the store's parts the backup lacks inserted, before the reviews that
 *   reference them: the backup holds every part the store does, so every part its reviews need.
 */
export function updateRecordCopy(db: Database.Database, destination: string, unchanged: boolean): boolean {
	const run = (sql: string, ...parameters: unknown[]) => retain(db.prepare(sql)).run(...parameters);
	const all = (sql: string, ...parameters: unknown[]) => retain(db.prepare(sql)).all(...parameters);
	try {
		run('ATTACH DATABASE ? AS record_copy', destination);
	} catch {
		return false;
	}
	try {
		if (!updatable(db, unchanged)) return false;
		// The update's commit is fsynced (journal and file) before the caller renames the file.
		run('PRAGMA record_copy.synchronous = FULL');
		db.transaction(() => {
			const samePart = `hash, length, length(brotli)`;
			// The store never drops a part its reviews reference: one the backup holds and the store
			// does not is a replaced record's (restore), unless the store is damaged — then nothing is dropped.
			if (all(`SELECT 1 FROM (SELECT hash FROM record_copy.review_parts EXCEPT SELECT hash FROM main.review_parts) LIMIT 1`).length > 0) requireReadableReviews(db);
			run(`DELETE FROM record_copy.review_parts WHERE hash IN (SELECT hash FROM (SELECT ${samePart} FROM record_copy.review_parts EXCEPT SELECT ${samePart} FROM main.review_parts))`);
			const parts = columnList(db, 'review_parts');
			run(`INSERT INTO record_copy.review_parts (${parts}) SELECT ${parts} FROM main.review_parts WHERE hash NOT IN (SELECT hash FROM record_copy.review_parts) ORDER BY hash`);
			const sameReview = `id, provider, week, frozen_at, trigger, ifnull(length(figures_brotli), -1), ifnull(layout, '')`;
			const stale = `SELECT id FROM (SELECT ${sameReview} FROM record_copy.reviews EXCEPT SELECT ${sameReview} FROM main.reviews)`;
			run(`DELETE FROM record_copy.review_tickets WHERE review_id IN (${stale})`);
			run(`DELETE FROM record_copy.reviews WHERE id IN (${stale})`);
			const missing = all(`SELECT id FROM main.reviews WHERE id NOT IN (SELECT id FROM record_copy.reviews) ORDER BY id`).map((row) => (row as {id: number}).id);
			if (missing.length > 0) {
				const ids = JSON.stringify(missing);
				const reviews = columnList(db, 'reviews');
				const rows = columnList(db, 'review_tickets');
				run(`INSERT INTO record_copy.reviews (${reviews}) SELECT ${reviews} FROM main.reviews WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`, ids);
				run(`INSERT INTO record_copy.review_tickets (${rows}) SELECT ${rows} FROM main.review_tickets WHERE review_id IN (SELECT value FROM json_each(?)) ORDER BY review_id, ticket_id`, ids);
			}
			for (const table of recordTables) {
				if (table === 'review_parts' || table === 'reviews' || table === 'review_tickets') continue;
				const columns = columnList(db, table);
				const key = (all(`SELECT name FROM pragma_table_info(?, 'main') WHERE pk > 0 ORDER BY pk`, table) as Array<{name: string}>).map((column) => `"${column.name}"`).join(', ');
				run(`DELETE FROM record_copy.${table} WHERE (${key}) IN (SELECT ${key} FROM (SELECT ${columns} FROM record_copy.${table} EXCEPT SELECT ${columns} FROM main.${table}))`);
				run(`INSERT INTO record_copy.${table} (${columns}) SELECT ${columns} FROM main.${table} EXCEPT SELECT ${columns} FROM record_copy.${table} ORDER BY 1`);
			}
		})();
		return true;
	} finally {
		run('DETACH DATABASE record_copy');
	}
}

/** The backup is sound (or known unchanged) and of the store's schema: same version, same record tables and indexes, word for word. */
function updatable(db: Database.Database, unchanged: boolean): boolean {
	try {
		if (!unchanged && pragma(db, 'record_copy.quick_check(1)') !== 'ok') return false;
		if (pragma(db, 'record_copy.user_version') !== pragma(db, 'main.user_version')) return false;
		const definitions = (schema: string) => JSON.stringify(recordDefinitions(db, schema));
		const ours = definitions('main');
		return ours === definitions('record_copy') && recordTables.every((table) => ours.includes(`"name":"${table}"`));
	} catch {
		return false;
	}
}
