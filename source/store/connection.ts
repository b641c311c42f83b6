import type Database from 'better-sqlite3';
import {translateSqliteError} from './errors.js';
import {retain} from './handles.js';

/** The meta key holding when the record was last written (`Connection.recordWrittenAt`). */
export const recordWrittenAtKey = 'record-written-at';

/** Sets the record's last write time (parameter: ms since the epoch, as text). */
export const markRecordWrittenSql = `INSERT INTO meta (key, value) VALUES ('${recordWrittenAtKey}', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`;

/**
 * The one SQLite connection every part of the store shares (sync state, tracker data, tags,
 * notes, meta, reviews), with the two ways in: `guard` for reads and `write` for
 * transactions, both turning what SQLite reports into a `StoreError` the user can act on.
 */
export class Connection {
	/** Whether this handle has written any of the director's record (tags, notes, reviews): a backup is then due. */
	recordChanged = false;
	private readonly synchronousFull: Database.Statement;
	private readonly synchronousNormal: Database.Statement;
	private readonly integrity: Database.Statement;
	private readonly markRecordWritten: Database.Statement;
	private readonly recordWrittenAtQuery: Database.Statement;

	constructor(
		readonly db: Database.Database,
		/** The absolute path of the store file. */
		readonly file: string,
		/** The clock for tag, note and review times. */
		readonly now: () => number,
	) {
		this.synchronousFull = this.prepare('PRAGMA synchronous = FULL');
		this.synchronousNormal = this.prepare('PRAGMA synchronous = NORMAL');
		this.integrity = this.prepare('PRAGMA integrity_check').pluck();
		this.markRecordWritten = this.prepare(markRecordWrittenSql);
		this.recordWrittenAtQuery = this.prepare(`SELECT value FROM meta WHERE key = '${recordWrittenAtKey}'`).pluck();
	}

	/**
	 * When the director's record was last written (the machine's clock, as backups are named),
	 * by any process: a change after the newest backup is one no backup holds yet, as when
	 * the process that made it was killed before its backup. null when never.
	 */
	recordWrittenAt(): number | null {
		const value = this.guard(() => this.recordWrittenAtQuery.get() as string | undefined);
		return value === undefined ? null : Number(value);
	}

	/** A statement kept from the garbage collector (see handles.ts). */
	prepare(sql: string): Database.Statement {
		return retain(this.db.prepare(sql));
	}

	readonly guard = <T>(work: () => T): T => {
		try {
			return work();
		} catch (error) {
			throw translateSqliteError(error, this.file) ?? error;
		}
	};

	/**
	 * A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so waiting for
	 * another instance honours the busy timeout. `durable` fsyncs the commit: the director's
	 * own judgements must survive a power cut, synced tickets can be pulled again.
	 */
	readonly write = <T>(work: () => T, durable = false): T =>
		this.guard(() => {
			if (durable) this.synchronousFull.run();
			try {
				const result = this.db
					.transaction(() => {
						const done = work();
						// In the same transaction: the change and its mark are on disk together or not at all.
						if (durable) this.markRecordWritten.run(String(Date.now()));
						return done;
					})
					.immediate();
				// Durable writes are the director's record.
				if (durable) this.recordChanged = true;
				return result;
			} finally {
				if (durable) this.synchronousNormal.run();
			}
		});

	/** SQLite's own check: 'ok', or the problems it found, one a line. */
	integrityCheck(): string {
		return this.guard(() => (this.integrity.all() as string[]).join('\n'));
	}
}
