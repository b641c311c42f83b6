import type {Database} from 'better-sqlite3';
import {StoreError} from './errors.js';
import {pragma, retain} from './handles.js';
import {ticketWindowSchema} from './ticket-window.js';
import {verdictSchema} from './verdicts.js';
import {weekFactSchema} from './week-facts.js';
import {weekReportSchema} from './week-reports.js';

/**
 * Forward-only schema migrations. `PRAGMA user_version` holds the number of the last one
 * applied; each runs in its own write transaction together with the version bump, so a
 * crash leaves the store at one version or the next, never in between.
 * Never edit a migration that has shipped: add the next one.
 */
export interface Migration {
	readonly version: number;
	readonly description: string;
	up(db: Database): void;
}

export const migrations: readonly Migration[] = [
	{
		version: 1,
		description: 'tickets, people, iterations, sync state and manual tags',
		up(db) {
			// A ticket is one JSON document (`data`, the domain Ticket with its history, spells,
			// labels and components); the columns beside it are what SQL looks up or checks.
			// Measured on 20,000 tickets with 5 history events each: one document per row loads
			// about 4x faster than 24 columns with JSON sub-columns (~110 ms against ~450 ms).
			db.exec(`
				CREATE TABLE tickets (
					provider TEXT NOT NULL,
					id TEXT NOT NULL,
					key TEXT NOT NULL,
					priority TEXT CHECK (priority IN ('urgent', 'high', 'medium', 'low')),
					status_category TEXT NOT NULL CHECK (status_category IN ('backlog', 'unstarted', 'started', 'completed', 'canceled')),
					updated_at INTEGER NOT NULL,
					seen_generation INTEGER,
					data TEXT NOT NULL,
					PRIMARY KEY (provider, id)
				) STRICT;
				CREATE INDEX tickets_by_key ON tickets (provider, key COLLATE NOCASE);

				CREATE TABLE people (
					provider TEXT NOT NULL,
					id TEXT NOT NULL,
					name TEXT NOT NULL,
					display_name TEXT,
					email TEXT,
					active INTEGER NOT NULL CHECK (active IN (0, 1)),
					PRIMARY KEY (provider, id)
				) STRICT;

				CREATE TABLE iterations (
					provider TEXT NOT NULL,
					id TEXT NOT NULL,
					name TEXT NOT NULL,
					team TEXT,
					starts_at INTEGER NOT NULL,
					ends_at INTEGER NOT NULL,
					PRIMARY KEY (provider, id)
				) STRICT;

				CREATE TABLE sync_state (
					provider TEXT NOT NULL,
					scope TEXT NOT NULL,
					phase TEXT NOT NULL CHECK (phase IN ('idle', 'running')),
					cursor TEXT,
					full INTEGER NOT NULL CHECK (full IN (0, 1)),
					updated_since INTEGER,
					run_started_at INTEGER,
					generation INTEGER,
					last_synced_at INTEGER,
					PRIMARY KEY (provider, scope)
				) STRICT;

				CREATE TABLE sync_generations (
					provider TEXT PRIMARY KEY,
					generation INTEGER NOT NULL
				) STRICT;

				-- No foreign key to tickets on purpose: a tag outlives its ticket leaving the
				-- synced scope, and is there again when the ticket comes back.
				CREATE TABLE tags (
					provider TEXT NOT NULL,
					ticket_id TEXT NOT NULL,
					category TEXT NOT NULL CHECK (category IN ('operational', 'strategic')),
					tagged_at INTEGER NOT NULL,
					PRIMARY KEY (provider, ticket_id)
				) STRICT;
			`);
		},
	},
	{
		version: 2,
		description: 'tag history, 1:1 notes, previous ticket keys and meta values',
		up(db) {
			db.exec(`
				CREATE TABLE tag_events (
					id INTEGER PRIMARY KEY,
					provider TEXT NOT NULL,
					ticket_id TEXT NOT NULL,
					category TEXT CHECK (category IN ('operational', 'strategic')),
					at INTEGER NOT NULL
				) STRICT;
				CREATE INDEX tag_events_by_ticket ON tag_events (provider, ticket_id, at);
				-- Tags set before the history existed start it.
				INSERT INTO tag_events (provider, ticket_id, category, at)
					SELECT provider, ticket_id, category, tagged_at FROM tags ORDER BY tagged_at, provider, ticket_id;

				-- AUTOINCREMENT: a note id is never reused, so an export marking ids discussed
				-- cannot touch a note written after one was deleted.
				CREATE TABLE notes (
					id INTEGER PRIMARY KEY AUTOINCREMENT,
					provider TEXT NOT NULL,
					target_kind TEXT NOT NULL CHECK (target_kind IN ('ticket', 'report')),
					target TEXT NOT NULL,
					text TEXT NOT NULL,
					created_at INTEGER NOT NULL,
					discussed_at INTEGER
				) STRICT;
				CREATE INDEX notes_by_provider ON notes (provider, created_at);

				CREATE TABLE ticket_keys (
					provider TEXT NOT NULL,
					key TEXT NOT NULL COLLATE NOCASE,
					ticket_id TEXT NOT NULL,
					replaced_at INTEGER NOT NULL,
					PRIMARY KEY (provider, key),
					FOREIGN KEY (provider, ticket_id) REFERENCES tickets (provider, id) ON DELETE CASCADE
				) STRICT;
				CREATE INDEX ticket_keys_by_ticket ON ticket_keys (provider, ticket_id);

				CREATE TABLE meta (
					key TEXT PRIMARY KEY,
					value TEXT NOT NULL
				) STRICT;
			`);
		},
	},
	{
		version: 3,
		description: 'when each iteration was closed',
		up(db) {
			// Null while the iteration runs, and for rows synced before this version: the next
			// sync fills it in (every pull brings its iterations again).
			db.exec(`ALTER TABLE iterations ADD COLUMN completed_at INTEGER`);
		},
	},
	{
		version: 4,
		description: 'frozen reviews with their ticket state rows, issued talking points, follow-up notes',
		up(db) {
			db.exec(`
				-- A review is never updated: freezing a week again adds a newer row.
				CREATE TABLE reviews (
					id INTEGER PRIMARY KEY AUTOINCREMENT,
					provider TEXT NOT NULL,
					week TEXT NOT NULL,
					frozen_at INTEGER NOT NULL,
					trigger TEXT NOT NULL CHECK (trigger IN ('export', 'quit', 'mark')),
					figures TEXT NOT NULL
				) STRICT;
				CREATE INDEX reviews_by_time ON reviews (provider, frozen_at);

				CREATE TABLE review_tickets (
					review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
					ticket_id TEXT NOT NULL,
					data TEXT NOT NULL,
					PRIMARY KEY (review_id, ticket_id)
				) STRICT;

				-- The talking points of one exported 1:1 note, as issued.
				CREATE TABLE issued_points (
					id INTEGER PRIMARY KEY,
					provider TEXT NOT NULL,
					report TEXT NOT NULL,
					week TEXT NOT NULL,
					issued_at INTEGER NOT NULL,
					identity TEXT NOT NULL,
					rule TEXT NOT NULL,
					subject TEXT NOT NULL,
					status TEXT NOT NULL CHECK (status IN ('new', 'continuing', 'resolved')),
					since_week TEXT NOT NULL,
					text TEXT NOT NULL,
					ticket_ids TEXT NOT NULL
				) STRICT;
				CREATE INDEX issued_points_by_report ON issued_points (provider, report, issued_at);

				ALTER TABLE notes ADD COLUMN follow_up_at INTEGER;
			`);
		},
	},
	{
		version: 5,
		description: 'how late each ticket can change a figure (the review loads the tickets its weeks can touch)',
		up(db) {
			// Starts empty: a ticket without a reach row is loaded and its row written then (ticket-window.ts).
			db.exec(ticketWindowSchema);
		},
	},
	{
		version: 6,
		description: "each ticket's classification verdict, kept until what it read changes",
		up(db) {
			// Starts empty: a ticket without a verdict of the review's context is classified and its verdict written then (verdicts.ts).
			db.exec(verdictSchema);
		},
	},
	{
		version: 7,
		description: "each frozen review's whole figures compressed, and beside them the figures less their lists",
		up(db) {
			// NULL on the reviews frozen before: their `figures` is still the whole document (reviews.ts).
			db.exec(`ALTER TABLE reviews ADD COLUMN figures_brotli BLOB`);
		},
	},
	{
		version: 8,
		description: "the report of each ended week, kept until what it was computed from changes",
		up(db) {
			// Starts empty: an export that computes a week keeps its report then (week-reports.ts).
			db.exec(weekReportSchema);
		},
	},
	{
		version: 9,
		description: "frozen reviews stored content-addressed: each large text once, shared by every review that holds it",
		up(db) {
			// A part is never updated or deleted: its hash is the SHA-256 of its text (review-parts.ts).
			// The reviews frozen before keep their own rows and are read as they were (reviews.ts).
			db.exec(`
				CREATE TABLE review_parts (
					hash TEXT PRIMARY KEY,
					length INTEGER NOT NULL,
					brotli BLOB NOT NULL
				) STRICT;
				ALTER TABLE reviews ADD COLUMN layout TEXT;
			`);
		},
	},
	{
		version: 10,
		description: "the metrics and effort of each ended week a trend computed, kept until what they were computed from changes",
		up(db) {
			// Starts empty: a review that computes an ended week's trend keeps its facts then (week-facts.ts).
			db.exec(weekFactSchema);
		},
	},
	{
		version: 11,
		description: 'when a sync last swept the tickets that left the scope or were deleted',
		up(db) {
			// NULL for a store synced before this version: its first incremental sync sweeps (run-sync.ts).
			db.exec(`ALTER TABLE sync_state ADD COLUMN swept_at INTEGER;`);
		},
	},
	{
		version: 12,
		description: 'which tickets a sweep found archived, and which write of the store last wrote each ticket',
		up(db) {
			// archived_at: when a sweep found the ticket archived (Jira hides it from search but holds it);
			// later sweeps keep it without asking again, and a search that shows it again clears it.
			// written: the provider's count in ticket_writes when a page last wrote the ticket; a sweep
			// deletes only tickets written before its listing began (another process may store one after).
			// NULL on the tickets stored before this version: not known archived, written before any sweep.
			db.exec(`
				ALTER TABLE tickets ADD COLUMN archived_at INTEGER;
				ALTER TABLE tickets ADD COLUMN written INTEGER;
				CREATE TABLE ticket_writes (
					provider TEXT PRIMARY KEY,
					count INTEGER NOT NULL
				) STRICT;
			`);
		},
	},
	{
		version: 13,
		description: 'the director\'s notes each frozen review discussed',
		up(db) {
			// A copy of each note as the exported 1:1 note carried it (briefing.md "1:1 continuity": a
			// discussed note stays in that review), kept even if the note is edited or deleted later.
			// Never updated: a review is only ever inserted (reviews.ts).
			db.exec(`
				CREATE TABLE review_notes (
					review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
					note_id INTEGER NOT NULL,
					target_kind TEXT NOT NULL CHECK (target_kind IN ('ticket', 'report')),
					target TEXT NOT NULL,
					text TEXT NOT NULL,
					created_at INTEGER NOT NULL,
					PRIMARY KEY (review_id, note_id)
				) STRICT;
			`);
		},
	},
	{
		version: 14,
		description: 'which people are app accounts (a bot, an automation, a service desk customer), never offered for the roster',
		up(db) {
			// 0 for the people stored before this version: not known as apps until a sync sees them marked.
			// Once set, kept: a later sighting without the mark (an answer that does not say) never clears it (tracker-data.ts).
			db.exec(`ALTER TABLE people ADD COLUMN app INTEGER NOT NULL DEFAULT 0 CHECK (app IN (0, 1));`);
		},
	},
];

/** The highest version: versions are numbered by the changes that own them, so not the count. */
export const latestVersion = Math.max(...migrations.map((migration) => migration.version));

export function schemaVersion(db: Database): number {
	return pragma(db, 'user_version') as number;
}

/**
 * Brings the schema up to `target`. Safe against a second process migrating at the same
 * time: each step takes the write lock first, then re-reads the version under it.
 */
export function migrate(db: Database, file: string, target: number = latestVersion): void {
	// One read transaction: the version and the tables from the same snapshot, so a second
	// process migrating meanwhile is not mistaken for a foreign database.
	const {found, foreign} = db.transaction(() => ({found: schemaVersion(db), foreign: hasTables(db)}))();
	if (found > latestVersion) {
		throw new StoreError(
			`the store at ${file} was written by a newer director-review (schema ${found}, this one knows ${latestVersion})`,
			'upgrade director-review (npm install -g director-review)',
		);
	}
	if (found === 0 && foreign) {
		throw new StoreError(
			`${file} is an SQLite database, but not a director-review store`,
			'point --home or DIRECTOR_REVIEW_HOME at another folder, or move the file aside',
		);
	}

	for (const migration of migrations) {
		// Only pending steps take the write lock: opening an up-to-date store while another
		// instance syncs must not wait for it.
		if (migration.version <= found) continue;
		if (migration.version > target) break;
		db.transaction(() => {
			if (schemaVersion(db) >= migration.version) return;
			migration.up(db);
			// PRAGMA values are not bindable; the version is our own integer.
			pragma(db, `user_version = ${migration.version}`);
		}).immediate();
	}
}

function hasTables(db: Database): boolean {
	return (retain(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'`)).pluck().get() as number) > 0;
}
