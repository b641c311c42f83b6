// A demo store of a given size, made with the product's own code (dist/): the demo
// provider synced into a fresh home, as `director-review --demo` would have left it.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createDemoProvider} from '../../dist/source/providers/demo/index.js';
import {openStore} from '../../dist/source/store/store.js';
import {runSync} from '../../dist/source/sync/run-sync.js';
import {systemTimezone} from '../../dist/source/domain/week.js';

/** The zone the CLI will read from an empty config: the store must be made in the same one. */
export const timezone = systemTimezone();

/**
 * Creates DIRECTOR_REVIEW_HOME with a store of about `ticketCount` demo tickets, synced now,
 * so the CLI neither regenerates nor syncs on start. Returns the home and a remover.
 */
export async function createDemoHome(ticketCount, now = Date.now()) {
	const home = mkdtempSync(path.join(tmpdir(), `director-review-bench-${ticketCount}-`));
	const store = openStore(path.join(home, 'director-review.db'));
	try {
		const result = await runSync({store, provider: createDemoProvider({now, timezone, ticketCount}), full: true, now: () => now});
		return {home, tickets: result.tickets, remove: () => rmSync(home, {recursive: true, force: true})};
	} finally {
		store.close();
	}
}
