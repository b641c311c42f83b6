import {useInput} from 'ink';
import {listBindings} from '../../components/list-keys.js';
import type {ScrollMove} from '../../components/scroll.js';
import {matchBindings, type Binding} from '../../keymap.js';

export type DelegationKeyAction = ScrollMove | 'open' | 'back' | 'note' | 'followUp';

export const delegationBindings: ReadonlyArray<Binding<DelegationKeyAction>> = [
	...listBindings('report / ticket'),
	{keys: ['enter'], action: 'open', help: "the selected report's tickets"},
	{keys: ['escape'], action: 'back', help: 'back to the reports', label: 'esc'},
	{keys: ['n'], action: 'note', help: 'note for the next 1:1 about this report / ticket'},
	{keys: ['F'], action: 'followUp', help: 'flag (or unflag) the last discussed note on it for follow-up in the next 1:1'},
];

/** One useInput for the view, mapped through its bindings; inactive while a modal is open. */
export function useDelegationInput(isActive: boolean, onAction: (action: DelegationKeyAction) => void): void {
	useInput(
		(input, key) => {
			for (const action of matchBindings(delegationBindings, {input, ...key})) onAction(action);
		},
		{isActive},
	);
}
