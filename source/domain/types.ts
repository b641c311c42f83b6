/**
 * The normalised model every layer speaks. Providers produce it, the store persists it,
 * the metrics read it. Nothing here knows a provider's shapes, SQLite or Ink.
 *
 * Instants are epoch milliseconds (UTC); calendar dates (due dates) are `YYYY-MM-DD`
 * strings, because a due date is a date, not a moment (metrics.md "Time").
 */

export type ProviderName = 'linear' | 'jira' | 'demo';

export type Category = 'operational' | 'strategic';
export type EffectiveCategory = Category | 'unclassified';
export type CategorySource = 'manual' | 'rule' | 'learned';

/** Where a ticket sits in its workflow, whatever the tracker calls the status. */
export type StatusCategory = 'backlog' | 'unstarted' | 'started' | 'completed' | 'canceled';

export interface Person {
	/** The provider's stable id: Linear user id, Jira Cloud accountId, Data Center name/key. */
	readonly id: string;
	/** Display name (Linear `name`, Jira `displayName`). */
	readonly name: string;
	/** Linear's `displayName` (handle), Jira Data Center's username (`name`) when the id is its key; null elsewhere. */
	readonly displayName: string | null;
	readonly email: string | null;
	readonly active: boolean;
	/**
	 * An app or agent user (Linear's `User.app`: an integration's bot, an agent it can assign
	 * issues to; a Jira Cloud account whose `accountType` is not "atlassian"): it may hold
	 * tickets, and is never offered as a person of the roster. The store keeps it once seen.
	 */
	readonly app?: true;
}

export type HistoryField = 'assignee' | 'dueDate' | 'status' | 'iteration';

/**
 * One change from the tracker's history. `assignee` values are person ids (null = nobody),
 * `dueDate` values are `YYYY-MM-DD` (null = none), `status` values are status categories.
 */
export interface HistoryEvent {
	readonly at: number;
	readonly field: HistoryField;
	readonly from: string | null;
	readonly to: string | null;
	/** Who made the change, when the tracker says. */
	readonly actorId: string | null;
}

/** A time span during which the ticket was blocked; `end` null = still blocked. */
export interface BlockedSpell {
	readonly start: number;
	readonly end: number | null;
	/** Why, in a few words: "blocked by ENG-12", "status Blocked", "flagged". */
	readonly reason: string;
}

/** A Linear cycle or a Jira sprint, for commitment integrity (metrics.md Version 2). */
export interface Iteration {
	readonly id: string;
	readonly name: string;
	/** The team or board it belongs to. */
	readonly team: string | null;
	readonly startsAt: number;
	readonly endsAt: number;
	/** When the iteration was closed (Jira sprint `completeDate`, Linear cycle `completedAt`); null while running. */
	readonly completedAt: number | null;
}

export interface Ticket {
	/** The provider's stable id (Linear issue UUID, Jira issue id). Tags key on this, never on `key`. */
	readonly id: string;
	/** The human key: `ENG-42`. May change when a ticket moves between teams/projects. */
	readonly key: string;
	readonly title: string;
	readonly url: string | null;
	/** Issue type (Jira "Bug", "Story"); Linear has none, so null. */
	readonly type: string | null;
	/** Normalised priority: 'urgent' | 'high' | 'medium' | 'low' | null. */
	readonly priority: Priority | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	/** Linear project name / Jira project key. */
	readonly project: string | null;
	/** Linear team key / Jira project key: the "team" predictability is grouped by. */
	readonly team: string | null;
	readonly status: string;
	readonly statusCategory: StatusCategory;
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly startedAt: number | null;
	readonly completedAt: number | null;
	readonly canceledAt: number | null;
	/** Current due date. */
	readonly dueDate: string | null;
	readonly assigneeId: string | null;
	readonly creatorId: string | null;
	readonly iterationId: string | null;
	readonly estimate: number | null;
	/** Sorted oldest first. */
	readonly history: readonly HistoryEvent[];
	/** Sorted by start; non-overlapping. */
	readonly blockedSpells: readonly BlockedSpell[];
	/** The parent's key (Jira parent or epic, Linear parent issue); absent or null when none or not read. */
	readonly parentKey?: string | null;
	/** Linear: the issue sits in the team's Triage queue. Absent or null where the tracker has no triage. */
	readonly inTriage?: boolean | null;
	/** Linear: when the SLA breaches (epoch ms). Absent or null when it has no SLA. */
	readonly slaBreachesAt?: number | null;
}

export type Priority = 'urgent' | 'high' | 'medium' | 'low';

/** The director's manual tag: the one thing only we hold. */
export interface Tag {
	readonly ticketId: string;
	readonly category: Category;
	readonly taggedAt: number;
}

export interface Classification {
	readonly category: EffectiveCategory;
	/** null when unclassified and nothing suggested anything. */
	readonly source: CategorySource | null;
	/** Human-readable: "label incident", "type Bug + priority Urgent", "manual". */
	readonly reason: string;
	/** 0..1; manual is 1. */
	readonly confidence: number;
	/** What the machine would say, even below the threshold (for triage). */
	readonly suggestion: { readonly category: Category; readonly confidence: number; readonly reason: string; readonly source: 'rule' | 'learned' } | null;
}

/** The roster as configured: person references match id, email or display name. */
export interface RosterConfig {
	readonly director: string;
	readonly reports: ReadonlyArray<{ readonly name: string; readonly id: string; readonly team: readonly string[] }>;
}

export interface ResolvedReport {
	readonly name: string;
	readonly slug: string;
	/** The report's own person id(s) (usually one). */
	readonly reportIds: ReadonlySet<string>;
	/** group(R) = {R} ∪ team(R), as person ids. */
	readonly groupIds: ReadonlySet<string>;
}

export interface ResolvedRoster {
	readonly directorIds: ReadonlySet<string>;
	readonly reports: readonly ResolvedReport[];
	/**
	 * The ids each roster reference (the director, each report, each team member) resolved to:
	 * one roster person each, however many provider users the reference matched (metrics.md
	 * Version 2 "for each roster person P"). Absent (a roster written out by hand): each id is
	 * its own person.
	 */
	readonly personIds?: ReadonlyArray<ReadonlySet<string>>;
}

/** An ISO week in a time zone (metrics.md "Time"). */
export interface Week {
	/** `2026-W47`. */
	readonly id: string;
	/** Monday, `YYYY-MM-DD`. */
	readonly start: string;
	/** Sunday, `YYYY-MM-DD` (inclusive). */
	readonly end: string;
	/** Monday 00:00 local, as an instant. */
	readonly startAt: number;
	/** Next Monday 00:00 local, as an instant (exclusive). */
	readonly endAt: number;
	readonly timezone: string;
}

export interface MetricSettings {
	readonly timezone: string;
	readonly trendWeeks: number;
	readonly staleDays: number;
	/** The instant metrics are computed at; asOf(W) = min(now, end of W). */
	readonly now: number;
}

/** A note the director keeps for the next 1:1, about a ticket or a report. */
export interface Note {
	readonly id: number;
	readonly target: {readonly kind: 'ticket'; readonly ticketId: string} | {readonly kind: 'report'; readonly reportSlug: string};
	readonly text: string;
	readonly createdAt: number;
	/** Set when an export included it: it was taken into a 1:1. */
	readonly discussedAt: number | null;
	/** Set when the director flagged it for follow-up: the next 1:1 note carries it again. */
	readonly followUpAt?: number | null;
}
