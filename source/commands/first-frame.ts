import {weekOf} from '../domain/week.js';
import {debugTrace} from '../errors/report.js';
import {describeProvider} from '../providers/create.js';
import {readSnapshot, snapshotStamp, writeSnapshot} from '../review/overview-snapshot.js';
import type {ReviewSession} from '../review/session.js';
import {reviewSettings} from '../review/settings.js';
import {SnapshotSource} from '../review/snapshot-source.js';
import {toTerminalLine} from '../text/sanitize.js';
import type {CommandContext} from './context.js';

/**
 * The TUI's stored first frame (review/overview-snapshot.ts): read by the TUI at start,
 * saved by the TUI after its load and on quit, and by `sync`, so the start after a cron
 * job's sync draws at once instead of loading the whole review first (issue 18).
 */

export function storedFirstFrame(context: CommandContext): SnapshotSource | null {
	const {store, providerName, config, week} = context;
	const snapshot = readSnapshot(store, providerName, snapshotStamp(store, providerName, config, week, context.now));
	if (snapshot === null) return null;
	// The session's clock: with the machine's, a pinned demo clock (DIRECTOR_REVIEW_DEMO_NOW) drew "data 2 days ago" and its
	// week without "so far" until the review had loaded.
	return new SnapshotSource(providerName, describeProvider(providerName, config), config.timezone, snapshot, reviewSettings(config), store.getSyncState(providerName, 'tickets')?.lastSyncedAt ?? null, context.clock);
}

/** `atQuit`: also keeps the facts of the trend's ended weeks, which the next start reads instead of computing them. */
export function saveFirstFrame(context: CommandContext, session: ReviewSession, {atQuit = false}: {readonly atQuit?: boolean} = {}): void {
	const {store, providerName, config, week} = context;
	const now = session.now();
	writeSnapshot(store, providerName, snapshotStamp(store, providerName, config, week, now), session.weekReport(week), session.review.ticketsById);
	session.keepWeekReport(week, atQuit);
}

/**
 * After a successful sync: leaves the frame the next bare `director-review` start looks
 * for — the week it opens on without --week, stamped with the data as synced — unless a
 * valid one is there already. The stamp is taken before the review is loaded, so data
 * that changes meanwhile (another instance's sync or tag) makes the frame one that no
 * start will match, never one that shows old figures under a new stamp. The sync stands
 * whatever happens here: a frame that cannot be computed is a warning on stderr (the next
 * start computes the figures itself), never a failed sync.
 */
export async function saveFirstFrameAfterSync(context: CommandContext): Promise<void> {
	const {store, providerName, config} = context;
	let session: ReviewSession | null = null;
	try {
		const now = context.clock();
		const week = weekOf(now, config.timezone);
		const stamp = snapshotStamp(store, providerName, config, week, now);
		if (readSnapshot(store, providerName, stamp) !== null) return;
		session = await context.openSession();
		const report = session.weekReport(week);
		writeSnapshot(store, providerName, stamp, report, session.review.ticketsById);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`director-review: warning: the synced data is stored, but the first screen for the next start was not saved (${toTerminalLine(message)}); the next start computes it\n${debugTrace(error)}`);
	} finally {
		session?.dispose();
	}
}
