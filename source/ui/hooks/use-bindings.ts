import {useInput} from 'ink';
import {useRef} from 'react';
import {handlePromptKey, type PromptEditor} from '../components/prompt-keys.js';
import {matchBinding, splitPresses, type Binding} from '../keymap.js';

export interface BindingsOptions<A extends string> {
	/** False while a modal, a drill-down or another list has the keys. */
	readonly isActive: boolean;
	/** A text prompt the view may open (filter, folder): while its draft is not null it takes every key until Enter or Esc. */
	readonly prompt?: PromptEditor;
	/** The action that opens the prompt: keys after it go to the prompt at once, not only after the next frame. */
	readonly opensPrompt?: A;
	/** Act on a burst ("/q1") only after every other handler has seen it: the shell's keys yield to a prompt a view opens in the same read. */
	readonly burstsLast?: boolean;
}

/**
 * The one way a view takes keys: each press (each key of a burst such as "jj") is matched
 * against the view's bindings and handed to `onAction` as the binding's action, in order.
 * The bindings must be a table made once (a module constant), not per render.
 */
export function useBindings<A extends string>(bindings: ReadonlyArray<Binding<A>>, onAction: (action: A) => void, {isActive, prompt, opensPrompt, burstsLast = false}: BindingsOptions<A>): void {
	// Whether the prompt has the keys, as of the last key rather than the last frame: keys
	// typed right after `/`, before the frame that shows the prompt or in the same read
	// ("/q1" on a busy machine), are typed into it.
	const isPromptOpen = useRef(false);
	isPromptOpen.current = prompt !== undefined && prompt.draft !== null;
	useInput(
		(input, key) => {
			const presses = splitPresses({input, ...key});
			if (burstsLast && presses.length > 1) {
				queueMicrotask(() => {
					for (const press of presses) {
						const action = matchBinding(bindings, press);
						if (action !== null) onAction(action);
					}
				});
				return;
			}
			for (const [index, press] of presses.entries()) {
				if (prompt !== undefined && isPromptOpen.current) {
					// The rest of a burst is printable text: typed as it came.
					const text = index === 0 ? input : presses.slice(index).map((rest) => rest.input).join('');
					handlePromptKey(prompt, text, key);
					if (key.return || key.escape) isPromptOpen.current = false;
					return;
				}
				const action = matchBinding(bindings, press);
				if (action === null) continue;
				onAction(action);
				if (action === opensPrompt) isPromptOpen.current = true;
			}
		},
		{isActive},
	);
}
