import type Database from 'better-sqlite3';
import type {DiscussedNote, FrozenReview, FrozenReviewOutline, FrozenReviewSummary, IssuedNote, IssuedPoint, ReviewTicketState, ReviewTrigger} from '../domain/briefing/types.js';
import type {ProviderName} from '../domain/types.js';
import {retain} from './handles.js';
import {figuresFrom, outlineServes} from './review-figures.js';
import {compress, planReview, ReviewReader, sameText, type PlannedPart, type StoredPart} from './review-parts.js';

/** What a new frozen review holds; the store gives it its id. */
export interface ReviewToFreeze {
	readonly week: string;
	readonly trigger: ReviewTrigger;
	readonly figures: unknown;
	readonly tickets: readonly ReviewTicketState[];
	/** A member value's `JSON.stringify` text, where the caller keeps it already (export/member-texts.ts). */
	readonly memberText?: (value: unknown) => string | undefined;
	/** The director's notes the 1:1 notes exported with this review discussed: the review keeps them. */
	readonly discussedNotes?: readonly DiscussedNote[];
}

/** A frozen review's figures as its members (review-parts.ts), each read only when asked. */
export interface FrozenMembers {
	/** The members' keys, in the document's order. */
	readonly keys: readonly string[];
	/** A member's JSON text, exactly as `JSON.stringify` wrote it; undefined for no such member. */
	text(key: string): string | undefined;
	/** Whether the member's text is exactly `text`, compared without reading a shared part. */
	hasText(key: string, text: string): boolean;
}

type Write = <T>(work: () => T, durable?: boolean) => T;
type Guard = <T>(work: () => T) => T;

interface ReviewRow {
	id: number;
	week: string;
	frozen_at: number;
	trigger: ReviewTrigger;
	figures?: string | null;
	/** The whole figures compressed (review-figures.ts), when the statement reads them. */
	whole?: Uint8Array | null;
	ticket_count?: number;
	note_count?: number;
	/** How a review frozen from store version 9 on is joined back from its texts (review-parts.ts); null before. */
	layout?: string | null;
}

/**
 * The SQL of frozen reviews and issued talking points: the director's record, written
 * durably, never touched by a sync. A review is only ever inserted, never updated.
 */
export class ReviewRecord {
	private readonly s;
	private readonly prepare: (sql: string) => Database.Statement;
	/** `get` without some of the figures' keys, by the keys left out. */
	private readonly trimmedReviews = new Map<string, Database.Statement>();

	constructor(
		db: Database.Database,
		private readonly write: Write,
		private readonly guard: Guard,
		private readonly now: () => number,
	) {
		const prepare = (sql: string) => retain(db.prepare(sql));
		this.prepare = prepare;
		this.s = {
			// From store version 9 on the figures and rows are in shared parts, `figures` is empty and no row goes to review_tickets.
			addReview: prepare(`INSERT INTO reviews (provider, week, frozen_at, trigger, figures, layout) VALUES (?, ?, ?, ?, '', ?) RETURNING id`).pluck(),
			addPart: prepare(`INSERT OR IGNORE INTO review_parts (hash, length, brotli) VALUES (?, ?, ?)`),
			hasPart: prepare(`SELECT 1 FROM review_parts WHERE hash = ?`).pluck(),
			part: prepare(`SELECT length, brotli FROM review_parts WHERE hash = ?`),
			reviews: prepare(`
				SELECT r.id, r.week, r.frozen_at, r.trigger,
					CASE WHEN r.layout IS NOT NULL THEN json_extract(r.layout, '$.ticketCount') ELSE (SELECT count(*) FROM review_tickets t WHERE t.review_id = r.id) END AS ticket_count,
					(SELECT count(*) FROM review_notes n WHERE n.review_id = r.id) AS note_count
				FROM reviews r WHERE r.provider = ? ORDER BY r.frozen_at, r.id`),
			// A review frozen from store version 7 on keeps its whole figures compressed (review-figures.ts), from 9 on in parts.
			review: prepare(`
				SELECT id, week, frozen_at, trigger, CASE WHEN layout IS NULL AND figures_brotli IS NULL THEN figures END AS figures, figures_brotli AS whole, layout
				FROM reviews WHERE provider = ? AND id = ?`),
			latestBefore: prepare(`SELECT id FROM reviews WHERE provider = ? AND frozen_at < ? AND week <= ? ORDER BY frozen_at DESC, id DESC LIMIT 1`).pluck(),
			reviewTickets: prepare(`SELECT data FROM review_tickets WHERE review_id = ? ORDER BY ticket_id`).pluck(),
			addDiscussedNote: prepare(`INSERT INTO review_notes (review_id, note_id, target_kind, target, text, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
			discussedNotes: prepare(`
				SELECT n.note_id, n.target_kind, n.target, n.text, n.created_at FROM review_notes n JOIN reviews r ON r.id = n.review_id
				WHERE r.provider = ? AND n.review_id = ? ORDER BY n.created_at, n.note_id`),
			reviewTicketIds: prepare(`SELECT ticket_id FROM review_tickets WHERE review_id = ? ORDER BY ticket_id`).pluck(),
			addPoint: prepare(`
				INSERT INTO issued_points (provider, report, week, issued_at, identity, rule, subject, status, since_week, text, ticket_ids)
				VALUES (@provider, @report, @week, @issuedAt, @identity, @rule, @subject, @status, @sinceWeek, @text, @ticketIds)`),
			lastIssue: prepare(`SELECT week, issued_at FROM issued_points WHERE provider = ? AND report = ? AND issued_at < ? ORDER BY issued_at DESC, id DESC LIMIT 1`),
			// The latest week up to the note's, then the latest note of it: a look back at an earlier week is no later week's previous note.
			lastIssueUpTo: prepare(`SELECT week, issued_at FROM issued_points WHERE provider = ? AND report = ? AND issued_at < ? AND week <= ? ORDER BY week DESC, issued_at DESC, id DESC LIMIT 1`),
			pointsAt: prepare(`
				SELECT identity, rule, subject, status, since_week, text, ticket_ids FROM issued_points
				WHERE provider = ? AND report = ? AND issued_at = ? AND week = ? ORDER BY id`),
		};
	}

	/** Freezes a review, durably, and returns its id. */
	freeze(provider: ProviderName, review: ReviewToFreeze): number {
		const frozenAt = this.now();
		// Encoded before the write lock is taken, and only the parts the store lacks compressed:
		// a repeat freeze of unchanged data hashes its texts and writes one small row.
		const {layout, parts} = this.guard(() => planReview(review.figures, review.tickets, (hash) => this.s.hasPart.get(hash) !== undefined, review.memberText));
		return this.write(() => {
			for (const part of parts) this.addPart(part);
			const id = this.s.addReview.get(provider, review.week, frozenAt, review.trigger, layout) as number;
			for (const note of review.discussedNotes ?? []) {
				const target = note.target.kind === 'ticket' ? note.target.ticketId : note.target.reportSlug;
				this.s.addDiscussedNote.run(id, note.id, note.target.kind, target, note.text, note.createdAt);
			}
			return id;
		}, true);
	}

	/** A part the store held when planned may be gone under the lock (a restore meanwhile): then it is compressed now. */
	private addPart(part: PlannedPart): void {
		if (part.brotli === null) {
			if (this.s.hasPart.get(part.hash) !== undefined) return;
			part.brotli = compress(part.text);
		}
		this.s.addPart.run(part.hash, Buffer.byteLength(part.text, 'utf8'), part.brotli);
	}

	/** Every frozen review, oldest first, without its rows. */
	list(provider: ProviderName): FrozenReviewSummary[] {
		return this.guard(() => (this.s.reviews.all(provider) as ReviewRow[]).map((row) => ({...summaryFrom(row), ticketCount: row.ticket_count ?? 0, discussedNoteCount: row.note_count ?? 0})));
	}

	/** The director's notes the review discussed, as they were then, oldest first; none for another provider's review. */
	discussedNotes(provider: ProviderName, id: number): DiscussedNote[] {
		return this.guard(() =>
			(this.s.discussedNotes.all(provider, id) as Array<{note_id: number; target_kind: 'ticket' | 'report'; target: string; text: string; created_at: number}>).map((row) => ({
				id: row.note_id,
				target: row.target_kind === 'ticket' ? {kind: 'ticket', ticketId: row.target} : {kind: 'report', reportSlug: row.target},
				text: row.text,
				createdAt: row.created_at,
			})),
		);
	}

	/**
	 * A frozen review. `omitFigures` leaves those top-level keys out of its figures: a week's
	 * frozen figures are its whole JSON export (~7 MB with every ticket at 100,000 tickets), and
	 * a reader that needs none of the lists should not parse them (issue 18). A review frozen
	 * from store version 7 on is then read from its figures less the lists, one frozen before
	 * from its whole text with the keys removed by SQLite's JSON functions. A review frozen from
	 * version 9 on is joined from its texts (review-parts.ts): the `omit` members are not read.
	 */
	get(provider: ProviderName, id: number, omitFigures: readonly string[] = []): FrozenReview | null {
		return this.guard(() => {
			const row = this.reviewStatement(omitFigures).get(provider, id) as ReviewRow | undefined;
			if (row === undefined) return null;
			if (row.layout !== null && row.layout !== undefined) {
				const reader = this.reader(row.layout);
				const text = reader.documentText(omitFigures);
				return {...summaryFrom(row), figures: text === null ? null : reader.split ? JSON.parse(text) : figuresFrom(text, null, omitFigures), tickets: reader.tickets()};
			}
			const tickets = (this.s.reviewTickets.all(id) as string[]).map((data) => JSON.parse(data) as ReviewTicketState);
			return {...summaryFrom(row), figures: figuresFrom(row.figures ?? null, row.whole, omitFigures), tickets};
		});
	}

	/**
	 * The previous review for a session on `week` that started at `sessionStart`: the latest
	 * frozen before then, of that week or an earlier one (briefing.md). `omitFigures` as in `get`.
	 */
	previous(provider: ProviderName, week: string, sessionStart: number, omitFigures: readonly string[] = []): FrozenReview | null {
		const id = this.previousId(provider, week, sessionStart);
		return id === null ? null : this.get(provider, id, omitFigures);
	}

	/**
	 * The previous review (as `previous`) with its figures' members unread, for a reader that
	 * compares them with texts of its own and parses only those that differ (review/since-figures.ts):
	 * `review.figures` is then null. `members` is null for a review not stored in members (frozen
	 * before store version 9, or not a plain object): its figures are read as `previous` reads them.
	 */
	previousMembers(provider: ProviderName, week: string, sessionStart: number, omitFigures: readonly string[]): {readonly review: FrozenReview; readonly members: FrozenMembers | null} | null {
		const id = this.previousId(provider, week, sessionStart);
		if (id === null) return null;
		return this.guard(() => {
			const row = this.reviewStatement(['*']).get(provider, id) as ReviewRow | undefined;
			if (row === undefined) return null;
			const reader = row.layout === null || row.layout === undefined ? null : this.reader(row.layout);
			const list = reader?.members(omitFigures) ?? null;
			if (reader === null || list === null) {
				const review = this.get(provider, id, omitFigures);
				return review === null ? null : {review, members: null};
			}
			const refs = new Map(list.map((member) => [member.key, member.ref]));
			const members: FrozenMembers = {
				keys: list.map((member) => member.key),
				text: (key) => {
					const ref = refs.get(key);
					return ref === undefined ? undefined : this.guard(() => reader.read(ref));
				},
				hasText: (key, text) => {
					const ref = refs.get(key);
					return ref !== undefined && sameText(ref, text);
				},
			};
			return {review: {...summaryFrom(row), figures: null, tickets: reader.tickets()}, members};
		});
	}

	/** The previous review (as `previous`) without its figures and rows: when, which week, and the ids of its ticket rows. */
	previousOutline(provider: ProviderName, week: string, sessionStart: number): FrozenReviewOutline | null {
		const id = this.previousId(provider, week, sessionStart);
		if (id === null) return null;
		return this.guard(() => {
			const row = this.reviewStatement(['*']).get(provider, id) as ReviewRow | undefined;
			if (row === undefined) return null;
			const ticketIds = row.layout === null || row.layout === undefined ? (this.s.reviewTicketIds.all(id) as string[]) : this.reader(row.layout).ticketIds();
			return {...summaryFrom(row), ticketIds};
		});
	}

	private reader(layout: string): ReviewReader {
		return new ReviewReader(layout, (hash) => this.s.part.get(hash) as StoredPart | undefined);
	}

	private previousId(provider: ProviderName, week: string, sessionStart: number): number | null {
		return this.guard(() => (this.s.latestBefore.get(provider, sessionStart, week) as number | undefined) ?? null);
	}

	/**
	 * The review's row with what its figures without the `omit` keys are read from (`['*']`:
	 * without figures): an old row's text with the keys removed in SQL; a newer row's figures
	 * less the lists when they hold every key asked for, else its compressed whole document.
	 */
	private reviewStatement(omit: readonly string[]): Database.Statement {
		if (omit.length === 0) return this.s.review;
		const key = omit.join('\0');
		let statement = this.trimmedReviews.get(key);
		if (statement === undefined) {
			const trimmedOld = omit[0] === '*' ? 'NULL' : `CASE WHEN layout IS NULL THEN json_remove(figures, ${omit.map((name) => `'$.${jsonKey(name)}'`).join(', ')}) END`;
			const columns = omit[0] === '*'
				? 'NULL AS figures, NULL AS whole'
				: outlineServes(omit)
					? `CASE WHEN figures_brotli IS NULL THEN ${trimmedOld} ELSE figures END AS figures, NULL AS whole`
					: `CASE WHEN figures_brotli IS NULL THEN ${trimmedOld} END AS figures, figures_brotli AS whole`;
			statement = this.prepare(`SELECT id, week, frozen_at, trigger, ${columns}, layout FROM reviews WHERE provider = ? AND id = ?`);
			this.trimmedReviews.set(key, statement);
		}
		return statement;
	}

	/** Records the talking points of one exported 1:1 note, durably. */
	issue(provider: ProviderName, note: IssuedNote): void {
		this.write(() => {
			for (const point of note.points) {
				this.s.addPoint.run({
					provider,
					report: note.report,
					week: note.week,
					issuedAt: note.issuedAt,
					identity: point.identity,
					rule: point.rule,
					subject: point.subject,
					status: point.status,
					sinceWeek: point.sinceWeek,
					text: point.text,
					ticketIds: JSON.stringify(point.ticketIds),
				});
			}
		}, true);
	}

	/**
	 * The report's latest exported note issued before `before` (default: now), or null. With
	 * `upToWeek`, the previous note for a note of that week (briefing.md "1:1 continuity"): of
	 * that week or an earlier one, the latest week first — a note exported for an earlier week
	 * after it (a look back) is not the one its next note carries on from.
	 */
	lastIssued(provider: ProviderName, report: string, before: number = Number.MAX_SAFE_INTEGER, upToWeek?: string): IssuedNote | null {
		return this.guard(() => {
			const last = (upToWeek === undefined ? this.s.lastIssue.get(provider, report, before) : this.s.lastIssueUpTo.get(provider, report, before, upToWeek)) as {week: string; issued_at: number} | undefined;
			if (last === undefined) return null;
			const rows = this.s.pointsAt.all(provider, report, last.issued_at, last.week) as Array<{
				identity: string;
				rule: string;
				subject: string;
				status: IssuedPoint['status'];
				since_week: string;
				text: string;
				ticket_ids: string;
			}>;
			const points = rows.map((row) => ({
				identity: row.identity,
				rule: row.rule,
				subject: row.subject,
				status: row.status,
				sinceWeek: row.since_week,
				text: row.text,
				ticketIds: JSON.parse(row.ticket_ids) as string[],
			}));
			return {report, week: last.week, issuedAt: last.issued_at, points};
		});
	}
}

/** A figures key as a JSON path step: plain names only, since the path is spelled into the SQL. */
function jsonKey(name: string): string {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a plain figures key: ${name}`);
	return name;
}

function summaryFrom(row: ReviewRow): Omit<FrozenReview, 'figures' | 'tickets'> {
	return {id: row.id, week: row.week, frozenAt: row.frozen_at, trigger: row.trigger};
}
