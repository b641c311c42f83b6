import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, describe, expect, it} from 'vitest';
import {checkDatabaseFile} from '../../source/store/backups.js';
import {makeHome, removeHomes, runCli, startCli} from './cli.js';

/**
 * Ctrl-C or SIGTERM while `backup` writes a full copy of the record: the copy is written under
 * a temporary name (`.partial-<pid>-<time>.db`, backups.ts) that the killed process never
 * removes. The next backup clears it away: left there, each is as large as the record, and
 * nothing else ever removes them.
 */

afterAll(() => removeHomes());

const notes = 60_000;

/** A demo home whose record is large enough (tens of MB of notes) that a full copy takes a while. */
async function homeWithALargeRecord(): Promise<{home: string; store: string; backups: string}> {
	const home = makeHome();
	const sync = await runCli(['sync', '--demo'], {home});
	expect(sync.code, sync.stderr).toBe(0);
	const store = path.join(home, 'director-review.db');
	const db = new Database(store);
	try {
		db.prepare(
			`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
			INSERT INTO notes (provider, target_kind, target, text, created_at) SELECT 'demo', 'report', 'priya-raman', hex(randomblob(200)), i FROM n`,
		).run(notes);
	} finally {
		db.close();
	}
	return {home, store, backups: path.join(home, 'backups')};
}

function partials(folder: string): string[] {
	try {
		return fs.readdirSync(folder).filter((name) => name.startsWith('.partial-'));
	} catch {
		return [];
	}
}

/** Runs `backup` with no backup of today there (so it writes a full copy) and sends `signal` once the copy's file exists; true when the copy was left behind. */
async function interruptFullCopy(home: string, backups: string, signal: NodeJS.Signals): Promise<boolean> {
	for (const name of fs.existsSync(backups) ? fs.readdirSync(backups) : []) if (name.startsWith('record-')) fs.rmSync(path.join(backups, name));
	const child = startCli(['backup'], {home});
	child.stdin?.end();
	const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('close', (_code, exitSignal) => resolve(exitSignal)));
	let done = false;
	void exited.then(() => (done = true));
	while (!done && partials(backups).length === 0) await new Promise((resolve) => setImmediate(resolve));
	if (!done) child.kill(signal);
	await exited;
	return partials(backups).length > 0;
}

describe('a signal during a full backup', () => {
	it.each(['SIGINT', 'SIGTERM'] as const)('%s: the next backup removes the copy left behind, and holds every note', {timeout: 240_000}, async (signal) => {
		const {home, store, backups} = await homeWithALargeRecord();
		// The signal must land while the copy is being written: on a busy machine it sometimes lands after.
		let leftBehind = false;
		for (let attempt = 0; attempt < 8 && !leftBehind; attempt++) leftBehind = await interruptFullCopy(home, backups, signal);
		expect(leftBehind, 'no signal landed during the copy').toBe(true);

		const next = await runCli(['backup'], {home});
		expect(next.code, next.stderr).toBe(0);
		expect(partials(backups)).toEqual([]);
		const written = next.stdout.trim();
		expect(checkDatabaseFile(written)).toBeNull();
		const copy = new Database(written, {readonly: true});
		try {
			expect(copy.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(notes);
		} finally {
			copy.close();
		}
		expect(fs.statSync(store).size).toBeGreaterThan(0);
	});
});
