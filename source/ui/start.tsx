import {render} from 'ink';
import type {Week} from '../domain/types.js';
import type {ReviewSession} from '../review/session.js';
import {App} from './app.js';
import {colorTheme, plainTheme, ThemeProvider, wantsColor} from './theme.js';
import {views} from './views/registry.js';

export interface StartOptions {
	readonly session: ReviewSession;
	readonly week: Week;
	readonly offline: boolean;
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
 * Opens the TUI on the cached data at once and syncs in the background. The alternate
 * screen keeps the director's scrollback intact, and Ink restores the terminal (cursor,
 * raw mode) on quit and on Ctrl-C; a crash restores it here before reporting.
 */
export async function startTui({session, week, needsInitialSync}: StartOptions): Promise<void> {
	const theme = wantsColor(process.env, Boolean(process.stdout.isTTY)) ? colorTheme : plainTheme;
	const onCrash = (error: unknown) => {
		restoreTerminal();
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`director-review: unexpected error: ${message.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')}\n  hint: your tags are saved; rerun with DEBUG=director-review and report it\n`);
		if (process.env['DEBUG']?.includes('director-review') && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
		process.exit(1);
	};
	process.once('uncaughtException', onCrash);
	process.once('unhandledRejection', onCrash);
	// `interactive` is forced: Ink would otherwise turn itself off when CI is set, even in a real terminal.
	const instance = render(
		<ThemeProvider theme={theme}>
			<App source={session} views={views} initialWeek={week} />
		</ThemeProvider>,
		{interactive: true, alternateScreen: true, exitOnCtrlC: true, patchConsole: true},
	);
	if (needsInitialSync) void session.sync(session.providerName === 'demo');
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	}
}
