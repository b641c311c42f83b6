import fs from 'node:fs';

/**
 * `PRAGMA quick_check` reads the whole store: about 0.2 s at 20,000 tickets, on every
 * start. A store closed cleanly by director-review and untouched since is the file it was:
 * its size, change time and inode are stamped beside it at close, and an open that finds
 * them unchanged skips the check. Anything that rewrites the file — a truncation, flipped
 * bytes, a copy over it — changes them, and the check runs. Today's backup is stamped the
 * same way after each write, so its next update need not check it either (backups.ts).
 */
function stampFile(storeFile: string): string {
	return `${storeFile}.verified`;
}

function identity(storeFile: string): string | null {
	try {
		const stat = fs.statSync(storeFile, {bigint: true});
		// A -wal left beside the store (another instance still open, or a crash) means the file is not settled.
		if (fs.existsSync(`${storeFile}-wal`) && fs.statSync(`${storeFile}-wal`).size > 0) return null;
		return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
	} catch {
		return null;
	}
}

/** Whether the store file is exactly as a clean close of director-review left it. */
export function isUnchangedSinceClose(storeFile: string): boolean {
	const now = identity(storeFile);
	if (now === null) return false;
	try {
		return fs.readFileSync(stampFile(storeFile), 'utf8') === now;
	} catch {
		return false;
	}
}

/** Stamps the store after a clean close; a stamp that cannot be written only costs the next start a check. */
export function stampClosedStore(storeFile: string): void {
	const now = identity(storeFile);
	try {
		if (now === null) fs.rmSync(stampFile(storeFile), {force: true});
		else fs.writeFileSync(stampFile(storeFile), now, {mode: 0o600});
	} catch {
		// Read-only folder or the like: the next open checks the store.
	}
}

/** Forgets the stamp: the next open checks the store (used when a store is opened for writing). */
export function forgetStamp(storeFile: string): void {
	try {
		fs.rmSync(stampFile(storeFile), {force: true});
	} catch {
		// As above.
	}
}
