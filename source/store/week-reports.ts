import type Database from 'better-sqlite3';
import type {ProviderName} from '../domain/types.js';
import {retain} from './handles.js';
import {writeIfFree} from './optional-write.js';

/**
 * Migration 8's tables (issue 18). `week_reports`: the report of a week that has ended, as a
 * review computed it, so an export of an unchanged store reads it instead of computing it
 * again. Derived data, keyed so a stale row is never read:
 * - by `generation`, a counter per provider that triggers bump whenever what a report is
 *   computed from changes in the store — a ticket's document or key, a person, an iteration,
 *   a tag — whichever code or connection wrote it. A report is kept only under the generation
 *   its data was read at, and read only under the generation the reader's data was read at;
 * - by `stamp`, a version of everything else it reads (the code, the settings, the roster,
 *   the classification context, the week and the day), which the review works out and the
 *   store only compares (review/stored-report.ts).
 * A missing row costs a computation, never a figure.
 */
export const weekReportSchema = `
	CREATE TABLE report_generations (
		provider TEXT PRIMARY KEY,
		generation INTEGER NOT NULL
	) STRICT;
	CREATE TABLE week_reports (
		provider TEXT NOT NULL,
		week TEXT NOT NULL,
		generation INTEGER NOT NULL,
		stamp TEXT NOT NULL,
		report BLOB NOT NULL,
		PRIMARY KEY (provider, week)
	) STRICT;
	${bumpOn('tickets', 'INSERT', 'new')}
	${bumpOn('tickets', 'UPDATE OF data, key', 'new', 'old.data IS NOT new.data OR old.key IS NOT new.key OR old.provider IS NOT new.provider')}
	${bumpOn('tickets', 'UPDATE OF data, key', 'old', 'old.provider IS NOT new.provider')}
	${bumpOn('tickets', 'DELETE', 'old')}
	${['people', 'iterations', 'tags'].flatMap((table) => [bumpOn(table, 'INSERT', 'new'), bumpOn(table, 'UPDATE', 'new'), bumpOn(table, 'UPDATE', 'old', 'old.provider IS NOT new.provider'), bumpOn(table, 'DELETE', 'old')]).join('\n')}
`;

/** A trigger that moves the provider's generation on (and drops its reports, which can no longer be read). */
function bumpOn(table: string, event: string, row: 'new' | 'old', when?: string): string {
	const name = `${table}_${event.split(' ')[0]?.toLowerCase()}_${row}_report_generation`;
	return `CREATE TRIGGER ${name} AFTER ${event} ON ${table}${when ? ` WHEN ${when}` : ''} BEGIN
		INSERT INTO report_generations (provider, generation) VALUES (${row}.provider, 1)
			ON CONFLICT (provider) DO UPDATE SET generation = generation + 1;
		DELETE FROM week_reports WHERE provider = ${row}.provider;
	END;`;
}

export class WeekReportRecord {
	private readonly current: Database.Statement;
	private readonly select: Database.Statement;
	private readonly exists: Database.Statement;
	private readonly upsert: Database.Statement;

	constructor(
		private readonly db: Database.Database,
		private readonly write: <T>(work: () => T) => T,
		private readonly guard: <T>(work: () => T) => T,
	) {
		this.current = retain(db.prepare(`SELECT generation FROM report_generations WHERE provider = ?`)).pluck();
		this.select = retain(db.prepare(`SELECT report FROM week_reports WHERE provider = ? AND week = ? AND generation = ? AND stamp = ?`)).pluck();
		this.exists = retain(db.prepare(`SELECT length(report) FROM week_reports WHERE provider = ? AND week = ? AND generation = ? AND stamp = ?`)).pluck();
		this.upsert = retain(
			db.prepare(`INSERT INTO week_reports (provider, week, generation, stamp, report) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (provider, week) DO UPDATE SET generation = excluded.generation, stamp = excluded.stamp, report = excluded.report`),
		);
	}

	/** The provider's data generation: read before a load, it names the state the load read. */
	generation(provider: ProviderName): number {
		return this.guard(() => (this.current.get(provider) as number | undefined) ?? 0);
	}

	/** The kept report of `week` computed from the data of `generation` under `stamp`, or null. */
	read(provider: ProviderName, week: string, generation: number, stamp: string): Buffer | null {
		return this.guard(() => (this.select.get(provider, week, generation, stamp) as Buffer | undefined) ?? null);
	}

	/** The kept report's size in bytes (0: a mark that it was computed once), or null when none is kept. */
	keptSize(provider: ProviderName, week: string, generation: number, stamp: string): number | null {
		return this.guard(() => (this.exists.get(provider, week, generation, stamp) as number | undefined) ?? null);
	}

	/**
	 * Keeps a report computed from the data of `generation`, only if that is still the store's
	 * data. Never waits for another instance's write lock: keeping it is an optimisation.
	 */
	save(provider: ProviderName, week: string, generation: number, stamp: string, report: Buffer): boolean {
		return writeIfFree(this.db, this.write, () => {
			if (((this.current.get(provider) as number | undefined) ?? 0) !== generation) return false;
			this.upsert.run(provider, week, generation, stamp, report);
			return true;
		});
	}
}
