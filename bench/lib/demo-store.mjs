// A demo store of a given size, made with the product's own code (dist/): the demo
// provider synced into a fresh home, as `director-review --demo` would have left it.
// Generated stores are cached in bench/.cache (a 100,000-ticket store takes tens of
// seconds to generate and sync) and copied into a fresh home for each use, so a run's
// frozen reviews and stored frames never reach the next run.
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createDemoProvider} from '../../dist/source/providers/demo/index.js';
import {openStore} from '../../dist/source/store/store.js';
import {runSync} from '../../dist/source/sync/run-sync.js';
import {systemTimezone} from '../../dist/source/domain/week.js';
import {openContext} from '../../dist/source/commands/context.js';
import {benchAnchor, benchNow} from './clock.mjs';

/** The zone the CLI will read from an empty config: the store must be made in the same one. */
export const timezone = systemTimezone();

const cacheRoot = fileURLToPath(new URL('../.cache/', import.meta.url));
const demoFolder = fileURLToPath(new URL('../../dist/source/providers/demo/', import.meta.url));

/**
 * The long-history shape (issue 18): an 80-engineer org filing about 400 tickets a week,
 * the demo's weekly shape, over as many weeks as the size asks for: 100,000 tickets are
 * about five years. The default shape (`weeks` unset) is the demo's fourteen weeks at
 * whatever density the count asks for: at 20,000 that is fifteen times a real org's week.
 */
export const historyTicketsPerWeek = 400;
export const historyWeeks = (ticketCount) => Math.max(1, Math.round(ticketCount / historyTicketsPerWeek));

/** What the generated org depends on besides its options: the generator's own code. */
function generatorFingerprint() {
	const hash = createHash('sha256');
	for (const file of readdirSync(demoFolder).sort()) hash.update(file).update(readFileSync(path.join(demoFolder, file)));
	return hash.digest('hex').slice(0, 12);
}

/** The local calendar day in `timezone`: a cached store is made again for each Friday the bench's clock is anchored at (clock.mjs). */
function localDay(now) {
	return new Intl.DateTimeFormat('en-CA', {timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(now);
}

async function generateInto(home, {ticketCount, weeks, now}) {
	mkdirSync(home, {recursive: true});
	const store = openStore(path.join(home, 'director-review.db'));
	try {
		const result = await runSync({store, provider: createDemoProvider({now, timezone, ticketCount, weeks}), full: true, now: () => now});
		return result.tickets;
	} finally {
		store.close();
	}
}

/**
 * Opens the review on the store once, as the CLI would: migrations run, what the first load
 * stores beside the tickets (each ticket's reach) is written, and a clean close stamps the
 * file (verified-stamp.ts: a copy is a new file), so none of it is charged to a measured run.
 */
async function settle(home) {
	const context = openContext({provider: 'demo', offline: true, home, demoWeek: 0, demoNow: benchNow()});
	try {
		(await context.openSession()).dispose();
	} finally {
		context.store.close();
	}
}

/**
 * Creates DIRECTOR_REVIEW_HOME with a store of about `ticketCount` demo tickets, synced
 * at the bench's Friday (clock.mjs), so the CLI neither regenerates nor syncs on start (`needsSync`: the demo syncs
 * again only once its week is over). `weeks`: the span of history (default: the demo's).
 * Returns the home, its ticket count, whether it came from the cache, and a remover.
 */
export async function createDemoHome(ticketCount, {weeks, now = benchAnchor} = {}) {
	const key = `${ticketCount}-${weeks ?? 'default'}w-${timezone.replaceAll('/', '_')}-${localDay(now)}-${generatorFingerprint()}`;
	const cached = path.join(cacheRoot, key);
	let fromCache = true;
	if (!existsSync(path.join(cached, 'tickets'))) {
		fromCache = false;
		const building = `${cached}.building-${process.pid}`;
		const tickets = await generateInto(building, {ticketCount, weeks, now});
		await settle(building);
		cpSync(path.join(building, 'director-review.db'), path.join(building, 'pristine.db'));
		rmSync(path.join(building, 'director-review.db'), {force: true});
		rmSync(path.join(building, 'director-review.db.verified'), {force: true});
		writeFileSync(path.join(building, 'tickets'), String(tickets));
		// Older stores of the same size and shape are of another day or generator.
		for (const entry of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
			if (entry.startsWith(`${ticketCount}-${weeks ?? 'default'}w-`) && entry !== path.basename(building)) rmSync(path.join(cacheRoot, entry), {recursive: true, force: true});
		}

		renameSync(building, cached);
	}

	const home = mkdtempSync(path.join(tmpdir(), `dr-bench-store-${ticketCount}-`));
	cpSync(path.join(cached, 'pristine.db'), path.join(home, 'director-review.db'));
	await settle(home);
	const tickets = Number(readFileSync(path.join(cached, 'tickets'), 'utf8'));
	return {home, tickets, fromCache, remove: () => rmSync(home, {recursive: true, force: true})};
}
