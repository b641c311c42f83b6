import Database from 'better-sqlite3';
import {pragma, retain} from './handles.js';
import {recordTables} from './record.js';
import {requireReadableReviews} from './review-check.js';

/**
 * A backup holds the director's record only (tags, tag changes, notes, frozen reviews,
 * issued talking points): a restore brings back nothing else, and the tracker data — most
 * of the file, ~125 MB at 100,000 tickets — comes back with a sync. Copying it on every
 * command that changed a tag made each backup cost the whole history (issue 18).
 *
 * The copy is a new SQLite file with the record tables' own definitions (their indexes too,
 * and the store's schema version, which a restore reads), filled in one (deferred: it only
 * reads the store, so it takes no write lock) transaction on the store's connection, so it is
 * one consistent state of the record while the store stays in use. Every record row is read through SQLite on the way: a damaged page of the record
 * fails the copy, and no backup is written from it.
 */
export function copyRecordInto(db: Database.Database, destination: string): void {
	requireReadableReviews(db);
	const definitions = recordDefinitions(db, 'main');
	const version = pragma(db, 'main.user_version') as number;

	const target = retain(new Database(destination));
	try {
		// One transaction, not synced on its own: each statement alone would commit and fsync (a
		// dozen fsyncs per backup). The copy's commit below is synced (FULL), and writeBackup
		// fsyncs the whole file before it takes its name, an empty record's included.
		pragma(target, 'synchronous = OFF');
		target.exec(`BEGIN;\n${definitions.map((definition) => `${definition.sql};`).join('\n')}\nPRAGMA user_version = ${Number(version)};\nCOMMIT;`);
	} finally {
		target.close();
	}

	const run = (sql: string, ...parameters: unknown[]) => retain(db.prepare(sql)).run(...parameters);
	run(`ATTACH DATABASE ? AS record_copy`, destination);
	try {
		// The copy's commit is fsynced before the file is renamed into place.
		run('PRAGMA record_copy.synchronous = FULL');
		const tables = new Set(definitions.filter((definition) => definition.type === 'table').map((definition) => definition.name));
		db.transaction(() => {
			for (const table of recordTables) {
				if (!tables.has(table)) continue;
				const columns = columnList(db, table);
				run(`INSERT INTO record_copy.${table} (${columns}) SELECT ${columns} FROM main.${table}`);
			}
		})();
	} finally {
		run('DETACH DATABASE record_copy');
	}
}

/** The record tables' and their indexes' definitions in `schema` (main, or an attached backup), tables first. */
export function recordDefinitions(db: Database.Database, schema: string): Array<{type: string; name: string; sql: string}> {
	const placeholders = recordTables.map(() => '?').join(', ');
	return retain(
		db.prepare(`
			SELECT type, name, sql FROM ${schema}.sqlite_schema
			WHERE tbl_name IN (${placeholders}) AND type IN ('table', 'index') AND sql IS NOT NULL
			ORDER BY type = 'index', name`),
	).all(...recordTables) as Array<{type: string; name: string; sql: string}>;
}

/** A record table's columns in the store, quoted, in order: the list both sides of a copy name. */
export function columnList(db: Database.Database, table: string): string {
	return (retain(db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`)).pluck().all(table) as string[]).map((column) => `"${column}"`).join(', ');
}
