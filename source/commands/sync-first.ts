import {weekOf} from '../domain/week.js';
import type {ReviewSession} from '../review/session.js';
import type {GlobalOptions} from './arguments.js';
import type {CommandContext} from './context.js';

/**
 * Commands that read the review (plain overview, export) sync first unless --offline, so
 * a cron job exports fresh figures. Generated data only regenerates when it was made
 * before this week began. A failed sync fails the command: nothing is exported from stale
 * data without the user asking for it with --offline. The failure is thrown as it was
 * caught (its kind, hint and exit code), so it reads as `sync` itself would report it.
 */
export async function syncBeforeReading(context: CommandContext, session: ReviewSession, options: GlobalOptions): Promise<void> {
	if (!needsSync(context, options)) return;
	// A tracker slow or down is retried for minutes: each retry is said on stderr as `sync` says
	// it, or the command sits silent and reads as hung.
	let said: string | undefined;
	const stopListening = session.subscribe(() => {
		const status = session.syncStatus();
		const notice = status.phase === 'running' ? status.retrying : undefined;
		if (notice !== undefined && notice !== said) process.stderr.write(`sync: ${notice}\n`);
		said = notice;
	});
	try {
		await session.sync(context.syncPolicy.alwaysFull);
	} finally {
		stopListening();
	}
	const status = session.syncStatus();
	if (status.phase === 'failed') {
		throw status.error;
	}
}

export function needsSync(context: CommandContext, options: GlobalOptions): boolean {
	if (options.offline) return false;
	if (!context.syncPolicy.currentForTheWeek) return true;
	const state = context.store.getSyncState(context.providerName, 'tickets');
	const thisWeekStart = weekOf(context.now, context.config.timezone).startAt;
	return state === null || state.lastSyncedAt === null || state.phase !== 'idle' || state.lastSyncedAt < thisWeekStart;
}
