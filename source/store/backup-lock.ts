import fs from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {makeFolder} from '../files/make-folder.js';

/**
 * One writer of the backups folder at a time, across processes. Two director-review processes
 * closing at once (the dashboard quit while an export runs in another shell) would otherwise
 * both pick today's backup: one renames it to its time while the other updates it under the
 * old name, which then fails and writes a full copy of its own (a second file for the day), or
 * reports "no backup written" for data that is in the renamed file. A lock file created with
 * O_EXCL is the one primitive every platform and file system gives for this.
 *
 * A lock left by a process that died (a crash, SIGKILL) is taken over: its holder's pid no
 * longer runs, or runs another process (the pid reused: the lock records its holder's start
 * time where /proc gives it), or the lock is older than any backup takes.
 */

const lockName = '.backup.lock';
const staleAfterMs = 120_000;
const emptyStaleAfterMs = 2000;
const pollMs = 25;

export async function withBackupLock<T>(folder: string, work: () => Promise<T>, {waitMs = 30_000} = {}): Promise<T> {
	makeFolder(folder, 0o700);
	const lock = path.join(folder, lockName);
	const givesUpAt = Date.now() + waitMs;
	for (;;) {
		if (tryTake(lock)) break;
		if (isStale(lock)) {
			fs.rmSync(lock, {force: true});
			continue;
		}
		if (Date.now() >= givesUpAt) throw new Error(`another director-review process has been writing the backup for ${Math.round(waitMs / 1000)} s (${lock})`);
		await sleep(pollMs);
	}
	try {
		return await work();
	} finally {
		fs.rmSync(lock, {force: true});
	}
}

function tryTake(lock: string): boolean {
	try {
		const handle = fs.openSync(lock, 'wx', 0o600);
		try {
			fs.writeSync(handle, ownerText(process.pid));
		} finally {
			fs.closeSync(handle);
		}
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

/** The holder is gone: its pid no longer runs, or the lock outlived any backup. A lock that vanished meanwhile is free. */
function isStale(lock: string): boolean {
	let text: string;
	let modifiedAt: number;
	try {
		text = fs.readFileSync(lock, 'utf8');
		modifiedAt = fs.statSync(lock).mtimeMs;
	} catch {
		return false;
	}
	const age = Date.now() - modifiedAt;
	if (age > staleAfterMs) return true;
	// "<pid>" or "<pid> <start time>" (where /proc gives it; a lock of an older version has the pid alone).
	const [pidText = '', startedAt] = text.split(' ');
	const pid = Number(pidText);
	// Written in two steps (create, then the pid): an empty file is a lock being taken, or one
	// whose taker died between the two (then it stays empty).
	if (pidText === '' || !Number.isInteger(pid) || pid <= 0) return age > emptyStaleAfterMs;
	if (!isRunning(pid)) return true;
	// The pid runs, but maybe as another process (the holder killed, its pid reused): not the holder.
	// Where the start time cannot be read now, the running pid is taken for the holder, as before.
	const runningSince = startedAt === undefined ? null : processStartTime(pid);
	return runningSince !== null && runningSince !== startedAt;
}

/** Whether a process of this pid runs (one we may not signal runs too). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/** What the lock file holds: the pid, and its start time where there is one to read. */
function ownerText(pid: number): string {
	const startedAt = processStartTime(pid);
	return startedAt === null ? String(pid) : `${pid} ${startedAt}`;
}

/**
 * When the process of this pid started (clock ticks since boot, field 22 of /proc/<pid>/stat),
 * which tells a reused pid apart: null where there is no /proc (not Linux) or no such process.
 */
export function processStartTime(pid: number): string | null {
	let stat: string;
	try {
		stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	} catch {
		return null;
	}
	// The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const startTime = fields[22 - 3];
	return startTime !== undefined && /^\d+$/.test(startTime) ? startTime : null;
}
