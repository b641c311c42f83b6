import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {processStartTime, withBackupLock} from '../../source/store/backup-lock.js';
import {checkDatabaseFile, listBackups} from '../../source/store/backups.js';
import {storeWriterScript} from './compile-store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';

/**
 * Several director-review processes closing at once each back the record up (backups.ts).
 * Without one writer at a time, one renames today's backup to its time while another updates
 * it under the old name: that one then writes a full copy (a second file for the day) or
 * warns of a backup it did write. Here several processes, started together, each add a tag
 * and back up at the same instant, round after round: the day keeps one backup, sound, with
 * every tag of every process.
 */
const processes = 5;
const rounds = 4;
let temporary: ReturnType<typeof temporaryFolder>;
let script: string;

beforeAll(() => {
	temporary = temporaryFolder();
	script = storeWriterScript(
		temporary.folder,
		'backup-racer.mjs',
		`const {writeBackup} = await import('./store/backups.js');
		const [, , startAt, day] = process.argv.slice(2).map(Number);
		store.setTag('demo', 'racer-' + run, 'strategic');
		while (Date.now() < startAt) {}
		await writeBackup(store, day + Number(run.split('-')[1]) * 1000);
		store.close();
		say('done');`,
	);
}, 60_000);

afterAll(() => {
	temporary.cleanup();
});

function race(round: number): Promise<string[]> {
	const startAt = Date.now() + 700;
	const day = Date.UTC(2026, 11, 5, 8) + round * 60_000;
	return Promise.all(
		Array.from({length: processes}, (_, index) => {
			const child = spawn(process.execPath, [script, temporary.file, `${round}-${index}`, String(startAt), String(day)], {stdio: ['ignore', 'pipe', 'pipe']});
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			return new Promise<string>((resolve) => child.once('exit', () => resolve(output.trim())));
		}),
	);
}

describe('backups written by several processes at once', () => {
	it('leave one sound backup for the day, holding what every process changed', {timeout: 120_000}, async () => {
		for (let round = 0; round < rounds; round++) {
			const outputs = await race(round);
			expect(outputs).toEqual(Array.from({length: processes}, () => 'done'));
			const backups = listBackups(temporary.file);
			expect(backups.map((backup) => path.basename(backup.file))).toHaveLength(1);
			expect(checkDatabaseFile(backups[0]!.file)).toBeNull();
			const raw = rawDatabase(backups[0]!.file, {readonly: true});
			try {
				const tags = raw.prepare(`SELECT count(*) FROM tags WHERE ticket_id LIKE 'racer-%'`).pluck().get();
				expect(tags).toBe((round + 1) * processes);
			} finally {
				raw.close();
			}
		}
		expect(fs.readdirSync(path.dirname(listBackups(temporary.file)[0]!.file)).filter((name) => name.includes('lock'))).toEqual([]);
	});
});

describe('the lock', () => {
	it('is taken over from a process that died holding it, and waited for while its holder runs', async () => {
		const folder = path.join(temporary.folder, 'lock-only');
		fs.mkdirSync(folder, {recursive: true});
		const lock = path.join(folder, '.backup.lock');
		// A holder that is gone: its pid no longer runs.
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
		fs.writeFileSync(lock, gone.stdout);
		expect(await withBackupLock(folder, async () => 'ran')).toBe('ran');
		expect(fs.existsSync(lock)).toBe(false);

		// A holder that runs: waited for, then a one-line cause when it does not let go.
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		try {
			fs.writeFileSync(lock, String(holder.pid));
			await expect(withBackupLock(folder, async () => 'ran', {waitMs: 300})).rejects.toThrow(/another director-review process has been writing the backup/);
			expect(fs.existsSync(lock)).toBe(true);
			setTimeout(() => fs.rmSync(lock, {force: true}), 200);
			expect(await withBackupLock(folder, async () => 'ran after')).toBe('ran after');
		} finally {
			holder.kill('SIGKILL');
		}
	});

	// A killed holder's pid, reused by another process, still runs: the lock records the holder's
	// start time too (Linux: /proc/<pid>/stat), so a process of that pid started at another time is not it.
	it.skipIf(!fs.existsSync('/proc/self/stat'))('is taken over when its pid now belongs to another process, and waited for while that same process holds it', async () => {
		const folder = path.join(temporary.folder, 'lock-reused');
		fs.mkdirSync(folder, {recursive: true});
		const lock = path.join(folder, '.backup.lock');
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		try {
			const startedAt = processStartTime(other.pid!);
			expect(startedAt).not.toBeNull();
			// The dead holder had this pid, but started earlier than the process that has it now.
			fs.writeFileSync(lock, `${other.pid} ${BigInt(startedAt!) - 1n}`);
			expect(await withBackupLock(folder, async () => 'ran', {waitMs: 300})).toBe('ran');
			expect(fs.existsSync(lock)).toBe(false);

			fs.writeFileSync(lock, `${other.pid} ${startedAt}`);
			await expect(withBackupLock(folder, async () => 'ran', {waitMs: 300})).rejects.toThrow(/another director-review process has been writing the backup/);
			expect(fs.existsSync(lock)).toBe(true);
		} finally {
			other.kill('SIGKILL');
		}
		// Its own lock, while the work runs, names this process and its start time.
		expect(await withBackupLock(folder, async () => fs.readFileSync(lock, 'utf8'))).toBe(`${process.pid} ${processStartTime(process.pid)}`);
	});
});
