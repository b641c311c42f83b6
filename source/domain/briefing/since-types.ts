/** The kinds of change since the last review (cli.md `sinceLastReview.items[].kind`). */
export type SinceKind =
	| 'new-fire'
	| 'finished'
	| 'newly-overdue'
	| 'newly-broken'
	| 'postponed'
	| 'newly-blocked'
	| 'unblocked'
	| 'delegated'
	| 'taken-back'
	| 'recategorised'
	| 'theme-recurring'
	| 'theme-ended'
	| 'single-responder';

/** Every kind, in the order a briefing lists them. */
export const sinceKinds: readonly SinceKind[] = [
	'new-fire',
	'finished',
	'newly-overdue',
	'newly-broken',
	'postponed',
	'newly-blocked',
	'unblocked',
	'delegated',
	'taken-back',
	'recategorised',
	'theme-recurring',
	'theme-ended',
	'single-responder',
];

export interface SinceTicket {
	readonly id: string;
	readonly key: string;
	readonly title: string;
}

/** One change since the last review: its tickets, the person, the report it belongs to, and what changed. */
export interface SinceItem {
	readonly kind: SinceKind;
	readonly tickets: readonly SinceTicket[];
	/** The person the change is about: the assignee, who moved a date, who took a ticket back, a theme's responder. */
	readonly person: string | null;
	/** The roster report it belongs to (by the ticket's assignee, or the group a delegation went to); null outside every group. */
	readonly report: string | null;
	/** When it happened, for event items; null for state items. */
	readonly at: number | null;
	/** Kind-specific: a due date's from → to and days, a category's from → to, a blocker, a theme's name. */
	readonly from?: string | null;
	readonly to?: string | null;
	readonly days?: number;
	readonly blocker?: string;
	readonly theme?: string;
	/** finished: how it ended. */
	readonly outcome?: 'completed' | 'canceled';
}

/** A figure of the previous review's week whose value computed now differs from the frozen one. */
export interface RestatedFigure {
	/** JSON path, `predictability.onTimeRate`, `delegation.reports[Alex Kim].overdue`. */
	readonly figure: string;
	readonly frozen: number | null;
	readonly now: number | null;
}

export interface SinceLastReview {
	/** null: no review was frozen before this session — the briefing says so, never an empty list. */
	readonly previousReview: {readonly id: number; readonly week: string; readonly frozenAt: number} | null;
	/** In `sinceKinds` order, then by time, then by key. */
	readonly items: readonly SinceItem[];
	readonly restated: readonly RestatedFigure[];
}
