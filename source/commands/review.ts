import {stripVTControlCharacters} from 'node:util';
import type {ReviewSession} from '../review/session.js';
import {saveFirstFrame, storedFirstFrame} from './first-frame.js';
import {needsSync, syncBeforeReading} from './sync-first.js';
import type {GlobalOptions} from './arguments.js';
import {openContext, type CommandContext} from './context.js';

/**
 * The bare command: the TUI when both ends are a terminal; otherwise the overview as
 * plain text, and exit — never waiting for keys (cli.md).
 */
export async function runReview(options: GlobalOptions): Promise<number> {
	const context = openContext(options);
	try {
		const isInteractive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
		if (!isInteractive) return await printOverview(context, await context.openSession(), options);
		const {startTui} = await import('../ui/start.js');
		// Generated data (the demo) is made in well under a second: before the first full frame,
		// so the first screen a new user sees is full. Real trackers sync behind the cached data.
		const syncsFirst = context.syncPolicy.beforeAnyRead;
		const mustSync = needsSync(context, options);
		const firstFrame = syncsFirst && mustSync ? null : storedFirstFrame(context);
		const session = await startTui({
			week: context.week,
			firstFrame,
			needsInitialSync: !syncsFirst && mustSync,
			openSession: async () => {
				const opened = await context.openSession();
				if (syncsFirst) await syncBeforeReading(context, opened, options);
				saveFirstFrame(context, opened);
				return opened;
			},
		});
		if (session !== null) {
			// Quitting after opening a week freezes its review, as shown at the end. Oldest week
			// first: the newest is frozen last, so a look back at earlier weeks does not make one
			// of them the next session's previous review (the latest frozen, briefing.md).
			const opened = session.weeksOpened();
			const weeks = opened.some((w) => w.id === context.week.id) ? opened : [context.week, ...opened];
			for (const week of weeks.toSorted((a, b) => a.startAt - b.startAt)) session.freezeReview(week, 'quit');
			// Tags and syncs of this session change what the next start shows first.
			saveFirstFrame(context, session, {atQuit: true});
			session.dispose();
		}
		return 0;
	} finally {
		await context.close();
	}
}

async function printOverview(context: CommandContext, session: ReviewSession, options: GlobalOptions): Promise<number> {
	await syncBeforeReading(context, session, options);
	const {renderOverviewText} = await import('../ui/plain-overview.js');
	const text = renderOverviewText(session, context.week, process.stdout.isTTY ? process.stdout.columns : undefined);
	process.stdout.write(`${stripVTControlCharacters(text)}\n`);
	return 0;
}
