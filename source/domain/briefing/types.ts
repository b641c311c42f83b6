import type {CategorySource, EffectiveCategory, Note, StatusCategory} from '../types.js';

/** What froze a review (briefing.md "Reviews are frozen"). */
export type ReviewTrigger = 'export' | 'quit' | 'mark';

/**
 * One ticket as a frozen review saw it: every field the "since last review" comparison
 * reads, so the comparison never needs the ticket as it was.
 */
export interface ReviewTicketState {
	readonly ticketId: string;
	readonly key: string;
	readonly title: string;
	readonly category: EffectiveCategory;
	readonly categorySource: CategorySource | null;
	readonly assigneeId: string | null;
	/** The assignee's display name then; null when unassigned or unknown. */
	readonly assignee: string | null;
	/** The roster report whose group the ticket sat in (by assignee); null outside every group. */
	readonly report: string | null;
	readonly statusCategory: StatusCategory;
	readonly dueDate: string | null;
	readonly firstDueDate: string | null;
	readonly blocked: boolean;
	readonly blockedReason: string | null;
	readonly completedAt: number | null;
	readonly canceledAt: number | null;
	/** Identities (rule + subject) of the talking points issued about this ticket with the review. */
	readonly talkingPoints: readonly string[];
}

/** A week's review as frozen: the figures exactly as shown, and the state of every counted ticket. */
export interface FrozenReview {
	readonly id: number;
	/** ISO week id, `2026-W47`. */
	readonly week: string;
	readonly frozenAt: number;
	readonly trigger: ReviewTrigger;
	/** The JSON export of the week as it was built when frozen. */
	readonly figures: unknown;
	readonly tickets: readonly ReviewTicketState[];
}

/** A frozen review without its rows, for lists; `discussedNoteCount`: the director's notes its 1:1 notes discussed. */
export type FrozenReviewSummary = Omit<FrozenReview, 'figures' | 'tickets'> & {readonly ticketCount: number; readonly discussedNoteCount: number};

/**
 * One of the director's notes as a frozen review holds it: the 1:1 note exported with the
 * review carried it (briefing.md "1:1 continuity"), so the review keeps it as it was then.
 */
export type DiscussedNote = Pick<Note, 'id' | 'target' | 'text' | 'createdAt'>;

/** A frozen review without its figures, its rows named by ticket id only: what a load window needs of it. */
export type FrozenReviewOutline = Omit<FrozenReview, 'figures' | 'tickets'> & {readonly ticketIds: readonly string[]};

export type PointStatus = 'new' | 'continuing' | 'resolved';

/** A talking point as it went out in one exported 1:1 note. */
export interface IssuedPoint {
	/** `rule:subject`: the same question about the same thing, week after week. */
	readonly identity: string;
	readonly rule: string;
	readonly subject: string;
	readonly status: PointStatus;
	/** The week the point was first raised (for "continuing since"). */
	readonly sinceWeek: string;
	readonly text: string;
	readonly ticketIds: readonly string[];
}

/** One exported 1:1 note's talking points. */
export interface IssuedNote {
	readonly report: string;
	readonly week: string;
	readonly issuedAt: number;
	readonly points: readonly IssuedPoint[];
}
