import {listTableChrome} from '../../components/list-table.js';
import type {BlockersFocus} from './use-blockers-state.js';

/** The headline (4), a blank, and the key hint at the bottom. */
export const blockersChrome = 6;
/** A list squeezed below this shows too little to be worth its title. */
const minimumList = listTableChrome + 3;

/**
 * The two lists share the room below the headline (with a blank line between them): each
 * gets what it needs when both fit; otherwise the unfocused one keeps a few rows and the
 * focused one takes the rest.
 */
export function splitLists(blockedRows: number, themeRows: number, focus: BlockersFocus, available: number): {readonly blocked: number; readonly themes: number} {
	const room = Math.max(2 * (listTableChrome + 1), available - 1);
	const blockedNeed = listTableChrome + Math.max(1, blockedRows);
	const themesNeed = listTableChrome + Math.max(1, themeRows);
	if (blockedNeed + themesNeed <= room) return {blocked: blockedNeed, themes: themesNeed};
	const [focusedNeed, otherNeed] = focus === 'blocked' ? [blockedNeed, themesNeed] : [themesNeed, blockedNeed];
	// A list cut short needs two lines below its header: a row and the "↓ 1–1 of n" line.
	// Given one, it would draw two into it and push the screen past the terminal's height.
	const otherLeast = Math.min(otherNeed, Math.max(listTableChrome + 2, Math.min(minimumList, Math.floor(room / 3))));
	const focused = Math.min(focusedNeed, room - otherLeast);
	const other = Math.min(otherNeed, room - focused);
	return focus === 'blocked' ? {blocked: focused, themes: other} : {blocked: other, themes: focused};
}
