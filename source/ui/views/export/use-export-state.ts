import {useEffect, useReducer} from 'react';
import {erased, typed} from '../../components/prompt-keys.js';

export type ExportFormat = 'md' | 'json' | 'csv';

/** The Export view's choices; the files themselves are derived from them and the week. */
export interface ExportState {
	readonly format: ExportFormat;
	/** Report slugs chosen for 1:1 notes. */
	readonly reports: ReadonlySet<string>;
	readonly leadership: boolean;
	/** The row of the choice list under the cursor: one per report, then leadership. */
	readonly cursor: number;
	/** Which file of the preview is shown, and how far it is scrolled. */
	readonly previewFile: number;
	readonly previewOffset: number;
	readonly folder: string;
	/** The folder prompt's text while open. */
	readonly folderDraft: string | null;
	/** Set after a write refused because files exist: the next W replaces them. */
	readonly confirmOverwrite: boolean;
}

export type ExportAction =
	| {readonly type: 'move'; readonly by: number; readonly rowCount: number}
	| {readonly type: 'toggleRow'; readonly slugs: readonly string[]}
	| {readonly type: 'cycleFormat'}
	| {readonly type: 'nextFile'; readonly fileCount: number}
	| {readonly type: 'scrollPreview'; readonly by: number; readonly lineCount: number}
	| {readonly type: 'openFolder'}
	| {readonly type: 'typeFolder'; readonly text: string}
	| {readonly type: 'eraseFolder'}
	| {readonly type: 'applyFolder'}
	| {readonly type: 'cancelFolder'}
	| {readonly type: 'askOverwrite'}
	| {readonly type: 'settled'};

const formats: readonly ExportFormat[] = ['md', 'json', 'csv'];

export function initialExportState(slugs: readonly string[], folder: string): ExportState {
	return {format: 'md', reports: new Set(slugs), leadership: true, cursor: 0, previewFile: 0, previewOffset: 0, folder, folderDraft: null, confirmOverwrite: false};
}

export function exportReducer(state: ExportState, action: ExportAction): ExportState {
	switch (action.type) {
		case 'move': {
			const cursor = Math.min(Math.max(0, state.cursor + action.by), Math.max(0, action.rowCount - 1));
			return {...state, cursor};
		}

		case 'toggleRow': {
			// Rows: the reports in roster order, then the leadership summary.
			const slug = action.slugs[state.cursor];
			if (slug === undefined) return {...state, leadership: !state.leadership, previewFile: 0, previewOffset: 0, confirmOverwrite: false};
			const reports = new Set(state.reports);
			if (reports.has(slug)) reports.delete(slug);
			else reports.add(slug);
			return {...state, reports, previewFile: 0, previewOffset: 0, confirmOverwrite: false};
		}

		case 'cycleFormat': {
			const format = formats[(formats.indexOf(state.format) + 1) % formats.length] ?? 'md';
			return {...state, format, previewFile: 0, previewOffset: 0, confirmOverwrite: false};
		}

		case 'nextFile': {
			return {...state, previewFile: action.fileCount === 0 ? 0 : (state.previewFile + 1) % action.fileCount, previewOffset: 0};
		}

		case 'scrollPreview': {
			return {...state, previewOffset: Math.min(Math.max(0, state.previewOffset + action.by), Math.max(0, action.lineCount - 1))};
		}

		case 'openFolder': {
			return {...state, folderDraft: state.folder};
		}

		case 'typeFolder': {
			return state.folderDraft === null ? state : {...state, folderDraft: typed(state.folderDraft, action.text)};
		}

		case 'eraseFolder': {
			return state.folderDraft === null ? state : {...state, folderDraft: erased(state.folderDraft)};
		}

		case 'applyFolder': {
			const folder = state.folderDraft?.trim();
			return {...state, folder: folder ? folder : state.folder, folderDraft: null, confirmOverwrite: false};
		}

		case 'cancelFolder': {
			return {...state, folderDraft: null};
		}

		case 'askOverwrite': {
			return {...state, confirmOverwrite: true};
		}

		case 'settled': {
			return {...state, confirmOverwrite: false};
		}
	}
}

/**
 * The director's choices outlive the view: switching to Overview and back must not send the
 * next write to another folder. Kept for the life of the process, like the undo stack.
 */
let remembered: Pick<ExportState, 'format' | 'reports' | 'leadership' | 'folder'> | null = null;

export function useExportState(slugs: readonly string[], folder: string) {
	const [state, dispatch] = useReducer(exportReducer, undefined, () => {
		const initial = initialExportState(slugs, folder);
		if (remembered === null) return initial;
		// Reports that left the roster are dropped; the rest of the choices stand.
		const reports = new Set([...remembered.reports].filter((slug) => slugs.includes(slug)));
		return {...initial, ...remembered, reports};
	});
	useEffect(() => {
		remembered = {format: state.format, reports: state.reports, leadership: state.leadership, folder: state.folder};
	}, [state.format, state.reports, state.leadership, state.folder]);
	return [state, dispatch] as const;
}
