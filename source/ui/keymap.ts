/**
 * Every key binding, as data (STYLE.md §4): dispatch reads it (hooks/use-bindings.ts), the
 * `?` overlay renders its help line (components/help-overlay.tsx), the footers render its
 * hint (components/footer.ts), and a test checks no two bindings collide.
 *
 * A new key is one row in its view's table (views/<view>/<view>-keys.ts, or this file for a
 * global one): keys, action, help, and a footer hint if the footer should name it. The view
 * handles the action in the `onAction` it gives `useBindings`; the overlay and the footer
 * follow by themselves.
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

/**
 * What a footer says about a binding: "j/k move", "esc back to the lists". A footer shows
 * the hints of its bindings in their order and, when the line is too narrow, drops the
 * lowest priority first.
 */
export interface FooterHint {
	/** What the key does, in a few words. `{keys}` places the keys ("{keys}: the theme's tickets"), else they lead; `{name}` takes a value the view gives. */
	readonly text: string;
	/** Higher stays longer on a narrow terminal. */
	readonly priority: number;
	/** Actions whose first key is shown with this one's, for a pair read as one hint ("j/k move"). */
	readonly with?: readonly string[];
	/** The keys as the footer prints them, when not the first key of each ("f / ←→"). */
	readonly keys?: string;
	/** The view states the hint belongs to (the view names its state when it draws the footer); none: every state. */
	readonly when?: readonly string[];
}

export interface Binding<A extends string = string> {
	/** Characters (`'o'`) or named keys (`'up'`); the first is the one footers name. */
	readonly keys: readonly string[];
	readonly action: A;
	/** Shown in the `?` overlay. */
	readonly help: string;
	/** A shorter wording for a `?` overlay with no room for `help` on one row (two columns at 80×24). */
	readonly brief?: string;
	/** What the overlay prints for the keys, when not just the keys joined. */
	readonly label?: string;
	/** What the footer says, if anything; several when the hint reads differently by state. */
	readonly footer?: FooterHint | readonly FooterHint[];
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
	{keys: ['?'], action: 'help', help: 'this help', footer: {text: 'help', priority: 2}},
	{keys: ['q'], action: 'quit', help: 'quit', footer: {text: 'quit', priority: 1}},
];

/** One part of a `?` overlay line: its bindings' keys joined ("[ / ]"), or as a range ("1–6"). */
export interface HelpSegment<A extends string = string> {
	readonly actions: readonly A[];
	/** The part's help, when not its bindings' helps joined ("previous / next week"). */
	readonly help?: string;
	/** Keys as a range, each help after its key: "1–6  1 Overview · 2 Triage". */
	readonly range?: boolean;
}

/**
 * The global keys, condensed to four lines of the `?` overlay (so it fits 80×24 beside a busy
 * view's keys): the parts of a line are joined by " · ". Keys and helps come from the bindings.
 */
export const globalHelpLines: ReadonlyArray<ReadonlyArray<HelpSegment<GlobalAction>>> = [
	[{actions: viewOrder.map((view) => `view:${view}` as const), range: true}],
	[{actions: ['nextView', 'previousView'], help: 'next / previous view'}],
	[{actions: ['previousWeek', 'nextWeek'], help: 'previous / next week'}, {actions: ['thisWeek']}],
	[{actions: ['resync']}, {actions: ['help']}, {actions: ['quit']}],
];

/** While the `?` overlay is open, these keys close it and nothing else works. */
export const helpOverlayBindings: ReadonlyArray<Binding<'close'>> = [{keys: ['?', 'escape', 'q'], action: 'close', help: 'close this help'}];

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
	return splitPresses(press)
		.map((one) => matchBinding(bindings, one))
		.filter((action): action is A => action !== null);
}

/** The presses an input stands for: one per character of a burst of printable keys, else itself. */
export function splitPresses<P extends KeyPress>(press: P): P[] {
	const characters = [...press.input];
	const isBurst = characters.length > 1 && !press.ctrl && keyName(press) === null;
	return isBurst ? characters.map((input) => ({...press, input})) : [press];
}

const keySymbols: Readonly<Record<string, string>> = {up: '↑', down: '↓', left: '←', right: '→', enter: 'enter', escape: 'esc', space: 'space', tab: 'tab', shiftTab: 'shift-tab', pageUp: 'pgup', pageDown: 'pgdn', home: 'home', end: 'end'};

/** How one key reads on screen: "esc", "↓", "o". */
export function keySymbol(key: string): string {
	return keySymbols[key] ?? key;
}

/** How a binding's keys read in the help overlay: "j / ↓". */
export function keysLabel(binding: Binding): string {
	if (binding.label) return binding.label;
	return binding.keys.map(keySymbol).join(' / ');
}

/** The first key of the binding for `action`, as screens name it ("enter accepts"); '' when unbound. */
export function keyOf(bindings: readonly Binding[], action: string): string {
	const key = bindings.find((binding) => binding.action === action)?.keys[0];
	return key === undefined ? '' : keySymbol(key);
}
