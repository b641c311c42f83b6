import type {Key} from 'ink';

/** A one-line text prompt a view shows (filter, folder): its draft and what keys do to it. */
export interface PromptEditor {
	readonly draft: string | null;
	edit(text: string): void;
	apply(): void;
	cancel(): void;
}

/**
 * Feeds a key press to an open prompt: Enter applies, Esc cancels, Backspace deletes a
 * character, printable input is typed. Control characters never reach the draft.
 */
export function handlePromptKey(prompt: PromptEditor & {readonly draft: string}, input: string, key: Key): void {
	if (key.return) prompt.apply();
	else if (key.escape) prompt.cancel();
	else if (key.backspace || key.delete) prompt.edit([...prompt.draft].slice(0, -1).join(''));
	else if (!key.ctrl && !key.meta && input && !/[\u0000-\u001F\u007F]/.test(input)) prompt.edit(prompt.draft + input);
}
