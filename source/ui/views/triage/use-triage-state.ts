import {useReducer} from 'react';
import {erased, typed} from '../../components/prompt-keys.js';
import {initialScroll, type ScrollState} from '../../components/scroll.js';
import type {TriageMode} from './triage-rows.js';

/** The Triage list's own state; tags themselves live in the session (durable, undoable). */
export interface TriageState {
	readonly mode: TriageMode;
	readonly filter: string;
	/** The filter prompt's text while it is open; null when closed. */
	readonly filterDraft: string | null;
	/** The cursor's row and the first visible row, moved as every list moves (components/scroll.ts). */
	readonly scroll: ScrollState;
	readonly selected: ReadonlySet<string>;
}

export type TriageAction =
	| {readonly type: 'scroll'; readonly scroll: ScrollState}
	| {readonly type: 'toggleMode'}
	| {readonly type: 'openFilter'}
	| {readonly type: 'typeFilter'; readonly text: string}
	| {readonly type: 'eraseFilter'}
	| {readonly type: 'applyFilter'}
	| {readonly type: 'cancelFilter'}
	| {readonly type: 'toggleSelected'; readonly ticketId: string}
	| {readonly type: 'clearSelection'}
	| {readonly type: 'reset'};

export const initialTriageState: TriageState = {mode: 'toTriage', filter: '', filterDraft: null, scroll: initialScroll, selected: new Set()};

export function triageReducer(state: TriageState, action: TriageAction): TriageState {
	switch (action.type) {
		case 'scroll': {
			return action.scroll === state.scroll ? state : {...state, scroll: action.scroll};
		}

		case 'toggleMode': {
			return {...state, mode: state.mode === 'toTriage' ? 'all' : 'toTriage', scroll: initialScroll, selected: new Set()};
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
			return {...state, filter: state.filterDraft ?? state.filter, filterDraft: null, scroll: initialScroll, selected: new Set()};
		}

		case 'cancelFilter': {
			// Esc on an open prompt closes it; Esc with the prompt closed clears the filter.
			return state.filterDraft === null ? {...state, filter: '', scroll: initialScroll} : {...state, filterDraft: null};
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
			return {...state, scroll: initialScroll, selected: new Set()};
		}
	}
}

export function useTriageState() {
	return useReducer(triageReducer, initialTriageState);
}
