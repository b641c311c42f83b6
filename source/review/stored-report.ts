import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';
import {deflateSync, inflateSync} from 'node:zlib';
import type {AppConfig} from '../config/schema.js';
import {classifierVersion} from '../domain/classify/index.js';
import {localDate} from '../domain/week.js';
import type {ProviderName, RosterConfig, Ticket, Week} from '../domain/types.js';
import type {WeekReport} from '../domain/week-report.js';
import type {Store} from '../store/store.js';
import {joinLists, splitLists, type UnexportedLists} from './kept-report-parts.js';
import {buildNarrowIndex, isNarrowIndex, type NarrowIndex} from './narrow-index.js';

/** Bumped when the report's shape or the metrics' meaning changes (the code's own file is part of the stamp too). */
// 3: a report computed from a verdict kept for a parent loaded only as a parent may be wrong (verdict-context.ts).
// 4: the parts deflated, not brotli-compressed.
// 5: the report holds each group's head figures and the week before's (groupHead): a report kept without them is not read.
// 6: each group's head figures name the group's tickets blocked in the week (blockedIds), which the 1:1 appendix lists.
// 7: each group's head figures name the group's late completions (lateIds), by who held each ticket when completed.
const formatVersion = 7;

/**
 * The version of everything a week's report reads besides the store's data (which the
 * store's generation watches, store/week-reports.ts): the code, the classifier, the rules and
 * threshold, the time zone, the trend's length, the stale age, the roster, the week and the
 * local day. Null for a week that has not ended: its figures move with the clock (asOf is
 * now), so no later run could read them. An ended week's report is as of its end, whatever
 * the clock (test/review/stored-report.test.ts).
 */
export function reportStamp(config: AppConfig, roster: RosterConfig | null, week: Week, now: number): string | null {
	if (now < week.endAt) return null;
	return JSON.stringify([
		formatVersion,
		installedCodeStamp(),
		classifierVersion,
		week,
		localDate(now, config.timezone),
		{timezone: config.timezone, trendWeeks: config.trendWeeks, staleDays: config.staleDays, classification: config.classification},
		roster,
	]);
}

/**
 * This module's file as installed, by its content: a new version of the program (a build, an
 * upgrade) does not read an older one's reports. In the bundle the file is the chunk that holds
 * the metrics too. Not its size and mtime: npm installs every file with the same mtime
 * (1985-10-26, for reproducible tarballs), so a changed constant would leave both as they were.
 */
export function codeStamp(path = fileURLToPath(import.meta.url)): string | null {
	try {
		return createHash('sha256').update(readFileSync(path)).digest('base64url');
	} catch {
		return null;
	}
}

/** Read once per run (~0.1 MB hashed): every kept report's and week's stamp carries it. */
let installedCode: string | null | undefined;

function installedCodeStamp(): string | null {
	if (installedCode === undefined) installedCode = codeStamp();
	return installedCode;
}

/**
 * The report as kept: its tickets by id (the session holds them), the rest as computed, and
 * what an export of it reads besides (narrow-index.ts). Two compressed parts, the first's
 * length in four bytes before it: the report without the figure lists no export reads, then
 * those lists (kept-report-parts.ts), which an export need not read.
 */
export function encodeReport(report: WeekReport, ticketsById: ReadonlyMap<string, Ticket>, narrow: NarrowIndex | null = null): Buffer | null {
	const {head, lists} = splitLists({...report, tickets: report.tickets.map((ticket) => ticket.id)});
	const headText = JSON.stringify({...head, narrow});
	const listsText = JSON.stringify(lists);
	// Kept only if it reads back as the very report: JSON has no NaN, no undefined in a list, no Map.
	if (!isDeepStrictEqual(withTickets(parseTexts(headText, listsText), ticketsById), report)) return null;
	const first = compress(headText);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(first.length);
	return Buffer.concat([length, first, compress(listsText)]);
}

/**
 * Deflated (zlib, level 1), not brotli: every export of a kept week inflates the report's first
 * part (~4.9 MB at 100,000 tickets) in a fresh process, ~35 ms against ~65 ms for brotli at
 * quality 1, for as fast a compression, once per data generation, and ~30 % more bytes. The
 * zlib format's checksum refuses a damaged row.
 */
function compress(text: string): Buffer {
	// ASCII only (JSON's own escapes for the rest): read back as one-byte text, without decoding UTF-8 (~45 ms at 100,000 tickets).
	const ascii = Buffer.from(text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1');
	return deflateSync(ascii, {level: 1});
}

function decompress(bytes: Buffer): string {
	// Output in one piece where it fits (a report deflates ~8 to 1): no copy joining chunks.
	return inflateSync(bytes, {chunkSize: Math.max(64 * 1024, bytes.length * 16)}).toString('latin1');
}

export function decodeReport(bytes: Buffer, ticketsById: ReadonlyMap<string, Ticket>): WeekReport | null {
	const row = parseKeptRow(bytes);
	return row === null ? null : withTickets(row, ticketsById);
}

/** A kept row read back: the report with its tickets by id, and the index of what an export of it reads. */
export interface KeptRow {
	readonly report: Omit<WeekReport, 'tickets'> & {readonly tickets: readonly string[]};
	readonly narrow: NarrowIndex | null;
}

/** The kept row; without the figure lists no export reads when `withUnexported` is false (an export's, narrow-export.ts). */
export function parseKeptRow(bytes: Buffer, withUnexported = true): KeptRow | null {
	try {
		const length = bytes.readUInt32BE(0);
		const head = decompress(bytes.subarray(4, 4 + length));
		return parseTexts(head, withUnexported ? decompress(bytes.subarray(4 + length)) : null);
	} catch {
		// A damaged row only costs the computation.
		return null;
	}
}

function parseTexts(headText: string, listsText: string | null): KeptRow {
	const {narrow, ...head} = JSON.parse(headText) as KeptRow['report'] & {narrow?: unknown};
	const report = listsText === null ? head : joinLists(head, JSON.parse(listsText) as UnexportedLists);
	return {report, narrow: isNarrowIndex(narrow) ? narrow : null};
}

/** The kept report with its tickets, null when one of them is not in `ticketsById`. */
export function withTickets(row: KeptRow, ticketsById: ReadonlyMap<string, Ticket>): WeekReport | null {
	const tickets: Ticket[] = [];
	for (const id of row.report.tickets) {
		const ticket = ticketsById.get(id);
		if (ticket === undefined) return null;
		tickets.push(ticket);
	}
	return {...row.report, tickets};
}

/** What a session keeps and reads: the reports of its data's generation (null when its load spanned a change). */
export interface KeptReportSource {
	readonly store: Store;
	readonly providerName: ProviderName;
	readonly config: AppConfig;
	readonly roster: RosterConfig | null;
}

export function readKeptReport(source: KeptReportSource, generation: number | null, week: Week, now: number, ticketsById: ReadonlyMap<string, Ticket>): WeekReport | null {
	const row = readKeptRow(source, generation, week, now);
	return row === null ? null : withTickets(row, ticketsById);
}

/** The kept row of `week` for data of `generation` read at `now` (parseKeptRow), or null. */
export function readKeptRow(source: KeptReportSource, generation: number | null, week: Week, now: number, withUnexported = true): KeptRow | null {
	const stamp = reportStamp(source.config, source.roster, week, now);
	if (generation === null || stamp === null) return null;
	const bytes = source.store.weekReports.read(source.providerName, week.id, generation, stamp);
	// An empty row only marks a week computed once (keepReport).
	return bytes === null || bytes.length === 0 ? null : parseKeptRow(bytes, withUnexported);
}

/**
 * Keeps `report`, computed from the data of `generation`, unless the store moved on since.
 * The first computation of a week's data only marks it (an empty row): keeping a report costs
 * about as much as the export gains reading it (~0.3 s at 100,000 tickets), and the usual
 * export follows a sync, whose data no later run reads. The second computation of the same
 * data and stamp keeps it. True when a report was kept.
 */
export function keepReport(source: KeptReportSource, generation: number | null, report: WeekReport, now: number, ticketsById: ReadonlyMap<string, Ticket>, loadedFrom?: number): boolean {
	const stamp = reportStamp(source.config, source.roster, report.week, now);
	// A report computed while its week ran (a session left open past its end) is as of then, not of the end every later run reads.
	if (generation === null || stamp === null || report.asOf !== report.week.endAt) return false;
	const {weekReports} = source.store;
	const kept = weekReports.keptSize(source.providerName, report.week.id, generation, stamp);
	if (kept === null) {
		weekReports.save(source.providerName, report.week.id, generation, stamp, Buffer.alloc(0));
		return false;
	}
	if (kept > 0) return false;
	// With the index of what an export of it reads, when the session says how far back its load goes.
	const narrow = loadedFrom === undefined ? null : buildNarrowIndex(report, ticketsById.values(), loadedFrom, (keys) => source.store.countTicketsWithKeys(source.providerName, keys));
	const bytes = encodeReport(report, ticketsById, narrow);
	return bytes !== null && weekReports.save(source.providerName, report.week.id, generation, stamp, bytes);
}
