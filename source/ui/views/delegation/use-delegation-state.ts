import {useReducer} from 'react';
import type {Note} from '../../../domain/types.js';
import {initialScroll, moveScroll, type ScrollMove, type ScrollState} from '../../components/scroll.js';

export interface DelegationState {
	/** The selected row of the report table. */
	readonly rows: ScrollState;
	/** The drill-down open on one row (a report's name, or the director), with its own scroll. */
	readonly drill: {readonly rowKey: string; readonly list: ScrollState} | null;
	/** A 1:1 note being written about a report or a ticket; the prompt has every key meanwhile. */
	readonly note: {readonly target: Note['target']; readonly about: string} | null;
}

export type DelegationAction =
	| {readonly type: 'move'; readonly move: ScrollMove; readonly count: number; readonly rows: number}
	| {readonly type: 'open'; readonly rowKey: string}
	| {readonly type: 'back'}
	| {readonly type: 'note'; readonly target: Note['target']; readonly about: string}
	| {readonly type: 'closeNote'};

export const initialDelegationState: DelegationState = {rows: initialScroll, drill: null, note: null};

export function delegationReducer(state: DelegationState, action: DelegationAction): DelegationState {
	switch (action.type) {
		case 'move': {
			// Moves go to whatever is on screen: the drill-down's list when open, else the table.
			if (state.drill) return {...state, drill: {...state.drill, list: moveScroll(state.drill.list, action.move, action.count, action.rows)}};
			return {...state, rows: moveScroll(state.rows, action.move, action.count, action.rows)};
		}

		case 'open': {
			return state.drill ? state : {...state, drill: {rowKey: action.rowKey, list: initialScroll}};
		}

		case 'back': {
			return state.drill ? {...state, drill: null} : state;
		}

		case 'note': {
			return {...state, note: {target: action.target, about: action.about}};
		}

		case 'closeNote': {
			return state.note ? {...state, note: null} : state;
		}
	}
}

export function useDelegationState() {
	return useReducer(delegationReducer, initialDelegationState);
}
