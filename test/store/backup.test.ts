import fs from 'node:fs';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {formatLocalTime} from '../../source/domain/briefing/since-format.js';
import {systemTimezone} from '../../source/domain/week.js';
import {retain} from '../../source/store/handles.js';
import {latestVersion} from '../../source/store/migrations.js';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {backupFolder, backupIfDue, listBackups, writeBackup} from '../../source/store/backups.js';
import {keptBackupDays} from '../../source/store/backup-files.js';
import {recordTables} from '../../source/store/record.js';
import {DamagedStoreError, StoreError} from '../../source/store/errors.js';
import {openStore, type Store} from '../../source/store/store.js';
import {stampClosedStore} from '../../source/store/verified-stamp.js';
import {page, pageState, temporaryFolder, ticket} from './fixtures.js';

const day = 86_400_000;
const friday = Date.UTC(2026, 11, 4, 16);

let temporary: ReturnType<typeof temporaryFolder>;
const opened: Store[] = [];

function open(now = friday): Store {
	const store = openStore(temporary.file, {now: () => now});
	opened.push(store);
	return store;
}

function closeAll(): void {
	for (const store of opened.splice(0)) store.close();
}

beforeEach(() => {
	temporary = temporaryFolder();
});

afterEach(() => {
	closeAll();
	temporary.cleanup();
});

function row(ticketId: string): ReviewTicketState {
	return {
		ticketId,
		key: `ENG-${ticketId}`,
		title: `Ticket ${ticketId}`,
		category: 'operational',
		categorySource: 'manual',
		assigneeId: 'alex',
		assignee: 'Alex Kim',
		report: 'Alex Kim',
		statusCategory: 'started',
		dueDate: '2026-12-03',
		firstDueDate: '2026-12-01',
		blocked: false,
		blockedReason: null,
		completedAt: null,
		canceledAt: null,
		talkingPoints: [],
	};
}

/** A store holding tickets and a record: 2 tags (3 changes), 2 notes, 1 review of 2 tickets that discussed one of them, 1 issued point. */
function storeWithRecord(): Store {
	const store = open();
	store.writePage('linear', 'tickets', page(Array.from({length: 300}, (_, index) => ticket(String(index)))), pageState());
	store.setTag('linear', '1', 'operational');
	store.setTag('linear', '2', 'strategic');
	store.setTag('linear', '2', 'operational');
	store.addNote('linear', {kind: 'ticket', ticketId: '1'}, 'ask about the rollback');
	const discussed = store.addNote('linear', {kind: 'report', reportSlug: 'alex-kim'}, 'career plan');
	store.markNotesDiscussed('linear', [discussed.id], friday);
	store.setNoteFollowUp('linear', discussed.id, true);
	store.reviews.freeze('linear', {week: '2026-W49', trigger: 'mark', figures: {schemaVersion: 1, allocation: {x: 1}}, tickets: [row('1'), row('2')], discussedNotes: [discussed]});
	store.reviews.issue('linear', {
		report: 'alex-kim',
		week: '2026-W49',
		issuedAt: friday,
		points: [{identity: 'overdue:1', rule: 'overdue', subject: '1', status: 'new', sinceWeek: '2026-W49', text: 'ENG-1 is overdue', ticketIds: ['1']}],
	});
	return store;
}

function damage(file: string, how: 'truncate' | 'flip' | 'empty' | 'text'): void {
	const bytes = fs.readFileSync(file);
	if (how === 'truncate') fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
	if (how === 'empty') fs.writeFileSync(file, '');
	if (how === 'text') fs.writeFileSync(file, 'not a database at all\n'.repeat(300));
	if (how === 'flip') {
		// Every byte of the pages after the first two flipped: the schema reads, the tables do not.
		for (let index = 8192; index < bytes.length; index++) bytes[index] = bytes[index]! ^ 0xff;
		fs.writeFileSync(file, bytes);
	}
}

function openError(): StoreError {
	try {
		open();
	} catch (error) {
		if (error instanceof StoreError) return error;
		throw error;
	}
	throw new Error('expected the damaged store to be refused at open');
}

describe('rolling backups', () => {
	it('writes one while the store is in use, private, and lists it', async () => {
		const store = storeWithRecord();
		const written = await writeBackup(store, friday);
		expect(listBackups(temporary.file).map((backup) => backup.file)).toEqual([written]);
		expect(fs.statSync(written).mode & 0o777).toBe(0o600);
		// Nothing but the backup itself and its stamp is left in the folder (no journal, no partial copy).
		expect(fs.readdirSync(backupFolder(temporary.file)).sort()).toEqual([written.split('/').at(-1), `${written.split('/').at(-1)}.verified`]);
		// The store is still usable meanwhile and after.
		expect(store.getTags('linear').size).toBe(2);
		store.setTag('linear', '3', 'strategic');
		expect(store.getTags('linear').size).toBe(3);
	});

	it('holds the record, row for row and with its indexes and schema version, and not the tracker data', async () => {
		const store = storeWithRecord();
		const written = await writeBackup(store, friday);
		closeAll();
		const original = retain(new Database(temporary.file, {readonly: true}));
		const backup = retain(new Database(written, {readonly: true}));
		try {
			const tables = (db: Database.Database) => retain(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)).pluck().all();
			expect(tables(backup)).toEqual([...recordTables].sort());
			const indexes = (db: Database.Database) =>
				retain(db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN (${recordTables.map(() => '?').join(', ')}) ORDER BY name`)).all(...recordTables);
			expect(indexes(backup)).toEqual(indexes(original));
			for (const table of recordTables) {
				const rows = (db: Database.Database) => retain(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`)).all();
				expect(rows(backup), table).toEqual(rows(original));
			}
			expect(retain(backup.prepare('PRAGMA user_version')).pluck().get()).toBe(latestVersion);
			expect(retain(backup.prepare('PRAGMA quick_check')).pluck().get()).toBe('ok');
			expect(fs.statSync(written).size).toBeLessThan(fs.statSync(temporary.file).size / 2);
		} finally {
			original.close();
			backup.close();
		}
	});

	it('writes none from a store whose record was damaged after it opened, and keeps the backups it has', async () => {
		const first = await writeBackup(storeWithRecord(), friday);
		closeAll();
		// A page of the record broken behind the store's back, its clean-close stamp renewed: the open does not look.
		const probe = retain(new Database(temporary.file, {readonly: true}));
		const root = retain(probe.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'tag_events'`)).pluck().get() as number;
		const pageSize = retain(probe.prepare('PRAGMA page_size')).pluck().get() as number;
		probe.close();
		const bytes = fs.readFileSync(temporary.file);
		bytes[(root - 1) * pageSize] = 0xff;
		fs.writeFileSync(temporary.file, bytes);
		stampClosedStore(temporary.file);

		const store = open(friday + day);
		await expect(writeBackup(store, friday + day)).rejects.toBeInstanceOf(DamagedStoreError);
		expect(listBackups(temporary.file).map((backup) => backup.file)).toEqual([first]);
		expect(fs.readdirSync(backupFolder(temporary.file)).sort()).toEqual([first.split('/').at(-1), `${first.split('/').at(-1)}.verified`]);
	});

	it('is due once per day of use, and again when the record changed: one file per day, renamed to its last change', async () => {
		const store = storeWithRecord();
		expect(await backupIfDue(store, friday, false)).not.toBeNull();
		expect(await backupIfDue(store, friday + 1000, false)).toBeNull();
		const updated = await backupIfDue(store, friday + 2000, true);
		expect(updated).not.toBeNull();
		expect(await backupIfDue(store, friday + day, false)).not.toBeNull();
		expect(listBackups(temporary.file).map((backup) => backup.takenAt)).toEqual([friday + day, friday + 2000]);
		expect(listBackups(temporary.file)[1]?.file).toBe(updated);
	});

	it('keeps every backup of the last days of use (at least 8) and drops older days', async () => {
		const store = storeWithRecord();
		for (let index = 0; index < keptBackupDays + 4; index++) await writeBackup(store, friday + index * day);
		const days = listBackups(temporary.file).map((backup) => new Date(backup.takenAt).toISOString().slice(0, 10));
		expect(keptBackupDays).toBeGreaterThanOrEqual(8);
		expect(days).toHaveLength(keptBackupDays);
		expect(days[0]).toBe(new Date(friday + (keptBackupDays + 3) * day).toISOString().slice(0, 10));
	});
});

describe('a damaged store', () => {
	for (const how of ['truncate', 'flip', 'empty', 'text'] as const) {
		it(`is refused at open (${how}) with the way out, and restore brings the record back`, async () => {
			const store = storeWithRecord();
			await writeBackup(store, friday);
			closeAll();
			damage(temporary.file, how);

			const error = openError();
			expect(error).toBeInstanceOf(DamagedStoreError);
			expect(error.message).toBe(`${temporary.file} is not a director-review store, or it is damaged`);
			expect(error.hint).toMatch(/^run director-review restore to bring back tags, notes and reviews/);
			expect(error.hint).toContain(backupFolder(temporary.file));
			// The backup's time as every restore message says it (local and human), not an ISO stamp with "UTC".
			expect(error.hint).toContain(`from the backup of ${formatLocalTime(friday, systemTimezone(), true)} (`);

			// What restore does with a damaged store: move it aside, start afresh, copy the record in.
			const [latest] = listBackups(temporary.file);
			for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(temporary.file + suffix)) fs.renameSync(temporary.file + suffix, `${temporary.file}.aside${suffix}`);
			const fresh = open();
			const counts = fresh.restoreRecordFrom(latest!.file);
			expect(counts).toEqual({tags: 2, tag_events: 3, notes: 2, review_parts: 0, reviews: 1, review_tickets: 0, review_notes: 1, issued_points: 1});
			expect([...fresh.getTags('linear').values()].map((tag) => [tag.ticketId, tag.category])).toEqual([
				['1', 'operational'],
				['2', 'operational'],
			]);
			expect(fresh.listNotes('linear').map((note) => [note.text, note.discussedAt !== null, note.followUpAt !== null])).toEqual([
				['ask about the rollback', false, false],
				['career plan', true, true],
			]);
			const [review] = fresh.reviews.list('linear');
			expect(fresh.reviews.get('linear', review!.id)).toMatchObject({week: '2026-W49', figures: {schemaVersion: 1, allocation: {x: 1}}, tickets: [row('1'), row('2')]});
			// The review keeps the note its 1:1 discussed (briefing.md "1:1 continuity").
			expect(fresh.reviews.discussedNotes('linear', review!.id).map((note) => note.text)).toEqual(['career plan']);
			expect(fresh.reviews.lastIssued('linear', 'alex-kim')?.points.map((point) => point.identity)).toEqual(['overdue:1']);
			// The tickets are not part of the record: a sync brings them back.
			expect(fresh.ticketCount('linear')).toBe(0);
		});
	}

	it('is found even when the damage kept the file’s size and modification time', () => {
		open().writePage('linear', 'tickets', page(Array.from({length: 300}, (_, index) => ticket(String(index)))), pageState());
		closeAll();
		expect(fs.existsSync(`${temporary.file}.verified`)).toBe(true);
		const before = fs.statSync(temporary.file);
		damage(temporary.file, 'flip');
		fs.utimesSync(temporary.file, before.atime, before.mtime);
		expect(fs.statSync(temporary.file).size).toBe(before.size);
		expect(openError()).toBeInstanceOf(DamagedStoreError);
	});

	it('stamps a store closed cleanly, and holds no stamp while a handle may write', () => {
		open();
		expect(fs.existsSync(`${temporary.file}.verified`)).toBe(false);
		closeAll();
		expect(fs.existsSync(`${temporary.file}.verified`)).toBe(true);
		expect(open().ticketCount('linear')).toBe(0);
	});

	it('with no backup, the hint says to move it aside', () => {
		open().writePage('linear', 'tickets', page(Array.from({length: 300}, (_, index) => ticket(String(index)))), pageState());
		closeAll();
		damage(temporary.file, 'flip');
		expect(openError().hint).toMatch(/^move it aside/);
	});
});

describe('restore into a healthy store', () => {
	it('replaces the record with the backup and keeps the tickets', async () => {
		const store = storeWithRecord();
		const backup = await writeBackup(store, friday);
		store.setTag('linear', '3', 'strategic');
		store.addNote('linear', {kind: 'ticket', ticketId: '3'}, 'written after the backup');
		store.reviews.freeze('linear', {week: '2026-W50', trigger: 'quit', figures: {}, tickets: []});
		const counts = store.restoreRecordFrom(backup);
		expect(counts.tags).toBe(2);
		expect(store.getTags('linear').has('3')).toBe(false);
		expect(store.listNotes('linear')).toHaveLength(2);
		expect(store.reviews.list('linear').map((review) => review.week)).toEqual(['2026-W49']);
		expect(store.ticketCount('linear')).toBe(300);
	});

	it('refuses a backup written by a newer director-review, leaving the record as it was', async () => {
		const store = storeWithRecord();
		const backup = await writeBackup(store, friday);
		const raw = retain(new Database(backup));
		retain(raw.prepare(`PRAGMA user_version = ${latestVersion + 1}`)).run();
		raw.close();
		expect(() => store.restoreRecordFrom(backup)).toThrow(/written by a newer director-review/);
		expect(store.getTags('linear').size).toBe(2);
	});

	it('refuses a file that is not a director-review backup, leaving the record as it was', () => {
		const store = storeWithRecord();
		fs.writeFileSync(`${temporary.folder}/plain.db`, '');
		expect(() => store.restoreRecordFrom(`${temporary.folder}/plain.db`)).toThrow(StoreError);
		expect(store.getTags('linear').size).toBe(2);
	});

	it.each([
		['a tags table of other columns', 'CREATE TABLE tags (x); INSERT INTO tags VALUES (1); PRAGMA user_version = 3'],
		['no schema version (not written by director-review)', `CREATE TABLE tags (provider TEXT, ticket_id TEXT, category TEXT, tagged_at INTEGER); INSERT INTO tags VALUES ('linear', '9', 'strategic', 1)`],
	])('refuses another program’s SQLite file with %s as not a backup, not with SQLite’s words, leaving the record as it was', (_name, sql) => {
		const store = storeWithRecord();
		const foreign = `${temporary.folder}/foreign.db`;
		const raw = retain(new Database(foreign));
		raw.exec(sql);
		raw.close();
		expect(() => store.restoreRecordFrom(foreign)).toThrow(/foreign\.db is not a director-review backup/);
		expect(store.getTags('linear').size).toBe(2);
		expect(store.listNotes('linear')).toHaveLength(2);
	});
});
