/**
 * Hand-built data for the view tests: tickets, metrics and a week report written out
 * literally, and a ReviewSource that serves them (no store, no provider).
 */
import stringWidth from 'string-width';
import type {Blockers, Delegation, Predictability, ReportDelegation, ReportDetails, WeekDetails, WeekMetrics} from '../../source/domain/metrics/types.js';
import type {EffortTrend, IterationIntegrity, Version2Metrics} from '../../source/domain/metrics/v2/types.js';
import type {Category, Classification, Note, Person, Ticket, Week} from '../../source/domain/types.js';
import {shiftWeek, weekOfDate} from '../../source/domain/week.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import type {ReviewData} from '../../source/review/review-data.js';
import type {ReviewSource, SyncStatus, TagChange} from '../../source/review/session-types.js';
import type {WeekReport} from '../../source/domain/week-report.js';

export const week: Week = weekOfDate('2026-11-18', 'UTC');
export const now = Date.UTC(2026, 10, 20, 15);

export function ticket(id: string, fields: Partial<Ticket> = {}): Ticket {
	return {
		id,
		key: id.toUpperCase(),
		title: `Ticket ${id}`,
		url: null,
		type: null,
		priority: null,
		labels: [],
		components: [],
		project: null,
		team: 'ENG',
		status: 'In Progress',
		statusCategory: 'started',
		createdAt: Date.UTC(2026, 10, 2),
		updatedAt: Date.UTC(2026, 10, 18),
		startedAt: Date.UTC(2026, 10, 3),
		completedAt: null,
		canceledAt: null,
		dueDate: null,
		assigneeId: null,
		creatorId: null,
		iterationId: null,
		estimate: null,
		history: [],
		blockedSpells: [],
		...fields,
	};
}

export function person(id: string, name: string): Person {
	return {id, name, displayName: null, email: null, active: true};
}

export function classification(category: Category | 'unclassified'): Classification {
	return {category, source: category === 'unclassified' ? null : 'rule', reason: 'test', confidence: 1, suggestion: null};
}

export function predictability(fields: Partial<Predictability> = {}): Predictability {
	return {due: 0, onTime: 0, late: 0, pending: 0, onTimeRate: null, committed: 0, kept: 0, broken: 0, keptRate: null, postponements: 0, medianSlipDays: null, ...fields};
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

export interface MetricsFields {
	readonly predictability?: Partial<Predictability>;
	readonly delegation?: Partial<Delegation>;
	readonly blockers?: Partial<Blockers>;
	readonly themes?: WeekMetrics['themes'];
}

export function weekMetrics(fields: MetricsFields = {}): WeekMetrics {
	const counts = {operational: 0, strategic: 0, unclassified: 0, operationalShare: null};
	return {
		allocation: {completed: counts, active: counts, inProgress: counts},
		predictability: predictability(fields.predictability),
		delegation: {director: {open: 0, completed: 0}, delegated: 0, takenBack: 0, delegationRate: null, reports: [], ...fields.delegation},
		blockers: {blocked: 0, blockedNow: 0, medianBlockedDays: null, medianOpenBlockedDays: null, ...fields.blockers},
		themes: fields.themes ?? [],
	};
}

export function weekDetails(fields: Partial<WeekDetails> = {}): WeekDetails {
	return {reports: [], directorOpenIds: [], slips: [], brokenPromises: [], postponements: [], blocked: [], themes: [], teams: [], figures: [], ...fields};
}

export interface ReportFields {
	/** Metrics of the trend weeks, oldest first; the last is the week's own. */
	readonly trendMetrics?: readonly WeekMetrics[];
	readonly details?: WeekDetails;
	readonly iterations?: readonly IterationIntegrity[];
	/** Version 2 figures; `iterations` above fills its iterations when given. */
	readonly version2?: Partial<Version2Metrics>;
	readonly tickets?: readonly Ticket[];
	/** The effort trend's rows, oldest first; by default the week's own effort alone. */
	readonly effortTrend?: EffortTrend['rows'];
}

const noEffort = {operational: 0, strategic: 0, unclassified: 0, operationalShare: null, interruptShare: null, personDays: 0, fteWeeks: 0, unplanned: 0};

export function version2Metrics(fields: Partial<Version2Metrics> = {}): Version2Metrics {
	return {effort: {org: noEffort, reports: []}, iterations: [], promiseRisk: [], aging: [], unownedFires: [], themes: [], figures: {}, ...fields};
}

/** An effort trend of the one week `version2` gives (its effort as the only row), or the rows given. */
export function effortTrend(weekId: string, version2: Version2Metrics, rows?: EffortTrend['rows']): EffortTrend {
	return {rows: rows ?? [{week: weekId, org: version2.effort.org, reports: version2.effort.reports}], figures: {}};
}

export function weekReport(fields: ReportFields = {}): WeekReport {
	const trendMetrics = fields.trendMetrics ?? [weekMetrics()];
	const metrics = trendMetrics[trendMetrics.length - 1] ?? weekMetrics();
	const weeks = trendMetrics.map((_, index) => shiftWeek(week, index - trendMetrics.length + 1));
	const version2 = version2Metrics({...fields.version2, ...(fields.iterations ? {iterations: fields.iterations} : {})});
	return {
		week,
		asOf: now,
		isCurrent: true,
		metrics,
		trend: weeks.map((w, index) => {
			const m = trendMetrics[index] ?? metrics;
			return {
				week: w.id,
				operationalShare: m.allocation.completed.operationalShare,
				onTimeRate: m.predictability.onTimeRate,
				keptRate: m.predictability.keptRate,
				delegated: m.delegation.delegated,
				directorOpen: m.delegation.director.open,
			};
		}),
		trendMetrics,
		tickets: fields.tickets ?? [],
		details: fields.details ?? weekDetails(),
		version2,
		effortTrend: effortTrend(week.id, version2, fields.effortTrend),
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
	readonly version = 0;
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
