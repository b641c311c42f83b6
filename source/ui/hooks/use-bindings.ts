import {useInput} from 'ink';
import {handlePromptKey, type PromptEditor} from '../components/prompt-keys.js';
import {matchBindings, type Binding} from '../keymap.js';

export interface BindingsOptions {
	/** False while a modal, a drill-down or another list has the keys. */
	readonly isActive: boolean;
	/** A text prompt the view may open (filter, folder): while its draft is not null it takes every key until Enter or Esc. */
	readonly prompt?: PromptEditor;
}

/**
 * The one way a view takes keys: each press (each key of a burst such as "jj") is matched
 * against the view's bindings and handed to `onAction` as the binding's action, in order.
 * The bindings must be a table made once (a module constant), not per render.
 */
export function useBindings<A extends string>(bindings: ReadonlyArray<Binding<A>>, onAction: (action: A) => void, {isActive, prompt}: BindingsOptions): void {
	useInput(
		(input, key) => {
			if (prompt !== undefined && prompt.draft !== null) {
				handlePromptKey(prompt, input, key);
				return;
			}
			for (const action of matchBindings(bindings, {input, ...key})) onAction(action);
		},
		{isActive},
	);
}
