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
 * A read of several keys typed into a prompt, split at its first line break: the text before
 * it is the prompt's, the line break closes it as Enter does, and what follows is keys again
 * (a paste ending in a line break, or "text", Enter, q from a quick typist on a busy machine).
 */
export function splitAtLineBreak(input: string): {readonly text: string; readonly closes: boolean; readonly rest: string} {
	const lineBreak = input.search(/[\r\n]/);
	if (lineBreak === -1) return {text: input, closes: false, rest: ''};
	return {text: input.slice(0, lineBreak), closes: true, rest: input.slice(lineBreak + 1)};
}

/** The text without control characters: none reaches a draft. */
export const printable = (text: string): string => text.replace(/[\u0000-\u001F\u007F]/g, '');

/**
 * Feeds a key press to an open prompt: Enter applies, Esc cancels, Backspace deletes a
 * character, printable input is typed; a read holding a line break types what precedes it
 * and applies. Returns the keys of the read that came after the prompt closed (''): they
 * are the caller's to act on.
 */
export function handlePromptKey(prompt: PromptEditor, input: string, key: Key): string {
	if (key.return) prompt.apply();
	else if (key.escape) prompt.cancel();
	else if (key.backspace || key.delete) prompt.erase();
	else if (!key.ctrl && !key.meta && input) {
		const {text, closes, rest} = splitAtLineBreak(input);
		const letters = printable(text);
		if (letters) prompt.type(letters);
		if (closes) {
			prompt.apply();
			return rest;
		}
	}
	return '';
}
