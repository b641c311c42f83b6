import {listBindings} from '../../components/list-keys.js';
import type {ScrollMove} from '../../components/scroll.js';
import type {Binding} from '../../keymap.js';

export type TriageKeyAction = ScrollMove | 'operational' | 'strategic' | 'clear' | 'accept' | 'undo' | 'filter' | 'toggleMode' | 'select' | 'escape' | 'open' | 'note';

export const triageBindings: ReadonlyArray<Binding<TriageKeyAction>> = [
	...listBindings('ticket'),
	{keys: ['o'], action: 'operational', help: 'tag firefighting (operational)', brief: 'tag firefighting'},
	{keys: ['s'], action: 'strategic', help: 'tag improvement (strategic)', brief: 'tag improvement'},
	{keys: ['x'], action: 'clear', help: 'clear the manual tag'},
	{keys: ['enter', 'space'], action: 'accept', help: 'accept the suggestion', label: 'enter / space'},
	{keys: ['u'], action: 'undo', help: 'undo the last tag (repeatable)', brief: 'undo the last tag'},
	{keys: ['/'], action: 'filter', help: 'filter by key, title, person, label', brief: 'filter the tickets'},
	{keys: ['a'], action: 'toggleMode', help: 'all tickets / to triage only', brief: 'all / to triage only'},
	{keys: ['v'], action: 'select', help: 'select several, then o / s / x / enter', brief: 'select several'},
	{keys: ['escape'], action: 'escape', help: 'clear selection, then filter', brief: 'clear selection, filter', label: 'esc'},
	{keys: ['b'], action: 'open', help: 'open the ticket in the browser', brief: 'open in the browser'},
	{keys: ['n'], action: 'note', help: 'note for the next 1:1 about this ticket', brief: 'note for the next 1:1'},
];
