import {useReducer} from 'react';
import {initialScroll, moveScroll, scrollAtEnd, type ScrollMove, type ScrollState} from '../../components/scroll.js';
import {sectionOrder, type SectionId} from './predictability-rows.js';

export interface PredictabilityState {
	/** The section that takes j/k and gets the room first. */
	readonly section: SectionId;
	/** Each section keeps its own place when another is shown. */
	readonly scroll: Readonly<Record<SectionId, ScrollState>>;
}

export type PredictabilityAction =
	| {readonly type: 'show'; readonly section: SectionId}
	| {readonly type: 'cycle'; readonly by: 1 | -1}
	| {readonly type: 'move'; readonly move: ScrollMove; readonly count: number; readonly rows: number};

export const initialPredictabilityState: PredictabilityState = {
	section: 'weekly',
	// The weekly table runs oldest first and ends with the week under review: it opens on that
	// week, so a short terminal shows it rather than weeks ago with the reviewed one below.
	scroll: {weekly: scrollAtEnd, teams: initialScroll, slips: initialScroll, cycles: initialScroll, risk: initialScroll},
};

export function predictabilityReducer(state: PredictabilityState, action: PredictabilityAction): PredictabilityState {
	switch (action.type) {
		case 'show': {
			return state.section === action.section ? state : {...state, section: action.section};
		}

		case 'cycle': {
			const index = sectionOrder.indexOf(state.section);
			const next = sectionOrder[(index + action.by + sectionOrder.length) % sectionOrder.length] ?? state.section;
			return {...state, section: next};
		}

		case 'move': {
			return {...state, scroll: {...state.scroll, [state.section]: moveScroll(state.scroll[state.section], action.move, action.count, action.rows)}};
		}
	}
}

export function usePredictabilityState() {
	return useReducer(predictabilityReducer, initialPredictabilityState);
}
