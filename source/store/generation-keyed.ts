import type Database from 'better-sqlite3';
import type {ProviderName} from '../domain/types.js';
import {retain} from './handles.js';
import {writeIfFree} from './optional-write.js';

/**
 * A table of derived rows keyed by provider and week, each kept under the provider's data
 * `generation` (migration 8's `report_generations`) and a `stamp` the review works out: what
 * `week_reports` and `week_facts` share. A row is read only under the generation and stamp it
 * was kept under, and kept only while its generation is still the store's.
 */
export class GenerationKeyedRows<Value> {
	private readonly current: Database.Statement;
	private readonly select: Database.Statement;
	private readonly size: Database.Statement;
	private readonly upsert: Database.Statement;

	constructor(
		private readonly db: Database.Database,
		private readonly write: <T>(work: () => T) => T,
		private readonly guard: <T>(work: () => T) => T,
		table: 'week_reports' | 'week_facts',
		column: 'report' | 'facts',
	) {
		this.current = retain(db.prepare(`SELECT generation FROM report_generations WHERE provider = ?`)).pluck();
		this.select = retain(db.prepare(`SELECT ${column} FROM ${table} WHERE provider = ? AND week = ? AND generation = ? AND stamp = ?`)).pluck();
		this.size = retain(db.prepare(`SELECT length(${column}) FROM ${table} WHERE provider = ? AND week = ? AND generation = ? AND stamp = ?`)).pluck();
		this.upsert = retain(
			db.prepare(`INSERT INTO ${table} (provider, week, generation, stamp, ${column}) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (provider, week) DO UPDATE SET generation = excluded.generation, stamp = excluded.stamp, ${column} = excluded.${column}`),
		);
	}

	/** The provider's data generation: read before a load, it names the state the load read. */
	generation(provider: ProviderName): number {
		return this.guard(() => (this.current.get(provider) as number | undefined) ?? 0);
	}

	/** The row of `week` kept from the data of `generation` under `stamp`, or null. */
	read(provider: ProviderName, week: string, generation: number, stamp: string): Value | null {
		return this.guard(() => (this.select.get(provider, week, generation, stamp) as Value | undefined) ?? null);
	}

	/** The kept row's length (bytes of a blob, characters of a text), or null when none is kept. */
	keptSize(provider: ProviderName, week: string, generation: number, stamp: string): number | null {
		return this.guard(() => (this.size.get(provider, week, generation, stamp) as number | undefined) ?? null);
	}

	/**
	 * Keeps rows computed from the data of `generation`, in one transaction, only if that is
	 * still the store's data. Never waits for another instance's write lock: keeping is an optimisation.
	 */
	keep(provider: ProviderName, generation: number, rows: ReadonlyArray<{readonly week: string; readonly stamp: string; readonly value: Value}>): boolean {
		if (rows.length === 0) return false;
		return writeIfFree(this.db, this.write, () => {
			if (((this.current.get(provider) as number | undefined) ?? 0) !== generation) return false;
			for (const row of rows) this.upsert.run(provider, row.week, generation, row.stamp, row.value);
			return true;
		});
	}
}
