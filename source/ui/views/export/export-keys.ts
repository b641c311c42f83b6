import {globalBindings, type Binding} from '../../keymap.js';

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
	{keys: ['w'], action: 'write', help: 'write the files (never overwrites)', footer: {text: 'writes (never overwrites)', priority: 3}},
	{keys: ['W'], action: 'overwrite', help: 'write, replacing existing files'},
	{keys: ['c'], action: 'copy', help: 'copy the previewed file to the clipboard', brief: 'copy the preview', footer: {text: 'copies the previewed file', priority: 2}},
];

/** The footer names `?` too: this view has more keys than its footer can say. */
export const exportFooterBindings: readonly Binding[] = [...exportBindings, ...globalBindings.filter((binding) => binding.action === 'help')];

/** The help key's hint as the Export footer words it (the status line says "? help"). */
export const exportFooterTexts = {help: 'all keys'} as const;
