import path from 'node:path';
import type Database from 'better-sqlite3';
import type {Category, Iteration, Note, Person, ProviderName, Tag, Ticket} from '../domain/types.js';
import type {SyncPage} from '../providers/provider.js';
import {StoreError, translateSqliteError} from './errors.js';
import {retain} from './handles.js';
import {openDatabase} from './open-database.js';
import {replaceRecord, type RecordCounts} from './record.js';
import {ReviewRecord} from './reviews.js';
import {TicketWindowRecord, type ReachOf, type TicketWindow} from './ticket-window.js';
import {stampClosedStore} from './verified-stamp.js';
import {ticketFromData, ticketParameters, upsertTicketSql} from './ticket-rows.js';

export interface SyncState {
	readonly phase: 'idle' | 'running';
	/** Resume point after the last committed page; null when the last run finished. */
	readonly cursor: string | null;
	readonly full: boolean;
	readonly updatedSince: number | null;
	readonly runStartedAt: number | null;
	readonly generation: number | null;
	readonly lastSyncedAt: number | null;
}

/** What `writePage` records with a page: the sync state after it. */
export type PageState = SyncState;

/** One change of a manual tag; `category` null = the tag was cleared. */
export interface TagEvent {
	readonly ticketId: string;
	readonly category: Category | null;
	readonly at: number;
}

export type NoteTarget = Note['target'];

export interface StoreOptions {
	/** Open for reading only: no migration, no writes (a second process inspecting the store). */
	readonly readonly?: boolean;
	/** How long a write waits for another instance's transaction before giving up. */
	readonly busyTimeoutMs?: number;
	/** The clock for tag and note times. */
	readonly now?: () => number;
}

export const defaultBusyTimeoutMs = 3000;

export function openStore(file: string, options: StoreOptions = {}): Store {
	return Store.open(file, options);
}

interface SyncStateRow {
	phase: 'idle' | 'running';
	cursor: string | null;
	full: number;
	updated_since: number | null;
	run_started_at: number | null;
	generation: number | null;
	last_synced_at: number | null;
}

interface NoteRow {
	id: number;
	target_kind: 'ticket' | 'report';
	target: string;
	text: string;
	created_at: number;
	discussed_at: number | null;
	follow_up_at: number | null;
}

/**
 * The local store: the only SQL in the repo. Provider data is replaced wholesale by each
 * sync; the director's own data (tags, their history, notes) is never touched by a sync
 * and is committed durably before a write returns.
 */
export class Store {
	static open(file: string, options: StoreOptions = {}): Store {
		const resolved = path.resolve(file);
		const db = openDatabase(resolved, {readonly: options.readonly ?? false, busyTimeoutMs: options.busyTimeoutMs ?? defaultBusyTimeoutMs});
		try {
			return new Store(db, resolved, options.now ?? Date.now);
		} catch (error) {
			db.close();
			throw translateSqliteError(error, resolved) ?? error;
		}
	}

	private readonly statements: Statements;
	/** Frozen reviews and issued talking points. */
	readonly reviews: ReviewRecord;
	/** Loads the tickets a window of weeks can touch (issue 18). */
	private readonly ticketWindow: TicketWindowRecord;
	/** Whether this handle has written any of the director's record (tags, notes, reviews): a backup is then due. */
	recordChanged = false;

	private constructor(
		private readonly db: Database.Database,
		/** The absolute path of the store file. */
		readonly file: string,
		private readonly now: () => number,
	) {
		this.statements = prepareStatements(db);
		this.reviews = new ReviewRecord(db, (work, durable) => this.write(work, durable), (work) => this.guard(work), now);
		this.ticketWindow = new TicketWindowRecord(db, (work) => this.write(work), (work) => this.guard(work), db.readonly);
	}

	/** SQLite's online backup of the whole store into `destination`, while the store stays in use. */
	async backupTo(destination: string): Promise<void> {
		try {
			await this.db.backup(destination);
		} catch (error) {
			throw translateSqliteError(error, this.file) ?? error;
		}
	}

	/** Replaces tags, notes, reviews and issued talking points with a backup's; tracker data stays. */
	restoreRecordFrom(backupFile: string): RecordCounts {
		const counts = this.guard(() => replaceRecord(this.db, backupFile, this.file));
		this.recordChanged = true;
		return counts;
	}

	getSyncState(provider: ProviderName, scope: string): SyncState | null {
		return this.guard(() => {
			const row = this.statements.syncState.get(provider, scope) as SyncStateRow | undefined;
			if (row === undefined) return null;
			return {
				phase: row.phase,
				cursor: row.cursor,
				full: row.full === 1,
				updatedSince: row.updated_since,
				runStartedAt: row.run_started_at,
				generation: row.generation,
				lastSyncedAt: row.last_synced_at,
			};
		});
	}

	/**
	 * One page of a sync and the state after it, in one transaction: an interrupted sync
	 * leaves either the whole page with its cursor or neither. Tags are never written here.
	 */
	writePage(provider: ProviderName, scope: string, page: SyncPage, state: PageState): void {
		const s = this.statements;
		const at = this.now();
		this.write(() => {
			for (const person of page.people) {
				s.upsertPerson.run(provider, person.id, person.name, person.displayName, person.email, person.active ? 1 : 0);
			}
			for (const iteration of page.iterations) {
				s.upsertIteration.run(provider, iteration.id, iteration.name, iteration.team, iteration.startsAt, iteration.endsAt, iteration.completedAt);
			}
			for (const ticket of page.tickets) {
				try {
					s.rememberReplacedKey.run({provider, id: ticket.id, key: ticket.key, at});
					s.forgetCurrentKey.run(provider, ticket.key);
					s.upsertTicket.run(ticketParameters(provider, ticket, state.generation));
				} catch (error) {
					if (translateSqliteError(error, this.file) !== null) throw error;
					// A ticket the schema refuses is a provider bug; name it so it can be found.
					throw new StoreError(
						`the ${provider} ticket ${ticket.key} could not be stored: ${error instanceof Error ? error.message : String(error)}`,
						'nothing from this page was saved; report this to the director-review maintainers with the ticket key',
						{cause: error},
					);
				}
			}
			// A ticket the tracker deleted leaves with its page; its tag and notes stay, like a ticket leaving the scope.
			for (const id of page.removedTicketIds ?? []) s.deleteTicket.run(provider, id);
			s.upsertSyncState.run({
				provider,
				scope,
				phase: state.phase,
				cursor: state.cursor,
				full: state.full ? 1 : 0,
				updatedSince: state.updatedSince,
				runStartedAt: state.runStartedAt,
				generation: state.generation,
				lastSyncedAt: state.lastSyncedAt,
			});
		});
	}

	/** Starts a full sync: tickets the coming pages do not mark with this number are gone from the tracker. */
	beginFullSync(provider: ProviderName): number {
		return this.write(() => this.statements.nextGeneration.get(provider) as number);
	}

	/**
	 * Deletes the provider's tickets the full sync `generation` did not see, and returns how
	 * many. Tags and notes stay: a ticket that comes back finds its tag again. A generation
	 * that a later full sync has superseded deletes nothing.
	 */
	finishFullSync(provider: ProviderName, generation: number): number {
		return this.write(() => {
			if (this.statements.currentGeneration.get(provider) !== generation) return 0;
			// Only after the last page was committed (no cursor left): a pull cut short must never sweep.
			const state = this.getSyncState(provider, 'tickets');
			if (state !== null && (state.phase !== 'idle' || state.cursor !== null)) return 0;
			return this.statements.deleteUnseen.run(provider, generation).changes;
		});
	}

	loadTickets(provider: ProviderName): Ticket[] {
		return this.guard(() => (this.statements.tickets.all(provider) as string[]).map(ticketFromData));
	}

	/**
	 * The tickets a review from `window.from` on can read, in `loadTickets`' order: equal
	 * figures for every week whose reads start at or after `window.from` (ticket-window.ts).
	 */
	loadTicketsTouching(provider: ProviderName, window: TicketWindow, reachOf: ReachOf): Ticket[] {
		return this.ticketWindow.load(provider, window, reachOf);
	}

	/** Case-insensitive; also finds a ticket by a key it had before it moved. */
	findTicketByKey(provider: ProviderName, key: string): Ticket | null {
		return this.guard(() => {
			const trimmed = key.trim();
			const data = (this.statements.ticketByKey.get(provider, trimmed) ?? this.statements.ticketByReplacedKey.get(provider, trimmed)) as string | undefined;
			return data === undefined ? null : ticketFromData(data);
		});
	}

	ticketCount(provider: ProviderName): number {
		return this.guard(() => this.statements.ticketCount.get(provider) as number);
	}

	loadPeople(provider: ProviderName): Person[] {
		return this.guard(() =>
			(this.statements.people.all(provider) as Array<{id: string; name: string; display_name: string | null; email: string | null; active: number}>).map((row) => ({
				id: row.id,
				name: row.name,
				displayName: row.display_name,
				email: row.email,
				active: row.active === 1,
			})),
		);
	}

	loadIterations(provider: ProviderName): Iteration[] {
		return this.guard(() =>
			(
				this.statements.iterations.all(provider) as Array<{id: string; name: string; team: string | null; starts_at: number; ends_at: number; completed_at: number | null}>
			).map((row) => ({
				id: row.id,
				name: row.name,
				team: row.team,
				startsAt: row.starts_at,
				endsAt: row.ends_at,
				completedAt: row.completed_at,
			})),
		);
	}

	/** The director's manual tags, keyed by ticket id. */
	getTags(provider: ProviderName): Map<string, Tag> {
		return this.guard(() => {
			const tags = new Map<string, Tag>();
			for (const row of this.statements.tags.all(provider) as Array<{ticket_id: string; category: Category; tagged_at: number}>) {
				tags.set(row.ticket_id, {ticketId: row.ticket_id, category: row.category, taggedAt: row.tagged_at});
			}
			return tags;
		});
	}

	/**
	 * Sets (or, with null, clears) a manual tag and records the change in the tag history,
	 * durably (fsynced) before returning. Setting the tag a ticket already has changes nothing.
	 */
	setTag(provider: ProviderName, ticketId: string, category: Category | null): void {
		this.setTags(provider, new Map([[ticketId, category]]));
	}

	/** Several tag changes (a bulk tag, an undo) as one durable transaction: all or none. */
	setTags(provider: ProviderName, changes: ReadonlyMap<string, Category | null>): void {
		const s = this.statements;
		const at = this.now();
		this.write(() => {
			for (const [ticketId, category] of changes) {
				const current = (s.tag.get(provider, ticketId) as Category | undefined) ?? null;
				if (current === category) continue;
				if (category === null) s.deleteTag.run(provider, ticketId);
				else s.upsertTag.run(provider, ticketId, category, at);
				s.addTagEvent.run(provider, ticketId, category, at);
			}
		}, true);
	}

	/** Changes whenever any manual tag of the provider changes: a stamp for derived caches. */
	tagVersion(provider: ProviderName): string {
		return this.guard(() => {
			const row = this.statements.tagVersion.get(provider) as {count: number; last: number | null};
			return `${row.count}:${row.last ?? 0}`;
		});
	}

	/** Every change of a ticket's manual tag, oldest first. */
	tagHistory(provider: ProviderName, ticketId: string): TagEvent[] {
		return this.guard(() =>
			(this.statements.tagEvents.all(provider, ticketId) as Array<{ticket_id: string; category: Category | null; at: number}>).map((row) => ({
				ticketId: row.ticket_id,
				category: row.category,
				at: row.at,
			})),
		);
	}

	addNote(provider: ProviderName, target: NoteTarget, text: string): Note {
		const trimmed = text.trim();
		if (trimmed === '') throw new StoreError('an empty note was not saved', 'write something for the note first');
		const createdAt = this.now();
		const targetId = target.kind === 'ticket' ? target.ticketId : target.reportSlug;
		const id = this.write(() => this.statements.addNote.get(provider, target.kind, targetId, trimmed, createdAt) as number, true);
		return {id, target, text: trimmed, createdAt, discussedAt: null, followUpAt: null};
	}

	/**
	 * Oldest first. `undiscussedOnly`: the notes the next 1:1 note carries — not yet
	 * discussed, or discussed and flagged for follow-up.
	 */
	listNotes(provider: ProviderName, options: {readonly undiscussedOnly?: boolean} = {}): Note[] {
		return this.guard(() => {
			const statement = options.undiscussedOnly ? this.statements.undiscussedNotes : this.statements.notes;
			return (statement.all(provider) as NoteRow[]).map(noteFromRow);
		});
	}

	/**
	 * Marks notes as taken into a 1:1. A note keeps the time it was first discussed; a
	 * follow-up, once carried into a note, is done. Other providers' ids change nothing.
	 */
	markNotesDiscussed(provider: ProviderName, ids: readonly number[], at: number): void {
		if (ids.length === 0) return;
		this.write(() => {
			for (const id of ids) {
				if (this.statements.markNoteDiscussed.run(at, provider, id).changes === 0) this.statements.clearFollowUp.run(provider, id);
			}
		}, true);
	}

	/** Flags (or unflags) a note for follow-up: it is carried into the next 1:1 note again. Returns whether the note exists. */
	setNoteFollowUp(provider: ProviderName, id: number, followUp: boolean): boolean {
		return this.write(() => this.statements.setFollowUp.run(followUp ? this.now() : null, provider, id).changes > 0, true);
	}

	/** Returns whether a note was deleted. */
	deleteNote(provider: ProviderName, id: number): boolean {
		return this.write(() => this.statements.deleteNote.run(provider, id).changes > 0, true);
	}

	getMeta(key: string): string | null {
		return this.guard(() => (this.statements.getMeta.get(key) as string | undefined) ?? null);
	}

	setMeta(key: string, value: string): void {
		this.write(() => void this.statements.setMeta.run(key, value));
	}

	/** SQLite's own check: 'ok', or the problems it found, one a line. */
	integrityCheck(): string {
		return this.guard(() => (this.statements.integrityCheck.all() as string[]).join('\n'));
	}

	close(): void {
		if (!this.db.open) return;
		const isWritable = !this.db.readonly;
		this.db.close();
		if (isWritable) stampClosedStore(this.file);
	}

	private guard<T>(work: () => T): T {
		try {
			return work();
		} catch (error) {
			throw translateSqliteError(error, this.file) ?? error;
		}
	}

	/**
	 * A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so waiting for
	 * another instance honours the busy timeout. `durable` fsyncs the commit: the director's
	 * own judgements must survive a power cut, synced tickets can be pulled again.
	 */
	private write<T>(work: () => T, durable = false): T {
		return this.guard(() => {
			if (durable) this.statements.synchronousFull.run();
			try {
				const result = this.db.transaction(work).immediate();
				// Durable writes are the director's record.
				if (durable) this.recordChanged = true;
				return result;
			} finally {
				if (durable) this.statements.synchronousNormal.run();
			}
		});
	}
}

const noteColumns = 'id, target_kind, target, text, created_at, discussed_at, follow_up_at';

function prepareStatements(db: Database.Database) {
	const prepare = (sql: string) => retain(db.prepare(sql));
	return {
		syncState: prepare(`SELECT phase, cursor, full, updated_since, run_started_at, generation, last_synced_at FROM sync_state WHERE provider = ? AND scope = ?`),
		upsertSyncState: prepare(`
			INSERT INTO sync_state (provider, scope, phase, cursor, full, updated_since, run_started_at, generation, last_synced_at)
			VALUES (@provider, @scope, @phase, @cursor, @full, @updatedSince, @runStartedAt, @generation, @lastSyncedAt)
			ON CONFLICT (provider, scope) DO UPDATE SET phase = excluded.phase, cursor = excluded.cursor, full = excluded.full,
				updated_since = excluded.updated_since, run_started_at = excluded.run_started_at, generation = excluded.generation,
				last_synced_at = excluded.last_synced_at`),
		upsertPerson: prepare(`
			INSERT INTO people (provider, id, name, display_name, email, active) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (provider, id) DO UPDATE SET name = excluded.name, display_name = excluded.display_name,
				email = excluded.email, active = excluded.active`),
		upsertIteration: prepare(`
			INSERT INTO iterations (provider, id, name, team, starts_at, ends_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (provider, id) DO UPDATE SET name = excluded.name, team = excluded.team,
				starts_at = excluded.starts_at, ends_at = excluded.ends_at, completed_at = excluded.completed_at`),
		upsertTicket: prepare(upsertTicketSql),
		// Before the upsert: a ticket moving to another team or project gets a new key, and
		// the director may still type the old one.
		rememberReplacedKey: prepare(`
			INSERT INTO ticket_keys (provider, key, ticket_id, replaced_at)
			SELECT provider, key, id, @at FROM tickets WHERE provider = @provider AND id = @id AND key <> @key COLLATE NOCASE
			ON CONFLICT (provider, key) DO UPDATE SET ticket_id = excluded.ticket_id, replaced_at = excluded.replaced_at`),
		forgetCurrentKey: prepare(`DELETE FROM ticket_keys WHERE provider = ? AND key = ?`),
		nextGeneration: prepare(`
			INSERT INTO sync_generations (provider, generation) VALUES (?, 1)
			ON CONFLICT (provider) DO UPDATE SET generation = generation + 1 RETURNING generation`).pluck(),
		currentGeneration: prepare(`SELECT generation FROM sync_generations WHERE provider = ?`).pluck(),
		deleteTicket: prepare(`DELETE FROM tickets WHERE provider = ? AND id = ?`),
		deleteUnseen: prepare(`DELETE FROM tickets WHERE provider = ? AND (seen_generation IS NULL OR seen_generation <> ?)`),
		tickets: prepare(`SELECT data FROM tickets WHERE provider = ?`).pluck(),
		ticketByKey: prepare(`SELECT data FROM tickets WHERE provider = ? AND key = ? COLLATE NOCASE LIMIT 1`).pluck(),
		ticketByReplacedKey: prepare(`
			SELECT t.data FROM ticket_keys k JOIN tickets t ON t.provider = k.provider AND t.id = k.ticket_id
			WHERE k.provider = ? AND k.key = ? LIMIT 1`).pluck(),
		ticketCount: prepare(`SELECT count(*) FROM tickets WHERE provider = ?`).pluck(),
		people: prepare(`SELECT id, name, display_name, email, active FROM people WHERE provider = ? ORDER BY name, id`),
		iterations: prepare(`SELECT id, name, team, starts_at, ends_at, completed_at FROM iterations WHERE provider = ? ORDER BY starts_at, id`),
		tags: prepare(`SELECT ticket_id, category, tagged_at FROM tags WHERE provider = ?`),
		tag: prepare(`SELECT category FROM tags WHERE provider = ? AND ticket_id = ?`).pluck(),
		upsertTag: prepare(`
			INSERT INTO tags (provider, ticket_id, category, tagged_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (provider, ticket_id) DO UPDATE SET category = excluded.category, tagged_at = excluded.tagged_at`),
		deleteTag: prepare(`DELETE FROM tags WHERE provider = ? AND ticket_id = ?`),
		addTagEvent: prepare(`INSERT INTO tag_events (provider, ticket_id, category, at) VALUES (?, ?, ?, ?)`),
		tagVersion: prepare(`SELECT COUNT(*) AS count, MAX(id) AS last FROM tag_events WHERE provider = ?`),
		tagEvents: prepare(`SELECT ticket_id, category, at FROM tag_events WHERE provider = ? AND ticket_id = ? ORDER BY at, id`),
		addNote: prepare(`INSERT INTO notes (provider, target_kind, target, text, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`).pluck(),
		notes: prepare(`SELECT ${noteColumns} FROM notes WHERE provider = ? ORDER BY created_at, id`),
		undiscussedNotes: prepare(
			`SELECT ${noteColumns} FROM notes WHERE provider = ? AND (discussed_at IS NULL OR follow_up_at IS NOT NULL) ORDER BY created_at, id`,
		),
		setFollowUp: prepare(`UPDATE notes SET follow_up_at = ? WHERE provider = ? AND id = ?`),
		clearFollowUp: prepare(`UPDATE notes SET follow_up_at = NULL WHERE provider = ? AND id = ?`),
		// A note keeps the time it was first taken into a 1:1.
		markNoteDiscussed: prepare(`UPDATE notes SET discussed_at = ? WHERE provider = ? AND id = ? AND discussed_at IS NULL`),
		deleteNote: prepare(`DELETE FROM notes WHERE provider = ? AND id = ?`),
		getMeta: prepare(`SELECT value FROM meta WHERE key = ?`).pluck(),
		setMeta: prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
		synchronousFull: prepare('PRAGMA synchronous = FULL'),
		synchronousNormal: prepare('PRAGMA synchronous = NORMAL'),
		integrityCheck: prepare('PRAGMA integrity_check').pluck(),
	};
}

type Statements = ReturnType<typeof prepareStatements>;

function noteFromRow(row: NoteRow): Note {
	return {
		id: row.id,
		target: row.target_kind === 'ticket' ? {kind: 'ticket', ticketId: row.target} : {kind: 'report', reportSlug: row.target},
		text: row.text,
		createdAt: row.created_at,
		discussedAt: row.discussed_at,
		followUpAt: row.follow_up_at,
	};
}
