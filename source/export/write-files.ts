import fs from 'node:fs';
import path from 'node:path';
import {FileExistsError, RunTimeError} from '../errors/app-error.js';
import {makeFolder} from '../files/make-folder.js';

export interface ExportFile {
	readonly name: string;
	readonly content: string;
}

/** A run-time failure while writing (exit 1): names the path, never loses an existing file. */
export class ExportWriteError extends RunTimeError {}

/**
 * Writes every file into `folder`, or refuses before writing anything when one exists and
 * `force` is not set (exports never overwrite silently). Each file is written to a temporary
 * name and renamed into place, so a full disk or a crash never leaves half a file behind.
 */
export function writeExportFiles(files: readonly ExportFile[], folder: string, force: boolean): string[] {
	const targets = files.map((file) => path.resolve(folder, file.name));
	if (!force) {
		const existing = targets.filter((target) => fs.existsSync(target));
		if (existing.length > 0) {
			throw new FileExistsError(
				existing,
				`${existing.length === 1 ? 'file exists' : `${existing.length} files exist`}: ${existing.map((target) => path.relative(process.cwd(), target) || target).join(', ')}`,
				'pass --force to replace, or --out DIR to write elsewhere',
			);
		}
	}

	try {
		makeFolder(folder);
	} catch (error) {
		throw writeError(error, folder);
	}
	// A file named as the folder would fail each write with ENOTDIR, and its cleanup with it.
	if (!fs.statSync(folder).isDirectory()) throw new ExportWriteError(`cannot write ${folder}: not a folder`, 'choose a folder with --out DIR, or --out - for stdout');

	for (const [index, file] of files.entries()) {
		const target = targets[index] ?? path.resolve(folder, file.name);
		const temporary = `${target}.${process.pid}.tmp`;
		try {
			fs.writeFileSync(temporary, file.content, {mode: 0o644});
			fs.renameSync(temporary, target);
		} catch (error) {
			removeQuietly(temporary);
			throw writeError(error, target);
		}
	}
	return targets;
}

/** A failed write to stdout (a full disk under a redirect): exit 1, said like a failed file, for any command. */
export function stdoutWriteError(error: unknown): ExportWriteError {
	return writeError(error, 'to stdout', {full: 'free some disk space, or send the output elsewhere', other: 'send the output elsewhere (an export: --out DIR)'});
}

/** The cleanup of a failed write must not hide the failure it cleans up after. */
function removeQuietly(file: string): void {
	try {
		fs.rmSync(file, {force: true});
	} catch {
		// Nothing was left there to remove, or the folder itself is gone.
	}
}

function writeError(error: unknown, where: string, hints = {full: 'free some disk space and export again', other: 'choose another folder with --out DIR'}): ExportWriteError {
	const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
	const reasons: Record<string, string> = {
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		ENOSPC: 'no space left on the device',
		EROFS: 'read-only file system',
		ENOTDIR: 'a parent is not a folder',
		EEXIST: 'a file stands where the folder should be',
		ENOENT: 'a folder cannot be made there',
		ENAMETOOLONG: 'a name in the path is too long',
	};
	return new ExportWriteError(`cannot write ${where}: ${reasons[code] ?? code}`, code === 'ENOSPC' ? hints.full : hints.other);
}
