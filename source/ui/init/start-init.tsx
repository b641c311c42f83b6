import {render} from 'ink';
import {colorTheme, plainTheme, ThemeProvider, wantsColor} from '../theme.js';
import {InitWizard, type InitWizardProps} from './init-wizard.js';

/** Runs the wizard to its end; resolves with where the config was saved, or null. */
export async function startInit(props: Omit<InitWizardProps, 'onDone'>): Promise<string | null> {
	let saved: string | null = null;
	const instance = render(
		<ThemeProvider theme={wantsColor(process.env, true) ? colorTheme : plainTheme}>
			<InitWizard
				{...props}
				onDone={(result) => {
					saved = result.saved;
				}}
			/>
		</ThemeProvider>,
		{exitOnCtrlC: true, interactive: true},
	);
	await instance.waitUntilExit();
	return saved;
}
