import fs from 'node:fs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {StoreError} from '../../source/store/errors.js';
import {retain} from '../../source/store/handles.js';
import {latestVersion, migrate, migrations, schemaVersion} from '../../source/store/migrations.js';
import {openStore} from '../../source/store/store.js';
import {page, pageState, rawDatabase, t0, temporaryFolder, ticket} from './fixtures.js';

let temporary: ReturnType<typeof temporaryFolder>;

beforeEach(() => {
	temporary = temporaryFolder();
});

afterEach(() => {
	temporary.cleanup();
});

function versionOf(file: string): number {
	const raw = rawDatabase(file, {readonly: true});
	try {
		return schemaVersion(raw);
	} finally {
		raw.close();
	}
}

function tablesOf(file: string): string[] {
	const raw = rawDatabase(file, {readonly: true});
	try {
		return retain(raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)).pluck().all() as string[];
	} finally {
		raw.close();
	}
}

describe('migrations', () => {
	it('are numbered 1..N without gaps', () => {
		expect(migrations.map((migration) => migration.version)).toEqual(Array.from({length: latestVersion}, (_, index) => index + 1));
	});

	it('build the whole schema in an empty file', () => {
		openStore(temporary.file).close();
		expect(versionOf(temporary.file)).toBe(latestVersion);
		expect(tablesOf(temporary.file)).toEqual(['issued_points', 'iterations', 'meta', 'notes', 'people', 'report_generations', 'review_notes', 'review_parts', 'review_tickets', 'reviews', 'sync_generations', 'sync_state', 'tag_events', 'tags', 'ticket_keys', 'ticket_reach', 'ticket_verdicts', 'ticket_writes', 'tickets', 'week_facts', 'week_reports']);
	});

	it('bring a store of version 1 up to date, keeping its data and starting the tag history (version 2) from its tags', () => {
		// A store as the first release left it, then used.
		const raw = rawDatabase(temporary.file);
		migrate(raw, temporary.file, 1);
		expect(schemaVersion(raw)).toBe(1);
		raw.close();
		const previous = rawDatabase(temporary.file);
		retain(previous.prepare(`INSERT INTO tags (provider, ticket_id, category, tagged_at) VALUES ('jira', '10001', 'strategic', ?)`)).run(t0);
		previous.close();

		const store = openStore(temporary.file, {now: () => t0 + 1});
		try {
			expect(versionOf(temporary.file)).toBe(latestVersion);
			expect(store.getTags('jira').get('10001')).toEqual({ticketId: '10001', category: 'strategic', taggedAt: t0});
			expect(store.tagHistory('jira', '10001')).toEqual([{ticketId: '10001', category: 'strategic', at: t0}]);
			store.writePage('jira', 'tickets', page([ticket('10001', {key: 'ENG-1'})]), pageState());
			store.writePage('jira', 'tickets', page([ticket('10001', {key: 'OPS-1'})]), pageState());
			expect(store.findTicketByKey('jira', 'ENG-1')?.id).toBe('10001');
		} finally {
			store.close();
		}
	});

	it('bring a version 2 store up to date: its iterations are kept, not yet closed, and a sync closes them', () => {
		const raw = rawDatabase(temporary.file);
		migrate(raw, temporary.file, 2);
		retain(raw.prepare(`INSERT INTO iterations (provider, id, name, team, starts_at, ends_at) VALUES ('linear', 'cycle-7', 'Cycle 7', 'ENG', ?, ?)`)).run(t0, t0 + 14 * 86_400_000);
		raw.close();

		const store = openStore(temporary.file);
		try {
			expect(versionOf(temporary.file)).toBe(latestVersion);
			const before = {id: 'cycle-7', name: 'Cycle 7', team: 'ENG', startsAt: t0, endsAt: t0 + 14 * 86_400_000};
			expect(store.loadIterations('linear')).toEqual([{...before, completedAt: null}]);
			store.writePage('linear', 'tickets', page([], null, {iterations: [{...before, completedAt: t0 + 15 * 86_400_000}]}), pageState());
			expect(store.loadIterations('linear')).toEqual([{...before, completedAt: t0 + 15 * 86_400_000}]);
		} finally {
			store.close();
		}
	});

	it('bring a version 11 store up to date (12): its tickets are not remembered as archived and a sweep after any mark may delete them; tickets written later are past the mark', () => {
		const raw = rawDatabase(temporary.file);
		migrate(raw, temporary.file, 11);
		const stored = ticket('2');
		retain(raw.prepare(`INSERT INTO tickets (provider, id, key, priority, status_category, updated_at, seen_generation, data) VALUES ('jira', '2', 'ENG-2', NULL, 'started', ?, NULL, ?)`)).run(stored.updatedAt, JSON.stringify(stored));
		raw.close();

		const store = openStore(temporary.file);
		try {
			expect(versionOf(temporary.file)).toBe(latestVersion);
			expect(store.ticketWriteMark('jira')).toBe(0);
			// Stored before version 12: a candidate of a sweep whatever its mark.
			expect(store.unlistedTicketIds('jira', [], {writtenUpTo: 0})).toEqual(['2']);
			store.writePage('jira', 'tickets', page([ticket('1')]), pageState());
			expect(store.ticketWriteMark('jira')).toBe(1);
			// Written past the mark a sweep read: neither a candidate nor deleted by it.
			expect(store.unlistedTicketIds('jira', [], {writtenUpTo: 0})).toEqual(['2']);
			store.writePage('jira', 'tickets', page([], null, {ticketIdsInScope: []}), pageState(), {writtenUpTo: 0});
			expect(store.loadTickets('jira').map((kept) => kept.id)).toEqual(['1']);
		} finally {
			store.close();
		}
	});

	it('bring a version 13 store up to date (14): its people are kept, none an app until a sync marks one, and a later page without the mark keeps it', () => {
		const raw = rawDatabase(temporary.file);
		migrate(raw, temporary.file, 13);
		const insert = retain(raw.prepare(`INSERT INTO people (provider, id, name, display_name, email, active) VALUES ('jira', ?, ?, NULL, ?, ?)`));
		insert.run('5b10a2844c20165700ede21g', 'Dana Director', 'dana@acme.example', 1);
		insert.run('557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', 'Automation for Jira', null, 1);
		raw.close();

		const store = openStore(temporary.file);
		try {
			expect(versionOf(temporary.file)).toBe(latestVersion);
			const dana = {id: '5b10a2844c20165700ede21g', name: 'Dana Director', displayName: null, email: 'dana@acme.example', active: true};
			const automation = {id: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', name: 'Automation for Jira', displayName: null, email: null, active: true};
			expect(store.loadPeople('jira')).toEqual([automation, dana]);
			store.writePage('jira', 'tickets', page([], null, {people: [{...automation, app: true}]}), pageState());
			expect(store.loadPeople('jira')).toEqual([{...automation, app: true}, dana]);
			// An answer that does not say (a user object without accountType) is no evidence it is a person.
			store.writePage('jira', 'tickets', page([], null, {people: [{...automation, name: 'Automation'}, dana]}), pageState());
			expect(store.loadPeople('jira')).toEqual([{...automation, name: 'Automation', app: true}, dana]);
		} finally {
			store.close();
		}
	});

	it('opening again changes nothing', () => {
		const first = openStore(temporary.file);
		first.writePage('demo', 'tickets', page([ticket('1')]), pageState());
		first.setTag('demo', '1', 'operational');
		first.close();
		const second = openStore(temporary.file);
		const third = openStore(temporary.file);
		try {
			expect(versionOf(temporary.file)).toBe(latestVersion);
			expect(second.loadTickets('demo')).toEqual([ticket('1')]);
			expect(third.getTags('demo').get('1')?.category).toBe('operational');
			expect(third.tagHistory('demo', '1')).toHaveLength(1);
		} finally {
			second.close();
			third.close();
		}
	});

	it('refuse a store written by a newer version, leaving it untouched', () => {
		openStore(temporary.file).close();
		const raw = rawDatabase(temporary.file);
		retain(raw.prepare(`PRAGMA user_version = ${latestVersion + 1}`)).run();
		raw.close();
		const before = fs.readFileSync(temporary.file);
		expect(() => openStore(temporary.file)).toThrow(/written by a newer director-review/);
		expect(fs.readFileSync(temporary.file).equals(before)).toBe(true);
	});

	it('refuse an SQLite database that is not a store', () => {
		const raw = rawDatabase(temporary.file);
		retain(raw.prepare('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)')).run();
		raw.close();
		const error = captureError(() => openStore(temporary.file));
		expect(error).toBeInstanceOf(StoreError);
		expect(error.message).toBe(`${temporary.file} is an SQLite database, but not a director-review store`);
		expect(tablesOf(temporary.file)).toEqual(['invoices']);
	});
});

function captureError(work: () => unknown): StoreError {
	try {
		work();
	} catch (error) {
		if (error instanceof StoreError) return error;
		throw error;
	}
	throw new Error('expected a StoreError');
}
