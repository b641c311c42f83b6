import {useInput} from 'ink';
import {listBindings} from '../../components/list-keys.js';
import type {ScrollMove} from '../../components/scroll.js';
import {matchBindings, type Binding} from '../../keymap.js';

export type BlockersKeyAction = ScrollMove | 'switchFocus' | 'open' | 'back';

export const blockersBindings: ReadonlyArray<Binding<BlockersKeyAction>> = [
	{keys: ['f', 'left', 'right'], action: 'switchFocus', help: 'blocked tickets ↔ recurring themes', label: 'f / ← / →'},
	...listBindings('ticket / theme'),
	{keys: ['enter'], action: 'open', help: "the selected theme's tickets"},
	{keys: ['escape'], action: 'back', help: 'back to the lists', label: 'esc'},
];

/** One useInput for the view, mapped through its bindings; inactive while a modal is open. */
export function useBlockersInput(isActive: boolean, onAction: (action: BlockersKeyAction) => void): void {
	useInput(
		(input, key) => {
			for (const action of matchBindings(blockersBindings, {input, ...key})) onAction(action);
		},
		{isActive},
	);
}
