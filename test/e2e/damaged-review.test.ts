import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, describe, expect, it} from 'vitest';
import {expectCleanFailure, makeHome, removeHomes, runCli} from '../reliability/cli.js';
import {startCli} from './terminal.js';

afterAll(() => removeHomes());

/**
 * A frozen review of store version 9 is put together from shared parts (review-parts.ts). A
 * part gone from the store (or from a backup) is damage SQLite's own checks cannot see: every
 * command that reads the review says so in one line with the restore hint, doctor names it,
 * and a restore refuses a backup that lacks one rather than leave a review that cannot be read.
 */

function deleteParts(file: string): number {
	const db = new Database(file);
	try {
		return db.prepare('DELETE FROM review_parts').run().changes;
	} finally {
		db.close();
	}
}

function todaysBackup(home: string): string {
	const backups = fs.readdirSync(path.join(home, 'backups')).filter((name) => name.endsWith('.db'));
	expect(backups).toHaveLength(1);
	return path.join(home, 'backups', backups[0]!);
}

async function homeWithReview(): Promise<{home: string; store: string; backup: string}> {
	const home = makeHome();
	const mark = await runCli(['review', '--mark', '--demo', '--week', 'last'], {home});
	expect(mark.code, mark.stderr).toBe(0);
	return {home, store: path.join(home, 'director-review.db'), backup: todaysBackup(home)};
}

describe('a frozen review whose part is missing from the store', () => {
	it('is named by every reader in one line with the restore hint, by doctor too; restore brings it back', async () => {
		const {home, store} = await homeWithReview();
		const exported = await runCli(['export', '--demo', '--offline', '--format', 'json', '--out', '-'], {home});
		const before = await runCli(['review', '--list', '--demo', '--offline'], {home});
		expect(before.code, before.stderr).toBe(0);
		const [ticket] = (JSON.parse(exported.stdout) as {tickets: Array<{key: string; source: string | null}>}).tickets.filter((each) => each.source !== 'manual');
		// The export froze a review too, and brought the day's backup up to it.
		const backup = todaysBackup(home);
		const backupBytes = fs.readFileSync(backup);
		expect(deleteParts(store)).toBeGreaterThan(0);

		// A tag reads no review: it is kept, but no backup is written from the damaged store (one line), and the day's backup keeps the part.
		const tag = await runCli(['tag', ticket!.key, 'strategic', '--demo', '--offline'], {home});
		expect(tag.code, tag.stderr).toBe(0);
		expect(tag.stderr.trim()).toMatch(/^director-review: warning: no backup of tags and notes was written \(.*director-review\.db is not a director-review store, or it is damaged\)$/);
		expect(fs.readFileSync(backup).equals(backupBytes)).toBe(true);

		for (const args of [
			['export', '--demo', '--offline', '--format', 'json', '--out', '-'],
			['review', '--mark', '--demo', '--offline'],
		]) {
			const result = await runCli(args, {home});
			expectCleanFailure(result, {code: 1, cause: /director-review\.db is not a director-review store, or it is damaged/});
			expect(result.stderr).toContain(`hint: run director-review restore to bring back tags, notes and reviews from the backup of`);
			expect(result.stderr).toContain(backup);
		}
		// Nothing was frozen or backed up over the day's sound backup.
		expect((await runCli(['review', '--list', '--demo', '--offline'], {home})).stdout).toBe(before.stdout);

		// The dashboard's "since last review" line reads it too: the same one line, no stack trace.
		const dashboard = startCli({args: ['--demo', '--offline'], columns: 300, env: {DIRECTOR_REVIEW_HOME: home}});
		try {
			const exitCode = await dashboard.exited(20_000);
			expect(dashboard.screen()).toMatch(/director-review\.db is not a director-review store, or it is damaged/);
			expect(dashboard.screen()).toMatch(/hint: run director-review restore/);
			expect(dashboard.raw()).not.toMatch(/^\s+at /m);
			expect(exitCode).toBe(1);
		} finally {
			dashboard.kill();
		}

		const doctor = await runCli(['doctor', '--demo', '--offline'], {home});
		expect(doctor.stdout).toMatch(/✗ store: .*integrity frozen review 1 of \d{4}-W\d\d cannot be read: a part of it is missing or unreadable/);
		expect(doctor.stdout).toContain(`hint: run director-review restore to bring back tags, notes and reviews`);
		expect(doctor.code).not.toBe(0);

		const restore = await runCli(['restore', '--yes'], {home});
		expect(restore.code, restore.stderr).toBe(0);
		const after = await runCli(['export', '--demo', '--offline', '--format', 'json', '--out', '-'], {home});
		expect(after.code, after.stderr).toBe(0);
	});
});

describe('a backup that lacks a part of one of its frozen reviews', () => {
	it('is refused by restore in one line with a hint, and the store keeps its reviews', async () => {
		const {home, backup} = await homeWithReview();
		expect(deleteParts(backup)).toBeGreaterThan(0);
		const before = await runCli(['review', '--list', '--demo', '--offline'], {home});

		const restore = await runCli(['restore', backup, '--yes'], {home});
		expectCleanFailure(restore, {code: 1, cause: /is damaged: its frozen review of \d{4}-W\d\d \(id 1\) cannot be read/});
		expect(restore.stderr).toMatch(/hint: the store at .* is unchanged; try an older backup/);

		expect((await runCli(['review', '--list', '--demo', '--offline'], {home})).stdout).toBe(before.stdout);
		const after = await runCli(['export', '--demo', '--offline', '--format', 'json', '--out', '-'], {home});
		expect(after.code, after.stderr).toBe(0);
	});
});
