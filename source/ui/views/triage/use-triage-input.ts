import {useInput} from 'ink';
import {handlePromptKey, type PromptEditor} from '../../components/prompt-keys.js';
import {matchBindings, type Binding} from '../../keymap.js';

export type TriageKeyAction =
	| 'down'
	| 'up'
	| 'pageDown'
	| 'pageUp'
	| 'first'
	| 'last'
	| 'operational'
	| 'strategic'
	| 'clear'
	| 'accept'
	| 'undo'
	| 'filter'
	| 'toggleMode'
	| 'select'
	| 'escape'
	| 'open'
	| 'note';

export const triageBindings: ReadonlyArray<Binding<TriageKeyAction>> = [
	{keys: ['j', 'down'], action: 'down', help: 'next ticket'},
	{keys: ['k', 'up'], action: 'up', help: 'previous ticket'},
	{keys: ['pageDown'], action: 'pageDown', help: 'page down'},
	{keys: ['pageUp'], action: 'pageUp', help: 'page up'},
	{keys: ['g', 'home'], action: 'first', help: 'first ticket'},
	{keys: ['G', 'end'], action: 'last', help: 'last ticket'},
	{keys: ['o'], action: 'operational', help: 'tag firefighting (operational)'},
	{keys: ['s'], action: 'strategic', help: 'tag improvement (strategic)'},
	{keys: ['x'], action: 'clear', help: 'clear the manual tag'},
	{keys: ['enter', 'space'], action: 'accept', help: 'accept the suggestion', label: 'enter / space'},
	{keys: ['u'], action: 'undo', help: 'undo the last tag (repeatable)'},
	{keys: ['/'], action: 'filter', help: 'filter by key, title, person, label'},
	{keys: ['a'], action: 'toggleMode', help: 'all tickets / to triage only'},
	{keys: ['v'], action: 'select', help: 'select several, then o / s / x / enter'},
	{keys: ['escape'], action: 'escape', help: 'clear selection, then filter', label: 'esc'},
	{keys: ['b'], action: 'open', help: 'open the ticket in the browser'},
	{keys: ['n'], action: 'note', help: 'note for the next 1:1 about this ticket'},
];

export type FilterPrompt = PromptEditor;

/**
 * One useInput for the view. While the filter prompt is open it takes every key (the shell
 * is told to pass none of them to global bindings) until Enter or Esc.
 */
export function useTriageInput(isActive: boolean, prompt: FilterPrompt, onAction: (action: TriageKeyAction) => void): void {
	useInput(
		(input, key) => {
			if (prompt.draft !== null) {
				handlePromptKey(prompt, input, key);
				return;
			}
			for (const action of matchBindings(triageBindings, {input, ...key})) onAction(action);
		},
		{isActive},
	);
}
