import {useInput, type Key} from 'ink';
import {useRef} from 'react';
import {handlePromptKey, splitAtLineBreak, type PromptEditor} from '../components/prompt-keys.js';
import {matchBinding, splitPresses, type Binding, type KeyPress} from '../keymap.js';

export interface BindingsOptions<A extends string> {
	/** False while a modal, a drill-down or another list has the keys. */
	readonly isActive: boolean;
	/** A text prompt the view may open (filter, folder): while its draft is not null it takes every key until Enter or Esc. */
	readonly prompt?: PromptEditor;
	/** The action that opens the prompt: keys after it go to the prompt at once, not only after the next frame. */
	readonly opensPrompt?: A;
	/** Act on a burst ("/q1") only after every other handler has seen it: the shell's keys yield to a prompt a view opens in the same read. */
	readonly burstsLast?: boolean;
	/**
	 * Whether a prompt outside these bindings (a view's, for the shell's keys) has the keys as a read arrives:
	 * a burst's keys up to its first line break are then the prompt's, and only the ones after it are these bindings'.
	 */
	readonly heldBy?: () => boolean;
}

/**
 * The one way a view takes keys: each press (each key of a burst such as "jj") is matched
 * against the view's bindings and handed to `onAction` as the binding's action, in order.
 * The bindings must be a table made once (a module constant), not per render.
 */
export function useBindings<A extends string>(bindings: ReadonlyArray<Binding<A>>, onAction: (action: A) => void, {isActive, prompt, opensPrompt, burstsLast = false, heldBy}: BindingsOptions<A>): void {
	// Whether the prompt has the keys, as of the last key rather than the last frame: keys
	// typed right after `/`, before the frame that shows the prompt or in the same read
	// ("/q1" on a busy machine), are typed into it.
	const isPromptOpen = useRef(false);
	isPromptOpen.current = prompt !== undefined && prompt.draft !== null;
	const act = (presses: readonly KeyPress[], key: Key) => {
		for (const [index, press] of presses.entries()) {
			if (prompt !== undefined && isPromptOpen.current) {
				// The rest of a burst is printable text: typed as it came, up to a line break that applies it.
				const text = presses.slice(index).map((rest) => rest.input).join('');
				const after = handlePromptKey(prompt, text, key);
				if (key.return || key.escape || splitAtLineBreak(text).closes) isPromptOpen.current = false;
				// Keys after the line break are the view's again.
				if (after !== '') act(splitPresses({...key, input: after}), key);
				return;
			}
			const action = matchBinding(bindings, press);
			if (action === null) continue;
			onAction(action);
			if (action === opensPrompt) isPromptOpen.current = true;
		}
	};
	useInput(
		(input, key) => {
			let presses = splitPresses({input, ...key});
			const isHeld = presses.length > 1 && heldBy?.() === true;
			if (isHeld) {
				const {closes, rest} = splitAtLineBreak(input);
				if (!closes || rest === '') return;
				presses = splitPresses({...key, input: rest});
			}
			// After the prompt's own handler has closed it, when it held the read's first keys.
			if (isHeld || (burstsLast && presses.length > 1)) {
				queueMicrotask(() => {
					for (const press of presses) {
						const action = matchBinding(bindings, press);
						if (action !== null) onAction(action);
					}
				});
				return;
			}
			act(presses, key);
		},
		{isActive},
	);
}
