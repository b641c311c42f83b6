import {localDate} from '../week.js';
import type {Classification, EffectiveCategory, Person, ResolvedRoster, Ticket} from '../types.js';
import {reportOfPerson} from './state-rows.js';
import type {SinceItem, SinceKind} from './since-types.js';
import type {FrozenReview, ReviewTicketState} from './types.js';

/** A recurring theme as of now, with its tickets and (version 2) its single-responder reading. */
export interface ThemeNow {
	readonly name: string;
	readonly ticketIds: readonly string[];
	readonly singleResponder?: boolean;
	readonly topResponder?: string | null;
}

export interface SinceInput {
	/** The previous review (briefing.md): the latest frozen before this session started. */
	readonly previous: FrozenReview | null;
	/** Every ticket as synced now. */
	readonly tickets: readonly Ticket[];
	/** The same tickets by id, when the caller already holds them so (else built on first use). */
	readonly ticketsById?: ReadonlyMap<string, Ticket>;
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly roster: ResolvedRoster;
	readonly now: number;
	readonly timezone: string;
	/** The recurring themes of the week being reviewed, as computed now. */
	readonly themesNow: readonly ThemeNow[];
	/**
	 * The previous review's week as computed now, in the frozen figures' own shape (the JSON
	 * export): any difference is a restatement (late data, a re-tag, the rest of a week
	 * that was still running when frozen). null: nothing to compare.
	 */
	readonly figuresNow: unknown;
	/**
	 * The category at the freeze of a ticket the review did not count (an old open ticket no
	 * figure of the week counted), when a tag changed since: null when nothing says it changed.
	 */
	readonly categoryAtFreeze?: (ticketId: string, frozenAt: number) => EffectiveCategory | null;
}

/** What every rule reads: the freeze instant, the frozen rows by ticket, and who is whom. */
export class SinceContext {
	readonly frozenAt: number;
	readonly frozenDate: string;
	readonly today: string;
	readonly rows: ReadonlyMap<string, ReviewTicketState>;
	private byId: ReadonlyMap<string, Ticket> | null = null;
	/** Each person's report, looked up once: every ticket in the store asks for its assignee's (isInView), a few dozen people answer. */
	private readonly reports = new Map<string, string | null>();

	constructor(
		readonly input: SinceInput,
		previous: FrozenReview,
	) {
		this.frozenAt = previous.frozenAt;
		this.frozenDate = localDate(previous.frozenAt, input.timezone);
		this.today = localDate(input.now, input.timezone);
		this.rows = new Map(previous.tickets.map((row) => [row.ticketId, row]));
	}

	/** Every ticket by id, built once: each theme's item looks its tickets up here. */
	ticket(id: string): Ticket | undefined {
		this.byId ??= this.input.ticketsById ?? new Map(this.input.tickets.map((ticket) => [ticket.id, ticket]));
		return this.byId.get(id);
	}

	/** After the freeze and not after now. */
	isSince(instant: number | null): instant is number {
		return instant !== null && instant > this.frozenAt && instant <= this.input.now;
	}

	isDirector(personId: string | null): boolean {
		return personId !== null && this.input.roster.directorIds.has(personId);
	}

	reportOf(personId: string | null): string | null {
		if (personId === null) return null;
		let report = this.reports.get(personId);
		if (report === undefined) {
			report = reportOfPerson(this.input.roster, personId);
			this.reports.set(personId, report);
		}
		return report;
	}

	nameOf(personId: string | null): string | null {
		return personId === null ? null : (this.input.peopleById.get(personId)?.name ?? personId);
	}

	/**
	 * The tickets a director's briefing is about: the ones the previous review counted, and
	 * any now assigned to the director or into a report's group. Without a roster, all.
	 */
	isInView(ticket: Ticket): boolean {
		const {roster} = this.input;
		if (roster.reports.length === 0 && roster.directorIds.size === 0) return true;
		return this.rows.has(ticket.id) || this.isDirector(ticket.assigneeId) || this.reportOf(ticket.assigneeId) !== null;
	}

	/** An item about one ticket, its person and report by the ticket's assignee unless told otherwise. */
	item(kind: SinceKind, ticket: Ticket, at: number | null, extra: Partial<SinceItem> = {}): SinceItem {
		return {
			kind,
			tickets: [{id: ticket.id, key: ticket.key, title: ticket.title}],
			person: this.nameOf(ticket.assigneeId),
			report: this.reportOf(ticket.assigneeId),
			at,
			...extra,
		};
	}
}
