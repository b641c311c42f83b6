import path from 'node:path';
import type {Category, Classification, Iteration, Note, Person, ProviderName, Tag, Ticket} from '../domain/types.js';
import type {SyncPage} from '../domain/sync-page.js';
import {Connection} from './connection.js';
import {translateSqliteError} from './errors.js';
import {MetaRecord} from './meta.js';
import {NoteRecord, type NoteTarget} from './notes.js';
import {openDatabase} from './open-database.js';
import {replaceRecord, type RecordCounts} from './record.js';
import {copyRecordInto} from './record-copy.js';
import {updateRecordCopy} from './record-sync.js';
import {ReviewRecord} from './reviews.js';
import {unreadableReview} from './review-check.js';
import {SyncStateRecord, type PageState, type SyncState} from './sync-state.js';
import {TagRecord, type TagEvent} from './tags.js';
import {TrackerData, type FullSweep, type SweepBound} from './tracker-data.js';
import {TicketWindowRecord, type ReachOf, type TicketWindow} from './ticket-window.js';
import {VerdictRecord, type VerdictRow} from './verdicts.js';
import {WeekFactRecord} from './week-facts.js';
import {WeekReportRecord} from './week-reports.js';
import {stampClosedStore} from './verified-stamp.js';

export type {NoteTarget} from './notes.js';
export type {PageState, SyncState} from './sync-state.js';
export type {TagEvent} from './tags.js';
export type {VerdictRow} from './verdicts.js';

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

/**
 * The local store: the only SQL in the repo. Provider data is replaced wholesale by each
 * sync; the director's own data (tags, their history, notes, reviews) is never touched by
 * a sync and is committed durably before a write returns. This class is the front door:
 * each concern lives in its own module over one shared `Connection`.
 */
export class Store {
	static open(file: string, options: StoreOptions = {}): Store {
		const resolved = path.resolve(file);
		const db = openDatabase(resolved, {readonly: options.readonly ?? false, busyTimeoutMs: options.busyTimeoutMs ?? defaultBusyTimeoutMs});
		try {
			return new Store(new Connection(db, resolved, options.now ?? Date.now));
		} catch (error) {
			db.close();
			throw translateSqliteError(error, resolved) ?? error;
		}
	}

	/** The absolute path of the store file. */
	readonly file: string;
	/** Frozen reviews and issued talking points. */
	readonly reviews: ReviewRecord;
	private readonly syncStates: SyncStateRecord;
	private readonly tracker: TrackerData;
	private readonly tags: TagRecord;
	private readonly notes: NoteRecord;
	private readonly meta: MetaRecord;
	/** Loads the tickets a window of weeks can touch (issue 18). */
	private readonly ticketWindow: TicketWindowRecord;
	/** Each ticket's classification verdict, kept until what it read changes (issue 18). */
	private readonly verdicts: VerdictRecord;
	/** The reports of ended weeks, kept until what they were computed from changes (issue 18). */
	readonly weekReports: WeekReportRecord;
	/** The metrics and effort of ended weeks, kept like the reports (issue 18). */
	readonly weekFacts: WeekFactRecord;

	private constructor(private readonly connection: Connection) {
		this.file = connection.file;
		this.syncStates = new SyncStateRecord(connection);
		this.tracker = new TrackerData(connection, this.syncStates);
		this.tags = new TagRecord(connection);
		this.notes = new NoteRecord(connection);
		this.meta = new MetaRecord(connection);
		this.reviews = new ReviewRecord(connection.db, connection.write, connection.guard, connection.now);
		this.ticketWindow = new TicketWindowRecord(connection.db, connection.write, connection.guard, connection.db.readonly);
		this.verdicts = new VerdictRecord(connection.db, connection.write, connection.guard);
		this.weekReports = new WeekReportRecord(connection.db, connection.write, connection.guard);
		this.weekFacts = new WeekFactRecord(connection.db, connection.write, connection.guard);
	}

	/** Whether this handle has written any of the director's record (tags, notes, reviews): a backup is then due. */
	get recordChanged(): boolean {
		return this.connection.recordChanged;
	}

	/** When any process last wrote the director's record (connection.ts); null when never. */
	recordWrittenAt(): number | null {
		return this.connection.recordWrittenAt();
	}

	/** The director's record, copied into a new SQLite file at `destination` while the store stays in use (record-copy.ts). */
	async backupRecordTo(destination: string): Promise<void> {
		try {
			copyRecordInto(this.connection.db, destination);
		} catch (error) {
			throw translateSqliteError(error, this.file) ?? error;
		}
	}

	/** Brings a backup written by `backupRecordTo` up to the record in place; false when it cannot be (record-sync.ts). */
	async updateRecordCopy(destination: string, unchanged: boolean): Promise<boolean> {
		try {
			return updateRecordCopy(this.connection.db, destination, unchanged);
		} catch (error) {
			throw translateSqliteError(error, this.file) ?? error;
		}
	}

	/** Replaces tags, notes, reviews and issued talking points with a backup's; tracker data stays. */
	restoreRecordFrom(backupFile: string): RecordCounts {
		const counts = this.connection.guard(() => replaceRecord(this.connection.db, backupFile, this.file));
		this.connection.recordChanged = true;
		return counts;
	}

	// Sync state and tracker data (sync-state.ts, tracker-data.ts).

	getSyncState(provider: ProviderName, scope: string): SyncState | null {
		return this.syncStates.get(provider, scope);
	}

	/**
	 * One page of a sync and the state after it, in one transaction. Tags are never written here.
	 * A page listing the scope deletes only tickets written within `sweep` (`ticketWriteMark`).
	 */
	writePage(provider: ProviderName, scope: string, page: SyncPage, state: PageState, sweep?: SweepBound): void {
		this.tracker.writePage(provider, scope, page, state, sweep);
	}

	/** Read before a sweep's listing begins: the sweep deletes no ticket written after it (`SweepBound`). */
	ticketWriteMark(provider: ProviderName): number {
		return this.tracker.ticketWriteMark(provider);
	}

	beginFullSync(provider: ProviderName): number {
		return this.tracker.beginFullSync(provider);
	}

	finishFullSync(provider: ProviderName, generation: number, outcome?: FullSweep): number {
		return this.tracker.finishFullSync(provider, generation, outcome);
	}

	unseenTicketIds(provider: ProviderName, generation: number, sweep?: SweepBound): string[] {
		return this.tracker.unseenTicketIds(provider, generation, sweep);
	}

	unlistedTicketIds(provider: ProviderName, listed: readonly string[], sweep?: SweepBound): string[] {
		return this.tracker.unlistedTicketIds(provider, listed, sweep);
	}

	loadTickets(provider: ProviderName): Ticket[] {
		return this.tracker.loadTickets(provider);
	}

	/**
	 * The tickets a review from `window.from` on can read, in `loadTickets`' order: equal
	 * figures for every week whose reads start at or after `window.from` (ticket-window.ts).
	 */
	loadTicketsTouching(provider: ProviderName, window: TicketWindow, reachOf: ReachOf): Ticket[] {
		return this.ticketWindow.load(provider, window, reachOf);
	}

	/** The tickets with these ids and their parents, in the order loadTicketsTouching gives them. */
	loadTicketsById(provider: ProviderName, ids: readonly string[], reachOf: ReachOf): Ticket[] {
		return this.ticketWindow.loadIds(provider, ids, reachOf);
	}

	/** How many tickets have one of these keys, in any case (as many as keys: each names one ticket). */
	countTicketsWithKeys(provider: ProviderName, keys: readonly string[]): number {
		return this.ticketWindow.countWithKeys(provider, keys);
	}

	// Classification verdicts (verdicts.ts): the review decides which context they belong to.

	/** Changes whenever another connection commits: equal before and after a load, the load read one state of the store. */
	changeStamp(): number {
		return this.verdicts.changeStamp();
	}

	/** The kept verdicts of these tickets worked out under `context`, by ticket id. */
	loadVerdicts(provider: ProviderName, context: string, ticketIds: readonly string[]): Map<string, Classification> {
		return this.verdicts.read(provider, context, ticketIds);
	}

	/** Keeps verdicts worked out from the store as it was at `stamp`; nothing if it changed since, the store is busy or read-only. */
	saveVerdicts(provider: ProviderName, context: string, stamp: number, rows: readonly VerdictRow[]): boolean {
		return this.verdicts.save(provider, context, stamp, rows);
	}

	/** Case-insensitive; also finds a ticket by a key it had before it moved. */
	findTicketByKey(provider: ProviderName, key: string): Ticket | null {
		return this.tracker.findTicketByKey(provider, key);
	}

	ticketCount(provider: ProviderName): number {
		return this.tracker.ticketCount(provider);
	}

	loadPeople(provider: ProviderName): Person[] {
		return this.tracker.loadPeople(provider);
	}

	loadIterations(provider: ProviderName): Iteration[] {
		return this.tracker.loadIterations(provider);
	}

	// The director's tags (tags.ts).

	getTags(provider: ProviderName): Map<string, Tag> {
		return this.tags.all(provider);
	}

	setTag(provider: ProviderName, ticketId: string, category: Category | null): void {
		this.tags.set(provider, new Map([[ticketId, category]]));
	}

	/** Several tag changes (a bulk tag, an undo) as one durable transaction: all or none. */
	setTags(provider: ProviderName, changes: ReadonlyMap<string, Category | null>): void {
		this.tags.set(provider, changes);
	}

	tagVersion(provider: ProviderName): string {
		return this.tags.version(provider);
	}

	tagHistory(provider: ProviderName, ticketId: string): TagEvent[] {
		return this.tags.history(provider, ticketId);
	}

	// The director's notes (notes.ts).

	addNote(provider: ProviderName, target: NoteTarget, text: string): Note {
		return this.notes.add(provider, target, text);
	}

	listNotes(provider: ProviderName, options: {readonly undiscussedOnly?: boolean} = {}): Note[] {
		return this.notes.list(provider, options);
	}

	markNotesDiscussed(provider: ProviderName, ids: readonly number[], at: number): void {
		this.notes.markDiscussed(provider, ids, at);
	}

	setNoteFollowUp(provider: ProviderName, id: number, followUp: boolean): boolean {
		return this.notes.setFollowUp(provider, id, followUp);
	}

	deleteNote(provider: ProviderName, id: number): boolean {
		return this.notes.delete(provider, id);
	}

	// The program's own values (meta.ts) and the file as a whole.

	getMeta(key: string): string | null {
		return this.meta.get(key);
	}

	setMeta(key: string, value: string): void {
		this.meta.set(key, value);
	}

	/** SQLite's check, then whether every frozen review can be put together from its parts (which SQLite cannot see). */
	integrityCheck(): string {
		const sqlite = this.connection.integrityCheck();
		if (sqlite !== 'ok') return sqlite;
		const review = this.connection.guard(() => unreadableReview(this.connection.db));
		return review === null ? 'ok' : `frozen review ${review.id} of ${review.week} cannot be read: a part of it is missing or unreadable`;
	}

	close(): void {
		const {db} = this.connection;
		if (!db.open) return;
		const isWritable = !db.readonly;
		db.close();
		if (isWritable) stampClosedStore(this.file);
	}
}
