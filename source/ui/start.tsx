import {render} from 'ink';
import type {Week} from '../domain/types.js';
import {reportError} from '../errors/report.js';
import type {ReviewSession} from '../review/session.js';
import type {ReviewSource} from '../review/session-types.js';
import {App} from './app.js';
import {colorTheme, plainTheme, ThemeProvider, wantsColor} from './theme.js';
import type {ViewDefinition} from './view-definition.js';
import {overviewView} from './views/overview/index.js';

export interface StartOptions {
	readonly week: Week;
	/** The stored first frame, when it is still true; null draws the first frame after loading. */
	readonly firstFrame: ReviewSource | null;
	/** Loads the review (the store, classification, metrics): the slow part of start-up. */
	readonly openSession: () => Promise<ReviewSession>;
	/** Sync (incrementally) behind the loaded review: a tracker whose stored data may be behind. */
	readonly needsInitialSync: boolean;
}

/** Leaves the alternate screen, shows the cursor and turns raw mode off, whatever state Ink is in. */
function restoreTerminal(): void {
	try {
		if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
	} catch {
		// stdin may already be closed.
	}
	process.stdout.write('\u001B[?1049l\u001B[?25h');
}

/**
 * Opens the TUI: at once on the stored first frame when there is one, then on the loaded
 * review; real trackers then sync in the background. The alternate screen keeps the
 * director's scrollback intact, and Ink restores the terminal (cursor, raw mode) on quit
 * and on Ctrl-C; a crash restores it here before reporting. Resolves with the session once
 * the TUI is closed (null if it closed before the review loaded).
 */
export async function startTui({week, firstFrame, openSession, needsInitialSync}: StartOptions): Promise<ReviewSession | null> {
	const theme = wantsColor(process.env, Boolean(process.stdout.isTTY)) ? colorTheme : plainTheme;
	const onCrash = (error: unknown) => {
		restoreTerminal();
		process.exit(reportError(error, {bugHint: 'your tags are saved; rerun with DEBUG=director-review and report it'}));
	};
	process.once('uncaughtException', onCrash);
	process.once('unhandledRejection', onCrash);
	const app = (source: ReviewSource, views: readonly ViewDefinition[], isLoading: boolean) => (
		<ThemeProvider theme={theme}>
			<App source={source} views={views} initialWeek={week} isLoading={isLoading} />
		</ThemeProvider>
	);
	// `interactive` is forced: Ink would otherwise turn itself off when CI is set, even in a real terminal.
	const renderOptions = {interactive: true, alternateScreen: true, exitOnCtrlC: true, patchConsole: true} as const;
	try {
		// The first frame needs the Overview alone; the other views' modules load with the review.
		let instance = firstFrame === null ? null : render(app(firstFrame, [overviewView], true), renderOptions);
		let hasExited = false;
		void instance?.waitUntilExit().then(() => {
			hasExited = true;
		});
		// Let the first frame reach the terminal before the load takes the event loop.
		if (instance !== null) await new Promise((resolve) => setTimeout(resolve, 30));
		const allViews = import('./views/registry.js');
		const session = await openSession();
		const {views} = await allViews;
		if (hasExited) return session;
		if (instance === null) instance = render(app(session, views, false), renderOptions);
		else instance.rerender(app(session, views, false));
		if (needsInitialSync) void session.sync();
		await instance.waitUntilExit();
		return session;
	} finally {
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	}
}
