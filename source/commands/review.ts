import {stripVTControlCharacters} from 'node:util';
import {needsSync, syncBeforeReading} from './sync-first.js';
import type {GlobalOptions} from './arguments.js';
import {openContext, type CommandContext} from './context.js';
import type {ReviewSession} from '../review/session.js';

/**
 * The bare command: the TUI when both ends are a terminal; otherwise the overview as
 * plain text, and exit — never waiting for keys (cli.md).
 */
export async function runReview(options: GlobalOptions): Promise<number> {
	const context = openContext(options);
	try {
		const session = context.openSession();
		const isInteractive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
		if (!isInteractive) return await printOverview(context, session, options);
		const {startTui} = await import('../ui/start.js');
		// The demo is generated in well under a second: do it before the first frame, so the
		// first screen a new user sees is full. Real trackers sync behind the cached data.
		const isDemo = context.providerName === 'demo';
		if (isDemo) await syncBeforeReading(context, session, options);
		await startTui({session, week: context.week, offline: options.offline, needsInitialSync: !isDemo && needsSync(context, options)});
		session.dispose();
		return 0;
	} finally {
		context.close();
	}
}

async function printOverview(context: CommandContext, session: ReviewSession, options: GlobalOptions): Promise<number> {
	await syncBeforeReading(context, session, options);
	const {renderOverviewText} = await import('../ui/plain-overview.js');
	const text = renderOverviewText(session, context.week, process.stdout.columns ?? 100);
	process.stdout.write(`${stripVTControlCharacters(text)}\n`);
	return 0;
}
