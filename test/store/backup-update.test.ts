import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {ReviewTicketState} from '../../source/domain/briefing/types.js';
import {backupIfDue, checkDatabaseFile, listBackups, writeBackup} from '../../source/store/backups.js';
import {keptBackupDays} from '../../source/store/backup-files.js';
import {retain} from '../../source/store/handles.js';
import {latestVersion} from '../../source/store/migrations.js';
import {recordTables} from '../../source/store/record.js';
import {openStore, type Store} from '../../source/store/store.js';
import {page, pageState, temporaryFolder, ticket} from './fixtures.js';

/**
 * One backup per day of use, updated in place by each later change that day (record-sync.ts):
 * after any day, today's backup holds exactly what a full copy of the record would.
 */
const day = 86_400_000;
const friday = Date.UTC(2026, 11, 4, 9);

let temporary: ReturnType<typeof temporaryFolder>;
let clock = friday;
const opened: Store[] = [];

function open(file = temporary.file): Store {
	const store = openStore(file, {now: () => clock});
	opened.push(store);
	return store;
}

beforeEach(() => {
	temporary = temporaryFolder();
	clock = friday;
});

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
	temporary.cleanup();
});

function row(ticketId: string, title = `Ticket ${ticketId}`): ReviewTicketState {
	return {
		ticketId, key: `ENG-${ticketId}`, title, category: 'operational', categorySource: 'manual', assigneeId: 'alex', assignee: 'Alex Kim', report: 'Alex Kim',
		statusCategory: 'started', dueDate: '2026-12-03', firstDueDate: '2026-12-01', blocked: false, blockedReason: null, completedAt: null, canceledAt: null, talkingPoints: [],
	};
}

/** What a session does to the record: a freeze (its figures both kept compressed and less the lists), tags, notes, issued points. */
function session(store: Store, step: number): void {
	clock += 60_000;
	const note = store.addNote('linear', {kind: 'ticket', ticketId: String(step)}, `note ${step}`);
	// An export's review keeps the director's notes its 1:1 notes discussed (review_notes).
	const discussedNotes = step % 2 === 1 ? [note] : [];
	store.reviews.freeze('linear', {week: '2026-W49', trigger: step % 2 === 0 ? 'export' : 'quit', figures: {schemaVersion: 1, step, tickets: [step]}, tickets: [row('1', `step ${step}`), row(String(step + 2))], discussedNotes});
	store.setTag('linear', String(step), step % 2 === 0 ? 'operational' : 'strategic');
	if (step % 3 === 2) store.setTag('linear', String(step - 1), null);
	if (step % 2 === 1) store.markNotesDiscussed('linear', [note.id], clock);
	if (step % 3 === 1) store.setNoteFollowUp('linear', note.id, true);
	if (step % 4 === 3) store.deleteNote('linear', note.id - 1);
	store.reviews.issue('linear', {report: 'alex-kim', week: '2026-W49', issuedAt: clock, points: [{identity: `overdue:${step}`, rule: 'overdue', subject: String(step), status: 'new', sinceWeek: '2026-W49', text: `ENG-${step} is overdue`, ticketIds: [String(step)]}]});
}

/** Every record table's rows, in an order that does not depend on how they were inserted. */
function recordRows(file: string): Record<(typeof recordTables)[number], unknown[]> {
	const db = retain(new Database(file, {readonly: true}));
	try {
		const rows = {} as Record<(typeof recordTables)[number], unknown[]>;
		for (const table of recordTables) {
			const columns = retain(db.prepare(`SELECT count(*) FROM pragma_table_info(?)`)).pluck().get(table) as number;
			rows[table] = retain(db.prepare(`SELECT * FROM ${table} ORDER BY ${Array.from({length: columns}, (_, index) => index + 1).join(', ')}`)).all();
		}
		return rows;
	} finally {
		db.close();
	}
}

/** A from-scratch full copy of the store's record, for comparison. */
async function fullCopy(store: Store): Promise<ReturnType<typeof recordRows>> {
	const file = path.join(temporary.folder, `full-${Math.random()}.db`);
	await store.backupRecordTo(file);
	return recordRows(file);
}

function todays(): string {
	const backups = listBackups(temporary.file).filter((backup) => backup.takenAt >= friday && backup.takenAt < friday + day);
	expect(backups).toHaveLength(1);
	return backups[0]!.file;
}

describe('today’s backup, updated in place', () => {
	it('after a day of freezes, tags and notes holds exactly what a full copy of the record holds, in one file updated in place', async () => {
		const store = open();
		store.writePage('linear', 'tickets', page(Array.from({length: 50}, (_, index) => ticket(String(index)))), pageState());
		const first = await writeBackup(store, clock);
		const inode = fs.statSync(first).ino;
		for (let step = 0; step < 9; step++) {
			session(store, step);
			const written = await backupIfDue(store, clock, true);
			expect(written).toBe(todays());
			expect(path.basename(written!)).toBe(`record-${new Date(clock).toISOString().replace(/[-:.]/g, '')}.db`);
			// The same file, renamed: updated, not copied again.
			expect(fs.statSync(written!).ino).toBe(inode);
			expect(recordRows(written!)).toEqual(await fullCopy(store));
		}
		expect(recordRows(todays()).reviews).toHaveLength(9);
		// Steps 1, 3, 5 and 7 discussed a note each; the note deleted at step 7 (step 6's) was never in a review.
		expect(recordRows(todays()).review_notes).toHaveLength(4);
		// The day's one backup and its stamp (it is as this program left it, so the next update need not check it).
		expect(fs.readdirSync(path.dirname(first)).sort()).toEqual([path.basename(todays()), `${path.basename(todays())}.verified`]);
		expect(checkDatabaseFile(todays())).toBeNull();
	});

	it('is what a restore brings back', async () => {
		const store = open();
		for (let step = 0; step < 5; step++) {
			session(store, step);
			await writeBackup(store, clock);
		}
		const before = await fullCopy(store);
		const backup = todays();
		session(store, 5);
		store.restoreRecordFrom(backup);
		expect(await fullCopy(store)).toEqual(before);
	});

	it('drops the reviews a store restored from an older backup no longer holds, and those of a store started afresh', async () => {
		const store = open();
		session(store, 0);
		const yesterday = await writeBackup(store, clock - day);
		const yesterdays = fs.readFileSync(yesterday);
		for (let step = 1; step < 4; step++) {
			session(store, step);
			await writeBackup(store, clock);
		}
		// What a fresh store will meet: today's backup holding reviews 1–4.
		fs.cpSync(path.dirname(todays()), path.join(temporary.folder, 'fresh', 'backups'), {recursive: true});
		store.restoreRecordFrom(yesterday);
		session(store, 4);
		await writeBackup(store, clock);
		expect(recordRows(todays())).toEqual(await fullCopy(store));

		// A fresh store (the old one moved aside) reuses review ids 1, 2, … for other reviews.
		const fresh = open(path.join(temporary.folder, 'fresh', 'director-review.db'));
		fresh.restoreRecordFrom(yesterday);
		session(fresh, 5);
		session(fresh, 6);
		const updated = await writeBackup(fresh, clock);
		expect(recordRows(updated)).toEqual(await fullCopy(fresh));
		expect(recordRows(updated).reviews.map((review) => (review as {id: number}).id)).toEqual([1, 2, 3]);
		// Earlier days' backups are never touched.
		expect(fs.readFileSync(yesterday)).toEqual(yesterdays);
	});

	for (const problem of ['damaged', 'another schema version', 'not SQLite'] as const) {
		it(`is replaced by a full copy when it is ${problem}`, async () => {
			const store = open();
			session(store, 0);
			const first = await writeBackup(store, clock);
			if (problem === 'damaged') {
				const bytes = fs.readFileSync(first);
				for (let index = 4096; index < bytes.length; index += 7) bytes[index] = bytes[index]! ^ 0x5a;
				fs.writeFileSync(first, bytes);
				expect(checkDatabaseFile(first)).not.toBeNull();
			}
			if (problem === 'another schema version') {
				const raw = retain(new Database(first));
				retain(raw.prepare(`PRAGMA user_version = ${latestVersion - 1}`)).run();
				raw.close();
			}
			if (problem === 'not SQLite') fs.writeFileSync(first, 'not a database at all\n'.repeat(300));
			session(store, 1);
			const written = await writeBackup(store, clock);
			expect(written).not.toBe(first);
			expect(fs.existsSync(first)).toBe(false);
			expect(todays()).toBe(written);
			expect(checkDatabaseFile(written)).toBeNull();
			expect(recordRows(written)).toEqual(await fullCopy(store));
		});
	}

	it('still keeps one backup for each of the last days of use', async () => {
		const store = open();
		for (let index = 0; index < keptBackupDays + 3; index++) {
			for (let change = 0; change < 3; change++) {
				session(store, index * 3 + change);
				await writeBackup(store, friday + index * day + change * 60_000);
			}
		}
		const backups = listBackups(temporary.file);
		expect(backups.map((backup) => backup.takenAt)).toEqual(Array.from({length: keptBackupDays}, (_, index) => friday + (keptBackupDays + 2 - index) * day + 120_000));
		// Each day's backup holds that day's last state: 3 reviews more than the day before.
		const reviews = backups.map((backup) => recordRows(backup.file).reviews.length);
		expect(reviews).toEqual(Array.from({length: keptBackupDays}, (_, index) => (keptBackupDays + 3 - index) * 3));
	});

	it('whose last update was cut short, its journal hot, is rolled back when checked (as restore checks it first)', async () => {
		const store = open();
		session(store, 0);
		const backup = await writeBackup(store, clock);
		const before = recordRows(backup);
		// A copy of the file and its journal taken in the middle of a large update: what a crash leaves.
		const copy = path.join(temporary.folder, 'crashed', 'backups', path.basename(backup));
		fs.mkdirSync(path.dirname(copy), {recursive: true});
		const writer = retain(new Database(backup));
		retain(writer.prepare('PRAGMA cache_size = 5')).run();
		retain(writer.prepare('BEGIN')).run();
		const insert = retain(writer.prepare(`INSERT INTO notes (provider, target_kind, target, text, created_at) VALUES ('linear', 'ticket', '1', ?, 0)`));
		for (let index = 0; index < 3000; index++) insert.run('x'.repeat(200));
		fs.copyFileSync(backup, copy);
		fs.copyFileSync(`${backup}-journal`, `${copy}-journal`);
		retain(writer.prepare('ROLLBACK')).run();
		writer.close();
		expect(() => recordRows(copy)).toThrow(/readonly/);

		expect(checkDatabaseFile(copy)).toBeNull();
		expect(recordRows(copy)).toEqual(before);
	});
});
