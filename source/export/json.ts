import type {Figure} from '../domain/metrics/figures.js';
import {firstDueDate, reportOfTicketInWeek} from '../domain/metrics/ticket-facts.js';
import type {WeekMetrics, TrendRow} from '../domain/metrics/types.js';
import type {Classification, Person, ProviderName, ResolvedRoster, Ticket, Week} from '../domain/types.js';
import type {EffortTrend, Version2Metrics} from '../domain/metrics/v2/types.js';
import {stripUnsafe} from '../text/sanitize.js';
import type {SinceLastReviewJson} from '../domain/briefing/since-json.js';
import type {SinceLastReview} from '../domain/briefing/since-types.js';
import {sinceSectionJson} from './since-section.js';
import {filePaths} from './json-paths.js';
import {addVersion2Figures, themesWithResponders, version2Fields, type JsonTheme, type JsonVersion2Fields} from './version2-json.js';

/** The fields version 1 and 2 share (cli.md "JSON export"). */
interface JsonFigures {
	readonly provider: ProviderName;
	readonly generatedAt: string;
	readonly week: {readonly id: string; readonly start: string; readonly end: string; readonly timezone: string};
	readonly allocation: WeekMetrics['allocation'];
	readonly predictability: WeekMetrics['predictability'];
	readonly delegation: WeekMetrics['delegation'];
	readonly blockers: WeekMetrics['blockers'];
	readonly themes: WeekMetrics['themes'];
	readonly trend: readonly TrendRow[];
}

/** schemaVersion 1: shares, rates and medians rounded to 3 decimals; `tickets` = completed or active in W. */
export interface JsonExportV1 extends JsonFigures {
	readonly schemaVersion: 1;
	readonly tickets: readonly JsonTicket[];
}

/**
 * schemaVersion 2 (cli.md "Additions (version 2)"): every figure exact (the one rounding
 * happens where a figure is shown: domain/figure-format.ts), `figures` maps each figure's
 * JSON path to the keys of the tickets it counts, and `tickets` holds every ticket of the
 * week and every ticket any figure counts — so each figure can be checked from the file.
 */
export interface JsonExport extends Omit<JsonFigures, 'themes'>, JsonVersion2Fields {
	readonly schemaVersion: 2;
	/** The themes with their responders (version2-json.ts). */
	readonly themes: readonly JsonTheme[];
	readonly tickets: readonly JsonTicketV2[];
	readonly figures: Readonly<Record<string, readonly string[]>>;
	/** Why each ticket counts in each figure: path → key → one line. */
	readonly why: Readonly<Record<string, Readonly<Record<string, string>>>>;
	/** What changed since the previous review (briefing.md); its items' tickets are in `tickets`. */
	readonly sinceLastReview: SinceLastReviewJson;
}

export interface JsonTicket {
	readonly key: string;
	readonly title: string;
	readonly category: Classification['category'];
	readonly source: Classification['source'];
	readonly reason: string;
	readonly assignee: string | null;
	readonly completedAt: string | null;
	readonly dueDate: string | null;
	/** Extensions beyond the contract's required fields. */
	readonly status: string;
	readonly startedAt: string | null;
	readonly url: string | null;
}

/** Version 2 adds what a reader needs to recompute the week's figures from the ticket alone. */
export interface JsonTicketV2 extends JsonTicket {
	readonly createdAt: string;
	readonly canceledAt: string | null;
	/** The first due date (metrics.md "committed"), from the due-date history. */
	readonly firstDueDate: string | null;
	/**
	 * The report whose group the ticket counted in for the week (`reportOfTicketInWeek`: who held
	 * it when completed, or at the week's end), or null; `assignee` is who holds it now.
	 */
	readonly report: string | null;
}

export interface JsonExportInput {
	readonly provider: ProviderName;
	readonly week: Week;
	readonly metrics: WeekMetrics;
	readonly trend: readonly TrendRow[];
	/** The week's tickets (completed or active in W). */
	readonly tickets: readonly Ticket[];
	/** Every figure with its ticket set (WeekDetails.figures); version 2 only. */
	readonly figures: readonly Figure[];
	/** The week's version 2 figures with their ticket keys (computeVersion2); version 2 only. */
	readonly version2: Version2Metrics;
	/** Effort per week over `trendWeeks` with each week's tickets (computeEffortTrendFigures); version 2 only. */
	readonly effortTrend: EffortTrend;
	/** Any ticket by id, to list the tickets figures count beyond the week's own. */
	readonly ticketsById: ReadonlyMap<string, Ticket>;
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly roster: ResolvedRoster;
	readonly now: number;
	/** asOf(W), as the week's figures were computed: whose group each ticket counted in is read then. */
	readonly asOf: number;
	/** Since the previous review; absent: no previous review is known. */
	readonly since?: SinceLastReview;
}

/** What the export's figures are read from, without the tickets and lists behind them. */
export type JsonFiguresInput = Pick<JsonExportInput, 'provider' | 'week' | 'metrics' | 'trend' | 'version2' | 'effortTrend' | 'now'>;

function jsonFigures(input: JsonFiguresInput, round: <T>(value: T) => T): JsonFigures {
	const {metrics} = input;
	return {
		provider: input.provider,
		generatedAt: new Date(input.now).toISOString(),
		week: {id: input.week.id, start: input.week.start, end: input.week.end, timezone: input.week.timezone},
		allocation: round(metrics.allocation),
		predictability: round(metrics.predictability),
		delegation: round(metrics.delegation),
		blockers: round(metrics.blockers),
		// A theme is named by a label, component or project: tracker text, stripped like a title.
		themes: metrics.themes.map((theme) => ({...theme, name: stripUnsafe(theme.name)})),
		trend: round(input.trend),
	};
}

// One collator for every comparison: `localeCompare` with a locale and options builds a new
// one per call, and a ticket list of thousands makes that most of the export's sort.
const keyOrder = new Intl.Collator('en', {numeric: true});
const byKey = (a: Ticket, b: Ticket) => keyOrder.compare(a.key, b.key);

/** Version 1 exactly as it was: without the figures added since (in progress, open blocked spells). */
export function buildJsonExportV1(input: JsonExportInput): JsonExportV1 {
	const figures = jsonFigures(input, roundShares);
	const {inProgress: _inProgress, ...allocation} = figures.allocation;
	const {medianOpenBlockedDays: _open, ...blockers} = figures.blockers;
	return {
		schemaVersion: 1,
		...figures,
		allocation: allocation as JsonFigures['allocation'],
		blockers: blockers as JsonFigures['blockers'],
		tickets: [...input.tickets].sort(byKey).map((ticket) => toJsonTicket(ticket, input.classifications.get(ticket.id), input.peopleById)),
	};
}

export function buildJsonExport(input: JsonExportInput): JsonExport {
	const listed = new Map(input.tickets.map((ticket) => [ticket.id, ticket]));
	const figures: Record<string, string[]> = {};
	const why: Record<string, Record<string, string>> = {};
	for (const figure of input.figures) {
		const keys: string[] = [];
		const reasons: Record<string, string> = {};
		for (const counted of figure.tickets) {
			const ticket = listed.get(counted.ticketId) ?? input.ticketsById.get(counted.ticketId);
			if (!ticket) continue;
			listed.set(ticket.id, ticket);
			const key = stripUnsafe(ticket.key);
			keys.push(key);
			reasons[key] = stripUnsafe(counted.why);
		}
		figures[figure.path] = keys;
		why[figure.path] = reasons;
	}
	const since = sinceSectionJson(input.since, input.ticketsById);
	for (const ticket of since.tickets) listed.set(ticket.id, ticket);
	const body = buildJsonExportFigures(input);
	addVersion2Figures(input.version2, input.effortTrend, input.ticketsById, listed, figures, filePaths(body));
	return {
		...body,
		tickets: [...listed.values()].sort(byKey).map((ticket) => toJsonTicketV2(ticket, input)),
		figures,
		why,
		sinceLastReview: since.json,
	};
}

/** The schemaVersion 2 export without `tickets`, `figures`, `why` and `sinceLastReview`: its figures alone. */
export type JsonExportFigures = Omit<JsonExport, 'tickets' | 'figures' | 'why' | 'sinceLastReview'>;

/**
 * The figures of the schemaVersion 2 export, exactly as `buildJsonExport` writes them (it is
 * built from this), without the ticket lists: what a restatement compares (briefing.md), at a
 * fraction of the cost, and without the week's figure lists behind it.
 */
export function buildJsonExportFigures(input: JsonFiguresInput): JsonExportFigures {
	return {
		schemaVersion: 2,
		...jsonFigures(input, (value) => value),
		...version2Fields(input.version2, input.effortTrend),
		themes: themesWithResponders(input.metrics.themes, input.version2),
	};
}

function toJsonTicketV2(ticket: Ticket, input: JsonExportInput): JsonTicketV2 {
	const report = reportOfTicketInWeek(input.roster, ticket, input.week, input.asOf);
	return {
		...toJsonTicket(ticket, input.classifications.get(ticket.id), input.peopleById),
		createdAt: new Date(ticket.createdAt).toISOString(),
		canceledAt: ticket.canceledAt === null ? null : new Date(ticket.canceledAt).toISOString(),
		firstDueDate: firstDueDate(ticket),
		report: report === null ? null : stripUnsafe(report.name),
	};
}

function toJsonTicket(ticket: Ticket, classification: Classification | undefined, peopleById: ReadonlyMap<string, Person>): JsonTicket {
	const assignee = ticket.assigneeId === null ? null : (peopleById.get(ticket.assigneeId)?.name ?? ticket.assigneeId);
	return {
		key: stripUnsafe(ticket.key),
		title: stripUnsafe(ticket.title),
		category: classification?.category ?? 'unclassified',
		source: classification?.source ?? null,
		reason: stripUnsafe(classification?.reason ?? ''),
		assignee: assignee === null ? null : stripUnsafe(assignee),
		completedAt: ticket.completedAt === null ? null : new Date(ticket.completedAt).toISOString(),
		dueDate: ticket.dueDate,
		status: stripUnsafe(ticket.status),
		startedAt: ticket.startedAt === null ? null : new Date(ticket.startedAt).toISOString(),
		url: ticket.url,
	};
}

const roundedKeys = new Set(['operationalShare', 'onTimeRate', 'keptRate', 'delegationRate', 'strategicShare', 'medianBlockedDays', 'medianOpenBlockedDays', 'medianSlipDays']);

/** Version 1: rounds every share, rate and median to 3 decimals, leaving counts alone. */
function roundShares<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item: unknown) => roundShares(item)) as T;
	if (typeof value !== 'object' || value === null) return value;
	const result: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		result[key] = roundedKeys.has(key) && typeof item === 'number' ? Math.round(item * 1000) / 1000 : roundShares(item);
	}
	return result as T;
}
