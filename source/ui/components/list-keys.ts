import type {Binding} from '../keymap.js';
import type {ScrollMove} from './scroll.js';

/** The keys every list shares: j/k and the arrows, pages, first and last. */
export function listBindings(noun: string): Array<Binding<ScrollMove>> {
	return [
		{keys: ['j', 'down'], action: 'down', help: `next ${noun}`},
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
