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

/**
 * Opens the TUI on the cached data at once and syncs in the background. The alternate
 * screen keeps the director's scrollback intact, and Ink restores the terminal (cursor,
 * raw mode) on quit and on Ctrl-C.
 */
export async function startTui({session, week, needsInitialSync}: StartOptions): Promise<void> {
	const theme = wantsColor(process.env, Boolean(process.stdout.isTTY)) ? colorTheme : plainTheme;
	// `interactive` is forced: Ink would otherwise turn itself off when CI is set, even in a real terminal.
	const instance = render(
		<ThemeProvider theme={theme}>
			<App source={session} views={views} initialWeek={week} />
		</ThemeProvider>,
		{interactive: true, alternateScreen: true, exitOnCtrlC: true, patchConsole: true},
	);
	if (needsInitialSync) void session.sync(session.providerName === 'demo');
	await instance.waitUntilExit();
}
