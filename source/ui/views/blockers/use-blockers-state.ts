import {useReducer} from 'react';
import {initialScroll, moveScroll, type ScrollMove, type ScrollState} from '../../components/scroll.js';

export type BlockersFocus = 'blocked' | 'themes';

export interface BlockersState {
	/** The list that takes j/k and Enter. */
	readonly focus: BlockersFocus;
	readonly blocked: ScrollState;
	readonly themes: ScrollState;
	/** A theme's tickets, open over the lists (keyed by the theme's name). */
	readonly drill: {readonly theme: string; readonly list: ScrollState} | null;
}

export type BlockersAction =
	| {readonly type: 'focus'; readonly to?: BlockersFocus}
	| {readonly type: 'move'; readonly move: ScrollMove; readonly count: number; readonly rows: number}
	| {readonly type: 'open'; readonly theme: string}
	| {readonly type: 'back'};

export const initialBlockersState: BlockersState = {focus: 'blocked', blocked: initialScroll, themes: initialScroll, drill: null};

export function blockersReducer(state: BlockersState, action: BlockersAction): BlockersState {
	switch (action.type) {
		case 'focus': {
			if (state.drill) return state;
			const to = action.to ?? (state.focus === 'blocked' ? 'themes' : 'blocked');
			return to === state.focus ? state : {...state, focus: to};
		}

		case 'move': {
			if (state.drill) return {...state, drill: {...state.drill, list: moveScroll(state.drill.list, action.move, action.count, action.rows)}};
			return {...state, [state.focus]: moveScroll(state[state.focus], action.move, action.count, action.rows)};
		}

		case 'open': {
			// Only a theme has a list behind it; Enter on a blocked ticket does nothing.
			return state.drill || state.focus !== 'themes' ? state : {...state, drill: {theme: action.theme, list: initialScroll}};
		}

		case 'back': {
			return state.drill ? {...state, drill: null} : state;
		}
	}
}

export function useBlockersState() {
	return useReducer(blockersReducer, initialBlockersState);
}
