import type Database from 'better-sqlite3';
import type {ProviderName} from '../domain/types.js';
import {GenerationKeyedRows} from './generation-keyed.js';

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

export class WeekReportRecord extends GenerationKeyedRows<Buffer> {
	constructor(db: Database.Database, write: <T>(work: () => T) => T, guard: <T>(work: () => T) => T) {
		super(db, write, guard, 'week_reports', 'report');
	}

	/**
	 * Keeps a report computed from the data of `generation`, only if that is still the store's
	 * data (an empty one: a mark that it was computed once). Never waits for another instance's write lock.
	 */
	save(provider: ProviderName, week: string, generation: number, stamp: string, report: Buffer): boolean {
		return this.keep(provider, generation, [{week, stamp, value: report}]);
	}
}
