import type Database from 'better-sqlite3';
import type {ProviderName, Ticket} from '../domain/types.js';
import type {TicketReach} from '../domain/metrics/ticket-reach.js';
import {retain} from './handles.js';
import {ticketReader} from './ticket-rows.js';

/**
 * Migration 5's table (issue 18). `ticket_reach`: how late each ticket can still change a
 * figure (domain/metrics/ticket-reach.ts), so a review loads the tickets its weeks can touch
 * instead of the whole history. It is derived data: triggers drop a ticket's row whenever
 * its document changes or the ticket leaves, whichever code wrote it, and a ticket without
 * a reach row is always loaded (and its reach written then), so a missing or dropped row
 * costs time, never a figure.
 */
export const ticketWindowSchema = `
	CREATE TABLE ticket_reach (
		provider TEXT NOT NULL,
		id TEXT NOT NULL,
		-- The latest instant the ticket can change a figure; NULL while unbounded (open).
		reach_at INTEGER,
		-- Its latest due-date value as YYYYMMDD; NULL with none; 99999999 when one is not a date.
		due_day_max INTEGER,
		PRIMARY KEY (provider, id)
	) STRICT;
	CREATE INDEX ticket_reach_by_end ON ticket_reach (provider, reach_at);
	CREATE INDEX ticket_reach_by_due ON ticket_reach (provider, due_day_max);

	CREATE TRIGGER tickets_derived_on_update AFTER UPDATE OF data ON tickets BEGIN
		DELETE FROM ticket_reach WHERE provider = old.provider AND id = old.id;
	END;
	CREATE TRIGGER tickets_derived_on_delete AFTER DELETE ON tickets BEGIN
		DELETE FROM ticket_reach WHERE provider = old.provider AND id = old.id;
	END;
`;

/** What a review needs loaded: every ticket that can touch a week from `from` on, and these ids whatever their dates. */
/** The domain's reach of a ticket (domain/metrics/ticket-reach.ts), passed in: the store runs no domain code of its own. */
export type ReachOf = (ticket: Ticket) => TicketReach;

export interface TicketWindow {
	/** The earliest instant a figure of the review reads. */
	readonly from: number;
	/** Tickets read by id (a previous review's rows): loaded even when their dates are all older. */
	readonly ticketIds: readonly string[];
}

const unboundedDay = 99_999_999;
/** Documents read per query when loading: a few hundred kilobytes of text at a time. */
const documentsPerRead = 500;
/** Due dates are local calendar dates: two days of margin cover every zone's offset from UTC. */
const dayMarginMs = 2 * 86_400_000;

function dayOf(instant: number): number {
	const date = new Date(instant - dayMarginMs);
	return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

export class TicketWindowRecord {
	private readonly windowed: Database.Statement;
	private readonly named: Database.Statement;
	private readonly keyCount: Database.Statement;
	private readonly parentRows: Database.Statement;
	private readonly ordered: Database.Statement;
	private readonly documents: Database.Statement;
	private readonly addReach: Database.Statement;
	/** One read transaction: the rowids and every slice of documents from the same snapshot of the store. */
	private readonly readTogether: Database.Transaction<<T>(work: () => T) => T>;

	constructor(
		db: Database.Database,
		private readonly write: <T>(work: () => T) => T,
		private readonly guard: <T>(work: () => T) => T,
		private readonly readonly: boolean,
	) {
		// Rowids of every ticket the window needs, in the order the full
		// load (`SELECT data FROM tickets WHERE provider = ?`, via tickets_by_key) gives them,
		// so every list built from them keeps its order. Their parents are found once their
		// documents are parsed (`parentRows`): reading each document's parent key in SQL would
		// parse every document a second time.
		this.windowed = retain(
			db.prepare(`
			WITH needed(id) AS (
				-- Open and recent tickets as two ranges of ticket_reach_by_end (an OR of both would scan every row).
				SELECT t2.rowid FROM ticket_reach r2 JOIN tickets t2 ON t2.provider = r2.provider AND t2.id = r2.id
					WHERE r2.provider = @provider AND r2.reach_at IS NULL
				UNION SELECT t2.rowid FROM ticket_reach r2 JOIN tickets t2 ON t2.provider = r2.provider AND t2.id = r2.id
					WHERE r2.provider = @provider AND r2.reach_at >= @from
				UNION SELECT t2.rowid FROM ticket_reach r2 JOIN tickets t2 ON t2.provider = r2.provider AND t2.id = r2.id
					WHERE r2.provider = @provider AND r2.due_day_max >= @fromDay
				-- Tickets without a reach row: both primary keys walked side by side (a lookup per ticket costs more).
				UNION SELECT t2.rowid FROM (SELECT id FROM tickets WHERE provider = @provider EXCEPT SELECT id FROM ticket_reach WHERE provider = @provider) m
					CROSS JOIN tickets t2 ON t2.provider = @provider AND t2.id = m.id
				UNION SELECT t2.rowid FROM tags g JOIN tickets t2 ON t2.provider = g.provider AND t2.id = g.ticket_id WHERE g.provider = @provider
				UNION SELECT t2.rowid FROM notes n JOIN tickets t2 ON t2.provider = n.provider AND t2.id = n.target
					WHERE n.provider = @provider AND n.target_kind = 'ticket'
				-- CROSS JOIN keeps the ids outside: one primary-key lookup each (the planner would otherwise scan the tickets per id).
				UNION SELECT t2.rowid FROM json_each(@ids) j CROSS JOIN tickets t2 ON t2.provider = @provider AND t2.id = j.value
			)
			SELECT t.rowid AS row FROM tickets t
			WHERE t.provider = @provider AND t.rowid IN (SELECT id FROM needed)
			ORDER BY t.key COLLATE NOCASE, t.rowid`),
		).pluck();
		// Tickets by id, in the order of `windowed`: the named ones of a kept week's report (review/narrow-export.ts).
		// Read off tickets_by_key, which holds that order (key, then rowid): neither sorting nor reading a document for it.
		this.named = retain(
			db.prepare(`
			SELECT t.rowid FROM tickets t INDEXED BY tickets_by_key
			WHERE t.provider = @provider AND t.rowid IN (SELECT t2.rowid FROM json_each(@ids) j CROSS JOIN tickets t2 ON t2.provider = @provider AND t2.id = j.value)
			ORDER BY t.key COLLATE NOCASE, t.rowid`),
		).pluck();
		this.keyCount = retain(
			db.prepare(`SELECT count(*) FROM json_each(@keys) k CROSS JOIN tickets t ON t.provider = @provider AND t.key = k.value COLLATE NOCASE`),
		).pluck();
		// A ticket's parent (found by key, as classification finds it) speaks in its classification:
		// the rowids of the tickets with these keys, one lookup in tickets_by_key each.
		this.parentRows = retain(
			db.prepare(`
			SELECT DISTINCT p.rowid FROM json_each(@keys) k
			CROSS JOIN tickets p ON p.provider = @provider AND p.key = k.value COLLATE NOCASE
			WHERE p.key = k.value`),
		).pluck();
		// The same order as `windowed`, for a set of rowids that parents joined.
		this.ordered = retain(
			db.prepare(`
			SELECT t.rowid FROM tickets t
			WHERE t.rowid IN (SELECT j.value FROM json_each(@rows) j)
			ORDER BY t.key COLLATE NOCASE, t.rowid`),
		).pluck();
		// The documents, a slice of those rowids at a time, in the slice's order.
		this.documents = retain(
			db.prepare(`
			SELECT t.data AS data, r.id IS NULL AS missing FROM json_each(@rows) j
			CROSS JOIN tickets t ON t.rowid = j.value
			LEFT JOIN ticket_reach r ON r.provider = t.provider AND r.id = t.id
			ORDER BY j.key`),
		);
		this.readTogether = db.transaction(<T>(work: () => T): T => work());
		this.addReach = retain(
			// Only for the document it was computed from: another instance may have synced since the read.
			db.prepare(`INSERT INTO ticket_reach (provider, id, reach_at, due_day_max)
				SELECT @provider, @id, @reachAt, @dueDayMax WHERE EXISTS (SELECT 1 FROM tickets WHERE provider = @provider AND id = @id AND data = @data)
				ON CONFLICT (provider, id) DO UPDATE SET reach_at = excluded.reach_at, due_day_max = excluded.due_day_max`),
		);
	}

	/**
	 * The provider's tickets that can touch a week from `window.from` on (any ticket still
	 * open, or with a date or due date since), the tagged ones (the learner trains on them),
	 * the ones notes are about, `window.ticketIds`, and the parents of all of these. Tickets whose reach was not stored yet
	 * (synced before, or changed since) are loaded too, and their reach stored now.
	 */
	load(provider: ProviderName, window: TicketWindow, reachOf: ReachOf): Ticket[] {
		return this.loadRows(provider, () => this.windowed.all({provider, from: window.from, fromDay: dayOf(window.from), ids: JSON.stringify(window.ticketIds)}) as number[], reachOf);
	}

	/** The provider's tickets with these ids (those the store holds) and their parents, in the order `load` gives them. */
	loadIds(provider: ProviderName, ids: readonly string[], reachOf: ReachOf): Ticket[] {
		return this.loadRows(provider, () => this.named.all({provider, ids: JSON.stringify(ids)}) as number[], reachOf);
	}

	/** How many of the provider's tickets have one of these keys (any case): as many as keys when each names one ticket. */
	countWithKeys(provider: ProviderName, keys: readonly string[]): number {
		return this.guard(() => this.keyCount.get({provider, keys: JSON.stringify(keys)}) as number);
	}

	private loadRows(provider: ProviderName, rowsOf: () => number[], reachOf: ReachOf): Ticket[] {
		let tickets: Ticket[] = [];
		const missing: Array<{readonly ticket: Ticket; readonly data: string}> = [];
		const ticketFromData = ticketReader();
		// A slice at a time: each slice's documents are parsed and dropped before the next is
		// read, instead of every document's text held at once (tens of megabytes at 20,000
		// tickets) until the last is parsed.
		const read = (rows: readonly number[]): Ticket[] => {
			const read: Ticket[] = [];
			for (let start = 0; start < rows.length; start += documentsPerRead) {
				const slice = this.documents.all({rows: JSON.stringify(rows.slice(start, start + documentsPerRead))}) as Array<{data: string; missing: number}>;
				for (const row of slice) {
					const ticket = ticketFromData(row.data);
					read.push(ticket);
					if (row.missing === 1) missing.push({ticket, data: row.data});
				}
			}
			return read;
		};
		this.guard(() =>
			this.readTogether(() => {
				const rows = rowsOf();
				tickets = read(rows);
				const parentKeys = new Set<unknown>();
				for (const ticket of tickets) if (ticket.parentKey !== undefined && ticket.parentKey !== null) parentKeys.add(ticket.parentKey);
				if (parentKeys.size === 0) return;
				const loaded = new Set(rows);
				const parents = (this.parentRows.all({provider, keys: JSON.stringify([...parentKeys])}) as number[]).filter((row) => !loaded.has(row));
				if (parents.length === 0) return;
				// The parents not in the window join the list in its order.
				const byRow = new Map<number, Ticket>();
				rows.forEach((row, index) => byRow.set(row, tickets[index]!));
				read(parents).forEach((ticket, index) => byRow.set(parents[index]!, ticket));
				tickets = (this.ordered.all({rows: JSON.stringify([...rows, ...parents])}) as number[]).map((row) => byRow.get(row)!);
			}),
		);

		if (missing.length > 0 && !this.readonly) this.record(provider, missing, reachOf);
		return tickets;
	}

	/** Stores the reach of tickets read as `data`, where the store still holds that document. */
	private record(provider: ProviderName, read: ReadonlyArray<{readonly ticket: Ticket; readonly data: string}>, reachOf: ReachOf): void {
		this.write(() => {
			for (const {ticket, data} of read) {
				const {reachAt, dueDayMax} = reachOf(ticket);
				const due = dueDayMax === Number.NEGATIVE_INFINITY ? null : Math.min(dueDayMax, unboundedDay);
				this.addReach.run({provider, id: ticket.id, reachAt: Number.isFinite(reachAt) ? reachAt : null, dueDayMax: due, data});
			}
		});
	}
}
