import type {Key} from 'ink';

/** A one-line text prompt a view shows (filter, folder): its draft and what keys do to it. */
export interface PromptEditor {
	readonly draft: string | null;
	/** Appends typed text to the draft as it is then (relative: keys that arrive before a re-render all count). */
	type(text: string): void;
	/** Deletes the draft's last character. */
	erase(): void;
	apply(): void;
	cancel(): void;
}

/** The draft after typing `text`, and after erasing one character (by grapheme-safe code point). */
export const typed = (draft: string, text: string): string => draft + text;
export const erased = (draft: string): string => [...draft].slice(0, -1).join('');

/**
 * Feeds a key press to an open prompt: Enter applies, Esc cancels, Backspace deletes a
 * character, printable input is typed. Control characters never reach the draft.
 */
export function handlePromptKey(prompt: PromptEditor, input: string, key: Key): void {
	if (key.return) prompt.apply();
	else if (key.escape) prompt.cancel();
	else if (key.backspace || key.delete) prompt.erase();
	else if (!key.ctrl && !key.meta && input) {
		const text = input.replace(/[\u0000-\u001F\u007F]/g, '');
		if (text) prompt.type(text);
	}
}
