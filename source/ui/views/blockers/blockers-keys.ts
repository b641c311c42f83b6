import {listBindings} from '../../components/list-keys.js';
import type {ScrollMove} from '../../components/scroll.js';
import type {Binding} from '../../keymap.js';

export type BlockersKeyAction = ScrollMove | 'switchFocus' | 'open' | 'back';

export const blockersBindings: ReadonlyArray<Binding<BlockersKeyAction>> = [
	{keys: ['f', 'left', 'right'], action: 'switchFocus', help: 'blocked tickets ↔ recurring themes', label: 'f / ← / →', footer: {keys: 'f / ←→', text: 'switch list', priority: 3, when: ['blocked', 'themes']}},
	...listBindings('ticket / theme', {text: 'move', priority: 1}),
	{keys: ['enter'], action: 'open', help: "the selected theme's tickets", footer: {text: "{keys}: the theme's tickets", priority: 2, when: ['themes']}},
	{keys: ['escape'], action: 'back', help: 'back to the lists', label: 'esc', footer: {text: 'back to the lists', priority: 3, when: ['drill']}},
];
