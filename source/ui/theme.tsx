import {createContext, useContext, type ReactNode} from 'react';

/**
 * Colour carries meaning but never alone: every coloured figure also has a word or a
 * symbol. With NO_COLOR (or a non-TTY) the palette is empty and Ink writes no colour codes.
 */
export interface Theme {
	readonly accent: string | undefined;
	readonly good: string | undefined;
	readonly bad: string | undefined;
	readonly warn: string | undefined;
	readonly muted: string | undefined;
	readonly operational: string | undefined;
	readonly strategic: string | undefined;
	readonly isColor: boolean;
}

export const colorTheme: Theme = {
	accent: 'cyan',
	good: 'green',
	bad: 'red',
	warn: 'yellow',
	muted: 'gray',
	operational: 'red',
	strategic: 'blue',
	isColor: true,
};

export const plainTheme: Theme = {
	accent: undefined,
	good: undefined,
	bad: undefined,
	warn: undefined,
	muted: undefined,
	operational: undefined,
	strategic: undefined,
	isColor: false,
};

const ThemeContext = createContext<Theme>(colorTheme);

export function ThemeProvider({theme, children}: {readonly theme: Theme; readonly children: ReactNode}) {
	return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
	return useContext(ThemeContext);
}

export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
	return isTTY && !env['NO_COLOR'];
}
