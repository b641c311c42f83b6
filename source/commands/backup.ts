import fs from 'node:fs';
import {UsageError} from '../errors/app-error.js';
import {echoedValue} from '../text/sanitize.js';
import {resolveHome} from '../config/paths.js';
import {StoreError} from '../store/errors.js';
import {writeBackup} from '../store/backups.js';
import {openStore} from '../store/store.js';
import type {GlobalOptions} from './arguments.js';
import {recordClock, storePath} from './context.js';

/** `director-review backup`: a backup of the director's record now; prints its path. */
export async function runBackup(options: GlobalOptions, args: readonly string[]): Promise<number> {
	if (args.length > 0) throw new UsageError(`backup takes no arguments (got "${echoedValue(args[0] ?? '')}")`, 'run director-review backup');
	const file = storePath(resolveHome(options.home));
	// Only a store that is not there is "none yet"; one that cannot be looked at is said by openStore.
	if (isAbsent(file)) throw new StoreError(`there is no store at ${file} yet, so nothing to back up`, 'run director-review sync first');
	// The run's clock and the director's day, as the backups a dashboard or an export writes.
	const {clock, timezone} = recordClock(options);
	const store = openStore(file, {now: clock});
	try {
		const written = await writeBackup(store, clock(), {timezone, kept: true});
		process.stdout.write(`${written}\n`);
		return 0;
	} finally {
		store.close();
	}
}

function isAbsent(file: string): boolean {
	try {
		fs.statSync(file);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}
