import type {WeekMetrics, TrendRow} from '../domain/metrics/types.js';
import type {Classification, Person, ProviderName, Ticket, Week} from '../domain/types.js';
import {stripUnsafe} from '../text/sanitize.js';

/** The JSON export, schemaVersion 1 (cli.md). Shares and rates are numbers in [0, 1], 3 decimals. */
export interface JsonExport {
	readonly schemaVersion: 1;
	readonly provider: ProviderName;
	readonly generatedAt: string;
	readonly week: {readonly id: string; readonly start: string; readonly end: string; readonly timezone: string};
	readonly allocation: WeekMetrics['allocation'];
	readonly predictability: WeekMetrics['predictability'];
	readonly delegation: WeekMetrics['delegation'];
	readonly blockers: WeekMetrics['blockers'];
	readonly themes: WeekMetrics['themes'];
	readonly trend: readonly TrendRow[];
	readonly tickets: readonly JsonTicket[];
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

export interface JsonExportInput {
	readonly provider: ProviderName;
	readonly week: Week;
	readonly metrics: WeekMetrics;
	readonly trend: readonly TrendRow[];
	readonly tickets: readonly Ticket[];
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly now: number;
}

export function buildJsonExport(input: JsonExportInput): JsonExport {
	const {metrics} = input;
	return {
		schemaVersion: 1,
		provider: input.provider,
		generatedAt: new Date(input.now).toISOString(),
		week: {id: input.week.id, start: input.week.start, end: input.week.end, timezone: input.week.timezone},
		allocation: roundShares(metrics.allocation),
		predictability: roundShares(metrics.predictability),
		delegation: roundShares(metrics.delegation),
		blockers: roundShares(metrics.blockers),
		themes: metrics.themes,
		trend: roundShares(input.trend),
		tickets: [...input.tickets]
			.sort((a, b) => a.key.localeCompare(b.key, 'en', {numeric: true}))
			.map((ticket) => toJsonTicket(ticket, input.classifications.get(ticket.id), input.peopleById)),
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

const roundedKeys = new Set(['operationalShare', 'onTimeRate', 'keptRate', 'delegationRate', 'strategicShare', 'medianBlockedDays', 'medianSlipDays']);

/** Rounds every share, rate and median to 3 decimals, leaving counts alone. */
function roundShares<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item: unknown) => roundShares(item)) as T;
	if (typeof value !== 'object' || value === null) return value;
	const result: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		result[key] = roundedKeys.has(key) && typeof item === 'number' ? Math.round(item * 1000) / 1000 : roundShares(item);
	}
	return result as T;
}
