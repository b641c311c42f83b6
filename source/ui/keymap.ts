/**
 * Every key binding, as data (STYLE.md §4): dispatch reads it, the `?` overlay renders
 * it, the footer shows the few that matter, and a test checks no two bindings collide.
 */

export type ViewId = 'overview' | 'triage' | 'delegation' | 'predictability' | 'blockers' | 'export';

export interface KeyPress {
	readonly input: string;
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly shift?: boolean;
	readonly ctrl?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
}

export type KeyName = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'enter' | 'escape' | 'tab' | 'shiftTab' | 'space';

export interface Binding<A extends string = string> {
	/** Characters (`'o'`) or named keys (`'up'`). */
	readonly keys: readonly string[];
	readonly action: A;
	/** Shown in the `?` overlay. */
	readonly help: string;
	/** What the overlay prints for the keys, when not just the keys joined. */
	readonly label?: string;
}

export const viewOrder: readonly ViewId[] = ['overview', 'triage', 'delegation', 'predictability', 'blockers', 'export'];

export const viewTitles: Record<ViewId, string> = {
	overview: 'Overview',
	triage: 'Triage',
	delegation: 'Delegation',
	predictability: 'Predictability',
	blockers: 'Blockers & themes',
	export: 'Export',
};

export type GlobalAction = 'quit' | 'help' | 'previousWeek' | 'nextWeek' | 'thisWeek' | 'nextView' | 'previousView' | 'resync' | `view:${ViewId}`;

export const globalBindings: ReadonlyArray<Binding<GlobalAction>> = [
	...viewOrder.map((view, index) => ({keys: [String(index + 1)], action: `view:${view}` as const, help: viewTitles[view]})),
	{keys: ['tab'], action: 'nextView', help: 'next view'},
	{keys: ['shiftTab'], action: 'previousView', help: 'previous view', label: 'shift-tab'},
	{keys: ['['], action: 'previousWeek', help: 'previous week'},
	{keys: [']'], action: 'nextWeek', help: 'next week'},
	{keys: ['t'], action: 'thisWeek', help: 'back to this week'},
	{keys: ['r'], action: 'resync', help: 'sync with the tracker'},
	{keys: ['?'], action: 'help', help: 'show / hide this help'},
	{keys: ['q'], action: 'quit', help: 'quit'},
];

/** The named key a press stands for, if any. */
export function keyName(press: KeyPress): KeyName | null {
	if (press.upArrow) return 'up';
	if (press.downArrow) return 'down';
	if (press.leftArrow) return 'left';
	if (press.rightArrow) return 'right';
	if (press.pageUp) return 'pageUp';
	if (press.pageDown) return 'pageDown';
	if (press.home) return 'home';
	if (press.end) return 'end';
	if (press.return) return 'enter';
	if (press.escape) return 'escape';
	if (press.tab) return press.shift ? 'shiftTab' : 'tab';
	if (press.input === ' ') return 'space';
	return null;
}

/** The action bound to a key press, if any. Ctrl chords never match plain bindings. */
export function matchBinding<A extends string>(bindings: ReadonlyArray<Binding<A>>, press: KeyPress): A | null {
	if (press.ctrl) return null;
	const name = keyName(press);
	for (const binding of bindings) {
		for (const key of binding.keys) {
			if (name !== null ? key === name : key === press.input) return binding.action;
		}
	}
	return null;
}

/**
 * The actions a press stands for, in order. Several printable keys that arrive in one read
 * (key repeat, a busy moment, typing ahead) reach Ink as one input such as "jj": each is
 * its own press.
 */
export function matchBindings<A extends string>(bindings: ReadonlyArray<Binding<A>>, press: KeyPress): A[] {
	const characters = [...press.input];
	const isBurst = characters.length > 1 && !press.ctrl && keyName(press) === null;
	const presses = isBurst ? characters.map((input) => ({...press, input})) : [press];
	return presses.map((one) => matchBinding(bindings, one)).filter((action): action is A => action !== null);
}

/** How a binding's keys read in the help overlay: "j / ↓". */
export function keysLabel(binding: Binding): string {
	if (binding.label) return binding.label;
	const symbols: Record<string, string> = {up: '↑', down: '↓', left: '←', right: '→', enter: 'enter', escape: 'esc', space: 'space', tab: 'tab', pageUp: 'pgup', pageDown: 'pgdn', home: 'home', end: 'end'};
	return binding.keys.map((key) => symbols[key] ?? key).join(' / ');
}
