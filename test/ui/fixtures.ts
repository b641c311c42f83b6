/**
 * Hand-built data for the view tests: tickets, metrics and a week report written out
 * literally (the shared builders of test/support/), and a ReviewSource that serves them (no
 * store, no provider).
 */
import stringWidth from 'string-width';
import type {ReportDelegation, ReportDetails} from '../../source/domain/metrics/types.js';
import type {Category, Classification, Note, Person, Ticket} from '../../source/domain/types.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import type {ReviewData} from '../../source/review/review-data.js';
import type {ReviewSource, SyncStatus, TagChange} from '../../source/review/session-types.js';
import type {WeekReport} from '../../source/domain/week-report.js';
import {makeTicket} from '../support/ticket-builder.js';
import {now, weekReport} from '../support/week-report.js';

export {effortTrend, now, predictability, version2Metrics, week, weekDetails, weekMetrics, weekReport, type MetricsFields, type ReportFields} from '../support/week-report.js';

/** The views' ticket: started, in team ENG, its key the id in capitals (the shared builder otherwise). */
export function ticket(id: string, fields: Partial<Ticket> = {}): Ticket {
	return makeTicket({
		id,
		key: id.toUpperCase(),
		team: 'ENG',
		status: 'In Progress',
		statusCategory: 'started',
		createdAt: Date.UTC(2026, 10, 2),
		updatedAt: Date.UTC(2026, 10, 18),
		startedAt: Date.UTC(2026, 10, 3),
		...fields,
	});
}

export function person(id: string, name: string): Person {
	return {id, name, displayName: null, email: null, active: true};
}

export function classification(category: Category | 'unclassified'): Classification {
	return {category, source: category === 'unclassified' ? null : 'rule', reason: 'test', confidence: 1, suggestion: null};
}

export function reportDelegation(name: string, fields: Partial<ReportDelegation> = {}): ReportDelegation {
	return {name, delegated: 0, open: 0, completed: 0, overdue: 0, stale: 0, strategicShare: null, takenBack: 0, ...fields};
}

export function reportDetails(name: string, fields: Partial<ReportDetails> = {}): ReportDetails {
	return {
		name,
		slug: name.toLowerCase().replace(/\W+/g, '-'),
		delegatedIds: [],
		openIds: [],
		completedIds: [],
		overdueIds: [],
		staleIds: [],
		takenBackIds: [],
		strategicIds: [],
		groupCompletedIds: [],
		allocation: {operational: 0, strategic: 0, unclassified: 0, operationalShare: null},
		...fields,
	};
}

export interface SourceData {
	readonly tickets?: readonly Ticket[];
	readonly people?: readonly Person[];
	readonly classifications?: ReadonlyMap<string, Classification>;
}

/** A ReviewSource over literal data: the views only read `review`'s maps and the report they are given. */
export class FakeSource implements ReviewSource {
	readonly providerName = 'demo' as const;
	readonly providerLabel = 'Test organisation';
	readonly timezone = 'UTC';
	readonly version: number = 0;
	readonly review: ReviewData;

	constructor(
		data: SourceData,
		private readonly report: WeekReport = weekReport(),
	) {
		const tickets = data.tickets ?? [];
		const people = data.people ?? [];
		this.review = {
			tickets,
			people,
			ticketsById: new Map(tickets.map((t) => [t.id, t])),
			peopleById: new Map(people.map((p) => [p.id, p])),
			classifications: data.classifications ?? new Map(),
			tags: new Map(),
			roster: {directorIds: new Set(), reports: []},
		} as unknown as ReviewData;
	}

	now(): number {
		return now;
	}

	subscribe(): () => void {
		return () => undefined;
	}

	weekReport(): WeekReport {
		return this.report;
	}

	tag(ticketIds: readonly string[], category: Category | null): TagChange {
		return {ticketIds, before: new Map(), after: category};
	}

	undoTag(): TagChange | null {
		return null;
	}

	undoDepth(): number {
		return 0;
	}

	private readonly notes: Note[] = [];

	addNote(target: Note['target'], text: string): Note {
		const note: Note = {id: this.notes.length + 1, target, text, createdAt: now, discussedAt: null};
		this.notes.push(note);
		return note;
	}

	pendingNotes(): readonly Note[] {
		return this.notes.filter((note) => note.discussedAt === null);
	}

	markNotesDiscussed(ids: readonly number[]): void {
		for (const [index, note] of this.notes.entries()) if (ids.includes(note.id)) this.notes[index] = {...note, discussedAt: now};
	}

	snapshot(): ReviewSnapshot {
		return {
			provider: this.providerName,
			week: this.report.week,
			report: this.report,
			ticketsById: this.review.ticketsById,
			peopleById: this.review.peopleById,
			classifications: this.review.classifications,
			roster: this.review.roster,
			notes: this.pendingNotes(),
			targets: {firefightingShare: 0.3},
			now,
		};
	}

	lastSyncedAt(): number | null {
		return now;
	}

	syncStatus(): SyncStatus {
		return {phase: 'idle'};
	}

	async sync(): Promise<void> {}
}

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	enter: '\r',
	escape: '\u001B',
} as const;

/** Types a key and waits for Ink to render; a lone Esc waits out Ink's escape-sequence delay. */
export async function press(stdin: {write(data: string): void}, key: string): Promise<void> {
	stdin.write(key);
	await new Promise((resolve) => setTimeout(resolve, key === keys.escape ? 60 : 15));
}

export function lines(frame: string | undefined): string[] {
	return (frame ?? '').split('\n');
}

/** Display columns of the widest line, as a terminal counts them. */
export function widestLine(frame: string | undefined): number {
	return Math.max(0, ...lines(frame).map((line) => stringWidth(line)));
}

/** Lets the first render settle. */
export async function settle(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 15));
}
