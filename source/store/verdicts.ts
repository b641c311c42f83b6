import type Database from 'better-sqlite3';
import type {Category, Classification, EffectiveCategory, ProviderName} from '../domain/types.js';
import {retain} from './handles.js';
import {writeIfFree} from './optional-write.js';
import {stringPool} from './ticket-rows.js';

/**
 * Migration 6's table (issue 18). `ticket_verdicts`: each ticket's classification as a review
 * last worked it out, so a load classifies only what changed. It is derived data, keyed so a
 * stale row is never read:
 * - by the ticket's document: triggers drop a ticket's row whenever its document changes or it
 *   leaves, whichever code wrote it;
 * - by its parent: classification reads the ticket whose key is `parent_key`, so any ticket
 *   taking, changing or leaving that key drops the row too;
 * - by `context`, a version of everything else a verdict reads (the classifier's code, the
 *   rules, the threshold, the tags and the tagged tickets the learner trains on), which the
 *   review works out and the store only compares (review/verdict-context.ts).
 * A missing or dropped row costs a classification, never a figure.
 */
export const verdictSchema = `
	CREATE TABLE ticket_verdicts (
		provider TEXT NOT NULL,
		id TEXT NOT NULL,
		context TEXT NOT NULL,
		parent_key TEXT COLLATE NOCASE,
		category TEXT NOT NULL CHECK (category IN ('operational', 'strategic', 'unclassified')),
		source TEXT CHECK (source IN ('manual', 'rule', 'learned')),
		reason TEXT NOT NULL,
		confidence REAL NOT NULL,
		-- What the machine would say even below the threshold; all NULL when nothing suggested anything.
		suggested_category TEXT CHECK (suggested_category IN ('operational', 'strategic')),
		suggested_source TEXT CHECK (suggested_source IN ('rule', 'learned')),
		suggested_reason TEXT,
		suggested_confidence REAL,
		PRIMARY KEY (provider, id)
	) STRICT;
	CREATE INDEX ticket_verdicts_by_parent ON ticket_verdicts (provider, parent_key) WHERE parent_key IS NOT NULL;

	CREATE TRIGGER tickets_verdicts_on_insert AFTER INSERT ON tickets BEGIN
		DELETE FROM ticket_verdicts WHERE provider = new.provider AND parent_key = new.key;
	END;
	CREATE TRIGGER tickets_verdicts_on_update AFTER UPDATE OF data, key ON tickets WHEN old.data IS NOT new.data OR old.key IS NOT new.key BEGIN
		DELETE FROM ticket_verdicts WHERE provider = old.provider AND id = old.id;
		DELETE FROM ticket_verdicts WHERE provider = old.provider AND parent_key = old.key;
		DELETE FROM ticket_verdicts WHERE provider = new.provider AND parent_key = new.key;
	END;
	CREATE TRIGGER tickets_verdicts_on_delete AFTER DELETE ON tickets BEGIN
		DELETE FROM ticket_verdicts WHERE provider = old.provider AND id = old.id;
		DELETE FROM ticket_verdicts WHERE provider = old.provider AND parent_key = old.key;
	END;
`;

/** One verdict to keep: the ticket, the parent key it was classified with, the classification. */
export interface VerdictRow {
	readonly id: string;
	readonly parentKey: string | null;
	readonly classification: Classification;
}

/** A row as read (`raw`: an array, a third of the cost of an object per row at 22,000). */
type StoredRow = [
	id: string,
	category: EffectiveCategory,
	source: Classification['source'],
	reason: string,
	confidence: number,
	suggestedCategory: Category | null,
	suggestedSource: 'rule' | 'learned' | null,
	suggestedReason: string | null,
	suggestedConfidence: number | null,
];

export class VerdictRecord {
	private readonly select: Database.Statement;
	private readonly upsert: Database.Statement;
	private readonly dataVersion: Database.Statement;
	/** The connection's own busy timeout, put back after a save that would not wait. */

	constructor(
		private readonly db: Database.Database,
		private readonly write: <T>(work: () => T) => T,
		private readonly guard: <T>(work: () => T) => T,
	) {
		// The ids drive the join: one primary-key lookup each (see ticket-window.ts).
		this.select = retain(
			db.prepare(`SELECT v.id, v.category, v.source, v.reason, v.confidence, v.suggested_category, v.suggested_source, v.suggested_reason, v.suggested_confidence
			FROM json_each(@ids) j CROSS JOIN ticket_verdicts v ON v.provider = @provider AND v.id = j.value WHERE v.context = @context`),
		).raw();
		this.upsert = retain(
			db.prepare(`INSERT INTO ticket_verdicts (provider, id, context, parent_key, category, source, reason, confidence, suggested_category, suggested_source, suggested_reason, suggested_confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (provider, id) DO UPDATE SET context = excluded.context, parent_key = excluded.parent_key, category = excluded.category, source = excluded.source,
				reason = excluded.reason, confidence = excluded.confidence, suggested_category = excluded.suggested_category, suggested_source = excluded.suggested_source,
				suggested_reason = excluded.suggested_reason, suggested_confidence = excluded.suggested_confidence`),
		);
		this.dataVersion = retain(db.prepare('PRAGMA data_version')).pluck();
	}

	/**
	 * A stamp that changes whenever another connection (another instance, a cron sync) commits
	 * to the store. Taken before a load and compared after it, it tells whether what was read
	 * came from one state of the store.
	 */
	changeStamp(): number {
		return this.guard(() => this.dataVersion.get() as number);
	}

	/** The stored verdicts of `ids` worked out under `context`, by ticket id. */
	read(provider: ProviderName, context: string, ids: readonly string[]): Map<string, Classification> {
		const rows = this.guard(() => this.select.all({provider, context, ids: JSON.stringify(ids)}) as StoredRow[]);
		// Reasons repeat across thousands of tickets: one string each, not one per row.
		const shared = stringPool();
		const verdicts = new Map<string, Classification>();
		for (const [id, category, source, reason, confidence, suggestedCategory, suggestedSource, suggestedReason, suggestedConfidence] of rows) {
			const suggestion =
				suggestedCategory === null || suggestedSource === null || suggestedReason === null || suggestedConfidence === null
					? null
					: {category: suggestedCategory, confidence: suggestedConfidence, reason: shared(suggestedReason), source: suggestedSource};
			verdicts.set(id, {category, source, reason: shared(reason), confidence, suggestion});
		}
		return verdicts;
	}

	/**
	 * Keeps verdicts worked out from what was read when the store's stamp was `stamp`, in one
	 * transaction, and only if no other connection has committed since: a sync or a tag made
	 * meanwhile may have changed what they read. Never waits for another instance's write
	 * lock: keeping them is an optimisation, so a busy store just skips it. False when nothing
	 * was kept.
	 */
	save(provider: ProviderName, context: string, stamp: number, rows: readonly VerdictRow[]): boolean {
		if (rows.length === 0) return false;
		return writeIfFree(this.db, this.write, () => {
			if ((this.dataVersion.get() as number) !== stamp) return false;
			for (const {id, parentKey, classification: c} of rows) {
				const s = c.suggestion;
				// Positional: binding twelve named parameters a row costs more than the insert.
				this.upsert.run(provider, id, context, parentKey, c.category, c.source, c.reason, c.confidence, s?.category ?? null, s?.source ?? null, s?.reason ?? null, s?.confidence ?? null);
			}
			return true;
		});
	}
}
