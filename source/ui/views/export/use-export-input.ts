import {useInput} from 'ink';
import {handlePromptKey, type PromptEditor} from '../../components/prompt-keys.js';
import {matchBindings, type Binding} from '../../keymap.js';

export type ExportKeyAction = 'down' | 'up' | 'toggle' | 'format' | 'nextFile' | 'scrollDown' | 'scrollUp' | 'folder' | 'write' | 'overwrite' | 'copy';

export const exportBindings: ReadonlyArray<Binding<ExportKeyAction>> = [
	{keys: ['j', 'down'], action: 'down', help: 'next choice'},
	{keys: ['k', 'up'], action: 'up', help: 'previous choice'},
	{keys: ['space', 'enter'], action: 'toggle', help: 'include / leave out', label: 'space / enter'},
	{keys: ['f'], action: 'format', help: 'format: Markdown, JSON, CSV'},
	{keys: ['p'], action: 'nextFile', help: 'preview the next file'},
	{keys: ['pageDown'], action: 'scrollDown', help: 'scroll the preview down'},
	{keys: ['pageUp'], action: 'scrollUp', help: 'scroll the preview up'},
	{keys: ['d'], action: 'folder', help: 'change the folder'},
	{keys: ['w'], action: 'write', help: 'write the files (never overwrites)'},
	{keys: ['W'], action: 'overwrite', help: 'write, replacing existing files'},
	{keys: ['c'], action: 'copy', help: 'copy the previewed file to the clipboard'},
];

export type FolderPrompt = PromptEditor;

/** Keys for the Export view; the folder prompt, while open, takes them all. */
export function useExportInput(isActive: boolean, prompt: FolderPrompt, onAction: (action: ExportKeyAction) => void): void {
	useInput(
		(input, key) => {
			if (prompt.draft !== null) {
				handlePromptKey(prompt, input, key);
				return;
			}
			for (const action of matchBindings(exportBindings, {input, ...key})) onAction(action);
		},
		{isActive},
	);
}
