import {listBindings} from '../../components/list-keys.js';
import type {ScrollMove} from '../../components/scroll.js';
import type {Binding} from '../../keymap.js';
import type {SectionId} from './predictability-rows.js';

export type PredictabilityKeyAction = ScrollMove | `show:${SectionId}` | 'nextSection' | 'previousSection';

export const predictabilityBindings: ReadonlyArray<Binding<PredictabilityKeyAction>> = [
	{keys: ['w'], action: 'show:weekly', help: 'weekly table over the trend weeks', brief: 'weekly table'},
	{keys: ['m'], action: 'show:teams', help: 'per team'},
	{keys: ['s'], action: 'show:slips', help: 'worst slips of the week'},
	{keys: ['c'], action: 'show:cycles', help: 'commitment per cycle / sprint', brief: 'commitment per cycle'},
	{keys: ['a'], action: 'show:risk', help: 'open tickets at risk of missing their due date', brief: 'tickets at risk of slipping'},
	{keys: ['right'], action: 'nextSection', help: 'next section'},
	{keys: ['left'], action: 'previousSection', help: 'previous section', footer: {text: 'switch', priority: 2, with: ['nextSection']}},
	...listBindings('row', {text: 'scroll', priority: 1}),
];
