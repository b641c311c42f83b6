import type {AppConfig} from '../config/schema.js';
import type {Category, Note, ProviderName, RosterConfig, Week} from '../domain/types.js';
import {AppError} from '../errors/app-error.js';
import {redactSecrets} from '../errors/secrets.js';
import {toTerminalLine} from '../text/sanitize.js';
import type {Provider} from '../providers/provider.js';
import type {ProviderHooks} from '../providers/create.js';
import {retryNotice} from '../providers/retry.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import {buildSnapshot} from './build-snapshot.js';
import type {Store} from '../store/store.js';
import {runSync} from '../sync/run-sync.js';
import type {ReviewTrigger} from '../domain/briefing/types.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import {weekOf} from '../domain/week.js';
import {freezeReview} from './freeze.js';
import {sinceLastReviewFor} from './since.js';
import type {ReviewData} from './review-data.js';
import {LoadedHistory} from './loaded-history.js';
import {keepReport} from './stored-report.js';
import {adoptKept, keepWeekFacts} from './week-facts.js';
import type {ReviewSource, SyncStatus, TagChange} from './session-types.js';
import type {WeekReport} from '../domain/week-report.js';

/** Enough for a Friday's triage; older changes stay in the store's tag history. */
const maxUndo = 200;

export interface SessionOptions {
	readonly store: Store;
	readonly providerName: ProviderName;
	readonly providerLabel: string;
	/** Built on first use: the TUI opens on cached data before any credentials are touched. */
	/** `hooks` let the TUI hear what the adapter does while it works (a request tried again). */
	readonly createProvider: (hooks?: ProviderHooks) => Promise<Provider>;
	readonly config: AppConfig;
	readonly roster: RosterConfig | null;
	readonly now?: () => number;
	/** How long after the last tag the learner is retrained. */
	readonly relearnDelayMs?: number;
	/** Where the TUI's Export view writes by default (never silently the current directory). */
	readonly exportFolder?: string;
	/** The week the review opens on (default: this week): what is loaded first covers it. */
	readonly week?: Week;
	/**
	 * Build the indexes week computations read while loading (default): the TUI's first week then
	 * costs the week alone. An export passes false: a kept report (stored-report.ts) needs none.
	 */
	readonly indexWhileLoading?: boolean;
}

/**
 * The live review behind the TUI: data loaded from the store, background sync, and tags
 * that are durable before the screen confirms them.
 */
export class ReviewSession implements ReviewSource {
	readonly providerName: ProviderName;
	readonly providerLabel: string;
	readonly timezone: string;
	readonly exportFolder: string | undefined;
	version = 0;
	private data: ReviewData;
	private status: SyncStatus = {phase: 'idle'};
	private running: Promise<void> | null = null;
	private readonly listeners = new Set<() => void>();
	private relearnTimer: NodeJS.Timeout | null = null;
	private readonly clock: () => number;
	/** Undo survives view switches and week changes: it lives with the session, not a view. */
	private readonly undoStack: TagChange[] = [];
	private readonly openedWeeks = new Map<string, Week>();
	/** The director's notes this session's exports discussed, by week: the review frozen on quit keeps them too. */
	private readonly notesDiscussedByWeek = new Map<string, Note[]>();
	/** When this session started: the previous review is the latest frozen before it (briefing.md). */
	readonly startedAt: number;
	/** Bumped whenever tickets, tags or the learner change: what the since-last-review cache keys on. */
	private dataStamp = 0;
	private sinceCache: {readonly key: string; readonly since: SinceLastReview} | null = null;
	/** What is loaded: the tickets every week read so far can touch, not the whole history (issue 18). */
	private readonly history: LoadedHistory;

	constructor(private readonly options: SessionOptions) {
		this.providerName = options.providerName;
		this.providerLabel = options.providerLabel;
		this.timezone = options.config.timezone;
		this.exportFolder = options.exportFolder;
		this.clock = options.now ?? Date.now;
		this.startedAt = this.clock();
		const week = options.week ?? weekOf(this.startedAt, this.timezone);
		this.history = new LoadedHistory(options.store, options.providerName, options.config, options.roster, this.startedAt, week, options.indexWhileLoading);
		this.data = this.history.load();
	}

	now(): number {
		return this.clock();
	}

	get review(): ReviewData {
		return this.data;
	}

	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	weekReport(week: Week): WeekReport {
		if (!this.openedWeeks.has(week.id)) this.openedWeeks.set(week.id, week);
		this.cover(week);
		const now = this.now();
		// An ended week, or the ended weeks of its trend, computed by an earlier run from this very data (stored-report.ts, week-facts.ts).
		if (!this.data.hasReport(week)) adoptKept(this.options, this.history.generation, this.data, week, now);
		return this.data.weekReport(week, now);
	}

	/** Keeps `week`'s report for the next run when the week has ended and the data is the store's as loaded; with `trendFacts`, its trend's ended weeks' facts (week-facts.ts: tens of ms once, so not before a first frame). */
	keepWeekReport(week: Week, trendFacts = false): boolean {
		const report = this.weekReport(week);
		if (trendFacts) keepWeekFacts(this.options, this.history.generation, this.data, week, this.now());
		return keepReport(this.options, this.history.generation, report, this.now(), this.data.ticketsById, this.history.loadedFrom);
	}

	/** Every week this session showed, in the order first opened: quitting freezes their reviews. */
	weeksOpened(): Week[] {
		return [...this.openedWeeks.values()];
	}

	lastSyncedAt(): number | null {
		return this.options.store.getSyncState(this.providerName, 'tickets')?.lastSyncedAt ?? null;
	}

	syncStatus(): SyncStatus {
		return this.status;
	}

	/**
	 * Saves manual tags (null clears). The store commits each before this returns, so
	 * whatever the screen shows next is already durable.
	 */
	tag(ticketIds: readonly string[], category: Category | null): TagChange {
		const before = new Map<string, Category | null>();
		for (const id of ticketIds) before.set(id, this.data.tags.get(id)?.category ?? null);
		this.writeTags(new Map(ticketIds.map((id) => [id, category])));
		const change: TagChange = {ticketIds: [...ticketIds], before, after: category};
		this.undoStack.push(change);
		if (this.undoStack.length > maxUndo) this.undoStack.shift();
		return change;
	}

	undoTag(): TagChange | null {
		const change = this.undoStack.pop();
		if (!change) return null;
		this.writeTags(change.before);
		return change;
	}

	addNote(target: Note['target'], text: string): Note {
		const note = this.options.store.addNote(this.providerName, target, text);
		this.changed();
		return note;
	}

	flagFollowUp(target: Note['target']): Note | null {
		const same = (note: Note) =>
			note.target.kind === target.kind && (note.target.kind === 'report' ? target.kind === 'report' && note.target.reportSlug === target.reportSlug : target.kind === 'ticket' && note.target.ticketId === target.ticketId);
		const discussed = this.options.store.listNotes(this.providerName).filter((note) => note.discussedAt !== null && same(note));
		const latest = discussed.at(-1);
		if (latest === undefined) return null;
		const followUp = latest.followUpAt === null || latest.followUpAt === undefined;
		this.options.store.setNoteFollowUp(this.providerName, latest.id, followUp);
		this.changed();
		return this.options.store.listNotes(this.providerName).find((note) => note.id === latest.id) ?? null;
	}

	pendingNotes(): readonly Note[] {
		return this.options.store.listNotes(this.providerName, {undiscussedOnly: true});
	}

	snapshot(week: Week): ReviewSnapshot {
		const {config, store} = this.options;
		this.cover(week);
		return buildSnapshot({providerName: this.providerName, week, now: this.now(), config, store}, this);
	}

	/**
	 * What changed since the previous review, for the week shown (the Overview's counts and
	 * list). Kept until the data changes: a sync's progress redraws the Overview many times.
	 */
	sinceLastReview(week: Week): SinceLastReview {
		const key = `${week.id}@${this.dataStamp}`;
		if (this.sinceCache?.key === key) return this.sinceCache.since;
		return this.snapshot(week).since ?? {previousReview: null, items: [], restated: []};
	}

	issueNotes(notes: readonly IssuedNote[]): void {
		for (const note of notes) this.options.store.reviews.issue(this.providerName, note);
	}

	lastIssued(report: string, weekId?: string): IssuedNote | null {
		return this.options.store.reviews.lastIssued(this.providerName, report, this.startedAt, weekId);
	}

	/**
	 * Kept until the data changes, like the Overview's counts: the Overview, the Export view and
	 * the freeze on quit read one computation (it recomputes the previous review's week).
	 */
	sinceFor(snapshot: ReviewSnapshot): SinceLastReview {
		const key = `${snapshot.week.id}@${this.dataStamp}`;
		if (this.sinceCache?.key !== key) {
			const since = sinceLastReviewFor(
				{store: this.options.store, providerName: this.providerName, review: this.data, timezone: this.timezone, now: this.now()},
				snapshot,
				this.startedAt,
			);
			this.sinceCache = {key, since};
		}
		return this.sinceCache.since;
	}

	/** Freezes the review of `week` as shown now (an export, or quitting after opening it); none of a store without tickets (commands/require-tickets.ts). */
	freezeReview(week: Week, trigger: ReviewTrigger, pointsByTicket?: ReadonlyMap<string, readonly string[]>, discussedNotes?: readonly Note[]): number | null {
		if (this.options.store.ticketCount(this.providerName) === 0) return null;
		const discussed = this.notesDiscussedByWeek.get(week.id) ?? [];
		if (discussedNotes !== undefined) {
			for (const note of discussedNotes) if (!discussed.some((each) => each.id === note.id)) discussed.push(note);
			this.notesDiscussedByWeek.set(week.id, discussed);
		}
		// An export's review keeps the notes its 1:1 notes carried; the review frozen on quit, the week's review as shown at the end, every note the session's exports of the week discussed.
		return freezeReview(this.options.store, this.snapshot(week), trigger, pointsByTicket, discussedNotes ?? (trigger === 'quit' ? discussed : []));
	}

	markNotesDiscussed(ids: readonly number[]): void {
		if (ids.length === 0) return;
		this.options.store.markNotesDiscussed(this.providerName, [...ids], this.now());
		this.changed();
	}

	undoDepth(): number {
		return this.undoStack.length;
	}

	private writeTags(categories: ReadonlyMap<string, Category | null>): void {
		// All or none: a multi-ticket tag or its undo is one transaction.
		this.options.store.setTags(this.providerName, categories);
		const at = this.now();
		for (const [id, category] of categories) this.data.applyTag(id, category, at);
		// The data is no longer the store's as loaded: no report of it is read or kept (stored-report.ts).
		this.history.generation = null;
		this.dataStamp++;
		this.scheduleRelearn();
		this.changed();
	}

	async sync(full = false): Promise<void> {
		if (this.running) return this.running;
		this.running = (async () => {
			this.setStatus({phase: 'running', done: 0, total: null});
			try {
				const result = await runSync({
					store: this.options.store,
					// A tracker slow or down is retried for minutes: the status line says so, or the TUI sits silent.
					provider: await this.options.createProvider({
						onRetry: (fault, attempt, delayMs) => {
							const {status} = this;
							const progress = status.phase === 'running' ? {done: status.done, total: status.total} : {done: 0, total: null};
							this.setStatus({phase: 'running', ...progress, retrying: retryNotice(fault, attempt, delayMs)});
						},
					}),
					full,
					now: this.clock,
					onProgress: (progress) => this.setStatus({phase: 'running', ...progress}),
				});
				this.data = this.history.load();
				this.dataStamp++;
				this.setStatus(result.unreadable.tickets > 0 ? {phase: 'idle', unreadable: result.unreadable} : {phase: 'idle'});
			} catch (error) {
				const failure =
					error instanceof AppError
						? {message: error.reportedMessage, hint: error.hint}
						: {message: error instanceof Error ? error.message : String(error), hint: 'press r to retry; the data shown is from the last sync'};
				// Text from outside (a tracker's or a proxy's answer) may echo the key or carry escapes.
				const shown = (text: string) => redactSecrets(toTerminalLine(text));
				this.setStatus({phase: 'failed', message: shown(failure.message), hint: shown(failure.hint), error});
			} finally {
				this.running = null;
			}
		})();
		return this.running;
	}

	dispose(): void {
		if (this.relearnTimer) clearTimeout(this.relearnTimer);
	}

	/** Loads more history when `week` needs tickets older than what is loaded. */
	private cover(week: Week): void {
		if (!this.history.cover(week)) return;
		this.data = this.history.load();
		this.dataStamp++;
	}

	private scheduleRelearn(): void {
		if (this.relearnTimer) clearTimeout(this.relearnTimer);
		this.relearnTimer = setTimeout(() => {
			this.relearnTimer = null;
			this.data.relearn();
			this.dataStamp++;
			this.changed();
		}, this.options.relearnDelayMs ?? 1500);
		this.relearnTimer.unref();
	}

	private setStatus(status: SyncStatus): void {
		this.status = status;
		this.changed();
	}

	private changed(): void {
		this.version++;
		for (const listener of this.listeners) listener();
	}
}
