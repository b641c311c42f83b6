import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawn} from '@lydell/node-pty';
import Database from 'better-sqlite3';
import {afterAll, describe, expect, it} from 'vitest';
import {listBackups} from '../../source/store/backups.js';
import {openStore} from '../../source/store/store.js';
import {cleanEnv, cliPath, expectCleanFailure, makeHome, removeHomes, runCli} from '../reliability/cli.js';

/**
 * `restore` replaces the director's record: whatever it replaces must stay restorable, a
 * question left unanswered restores nothing, and a store another instance holds is said
 * to be busy, not the backup to be at fault.
 */

afterAll(() => removeHomes());

/** A demo home with a synced store and one backup of its record. */
async function backedUpHome(): Promise<{home: string; store: string; backup: string}> {
	const home = makeHome();
	const sync = await runCli(['sync', '--demo'], {home});
	expect(sync.code, sync.stderr).toBe(0);
	const backup = await runCli(['backup'], {home});
	expect(backup.code, backup.stderr).toBe(0);
	return {home, store: path.join(home, 'director-review.db'), backup: backup.stdout.trim()};
}

function noteTexts(file: string): string[] {
	const db = new Database(file, {readonly: true, fileMustExist: true});
	try {
		return db.prepare('SELECT text FROM notes ORDER BY id').pluck().all() as string[];
	} finally {
		db.close();
	}
}

describe('restore keeps what it replaces', () => {
	it('a note written after the last backup (its session ended before backing up) is in a backup after the restore', async () => {
		const {home, store, backup} = await backedUpHome();
		// As a dashboard killed before it closed: the note is in the store, in no backup.
		const open = openStore(store);
		open.addNote('demo', {kind: 'report', reportSlug: 'priya-raman'}, 'ask about the pager load');
		open.close();
		const backups = path.join(home, 'backups');
		const before = new Set(fs.readdirSync(backups));

		const restore = await runCli(['restore', backup, '--yes'], {home});
		expect(restore.code, restore.stderr).toBe(0);
		expect(noteTexts(store)).toEqual([]);
		const kept = /record as it was before is kept in (\S+)/.exec(restore.stdout)?.[1];
		expect(kept, restore.stdout).toBeDefined();
		expect(before.has(path.basename(kept!))).toBe(false);
		expect(noteTexts(kept!)).toEqual(['ask about the pager load']);

		// And restoring that file undoes the restore.
		const undo = await runCli(['restore', kept!, '--yes'], {home});
		expect(undo.code, undo.stderr).toBe(0);
		expect(noteTexts(store)).toEqual(['ask about the pager load']);
	});
});

describe('restore while another director-review holds the store', () => {
	it('says the store is busy (exit 1), not that the backup is bad; the record is unchanged', async () => {
		const {home, store, backup} = await backedUpHome();
		const open = openStore(store);
		open.addNote('demo', {kind: 'report', reportSlug: 'priya-raman'}, 'kept through a busy restore');
		open.close();
		const holder = new Database(store);
		try {
			holder.exec('BEGIN IMMEDIATE');
			const restore = await runCli(['restore', backup, '--yes'], {home, timeoutMs: 60_000});
			expectCleanFailure(restore, {code: 1, cause: /another director-review is using the store/});
			expect(restore.stderr).not.toMatch(/older backup/);
		} finally {
			holder.exec('ROLLBACK');
			holder.close();
		}
		expect(noteTexts(store)).toEqual(['kept through a busy restore']);
	});
});

describe('the restore question, left unanswered', () => {
	for (const [key, name] of [
		['\u0004', 'ctrl-d'],
		['\u0003', 'ctrl-c'],
	] as const) {
		it(`${name} restores nothing and says so, exit 1, no "unexpected error"`, {timeout: 60_000}, async () => {
			const {home, store} = await backedUpHome();
			const open = openStore(store);
			open.addNote('demo', {kind: 'report', reportSlug: 'priya-raman'}, 'not to be replaced');
			open.close();
			const pty = spawn(process.execPath, [cliPath, 'restore'], {name: 'xterm-256color', cols: 200, rows: 30, cwd: home, env: cleanEnv(home)});
			let output = '';
			pty.onData((data) => (output += data));
			const exited = new Promise<number>((resolve) => pty.onExit(({exitCode}) => resolve(exitCode)));
			const deadline = Date.now() + 30_000;
			while (!output.includes('[y/N]')) {
				if (Date.now() > deadline) throw new Error(`no question in:\n${output}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			pty.write(key);
			expect(await exited, output).toBe(1);
			expect(output).toMatch(/nothing restored/);
			expect(output).not.toMatch(/unexpected error/);
			expect(noteTexts(store)).toEqual(['not to be replaced']);
		});
	}
});

describe('a change no backup holds yet', () => {
	it('a tag written by a session that ended before its backup (killed) is backed up by the next run, even one that changes nothing', async () => {
		const {home, store} = await backedUpHome();
		const open = openStore(store);
		const [ticket] = open.loadTickets('demo');
		open.setTag('demo', ticket!.id, 'strategic');
		// Closed without the backup a command makes as it closes: as if killed (SIGTERM, SIGHUP) first.
		open.close();

		const list = await runCli(['review', '--list', '--demo', '--offline'], {home});
		expect(list.code, list.stderr).toBe(0);
		const [latest] = listBackups(store);
		const db = new Database(latest!.file, {readonly: true, fileMustExist: true});
		try {
			expect(db.prepare('SELECT ticket_id FROM tags').pluck().all()).toEqual([ticket!.id]);
		} finally {
			db.close();
		}
	});
});

describe('a backups folder that cannot be written', () => {
	it('backup says so in one line with a hint (exit 1), not as an unexpected error; a tag still works and warns', async () => {
		const {home, store} = await backedUpHome();
		const folder = path.join(home, 'backups');
		fs.rmSync(folder, {recursive: true});
		fs.writeFileSync(folder, 'not a folder');
		const backup = await runCli(['backup'], {home});
		expectCleanFailure(backup, {code: 1, cause: /cannot write a backup in .*backups: a file stands where the folder should be/});
		expect(backup.stderr).not.toMatch(/unexpected error/);

		const open = openStore(store);
		const [ticket] = open.loadTickets('demo');
		open.close();
		const tag = await runCli(['tag', ticket!.key, 's', '--demo', '--offline'], {home});
		expect(tag.code, tag.stderr).toBe(0);
		expect(tag.stderr).toMatch(/^director-review: warning: no backup of tags and notes was written \(cannot write a backup in /);
	});
});

describe('a store on a full disk', () => {
	it('tag, review --mark and restore say the disk is full (exit 1); the record is whole once space is freed', {timeout: 120_000}, async () => {
		const {home} = await backedUpHome();
		const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-fullhome-'));
		// Tests run as root (brief): a real, tiny file system is the honest way to run out of space.
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint]);
		try {
			fs.cpSync(home, mountPoint, {recursive: true});
			const store = path.join(mountPoint, 'director-review.db');
			const open = openStore(store);
			const [ticket] = open.loadTickets('demo');
			open.setTag('demo', ticket!.id, 'operational');
			open.close();
			const filler = path.join(mountPoint, 'filler');
			const fd = fs.openSync(filler, 'w');
			try {
				for (const block = Buffer.alloc(65_536, 120); ; ) fs.writeSync(fd, block);
			} catch (error) {
				expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
			} finally {
				fs.closeSync(fd);
			}
			for (const args of [['tag', ticket!.key, 'strategic', '--demo', '--offline'], ['review', '--mark', '--demo', '--offline'], ['restore', '--yes']]) {
				const result = await runCli(args, {home: mountPoint});
				expectCleanFailure(result, {code: 1, cause: /disk holding .*director-review\.db is full/});
			}
			fs.rmSync(filler);
			const tags = new Database(store, {readonly: true});
			try {
				expect(tags.prepare('SELECT category FROM tags WHERE ticket_id = ?').pluck().all(ticket!.id)).toEqual(['operational']);
			} finally {
				tags.close();
			}
		} finally {
			execFileSync('umount', [mountPoint]);
			fs.rmdirSync(mountPoint);
		}
	});
});
