import type {ProviderName} from '../domain/types.js';
import type {Connection} from './connection.js';

export interface SyncState {
	readonly phase: 'idle' | 'running';
	/** Resume point after the last committed page; null when the last run finished. */
	readonly cursor: string | null;
	readonly full: boolean;
	readonly updatedSince: number | null;
	readonly runStartedAt: number | null;
	readonly generation: number | null;
	readonly lastSyncedAt: number | null;
	/**
	 * When the sync that last swept the tickets gone from the scope started (a full sync's sweep,
	 * or an incremental sync's listing of the scope); null when none has since store version 11.
	 */
	readonly sweptAt: number | null;
}

/** What `writePage` records with a page: the sync state after it (no `sweptAt`: none). */
export type PageState = Omit<SyncState, 'sweptAt'> & {readonly sweptAt?: number | null};

interface SyncStateRow {
	phase: 'idle' | 'running';
	cursor: string | null;
	full: number;
	updated_since: number | null;
	run_started_at: number | null;
	generation: number | null;
	last_synced_at: number | null;
	swept_at: number | null;
}

/** Where each provider's sync stands (per scope): what resumes an interrupted sync. */
export class SyncStateRecord {
	private readonly s;

	constructor(private readonly connection: Connection) {
		this.s = {
			get: connection.prepare(`SELECT phase, cursor, full, updated_since, run_started_at, generation, last_synced_at, swept_at FROM sync_state WHERE provider = ? AND scope = ?`),
			upsert: connection.prepare(`
			INSERT INTO sync_state (provider, scope, phase, cursor, full, updated_since, run_started_at, generation, last_synced_at, swept_at)
			VALUES (@provider, @scope, @phase, @cursor, @full, @updatedSince, @runStartedAt, @generation, @lastSyncedAt, @sweptAt)
			ON CONFLICT (provider, scope) DO UPDATE SET phase = excluded.phase, cursor = excluded.cursor, full = excluded.full,
				updated_since = excluded.updated_since, run_started_at = excluded.run_started_at, generation = excluded.generation,
				last_synced_at = excluded.last_synced_at, swept_at = excluded.swept_at`),
		};
	}

	get(provider: ProviderName, scope: string): SyncState | null {
		return this.connection.guard(() => {
			const row = this.s.get.get(provider, scope) as SyncStateRow | undefined;
			if (row === undefined) return null;
			return {
				phase: row.phase,
				cursor: row.cursor,
				full: row.full === 1,
				updatedSince: row.updated_since,
				runStartedAt: row.run_started_at,
				generation: row.generation,
				lastSyncedAt: row.last_synced_at,
				sweptAt: row.swept_at,
			};
		});
	}

	/** Within the caller's transaction: the state is committed with the page it follows. */
	save(provider: ProviderName, scope: string, state: PageState): void {
		this.s.upsert.run({
			provider,
			scope,
			phase: state.phase,
			cursor: state.cursor,
			full: state.full ? 1 : 0,
			updatedSince: state.updatedSince,
			runStartedAt: state.runStartedAt,
			generation: state.generation,
			lastSyncedAt: state.lastSyncedAt,
			sweptAt: state.sweptAt ?? null,
		});
	}
}
