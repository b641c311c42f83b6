import type Database from 'better-sqlite3';
import type {FrozenReview, FrozenReviewSummary, IssuedNote, IssuedPoint, ReviewTicketState, ReviewTrigger} from '../domain/briefing/types.js';
import type {ProviderName} from '../domain/types.js';
import {retain} from './handles.js';

/** What a new frozen review holds; the store gives it its id. */
export interface ReviewToFreeze {
	readonly week: string;
	readonly trigger: ReviewTrigger;
	readonly figures: unknown;
	readonly tickets: readonly ReviewTicketState[];
}

/** The previous review without its figures: what a session's load window needs of it. */
export interface PreviousReviewOutline {
	readonly week: string;
	readonly frozenAt: number;
	/** Its ticket rows' ids, in the rows' order. */
	readonly ticketIds: readonly string[];
}

/**
 * The lists behind a frozen review's figures (the JSON export's `tickets`, `figures` and `why`:
 * every ticket of the week, and each figure's ticket keys and reasons; most of the document).
 * "Since last review" compares figures and reads the themes, never these (restated.ts), so
 * `previous` leaves them out in SQL instead of parsing megabytes it would drop.
 */
const listsBehindFigures = ['$.tickets', '$.figures', '$.why'];

type Write = <T>(work: () => T, durable?: boolean) => T;
type Guard = <T>(work: () => T) => T;

interface ReviewRow {
	id: number;
	week: string;
	frozen_at: number;
	trigger: ReviewTrigger;
	figures?: string;
	ticket_count?: number;
}

/**
 * The SQL of frozen reviews and issued talking points: the director's record, written
 * durably, never touched by a sync. A review is only ever inserted, never updated.
 */
export class ReviewRecord {
	private readonly s;

	constructor(
		db: Database.Database,
		private readonly write: Write,
		private readonly guard: Guard,
		private readonly now: () => number,
	) {
		const prepare = (sql: string) => retain(db.prepare(sql));
		this.s = {
			addReview: prepare(`INSERT INTO reviews (provider, week, frozen_at, trigger, figures) VALUES (?, ?, ?, ?, ?) RETURNING id`).pluck(),
			addReviewTicket: prepare(`INSERT INTO review_tickets (review_id, ticket_id, data) VALUES (?, ?, ?)`),
			reviews: prepare(`
				SELECT r.id, r.week, r.frozen_at, r.trigger, (SELECT count(*) FROM review_tickets t WHERE t.review_id = r.id) AS ticket_count
				FROM reviews r WHERE r.provider = ? ORDER BY r.frozen_at, r.id`),
			review: prepare(`SELECT id, week, frozen_at, trigger, figures FROM reviews WHERE provider = ? AND id = ?`),
			reviewFiguresOnly: prepare(
				`SELECT id, week, frozen_at, trigger, json_remove(figures, ${listsBehindFigures.map(() => '?').join(', ')}) AS figures FROM reviews WHERE provider = ? AND id = ?`,
			),
			reviewOutline: prepare(`SELECT week, frozen_at FROM reviews WHERE provider = ? AND id = ?`),
			reviewTicketIds: prepare(`SELECT ticket_id FROM review_tickets WHERE review_id = ? ORDER BY ticket_id`).pluck(),
			latestBefore: prepare(`SELECT id FROM reviews WHERE provider = ? AND frozen_at < ? AND week <= ? ORDER BY frozen_at DESC, id DESC LIMIT 1`).pluck(),
			reviewTickets: prepare(`SELECT data FROM review_tickets WHERE review_id = ? ORDER BY ticket_id`).pluck(),
			addPoint: prepare(`
				INSERT INTO issued_points (provider, report, week, issued_at, identity, rule, subject, status, since_week, text, ticket_ids)
				VALUES (@provider, @report, @week, @issuedAt, @identity, @rule, @subject, @status, @sinceWeek, @text, @ticketIds)`),
			lastIssue: prepare(`SELECT week, issued_at FROM issued_points WHERE provider = ? AND report = ? AND issued_at < ? ORDER BY issued_at DESC, id DESC LIMIT 1`),
			pointsAt: prepare(`
				SELECT identity, rule, subject, status, since_week, text, ticket_ids FROM issued_points
				WHERE provider = ? AND report = ? AND issued_at = ? ORDER BY id`),
		};
	}

	/** Freezes a review, durably, and returns its id. */
	freeze(provider: ProviderName, review: ReviewToFreeze): number {
		const frozenAt = this.now();
		return this.write(() => {
			const id = this.s.addReview.get(provider, review.week, frozenAt, review.trigger, JSON.stringify(review.figures)) as number;
			for (const row of review.tickets) this.s.addReviewTicket.run(id, row.ticketId, JSON.stringify(row));
			return id;
		}, true);
	}

	/** Every frozen review, oldest first, without its rows. */
	list(provider: ProviderName): FrozenReviewSummary[] {
		return this.guard(() => (this.s.reviews.all(provider) as ReviewRow[]).map((row) => ({...summaryFrom(row), ticketCount: row.ticket_count ?? 0})));
	}

	get(provider: ProviderName, id: number): FrozenReview | null {
		return this.read(this.s.review, [provider, id]);
	}

	/**
	 * The previous review for a session on `week` that started at `sessionStart`: the latest
	 * frozen before then, of that week or an earlier one (briefing.md). Its figures come
	 * without the lists behind them (`listsBehindFigures`); `get` gives the whole document.
	 */
	previous(provider: ProviderName, week: string, sessionStart: number): FrozenReview | null {
		const id = this.previousId(provider, week, sessionStart);
		return id === undefined ? null : this.read(this.s.reviewFiguresOnly, [...listsBehindFigures, provider, id]);
	}

	/** The same review's week, freeze time and ticket ids, with nothing parsed. */
	previousOutline(provider: ProviderName, week: string, sessionStart: number): PreviousReviewOutline | null {
		const id = this.previousId(provider, week, sessionStart);
		if (id === undefined) return null;
		return this.guard(() => {
			const row = this.s.reviewOutline.get(provider, id) as Pick<ReviewRow, 'week' | 'frozen_at'> | undefined;
			return row === undefined ? null : {week: row.week, frozenAt: row.frozen_at, ticketIds: this.s.reviewTicketIds.all(id) as string[]};
		});
	}

	private previousId(provider: ProviderName, week: string, sessionStart: number): number | undefined {
		return this.guard(() => this.s.latestBefore.get(provider, sessionStart, week) as number | undefined);
	}

	private read(statement: Database.Statement, parameters: unknown[]): FrozenReview | null {
		return this.guard(() => {
			const row = statement.get(...parameters) as ReviewRow | undefined;
			if (row === undefined) return null;
			const tickets = (this.s.reviewTickets.all(row.id) as string[]).map((data) => JSON.parse(data) as ReviewTicketState);
			return {...summaryFrom(row), figures: JSON.parse(row.figures ?? 'null') as unknown, tickets};
		});
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

	/** The report's latest exported note issued before `before` (default: now), or null. */
	lastIssued(provider: ProviderName, report: string, before: number = Number.MAX_SAFE_INTEGER): IssuedNote | null {
		return this.guard(() => {
			const last = this.s.lastIssue.get(provider, report, before) as {week: string; issued_at: number} | undefined;
			if (last === undefined) return null;
			const rows = this.s.pointsAt.all(provider, report, last.issued_at) as Array<{
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

function summaryFrom(row: ReviewRow): Omit<FrozenReview, 'figures' | 'tickets'> {
	return {id: row.id, week: row.week, frozenAt: row.frozen_at, trigger: row.trigger};
}
