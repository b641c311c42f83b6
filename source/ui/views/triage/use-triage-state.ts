import {useReducer} from 'react';
import {erased, typed} from '../../components/prompt-keys.js';
import type {TriageMode} from './triage-rows.js';

/** The Triage list's own state; tags themselves live in the session (durable, undoable). */
export interface TriageState {
	readonly mode: TriageMode;
	readonly filter: string;
	/** The filter prompt's text while it is open; null when closed. */
	readonly filterDraft: string | null;
	readonly cursor: number;
	/** First visible row. */
	readonly offset: number;
	readonly selected: ReadonlySet<string>;
}

export type TriageAction =
	| {readonly type: 'move'; readonly by: number; readonly rowCount: number; readonly visible: number}
	| {readonly type: 'moveTo'; readonly index: number; readonly rowCount: number; readonly visible: number}
	| {readonly type: 'toggleMode'}
	| {readonly type: 'openFilter'}
	| {readonly type: 'typeFilter'; readonly text: string}
	| {readonly type: 'eraseFilter'}
	| {readonly type: 'applyFilter'}
	| {readonly type: 'cancelFilter'}
	| {readonly type: 'toggleSelected'; readonly ticketId: string}
	| {readonly type: 'clearSelection'}
	| {readonly type: 'reset'};

export const initialTriageState: TriageState = {mode: 'toTriage', filter: '', filterDraft: null, cursor: 0, offset: 0, selected: new Set()};

/** Keeps the cursor inside the list and the window around the cursor. */
export function clampWindow(cursor: number, offset: number, rowCount: number, visible: number): {cursor: number; offset: number} {
	const last = Math.max(0, rowCount - 1);
	const c = Math.min(Math.max(0, cursor), last);
	const height = Math.max(1, visible);
	let o = Math.min(Math.max(0, offset), Math.max(0, rowCount - height));
	if (c < o) o = c;
	if (c >= o + height) o = c - height + 1;
	return {cursor: c, offset: o};
}

export function triageReducer(state: TriageState, action: TriageAction): TriageState {
	switch (action.type) {
		case 'move': {
			return {...state, ...clampWindow(state.cursor + action.by, state.offset, action.rowCount, action.visible)};
		}

		case 'moveTo': {
			return {...state, ...clampWindow(action.index, state.offset, action.rowCount, action.visible)};
		}

		case 'toggleMode': {
			return {...state, mode: state.mode === 'toTriage' ? 'all' : 'toTriage', cursor: 0, offset: 0, selected: new Set()};
		}

		case 'openFilter': {
			return {...state, filterDraft: state.filter};
		}

		case 'typeFilter': {
			return state.filterDraft === null ? state : {...state, filterDraft: typed(state.filterDraft, action.text)};
		}

		case 'eraseFilter': {
			return state.filterDraft === null ? state : {...state, filterDraft: erased(state.filterDraft)};
		}

		case 'applyFilter': {
			return {...state, filter: state.filterDraft ?? state.filter, filterDraft: null, cursor: 0, offset: 0, selected: new Set()};
		}

		case 'cancelFilter': {
			// Esc on an open prompt closes it; Esc with the prompt closed clears the filter.
			return state.filterDraft === null ? {...state, filter: '', cursor: 0, offset: 0} : {...state, filterDraft: null};
		}

		case 'toggleSelected': {
			const selected = new Set(state.selected);
			if (selected.has(action.ticketId)) selected.delete(action.ticketId);
			else selected.add(action.ticketId);
			return {...state, selected};
		}

		case 'clearSelection': {
			return {...state, selected: new Set()};
		}

		case 'reset': {
			return {...state, cursor: 0, offset: 0, selected: new Set()};
		}
	}
}

export function useTriageState() {
	return useReducer(triageReducer, initialTriageState);
}
