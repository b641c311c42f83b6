import {listBindings} from '../../components/list-keys.js';
import type {ScrollMove} from '../../components/scroll.js';
import type {Binding} from '../../keymap.js';

export type DelegationKeyAction = ScrollMove | 'open' | 'back' | 'note' | 'followUp';

/**
 * The footer's states: a report's row or the director's is selected in the table, or a
 * row's tickets are open. "{whose}" is the selected row's ("Alex Kim's", "your open").
 */
export const delegationBindings: ReadonlyArray<Binding<DelegationKeyAction>> = [
	...listBindings('report / ticket', [
		{text: 'select', priority: 1, when: ['report', 'director']},
		{text: 'move', priority: 1, when: ['tickets']},
	]),
	{keys: ['enter'], action: 'open', help: "the selected report's tickets", footer: {text: '{keys}: {whose} tickets', priority: 3, when: ['report', 'director']}},
	{keys: ['escape'], action: 'back', help: 'back to the reports', label: 'esc', footer: {text: 'back to the reports', priority: 3, when: ['tickets']}},
	{keys: ['n'], action: 'note', help: 'note for the next 1:1 about this report / ticket', brief: 'note for the next 1:1', footer: {text: 'note for the 1:1', priority: 2, when: ['report', 'tickets']}},
	{keys: ['F'], action: 'followUp', help: 'flag (or unflag) the last discussed note on it for follow-up in the next 1:1', brief: 'flag a note for follow-up', footer: {text: 'follow up', priority: 1, when: ['report', 'tickets']}},
];
