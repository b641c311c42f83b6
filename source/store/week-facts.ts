import type Database from 'better-sqlite3';
import type {ProviderName} from '../domain/types.js';
import {retain} from './handles.js';
import {writeIfFree} from './optional-write.js';

/**
 * Migration 10's table (issue 18). `week_facts`: the metrics and effort of a week that has
 * ended, as a review's trend computed them, so the next start's trend reads them instead of
 * computing them again (review/week-facts.ts). Keyed like `week_reports` (week-reports.ts):
 * by the provider's data `generation` in `report_generations`, which migration 8's triggers
 * move on whenever tickets, people, iterations or tags change, and by a `stamp` of everything
 * else the facts read, which the review works out and the store only compares. The triggers
 * here drop a provider's facts whenever its generation moves: no later reader could read them.
 * A missing row costs a computation, never a figure.
 */
export const weekFactSchema = `
	CREATE TABLE week_facts (
		provider TEXT NOT NULL,
		week TEXT NOT NULL,
		generation INTEGER NOT NULL,
		stamp TEXT NOT NULL,
		facts TEXT NOT NULL,
		PRIMARY KEY (provider, week)
	) STRICT;
	CREATE TRIGGER report_generations_insert_week_facts AFTER INSERT ON report_generations BEGIN
		DELETE FROM week_facts WHERE provider = new.provider;
	END;
	CREATE TRIGGER report_generations_update_week_facts AFTER UPDATE ON report_generations BEGIN
		DELETE FROM week_facts WHERE provider = new.provider OR provider = old.provider;
	END;
`;

/** One week's facts to keep: its ISO week, the stamp they were computed under, their text. */
export interface WeekFactRow {
	readonly week: string;
	readonly stamp: string;
	readonly facts: string;
}

export class WeekFactRecord {
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
		this.select = retain(db.prepare(`SELECT facts FROM week_facts WHERE provider = ? AND week = ? AND generation = ? AND stamp = ?`)).pluck();
		this.exists = retain(db.prepare(`SELECT 1 FROM week_facts WHERE provider = ? AND week = ? AND generation = ? AND stamp = ?`)).pluck();
		this.upsert = retain(
			db.prepare(`INSERT INTO week_facts (provider, week, generation, stamp, facts) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (provider, week) DO UPDATE SET generation = excluded.generation, stamp = excluded.stamp, facts = excluded.facts`),
		);
	}

	/** The kept facts of `week` computed from the data of `generation` under `stamp`, or null. */
	read(provider: ProviderName, week: string, generation: number, stamp: string): string | null {
		return this.guard(() => (this.select.get(provider, week, generation, stamp) as string | undefined) ?? null);
	}

	has(provider: ProviderName, week: string, generation: number, stamp: string): boolean {
		return this.guard(() => this.exists.get(provider, week, generation, stamp) !== undefined);
	}

	/**
	 * Keeps facts computed from the data of `generation`, in one transaction, only if that is
	 * still the store's data. Never waits for another instance's write lock: it is an optimisation.
	 */
	save(provider: ProviderName, generation: number, rows: readonly WeekFactRow[]): boolean {
		if (rows.length === 0) return false;
		return writeIfFree(this.db, this.write, () => {
			if (((this.current.get(provider) as number | undefined) ?? 0) !== generation) return false;
			for (const row of rows) this.upsert.run(provider, row.week, generation, row.stamp, row.facts);
			return true;
		});
	}
}
