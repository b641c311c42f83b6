import type {Category, Classification, Note, Person, ProviderName, ResolvedRoster, Tag, Ticket, Week} from '../domain/types.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {ReviewSettings} from './settings.js';
import type {WeekReport} from '../domain/week-report.js';

export type SyncStatus =
	/** `unreadable`: the last sync's tickets this key could not read whole (SyncResult.unreadable), when there were any. */
	| {readonly phase: 'idle'; readonly unreadable?: {readonly tickets: number; readonly notStored: number}}
	/** `retrying`: the notice of a failed request about to be tried again (providers/retry.ts `retryNotice`), until the next page arrives. */
	| {readonly phase: 'running'; readonly done: number; readonly total: number | null; readonly retrying?: string}
	/** `error` is what the sync threw, kept as it is (its kind, hint and exit code) for a command to report. */
	| {readonly phase: 'failed'; readonly message: string; readonly hint: string; readonly error: unknown};

/** One key press's worth of tags: the tickets, what they were before, and what they are now. */
export interface TagChange {
	readonly ticketIds: readonly string[];
	readonly before: ReadonlyMap<string, Category | null>;
	readonly after: Category | null;
}

/** What the views read of the loaded review: `ReviewData` has it all; the stored first frame only its tickets. */
export interface ReviewReadModel {
	readonly ticketsById: ReadonlyMap<string, Ticket>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly roster: ResolvedRoster;
	readonly tags: ReadonlyMap<string, Tag>;
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly settings: ReviewSettings;
}

/** What the TUI needs from the data layer; the views never touch the store or a provider. */
export interface ReviewSource {
	readonly providerName: ProviderName;
	/** "Demo organisation", "Linear · ENG, PLAT". */
	readonly providerLabel: string;
	readonly timezone: string;
	/** The Export view's default folder: `exports` under the director-review data folder. */
	readonly exportFolder?: string | undefined;
	now(): number;
	/** Changes whenever the data behind the reports changes (a sync page, a tag). */
	readonly version: number;
	subscribe(listener: () => void): () => void;
	weekReport(week: Week): WeekReport;
	/** Tickets, people, roster, tags and classifications as of the last load. */
	readonly review: ReviewReadModel;
	/**
	 * Saves manual tags (null clears) on several tickets at once; durable in the store before
	 * this returns. Returns what changed, for the status line; it is pushed on the undo stack.
	 */
	tag(ticketIds: readonly string[], category: Category | null): TagChange;
	/** Reverts the last tag change still on the undo stack (durable too); null when none is left. */
	undoTag(): TagChange | null;
	/** How many tag changes can be undone. */
	undoDepth(): number;
	/** Keeps a note for the next 1:1 (durable at once); the next export includes it. */
	addNote(target: Note['target'], text: string): Note;
	/**
	 * Flags the latest discussed note on the target for follow-up, or clears the flag when it
	 * is set; the note is carried into the next 1:1 note. Null when there is no discussed note.
	 */
	flagFollowUp?(target: Note['target']): Note | null;
	/** Notes not yet taken into a 1:1. */
	pendingNotes(): readonly Note[];
	/** Everything the exports read for one week. */
	snapshot(week: Week): ReviewSnapshot;
	/** Marks notes as taken into a 1:1 (after an export wrote them). */
	markNotesDiscussed(ids: readonly number[]): void;
	/** Freezes the review of the week as shown (briefing.md); absent where nothing can be frozen. */
	/** `pointsByTicket`: the talking points the export issued, by the ticket each is about (its state rows hold them). */
	/** `discussedNotes`: the director's notes the exported 1:1 notes carried; the review keeps them (a quit's review keeps those the session's exports of the week discussed). */
	freezeReview?(week: Week, trigger: 'export' | 'quit' | 'mark', pointsByTicket?: ReadonlyMap<string, readonly string[]>, discussedNotes?: readonly Note[]): number | null;
	/** What changed since the previous review (briefing.md); absent while the review loads. */
	sinceLastReview?(week: Week): SinceLastReview;
	/** Records the talking points an export issued (store.reviews.issue); absent where nothing can be recorded. */
	issueNotes?(notes: readonly IssuedNote[]): void;
	lastSyncedAt(): number | null;
	syncStatus(): SyncStatus;
	/** Starts a sync in the background unless one runs; resolves when it ends. */
	sync(): Promise<void>;
}
