import type {Iteration, Person, ProviderName, Ticket} from '../domain/types.js';
import type {SyncPage} from '../domain/sync-page.js';
import type {Connection} from './connection.js';
import {StoreError, translateSqliteError} from './errors.js';
import type {PageState, SyncStateRecord} from './sync-state.js';
import {ticketFromData, ticketParameters, upsertTicketSql} from './ticket-rows.js';

/**
 * What a sweep may delete: only tickets last written by a page numbered at most `writtenUpTo`
 * (`TrackerData.ticketWriteMark` read before its listing began). A ticket another process stored
 * after that was never judged by the listing, which may have missed it.
 */
export interface SweepBound {
	readonly writtenUpTo: number;
}

const unbounded: SweepBound = {writtenUpTo: Number.MAX_SAFE_INTEGER};

/** How a full sync's sweep ends (`finishFullSync`). */
export interface FullSweep {
	readonly kept?: readonly string[];
	readonly archived?: readonly string[];
	readonly writtenUpTo?: number;
	/** False after a change of scope: the old scope's tickets leave unasked, those remembered as archived too. */
	readonly keepArchived?: boolean;
}

/**
 * What the tracker says — tickets, people, iterations — replaced page by page by each
 * sync. Tags and notes are never written here.
 */
export class TrackerData {
	private readonly s;

	constructor(
		private readonly connection: Connection,
		private readonly syncState: SyncStateRecord,
	) {
		const prepare = (sql: string) => connection.prepare(sql);
		this.s = {
			// A row the provider sent unchanged is not written again: every sync page sends the people
			// and iterations, and an UPDATE fires the triggers that move the data generation and drop
			// the kept week reports, week facts and first frame (week-reports.ts) for nothing.
			// The app mark only ever turns on: a person another answer marked an app stays one when a later
			// answer does not say (a Jira user object without `accountType`, a Data Center site, which has
			// none; a Linear answer without `app`), since no tracker turns an app account into a person.
			upsertPerson: prepare(`
			INSERT INTO people (provider, id, name, display_name, email, active, app) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (provider, id) DO UPDATE SET name = excluded.name, display_name = excluded.display_name,
				email = excluded.email, active = excluded.active, app = max(people.app, excluded.app)
			WHERE name IS NOT excluded.name OR display_name IS NOT excluded.display_name OR email IS NOT excluded.email OR active IS NOT excluded.active
				OR people.app < excluded.app`),
			upsertIteration: prepare(`
			INSERT INTO iterations (provider, id, name, team, starts_at, ends_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (provider, id) DO UPDATE SET name = excluded.name, team = excluded.team,
				starts_at = excluded.starts_at, ends_at = excluded.ends_at, completed_at = excluded.completed_at
			WHERE name IS NOT excluded.name OR team IS NOT excluded.team OR starts_at IS NOT excluded.starts_at
				OR ends_at IS NOT excluded.ends_at OR completed_at IS NOT excluded.completed_at`),
			upsertTicket: prepare(upsertTicketSql),
			// Before the upsert: a ticket moving to another team or project gets a new key, and
			// the director may still type the old one.
			rememberReplacedKey: prepare(`
			INSERT INTO ticket_keys (provider, key, ticket_id, replaced_at)
			SELECT provider, key, id, @at FROM tickets WHERE provider = @provider AND id = @id AND key <> @key COLLATE NOCASE
			ON CONFLICT (provider, key) DO UPDATE SET ticket_id = excluded.ticket_id, replaced_at = excluded.replaced_at`),
			forgetCurrentKey: prepare(`DELETE FROM ticket_keys WHERE provider = ? AND key = ?`),
			nextGeneration: prepare(`
			INSERT INTO sync_generations (provider, generation) VALUES (?, 1)
			ON CONFLICT (provider) DO UPDATE SET generation = generation + 1 RETURNING generation`).pluck(),
			currentGeneration: prepare(`SELECT generation FROM sync_generations WHERE provider = ?`).pluck(),
			deleteTicket: prepare(`DELETE FROM tickets WHERE provider = ? AND id = ?`),
			// Numbers the pages that write tickets, per provider: a sweep reads the number before its listing begins.
			nextWrite: prepare(`
			INSERT INTO ticket_writes (provider, count) VALUES (?, 1)
			ON CONFLICT (provider) DO UPDATE SET count = count + 1 RETURNING count`).pluck(),
			lastWrite: prepare(`SELECT count FROM ticket_writes WHERE provider = ?`).pluck(),
			// A sweep may delete only what it may judge: a ticket remembered as archived is kept unasked, and one
			// written after its listing began (by another process, or a page of this sync) was never judged by it.
			// Every ticket of the provider the page's listing of the scope leaves out (`SyncPage.ticketIdsInScope`).
			deleteUnlisted: prepare(`
			DELETE FROM tickets WHERE provider = @provider AND archived_at IS NULL AND coalesce(written, 0) <= @writtenUpTo
				AND id NOT IN (SELECT value FROM json_each(@listed))`),
			// Listed: the search shows it again, so it is not archived (any more).
			forgetArchivedListed: prepare(`UPDATE tickets SET archived_at = NULL WHERE provider = ? AND archived_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))`),
			rememberArchived: prepare(`
			UPDATE tickets SET archived_at = @at WHERE provider = @provider AND coalesce(written, 0) <= @writtenUpTo
				AND id IN (SELECT value FROM json_each(@ids))`),
			deleteIteration: prepare(`DELETE FROM iterations WHERE provider = ? AND id = ?`),
			// Less the tickets the tracker says to keep though its search did not return them (`Provider.ticketsToKeep`).
			deleteUnseen: prepare(`
			DELETE FROM tickets WHERE provider = @provider AND (seen_generation IS NULL OR seen_generation <> @generation)
				AND (archived_at IS NULL OR @keepArchived = 0) AND coalesce(written, 0) <= @writtenUpTo AND id NOT IN (SELECT value FROM json_each(@kept))`),
			unseenIds: prepare(`
			SELECT id FROM tickets WHERE provider = ? AND (seen_generation IS NULL OR seen_generation <> ?)
				AND archived_at IS NULL AND coalesce(written, 0) <= ? ORDER BY id`).pluck(),
			unlistedIds: prepare(`
			SELECT id FROM tickets WHERE provider = ? AND archived_at IS NULL AND coalesce(written, 0) <= ?
				AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id`).pluck(),
			// A ticket kept as stored (the tracker holds it, this sync could not read it whole) counts as seen by a full sync.
			markKeptSeen: prepare(`UPDATE tickets SET seen_generation = ? WHERE provider = ? AND id IN (SELECT value FROM json_each(?)) AND (seen_generation IS NULL OR seen_generation < ?)`),
			tickets: prepare(`SELECT data FROM tickets WHERE provider = ?`).pluck(),
			ticketByKey: prepare(`SELECT data FROM tickets WHERE provider = ? AND key = ? COLLATE NOCASE LIMIT 1`).pluck(),
			ticketByReplacedKey: prepare(`
			SELECT t.data FROM ticket_keys k JOIN tickets t ON t.provider = k.provider AND t.id = k.ticket_id
			WHERE k.provider = ? AND k.key = ? LIMIT 1`).pluck(),
			ticketCount: prepare(`SELECT count(*) FROM tickets WHERE provider = ?`).pluck(),
			people: prepare(`SELECT id, name, display_name, email, active, app FROM people WHERE provider = ? ORDER BY name, id`),
			iterations: prepare(`SELECT id, name, team, starts_at, ends_at, completed_at FROM iterations WHERE provider = ? ORDER BY starts_at, id`),
		};
	}

	/**
	 * One page of a sync and the state after it, in one transaction: an interrupted sync
	 * leaves either the whole page with its cursor or neither.
	 */
	writePage(provider: ProviderName, scope: string, page: SyncPage, state: PageState, sweep: SweepBound = unbounded): void {
		const {s, connection} = this;
		const at = connection.now();
		connection.write(() => {
			const written = page.tickets.length > 0 ? (s.nextWrite.get(provider) as number) : null;
			for (const person of page.people) {
				s.upsertPerson.run(provider, person.id, person.name, person.displayName, person.email, person.active ? 1 : 0, person.app === true ? 1 : 0);
			}
			for (const iteration of page.iterations) {
				s.upsertIteration.run(provider, iteration.id, iteration.name, iteration.team, iteration.startsAt, iteration.endsAt, iteration.completedAt);
			}
			for (const ticket of page.tickets) {
				try {
					s.rememberReplacedKey.run({provider, id: ticket.id, key: ticket.key, at});
					s.forgetCurrentKey.run(provider, ticket.key);
					s.upsertTicket.run(ticketParameters(provider, ticket, state.generation, written));
				} catch (error) {
					if (translateSqliteError(error, connection.file) !== null) throw error;
					// A ticket the schema refuses is a provider bug; name it so it can be found.
					throw new StoreError(
						`the ${provider} ticket ${ticket.key} could not be stored: ${error instanceof Error ? error.message : String(error)}`,
						'nothing from this page was saved; report this to the director-review maintainers with the ticket key',
						{cause: error},
					);
				}
			}
			// A ticket the tracker deleted leaves with its page; its tag and notes stay, like a ticket leaving the scope.
			for (const id of page.removedTicketIds ?? []) s.deleteTicket.run(provider, id);
			for (const id of page.removedIterationIds ?? []) s.deleteIteration.run(provider, id);
			if (state.generation !== null && (page.ticketIdsKept?.length ?? 0) > 0) s.markKeptSeen.run(state.generation, provider, JSON.stringify(page.ticketIdsKept), state.generation);
			// After the page's own tickets: what this page brings is never swept by its own listing.
			// The tickets to keep though the listing left them out (an archived Jira issue) stay as they are.
			if (page.ticketIdsInScope !== undefined) {
				const writtenUpTo = sweep.writtenUpTo;
				s.forgetArchivedListed.run(provider, JSON.stringify(page.ticketIdsInScope));
				if ((page.ticketIdsArchived ?? []).length > 0) s.rememberArchived.run({provider, at, writtenUpTo, ids: JSON.stringify(page.ticketIdsArchived)});
				const listed = [...page.ticketIdsInScope, ...(page.ticketIdsKept ?? []), ...(page.ticketIdsArchived ?? []), ...page.tickets.map((ticket) => ticket.id)];
				s.deleteUnlisted.run({provider, writtenUpTo, listed: JSON.stringify(listed)});
			}
			this.syncState.save(provider, scope, state);
		});
	}

	/** Starts a full sync: tickets the coming pages do not mark with this number are gone from the tracker. */
	beginFullSync(provider: ProviderName): number {
		return this.connection.write(() => this.s.nextGeneration.get(provider) as number);
	}

	/**
	 * The number of the provider's last page that wrote tickets: read before a sweep's listing (or a
	 * full sync) begins, it bounds what the sweep may delete (`SweepBound`).
	 */
	ticketWriteMark(provider: ProviderName): number {
		return this.connection.guard(() => (this.s.lastWrite.get(provider) as number | undefined) ?? 0);
	}

	/** The provider's tickets the full sync `generation` has not seen: what its sweep would delete (none remembered as archived, none written past the bound). */
	unseenTicketIds(provider: ProviderName, generation: number, sweep: SweepBound = unbounded): string[] {
		return this.connection.guard(() => this.s.unseenIds.all(provider, generation, sweep.writtenUpTo) as string[]);
	}

	/** The provider's tickets a listing of the scope leaves out (`SyncPage.ticketIdsInScope` and the page's own): what its sweep would delete (none remembered as archived, none written past the bound). */
	unlistedTicketIds(provider: ProviderName, listed: readonly string[], sweep: SweepBound = unbounded): string[] {
		return this.connection.guard(() => this.s.unlistedIds.all(provider, sweep.writtenUpTo, JSON.stringify(listed)) as string[]);
	}

	/**
	 * Deletes the provider's tickets the full sync `generation` did not see, and returns how many;
	 * but those in `kept` (not asked about yet), those in `archived` (the tracker holds them archived:
	 * remembered, so later sweeps do not ask again), those remembered as archived before (unless not
	 * `keepArchived`), and those
	 * written past `writtenUpTo` (stored by another process after this sync began). Tags and notes
	 * stay: a ticket that comes back finds its tag again. A generation that a later full sync has
	 * superseded deletes nothing.
	 */
	finishFullSync(provider: ProviderName, generation: number, outcome: FullSweep = {}): number {
		const {kept = [], archived = [], writtenUpTo = unbounded.writtenUpTo, keepArchived = true} = outcome;
		return this.connection.write(() => {
			if (this.s.currentGeneration.get(provider) !== generation) return 0;
			// Only after the last page was committed (no cursor left): a pull cut short must never sweep.
			const state = this.syncState.get(provider, 'tickets');
			if (state !== null && (state.phase !== 'idle' || state.cursor !== null)) return 0;
			if (archived.length > 0) this.s.rememberArchived.run({provider, at: this.connection.now(), writtenUpTo, ids: JSON.stringify(archived)});
			return this.s.deleteUnseen.run({provider, generation, writtenUpTo, keepArchived: keepArchived ? 1 : 0, kept: JSON.stringify([...kept, ...archived])}).changes;
		});
	}

	loadTickets(provider: ProviderName): Ticket[] {
		return this.connection.guard(() => (this.s.tickets.all(provider) as string[]).map(ticketFromData));
	}

	/** Case-insensitive; also finds a ticket by a key it had before it moved. */
	findTicketByKey(provider: ProviderName, key: string): Ticket | null {
		return this.connection.guard(() => {
			const trimmed = key.trim();
			const data = (this.s.ticketByKey.get(provider, trimmed) ?? this.s.ticketByReplacedKey.get(provider, trimmed)) as string | undefined;
			return data === undefined ? null : ticketFromData(data);
		});
	}

	ticketCount(provider: ProviderName): number {
		return this.connection.guard(() => this.s.ticketCount.get(provider) as number);
	}

	loadPeople(provider: ProviderName): Person[] {
		return this.connection.guard(() =>
			(this.s.people.all(provider) as Array<{id: string; name: string; display_name: string | null; email: string | null; active: number; app: number}>).map((row) => ({
				id: row.id,
				name: row.name,
				displayName: row.display_name,
				email: row.email,
				active: row.active === 1,
				...(row.app === 1 ? {app: true as const} : {}),
			})),
		);
	}

	loadIterations(provider: ProviderName): Iteration[] {
		return this.connection.guard(() =>
			(
				this.s.iterations.all(provider) as Array<{id: string; name: string; team: string | null; starts_at: number; ends_at: number; completed_at: number | null}>
			).map((row) => ({
				id: row.id,
				name: row.name,
				team: row.team,
				startsAt: row.starts_at,
				endsAt: row.ends_at,
				completedAt: row.completed_at,
			})),
		);
	}
}
