import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {StoreError} from '../../source/store/errors.js';
import {retain} from '../../source/store/handles.js';
import {openStore, type Store} from '../../source/store/store.js';
import {page, pageState, rawDatabase, temporaryFolder, ticket} from './fixtures.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const isRoot = process.getuid?.() === 0;

let temporary: ReturnType<typeof temporaryFolder>;
const opened: Store[] = [];

function open(file: string, options: Parameters<typeof openStore>[1] = {}): Store {
	const store = openStore(file, options);
	opened.push(store);
	return store;
}

beforeEach(() => {
	temporary = temporaryFolder();
});

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
	temporary.cleanup();
});

function storeError(work: () => unknown): StoreError {
	try {
		work();
	} catch (error) {
		if (error instanceof StoreError) return error;
		throw error;
	}
	throw new Error('expected a StoreError');
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('the store file', () => {
	it('is created 0600 in a folder created 0700, and so are its WAL files', () => {
		const file = path.join(temporary.folder, 'data', 'director-review', 'director-review.db');
		const store = open(file);
		store.setTag('demo', '1', 'operational');
		expect(mode(path.dirname(file))).toBe(0o700);
		expect(mode(file)).toBe(0o600);
		for (const suffix of ['-wal', '-shm']) expect(mode(file + suffix)).toBe(0o600);
	});

	it('is made private again when found readable by others', () => {
		open(temporary.file).close();
		fs.chmodSync(temporary.file, 0o644);
		open(temporary.file);
		expect(mode(temporary.file)).toBe(0o600);
	});

	it('is in WAL mode, so readers never wait for the writer', () => {
		open(temporary.file);
		const raw = rawDatabase(temporary.file);
		expect(retain(raw.prepare('PRAGMA journal_mode')).pluck().get()).toBe('wal');
		raw.close();
	});
});

describe('files that are not a store', () => {
	it('names the path and says what to do with a file that is not SQLite, and leaves it alone', () => {
		fs.writeFileSync(temporary.file, 'these are my notes, not a database\n'.repeat(200));
		const before = fs.readFileSync(temporary.file);
		const error = storeError(() => open(temporary.file));
		expect(error.message).toBe(`${temporary.file} is not a director-review store, or it is damaged`);
		expect(error.hint).toMatch(/move it aside/);
		expect(fs.readFileSync(temporary.file).equals(before)).toBe(true);
	});

	it('reports a damaged store as damaged, not as a crash', () => {
		const store = open(temporary.file);
		store.writePage('linear', 'tickets', page(Array.from({length: 400}, (_, index) => ticket(String(index)))), pageState());
		store.close();
		// Garbage over everything after the header page: the file opens, the tables do not read.
		const bytes = fs.readFileSync(temporary.file);
		for (let index = 4096; index < bytes.length; index++) bytes[index] = (index * 7919) & 0xff;
		fs.writeFileSync(temporary.file, bytes);
		const error = storeError(() => {
			const damaged = open(temporary.file);
			damaged.loadTickets('linear');
		});
		expect(error.message).toBe(`${temporary.file} is not a director-review store, or it is damaged`);
	});

	it('names the folder when it cannot be created', () => {
		const blocker = path.join(temporary.folder, 'a-file');
		fs.writeFileSync(blocker, '');
		const folder = path.join(blocker, 'store');
		const error = storeError(() => open(path.join(folder, 'director-review.db')));
		expect(error.message).toBe(`cannot write the store folder ${folder}`);
	});

	it.skipIf(isRoot)('names the folder when it is not writable', () => {
		const folder = path.join(temporary.folder, 'locked');
		fs.mkdirSync(folder, {mode: 0o500});
		try {
			expect(storeError(() => open(path.join(folder, 'director-review.db'))).message).toBe(`cannot write the store folder ${folder}`);
		} finally {
			fs.chmodSync(folder, 0o700);
		}
	});
});

describe('a second instance', () => {
	it('reads while another one writes', () => {
		const writer = open(temporary.file);
		writer.writePage('demo', 'tickets', page([ticket('1')]), pageState());
		const reader = open(temporary.file, {readonly: true});
		const raw = rawDatabase(temporary.file);
		retain(raw.prepare('BEGIN IMMEDIATE')).run();
		try {
			expect(reader.loadTickets('demo').map((t) => t.id)).toEqual(['1']);
			expect(reader.getTags('demo').size).toBe(0);
			// Opening an up-to-date store takes no write lock, so it does not wait for the writer.
			expect(open(temporary.file, {busyTimeoutMs: 150}).ticketCount('demo')).toBe(1);
		} finally {
			retain(raw.prepare('ROLLBACK')).run();
			raw.close();
		}
	});

	it('fails a write with a plain message when the other holds the write lock beyond the busy timeout', () => {
		const first = open(temporary.file, {busyTimeoutMs: 150});
		const second = open(temporary.file, {busyTimeoutMs: 150});
		first.writePage('demo', 'tickets', page([ticket('1')]), pageState());
		const raw = rawDatabase(temporary.file);
		retain(raw.prepare('BEGIN IMMEDIATE')).run();
		try {
			const error = storeError(() => second.setTag('demo', '1', 'strategic'));
			expect(error.message).toBe(`another director-review is using the store at ${temporary.file}`);
			expect(error.hint).not.toBe('');
			expect(storeError(() => second.writePage('demo', 'tickets', page([ticket('2')]), pageState())).message).toMatch(/^another director-review is using the store/);
			// Reading still works.
			expect(second.ticketCount('demo')).toBe(1);
		} finally {
			retain(raw.prepare('ROLLBACK')).run();
			raw.close();
		}
		second.setTag('demo', '1', 'strategic');
		expect(first.getTags('demo').get('1')?.category).toBe('strategic');
	});

	it('waits for a short write of another process instead of failing', async () => {
		open(temporary.file).close();
		const script = path.join(temporary.folder, 'hold-lock.cjs');
		fs.writeFileSync(
			script,
			`const Database = require(${JSON.stringify(path.join(repo, 'node_modules', 'better-sqlite3'))});
			const db = new Database(process.argv[2]);
			db.prepare('BEGIN IMMEDIATE').run();
			process.stdout.write('locked\\n');
			setTimeout(() => { db.prepare('COMMIT').run(); db.close(); }, 400);`,
		);
		const child = spawn(process.execPath, [script, temporary.file], {stdio: ['ignore', 'pipe', 'inherit']});
		const exited = new Promise((resolve) => child.once('exit', resolve));
		await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
		const store = open(temporary.file);
		const started = Date.now();
		store.setTag('demo', '1', 'operational');
		expect(Date.now() - started).toBeGreaterThanOrEqual(200);
		expect(store.getTags('demo').get('1')?.category).toBe('operational');
		await exited;
	});

	it('opens read-only without creating anything, and refuses to write', () => {
		expect(storeError(() => open(temporary.file, {readonly: true})).message).toBe(`there is no store at ${temporary.file} yet`);
		expect(fs.existsSync(temporary.file)).toBe(false);
		open(temporary.file).setTag('demo', '1', 'operational');
		const reader = open(temporary.file, {readonly: true});
		expect(reader.getTags('demo').get('1')?.category).toBe('operational');
		expect(storeError(() => reader.setTag('demo', '1', null)).message).toBe(`the store at ${temporary.file} is read-only`);
	});
});
