import {runSync, type SyncProgress, type SyncResult} from '../sync/run-sync.js';
import {progressBar} from '../text/progress-bar.js';
import {retryNotice} from '../providers/retry.js';
import type {GlobalOptions, ParsedFlags} from './arguments.js';
import {openContext} from './context.js';
import {saveFirstFrameAfterSync} from './first-frame.js';

/**
 * `director-review sync [--full]`: pulls changes into the local store. Progress goes to
 * stderr — a redrawn bar in a terminal, one plain line per page otherwise — so stdout
 * stays clean for scripts. A successful sync also leaves the TUI's first frame for the data
 * it synced (first-frame.ts).
 */
export async function runSyncCommand(options: GlobalOptions, flags: ParsedFlags): Promise<number> {
	if (options.offline) {
		const {UsageError} = await import('../errors/app-error.js');
		throw new UsageError('sync contradicts --offline', 'drop --offline to sync');
	}
	const context = openContext(options);
	try {
		const isTerminal = Boolean(process.stderr.isTTY);
		// A tracker that is slow or down mid-sync is retried for minutes: say so, or the wait reads as a hang.
		const provider = await context.createProvider({
			onRetry: (fault, attempt, delayMs) => {
				const line = retryNotice(fault, attempt, delayMs);
				process.stderr.write(isTerminal ? `\r\u001B[2K${line}\n` : `sync: ${line}\n`);
			},
		});
		const started = Date.now();
		const report = (progress: SyncProgress) => {
			const count = progress.total === null ? `${progress.done} tickets` : `${progress.done}/${progress.total} tickets`;
			if (isTerminal) process.stderr.write(`\r\u001B[2Ksyncing ${provider.description} ${progressBar(progress.done, progress.total, 24)} ${count}`);
			else process.stderr.write(`sync: ${count}\n`);
		};
		try {
			const result = await runSync({store: context.store, provider, full: (flags.full ?? false) || context.syncPolicy.alwaysFull, now: context.clock, onProgress: report});
			if (isTerminal) process.stderr.write('\r\u001B[2K');
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			const kind = result.full ? 'full' : 'incremental';
			process.stderr.write(`synced ${result.tickets} changed ticket${result.tickets === 1 ? '' : 's'} from ${provider.description} in ${seconds} s (${kind}${result.resumed ? ', resumed' : ''}); ${context.store.ticketCount(context.providerName)} in the store\n`);
			if (result.unreadable.tickets > 0) process.stderr.write(`${unreadableNotice(result.unreadable)}\n`);
			// The next start (a director's, after a cron job's sync) draws at once.
			await saveFirstFrameAfterSync(context);
			return 0;
		} catch (error) {
			if (isTerminal) process.stderr.write('\r\u001B[2K');
			throw error;
		}
	} finally {
		await context.close();
	}
}

/**
 * Tickets this key could not read whole are not written (never read wrong), which leaves
 * figures without them: said, so the director does not take a partial org for the whole one.
 */
export function unreadableNotice({tickets, notStored}: SyncResult['unreadable']): string {
	const kept = tickets - notStored;
	const parts = [kept > 0 ? `${kept} kept as last synced` : null, notStored > 0 ? `${notStored} not in the store` : null].filter((part) => part !== null);
	return `note: ${tickets} ticket${tickets === 1 ? '' : 's'} could not be read whole with this API key (a person or team it cannot see): ${parts.join(', ')}\n  hint: an API key of a workspace member who sees every team in scope reads them`;
}
