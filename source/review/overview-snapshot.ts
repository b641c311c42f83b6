import type {AppConfig} from '../config/schema.js';
import {localDate} from '../domain/week.js';
import type {ProviderName, Ticket, Week} from '../domain/types.js';
import type {Store} from '../store/store.js';
import type {WeekReport} from '../domain/week-report.js';

/**
 * What the first screen shows, kept in the store so the TUI can draw it before the whole
 * review is loaded (the load, classification and eight weeks of metrics grow with the
 * store). It is used only while everything it was computed from is unchanged — the data
 * (last sync), the director's tags, the settings and the local day — and it is replaced by
 * the live figures as soon as they are computed, a moment after the first frame.
 */
export interface OverviewSnapshot {
	readonly stamp: string;
	/** The week's report without its ticket list (the Overview does not read it). */
	readonly report: WeekReport;
	/** The few tickets the Overview names (its watch list). */
	readonly tickets: readonly Ticket[];
}

/** Bumped when the report's shape or the metrics' meaning changes. */
const formatVersion = 3;

const metaKey = (provider: ProviderName) => `overview-snapshot:${provider}`;

export function snapshotStamp(store: Store, provider: ProviderName, config: AppConfig, week: Week, now: number): string {
	const settings = {
		timezone: config.timezone,
		trendWeeks: config.trendWeeks,
		staleDays: config.staleDays,
		classification: config.classification,
		roster: config.roster,
	};
	return JSON.stringify([
		formatVersion,
		provider,
		week.id,
		localDate(now, config.timezone),
		store.getSyncState(provider, 'tickets')?.lastSyncedAt ?? null,
		store.tagVersion(provider),
		settings,
	]);
}

export function readSnapshot(store: Store, provider: ProviderName, stamp: string): OverviewSnapshot | null {
	const text = store.getMeta(metaKey(provider));
	if (text === null) return null;
	try {
		const snapshot = JSON.parse(text) as OverviewSnapshot;
		return snapshot.stamp === stamp ? snapshot : null;
	} catch {
		// A damaged snapshot only costs the fast first frame.
		return null;
	}
}

/** Saves the week's report as the next start's first frame, unless it is already saved. */
export function writeSnapshot(store: Store, provider: ProviderName, stamp: string, report: WeekReport, ticketsById: ReadonlyMap<string, Ticket>): void {
	if (readSnapshot(store, provider, stamp) !== null) return;
	// The watch list names at most three blocked and three slipped tickets.
	const named = new Set<string>([
		...report.details.blocked.filter((entry) => entry.isBlockedNow).slice(0, 3).map((entry) => entry.ticketId),
		...report.details.slips.slice(0, 3).map((slip) => slip.ticketId),
	]);
	const tickets = [...named].map((id) => ticketsById.get(id)).filter((ticket): ticket is Ticket => ticket !== undefined);
	// Only what the Overview reads: the lists behind other views are left out, so the first
	// frame parses a few kilobytes, not every id of the week.
	const {details} = report;
	const overviewDetails = {
		...details,
		reports: [],
		directorOpenIds: [],
		brokenPromises: [],
		postponements: [],
		blocked: details.blocked.filter((entry) => entry.isBlockedNow).slice(0, 3),
		// The watch list flags a theme from its weeks; its ticket ids and the figures' ticket
		// sets wait for the loaded review (Enter is not taken before it is there).
		themes: details.themes.map((theme) => ({...theme, ticketIds: []})),
		teams: [],
		figures: [],
	};
	// The version 2 figures' ticket keys, the aging and promise-risk lists and the effort trend's
	// ticket keys (most of the report: every trend week's figures name their tickets) wait for
	// the loaded review too; the Overview reads the effort and the trend's rows.
	const version2 = {...report.version2, aging: [], promiseRisk: [], figures: {}};
	const effortTrend = {...report.effortTrend, figures: {}};
	// The groups' 1:1 head figures are left out unread: reading them works them out (a second
	// week's details and version 2 figures, review-data.ts), and only a 1:1 note reads them.
	const overviewReport: WeekReport = {...withoutGroupHead(report), groupHead: {week: [], weekBefore: null}, tickets: [], details: overviewDetails, version2, effortTrend};
	const snapshot: OverviewSnapshot = {stamp, report: overviewReport, tickets};
	store.setMeta(metaKey(provider), JSON.stringify(snapshot));
}

/** The report's other members, without reading `groupHead` (a spread would call its getter). */
function withoutGroupHead(report: WeekReport): Omit<WeekReport, 'groupHead'> {
	const rest: Record<string, unknown> = {};
	for (const key of Object.keys(report)) if (key !== 'groupHead') rest[key] = report[key as keyof WeekReport];
	return rest as Omit<WeekReport, 'groupHead'>;
}
