import type {Binding} from '../../keymap.js';

export type OverviewAction = 'down' | 'up' | 'open' | 'since';

/**
 * The Overview's keys. Their hints are not a footer but words in place: "enter: tickets"
 * heads the figures' column (state 'figures'), "l: list" ends the since-last-review line
 * (state 'since').
 */
export const overviewBindings: ReadonlyArray<Binding<OverviewAction>> = [
	{keys: ['j', 'down'], action: 'down', help: 'next figure'},
	{keys: ['k', 'up'], action: 'up', help: 'previous figure'},
	// The lists these keys open name their own keys (o/s/x, b, esc; j/k, esc): one line each keeps `?` short.
	{keys: ['enter'], action: 'open', help: 'the tickets the figure counts, and why', footer: {text: '{keys}: tickets', priority: 1, when: ['figures']}},
	{keys: ['l'], action: 'since', help: 'since last review: every change, by report (esc)', footer: {text: '{keys}: list', priority: 1, when: ['since']}},
];
