import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, describe, expect, it} from 'vitest';
import {latestVersion} from '../../source/store/migrations.js';
import {expectCleanFailure, makeHome, removeHomes, runCli} from '../reliability/cli.js';

afterAll(() => removeHomes());

interface ExportedTicket {
	readonly key: string;
	readonly category: string;
	readonly source: string | null;
}

async function demoTickets(home: string): Promise<ExportedTicket[]> {
	const result = await runCli(['export', '--demo', '--format', 'json', '--out', '-'], {home});
	expect(result.code, result.stderr).toBe(0);
	return (JSON.parse(result.stdout) as {tickets: ExportedTicket[]}).tickets;
}

async function frozenReviews(home: string): Promise<string[]> {
	const result = await runCli(['review', '--list', '--demo', '--offline'], {home});
	expect(result.code, result.stderr).toBe(0);
	return result.stdout.split('\n').filter((line) => /^\d+\t/.test(line));
}

function damage(file: string, how: 'truncate' | 'flip'): void {
	const bytes = fs.readFileSync(file);
	if (how === 'truncate') {
		fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
		return;
	}
	for (let index = 8192; index < bytes.length; index += 3) bytes[index] = bytes[index]! ^ 0x5a;
	fs.writeFileSync(file, bytes);
}

describe('the director’s record survives a damaged store', () => {
	for (const how of ['truncate', 'flip'] as const) {
		it(`${how}: the next start names the damage and the way out; restore brings back every tag, note and review; a sync the tickets`, async () => {
			const home = makeHome();
			const [first, second] = (await demoTickets(home)).filter((ticket) => ticket.source !== 'manual');
			expect((await runCli(['tag', first!.key, 'strategic', '--demo'], {home})).code).toBe(0);
			expect((await runCli(['tag', second!.key, 'operational', '--demo'], {home})).code).toBe(0);
			const mark = await runCli(['review', '--mark', '--demo', '--week', 'last'], {home});
			expect(mark.code, mark.stderr).toBe(0);
			const reviews = await frozenReviews(home);
			expect(reviews.length).toBeGreaterThanOrEqual(2);

			const backup = await runCli(['backup'], {home});
			expect(backup.code, backup.stderr).toBe(0);
			expect(fs.existsSync(backup.stdout.trim())).toBe(true);

			damage(path.join(home, 'director-review.db'), how);
			const start = await runCli(['--demo', '--offline'], {home});
			expectCleanFailure(start, {code: 1, cause: /director-review\.db is not a director-review store, or it is damaged/});
			expect(start.stderr).toMatch(/hint: run director-review restore/);

			const refused = await runCli(['restore'], {home});
			expectCleanFailure(refused, {code: 2, cause: /no terminal to ask/});

			const restore = await runCli(['restore', '--yes'], {home});
			expect(restore.code, restore.stderr).toBe(0);
			expect(restore.stdout).toContain(`restored from ${backup.stdout.trim()}: 2 tags, 2 tag changes, 0 notes, ${reviews.length} frozen reviews`);
			expect(restore.stdout).toMatch(/moved the damaged store aside/);

			expect(await frozenReviews(home)).toEqual(reviews);
			const after = await demoTickets(home);
			expect(after.find((ticket) => ticket.key === first!.key)).toMatchObject({category: 'strategic', source: 'manual'});
			expect(after.find((ticket) => ticket.key === second!.key)).toMatchObject({category: 'operational', source: 'manual'});
		});
	}
});

describe('restore refuses what it cannot bring back, and says what can be done', () => {
	async function homeWithBackup(): Promise<{home: string; backup: string}> {
		const home = makeHome();
		const [ticket] = (await demoTickets(home)).filter((candidate) => candidate.source !== 'manual');
		expect((await runCli(['tag', ticket!.key, 'strategic', '--demo'], {home})).code).toBe(0);
		const backup = await runCli(['backup'], {home});
		expect(backup.code, backup.stderr).toBe(0);
		return {home, backup: backup.stdout.trim()};
	}

	it('the only backup damaged: the store is untouched, and a fresh backup of it can be written and restored', async () => {
		const {home, backup} = await homeWithBackup();
		expect(fs.readdirSync(path.dirname(backup)).filter((name) => name.endsWith('.db'))).toEqual([path.basename(backup)]);
		damage(backup, 'truncate');

		const restore = await runCli(['restore', '--yes'], {home});
		expectCleanFailure(restore, {code: 1, cause: /the latest backup, .*record-\d{8}T\d{9}Z(-kept)?\.db of \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d, cannot be read/});
		expect(restore.stderr).not.toMatch(/name another file/);
		expect(restore.stderr).toMatch(/hint: no other backup can be read; the store is untouched .*run director-review backup/);

		const fresh = await runCli(['backup'], {home});
		expect(fresh.code, fresh.stderr).toBe(0);
		const again = await runCli(['restore', '--yes'], {home});
		expect(again.code, again.stderr).toBe(0);
		expect(again.stdout).toMatch(/: 1 tag, 1 tag change,/);
	});

	it('the store and its only backup both damaged: says the record cannot come back, and how to start afresh', async () => {
		const {home, backup} = await homeWithBackup();
		damage(backup, 'truncate');
		damage(path.join(home, 'director-review.db'), 'truncate');
		const restore = await runCli(['restore', '--yes'], {home});
		expectCleanFailure(restore, {code: 1, cause: /cannot be read/});
		expect(restore.stderr).toMatch(/hint: no backup can be read, so tags, notes and reviews cannot come back: move the store aside/);
		expect(restore.stderr).not.toMatch(/director-review backup/);
	});

	it('the newest backup damaged, an older one sound: the hint names the older one, and restoring it works', async () => {
		const {home, backup} = await homeWithBackup();
		const older = path.join(path.dirname(backup), 'record-20261101T090000000Z.db');
		fs.copyFileSync(backup, older);
		damage(backup, 'flip');

		const restore = await runCli(['restore', '--yes'], {home});
		expectCleanFailure(restore, {code: 1, cause: /cannot be read/});
		expect(restore.stderr).toContain(`hint: the newest sound backup is of `);
		expect(restore.stderr).toContain(`: director-review restore ${older}`);

		const named = await runCli(['restore', backup, '--yes'], {home});
		expectCleanFailure(named, {code: 1, cause: /cannot be read/});
		expect(named.stderr).toContain(`director-review restore ${older}`);

		const fromOlder = await runCli(['restore', older, '--yes'], {home});
		expect(fromOlder.code, fromOlder.stderr).toBe(0);
		expect(fromOlder.stdout).toContain(`restored from ${older}: 1 tag,`);
	});

	const refusals = {
		'another program’s SQLite file': {sql: 'CREATE TABLE tags (x); INSERT INTO tags VALUES (1); PRAGMA user_version = 3', cause: /is not a director-review backup/},
		'a backup of a newer director-review': {sql: `PRAGMA user_version = ${latestVersion + 1}`, cause: /written by a newer director-review/},
		'a backup whose frozen review lacks a part': {sql: 'DELETE FROM review_parts WHERE hash = (SELECT MIN(hash) FROM review_parts)', cause: /is damaged: its frozen review .* cannot be read/},
	};
	for (const [kind, {sql, cause}] of Object.entries(refusals)) {
		it(`${kind}: refused before anything is written — no backup before or after it, the store as it was`, async () => {
			const {home, backup} = await homeWithBackup();
			const mark = await runCli(['review', '--mark', '--demo', '--offline', '--week', 'last'], {home});
			expect(mark.code, mark.stderr).toBe(0);
			expect((await runCli(['backup'], {home})).code).toBe(0);
			const bad = path.join(home, 'bad.db');
			if (kind.startsWith('another')) {
				new Database(bad).exec(sql).close();
			} else {
				fs.copyFileSync(fs.readdirSync(path.dirname(backup)).filter((name) => name.endsWith('.db')).map((name) => path.join(path.dirname(backup), name)).sort().at(-1)!, bad);
				new Database(bad).exec(sql).close();
			}
			const folder = path.dirname(backup);
			const filesBefore = fs.readdirSync(folder).sort();
			const storeBefore = fs.readFileSync(path.join(home, 'director-review.db'));

			const restore = await runCli(['restore', bad, '--yes'], {home});
			expectCleanFailure(restore, {code: 1, cause});
			expect(restore.stdout).toBe('');
			expect(fs.readdirSync(folder).sort()).toEqual(filesBefore);
			expect(fs.readFileSync(path.join(home, 'director-review.db')).equals(storeBefore)).toBe(true);
		});
	}

	it('a folder named as the backup: said to be a folder, with a backup file to name instead', async () => {
		const {home, backup} = await homeWithBackup();
		const restore = await runCli(['restore', path.dirname(backup), '--yes'], {home});
		expectCleanFailure(restore, {code: 2, cause: /backups is a folder, not a backup file/});
		expect(restore.stderr).toContain(`director-review restore ${backup}`);
		expect(restore.stderr).not.toMatch(/disk I\/O error/);
	});
});

describe('a restore that was the mistake', () => {
	it('leaves today’s backup of the record as it was before, and restoring that backup undoes it', async () => {
		const home = makeHome();
		const [ticket] = (await demoTickets(home)).filter((each) => each.source !== 'manual');
		const before = await runCli(['backup'], {home});
		expect(before.code, before.stderr).toBe(0);
		const untagged = path.join(home, 'untagged.db');
		fs.copyFileSync(before.stdout.trim(), untagged);
		expect((await runCli(['tag', ticket!.key, 'strategic', '--demo', '--offline'], {home})).code).toBe(0);
		const folder = path.join(home, 'backups');
		// Today's rolling backup, which the tag wrote (`backup`'s own file is kept as it was).
		const [today] = fs.readdirSync(folder).filter((name) => name.endsWith('.db') && !name.endsWith('-kept.db'));

		// The director restores the copy without the tag by mistake.
		const restore = await runCli(['restore', untagged, '--yes'], {home});
		expect(restore.code, restore.stderr).toBe(0);
		expect(restore.stdout).toMatch(/0 tags/);
		const files = fs.readdirSync(folder).filter((name) => name.endsWith('.db'));
		expect(files).toContain(today);
		// `backup`'s, today's, the copy of the record the restore replaced, and the restored record.
		expect(files.length).toBe(4);
		expect(restore.stdout).toMatch(/the record as it was before is kept in /);

		// Today's backup still holds the tag: restoring it brings it back.
		const undo = await runCli(['restore', path.join(folder, today!), '--yes'], {home});
		expect(undo.code, undo.stderr).toBe(0);
		expect(undo.stdout).toMatch(/\b1 tag\b/);
		const tagged = (await demoTickets(home)).find((each) => each.key === ticket!.key);
		expect(tagged?.source).toBe('manual');
	});
});
