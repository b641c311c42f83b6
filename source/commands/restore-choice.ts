import fs from 'node:fs';
import path from 'node:path';
import {UsageError} from '../errors/app-error.js';
import {formatLocalTime} from '../domain/briefing/since-format.js';
import {systemTimezone} from '../domain/week.js';
import {backupFolder, checkDatabaseFile, listBackups} from '../store/backups.js';
import {StoreError} from '../store/errors.js';
import {echoedValue, toTerminalLine} from '../text/sanitize.js';

/** Which backup `restore` brings back: the named file or the latest, refused unless SQLite finds it sound. */

/** "Fri 4 Dec 2026, 16:05", in the machine's zone (briefing.md: prose times are local and human). */
export function backupTime(takenAt: number): string {
	return formatLocalTime(takenAt, systemTimezone(), true);
}

export interface ChosenBackup {
	readonly file: string;
	readonly takenAt: number;
}

export function chooseBackup(storeFile: string, named: string | undefined): ChosenBackup {
	if (named !== undefined) {
		const resolved = path.resolve(named);
		// A path may be long, but not 100 KB: one a user typed is echoed cut short.
		const shown = echoedValue(resolved, 240);
		if (!fs.existsSync(resolved)) throw new UsageError(`no backup at ${shown}`, `backups are in ${backupFolder(storeFile)}`);
		const stat = fs.statSync(resolved);
		if (stat.isDirectory()) {
			throw new UsageError(`${shown} is a folder, not a backup file`, nameOne(storeFile, resolved) ?? `backups are files in ${backupFolder(storeFile)}`);
		}
		// A named pipe waits for a writer that never comes, a device may never end: neither is a backup.
		if (!stat.isFile()) throw new UsageError(`${shown} is not a regular file, not a backup`, `backups are files in ${backupFolder(storeFile)}`);
		const problem = checkDatabaseFile(resolved);
		if (problem !== null) throw new StoreError(`the backup ${shown} cannot be read (${problem})`, unreadableHint(storeFile, resolved));
		// A backup's name says when it was last brought up to date; any other file, its last write.
		return listBackups(storeFile).find((backup) => backup.file === resolved) ?? {file: resolved, takenAt: fs.statSync(resolved).mtimeMs};
	}
	const [latest] = listBackups(storeFile);
	if (latest === undefined) throw new StoreError(`there are no backups in ${backupFolder(storeFile)}`, 'name a backup file: director-review restore FILE');
	const problem = checkDatabaseFile(latest.file);
	if (problem !== null) {
		throw new StoreError(`the latest backup, ${toTerminalLine(latest.file)} of ${backupTime(latest.takenAt)}, cannot be read (${problem})`, unreadableHint(storeFile, latest.file));
	}
	return latest;
}

/**
 * The confirmation `restore` asks: the backup's time, what it holds, and what it replaces,
 * each path on a line of its own, so the terminal wraps only a path too long for it.
 */
export function restoreQuestion(backup: ChosenBackup, holds: string | null, storeFile: string): string {
	return [
		`Restore the backup of ${backupTime(backup.takenAt)}?`,
		...(holds === null ? [] : [`  it holds ${holds}`]),
		`  file: ${toTerminalLine(backup.file)}`,
		`  it replaces the tags, notes, frozen reviews and issued talking points in`,
		`  ${toTerminalLine(storeFile)}`,
		'Restore? [y/N] ',
	].join('\n');
}

/** "restore the backup of …: director-review restore FILE" for the newest sound backup other than `except`, or null when there is none. */
function nameOne(storeFile: string, except: string): string | null {
	const sound = listBackups(storeFile).find((backup) => backup.file !== except && checkDatabaseFile(backup.file) === null);
	return sound === undefined ? null : `the newest sound backup is of ${backupTime(sound.takenAt)}: director-review restore ${toTerminalLine(sound.file)}`;
}

/**
 * What the director can do when a backup cannot be read. Nothing has been touched yet: a
 * sound store still holds its tags and notes, and `director-review backup` writes a fresh,
 * sound backup of them (it replaces a damaged backup of today).
 */
function unreadableHint(storeFile: string, unreadable: string): string {
	const other = nameOne(storeFile, unreadable);
	if (other !== null) return other;
	if (!fs.existsSync(storeFile)) return `no other backup can be read, and there is no store at ${toTerminalLine(storeFile)}: nothing was restored`;
	if (checkDatabaseFile(storeFile) === null) {
		return `no other backup can be read; the store is untouched and keeps its tags, notes and reviews: run director-review backup to write a sound backup of them`;
	}
	return `no backup can be read, so tags, notes and reviews cannot come back: move the store aside (e.g. rename it to ${toTerminalLine(storeFile)}.broken) and run director-review again to sync the tickets afresh`;
}
