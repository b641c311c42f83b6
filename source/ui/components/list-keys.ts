import type {Binding, FooterHint} from '../keymap.js';
import type {ScrollMove} from './scroll.js';

/**
 * The keys every list shares: j/k and the arrows, pages, first and last. `moveHint` is what
 * the view's footer says of j/k ("j/k move"), if anything.
 */
export function listBindings(noun: string, moveHint?: FooterHint | readonly FooterHint[]): Array<Binding<ScrollMove>> {
	const withUp = (hint: FooterHint): FooterHint => ({...hint, with: ['up']});
	const footer = moveHint === undefined ? undefined : 'text' in moveHint ? withUp(moveHint as FooterHint) : (moveHint as readonly FooterHint[]).map(withUp);
	return [
		{keys: ['j', 'down'], action: 'down', help: `next ${noun}`, ...(footer === undefined ? {} : {footer})},
		{keys: ['k', 'up'], action: 'up', help: `previous ${noun}`},
		{keys: ['pageDown'], action: 'pageDown', help: 'page down'},
		{keys: ['pageUp'], action: 'pageUp', help: 'page up'},
		{keys: ['g', 'home'], action: 'first', help: `first ${noun}`},
		{keys: ['G', 'end'], action: 'last', help: `last ${noun}`},
	];
}

const moves: ReadonlySet<string> = new Set<ScrollMove>(['up', 'down', 'pageUp', 'pageDown', 'first', 'last']);

export function isScrollMove(action: string): action is ScrollMove {
	return moves.has(action);
}
