import fs from 'node:fs';
import path from 'node:path';
import {formatLocalTime} from '../domain/briefing/since-format.js';
import {localDate, systemTimezone} from '../domain/week.js';
import {forgetStamp} from './verified-stamp.js';

/** Where the rolling backups of a store live, and how they are named, listed and pruned. */

/** Days of use whose backups are kept (briefing.md: at least the last 8). */
export const keptBackupDays = 10;

/** `-kept`: a backup `director-review backup` wrote, which no later change updates (backups.ts). */
const backupName = /^record-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(-kept)?\.db$/;

export interface BackupFile {
	readonly file: string;
	readonly takenAt: number;
	/** Written by `director-review backup`: it keeps the record as it was then, never updated. */
	readonly kept: boolean;
}

/** What a backup is written from: the store, which copies its record into a new file (record-copy.ts) or updates one (record-sync.ts). */
export interface BackupSource {
	readonly file: string;
	backupRecordTo(destination: string): Promise<void>;
	/** false, the file untouched, when it cannot be updated: a full copy is due. `unchanged`: no need to check the file. */
	updateRecordCopy(destination: string, unchanged: boolean): Promise<boolean>;
}

export function backupFolder(storeFile: string): string {
	return path.join(path.dirname(path.resolve(storeFile)), 'backups');
}

/** The backups beside a store, newest first. */
export function listBackups(storeFile: string): BackupFile[] {
	const folder = backupFolder(storeFile);
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return [];
	}
	const backups: BackupFile[] = [];
	for (const name of names) {
		const match = backupName.exec(name);
		if (match === null) continue;
		const [, y, mo, d, h, mi, s, ms] = match.slice(0, 8).map(Number) as number[];
		backups.push({file: path.join(folder, name), takenAt: Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!), kept: match[8] !== undefined});
	}
	return backups.sort((a, b) => b.takenAt - a.takenAt);
}

export function nameFor(at: number, kept = false): string {
	return `record-${new Date(at).toISOString().replace(/[-:.]/g, '')}${kept ? '-kept' : ''}.db`;
}

/**
 * The day of use an instant falls on: the director's local date in their zone (the config's),
 * as every day the director reads — a Friday evening in San Francisco is Friday, not
 * Saturday in UTC. Files are still named by the UTC instant, which sorts and never repeats.
 */
export function dayOfUse(at: number, timezone: string = systemTimezone()): string {
	return localDate(at, timezone);
}

/** Keeps every backup of the last `keptBackupDays` days of use (in the director's zone), and on earlier days none. */
export function pruneBackups(storeFile: string, timezone?: string): void {
	const days: string[] = [];
	for (const backup of listBackups(storeFile)) {
		const day = dayOfUse(backup.takenAt, timezone);
		if (!days.includes(day)) days.push(day);
		if (days.length > keptBackupDays) removeBackup(backup.file);
	}
}

/** A backup file, its stamp (backups.ts) and, should its last update have been interrupted, its rollback journal. */
export function removeBackup(file: string): void {
	fs.rmSync(file, {force: true});
	fs.rmSync(`${file}-journal`, {force: true});
	forgetStamp(file);
}

/** How to get out of a damaged store: the restore command when a backup exists. */
export function restoreHint(storeFile: string): string {
	const [latest] = listBackups(storeFile);
	if (latest === undefined) {
		return `move it aside (e.g. rename it to ${storeFile}.broken) and run director-review again: tickets are synced afresh, tags and notes only come back from that file`;
	}
	return `run director-review restore to bring back tags, notes and reviews from the backup of ${formatLocalTime(latest.takenAt, systemTimezone(), true)} (${latest.file}); a sync then brings the tickets back`;
}
