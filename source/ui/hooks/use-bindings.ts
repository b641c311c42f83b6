import {useInput} from 'ink';
import {useRef} from 'react';
import {handlePromptKey, type PromptEditor} from '../components/prompt-keys.js';
import {matchBindings, type Binding} from '../keymap.js';

export interface BindingsOptions<A extends string> {
	/** False while a modal, a drill-down or another list has the keys. */
	readonly isActive: boolean;
	/** A text prompt the view may open (filter, folder): while its draft is not null it takes every key until Enter or Esc. */
	readonly prompt?: PromptEditor;
	/** The action that opens the prompt: keys after it go to the prompt at once, not only after the next frame. */
	readonly opensPrompt?: A;
}

/**
 * The one way a view takes keys: each press (each key of a burst such as "jj") is matched
 * against the view's bindings and handed to `onAction` as the binding's action, in order.
 * The bindings must be a table made once (a module constant), not per render.
 */
export function useBindings<A extends string>(bindings: ReadonlyArray<Binding<A>>, onAction: (action: A) => void, {isActive, prompt, opensPrompt}: BindingsOptions<A>): void {
	// Whether the prompt has the keys, as of the last key rather than the last frame: a key
	// typed right after `/` (before the frame that shows the prompt) is typed into it.
	const isPromptOpen = useRef(false);
	isPromptOpen.current = prompt !== undefined && prompt.draft !== null;
	useInput(
		(input, key) => {
			if (prompt !== undefined && isPromptOpen.current) {
				handlePromptKey(prompt, input, key);
				if (key.return || key.escape) isPromptOpen.current = false;
				return;
			}
			for (const action of matchBindings(bindings, {input, ...key})) {
				onAction(action);
				if (action === opensPrompt) isPromptOpen.current = true;
			}
		},
		{isActive},
	);
}
