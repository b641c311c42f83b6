import type Database from 'better-sqlite3';
import type {ProviderName} from '../domain/types.js';
import {GenerationKeyedRows} from './generation-keyed.js';

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

export class WeekFactRecord extends GenerationKeyedRows<string> {
	constructor(db: Database.Database, write: <T>(work: () => T) => T, guard: <T>(work: () => T) => T) {
		super(db, write, guard, 'week_facts', 'facts');
	}

	has(provider: ProviderName, week: string, generation: number, stamp: string): boolean {
		return this.keptSize(provider, week, generation, stamp) !== null;
	}

	/** Keeps facts computed from the data of `generation`, in one transaction, only if that is still the store's data. */
	save(provider: ProviderName, generation: number, rows: readonly WeekFactRow[]): boolean {
		return this.keep(
			provider,
			generation,
			rows.map((row) => ({week: row.week, stamp: row.stamp, value: row.facts})),
		);
	}
}
