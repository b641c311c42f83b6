import {describe, expect, it} from 'vitest';
import {footerLine} from '../../../source/ui/components/footer.js';
import {globalBindings, type Binding} from '../../../source/ui/keymap.js';
import {blockersBindings} from '../../../source/ui/views/blockers/blockers-keys.js';
import {delegationBindings} from '../../../source/ui/views/delegation/delegation-keys.js';

const bindings: readonly Binding[] = [
	{keys: ['j', 'down'], action: 'down', help: 'next', footer: {text: 'move', priority: 1, with: ['up']}},
	{keys: ['k', 'up'], action: 'up', help: 'previous'},
	{keys: ['enter'], action: 'open', help: 'open', footer: {text: '{keys}: {whose} tickets', priority: 3, when: ['list']}},
	{keys: ['escape'], action: 'back', help: 'back', footer: {text: 'back', priority: 2, when: ['drill']}},
	{keys: ['n'], action: 'note', help: 'note', footer: {text: 'note for the 1:1', priority: 2}},
];

describe('footers drawn from the bindings', () => {
	it('names each hinted binding in binding order, its keys first, with the actions it pairs with', () => {
		expect(footerLine(bindings, 200, {state: 'list', values: {whose: "Alex Kim's"}})).toBe("j/k move · enter: Alex Kim's tickets · n note for the 1:1");
		expect(footerLine(bindings, 200, {state: 'drill'})).toBe('j/k move · esc back · n note for the 1:1');
	});

	it('drops the least important hints first when the line is too narrow, never cutting one', () => {
		expect(footerLine(bindings, 45, {state: 'list', values: {whose: 'your open'}})).toBe('enter: your open tickets · n note for the 1:1');
		expect(footerLine(bindings, 30, {state: 'list', values: {whose: 'your open'}})).toBe('enter: your open tickets');
		expect(footerLine(bindings, 10, {state: 'list', values: {whose: 'your open'}})).toBe('');
	});

	it('takes a view’s wording for a binding’s hint', () => {
		expect(footerLine(globalBindings, 80)).toBe('? help · q quit');
		expect(footerLine(globalBindings, 80, {texts: {help: 'all keys'}})).toBe('? all keys · q quit');
	});

	it('says in each view state what the view’s keys do there', () => {
		expect(footerLine(blockersBindings, 80, {state: 'blocked'})).toBe('f / ←→ switch list · j/k move');
		expect(footerLine(blockersBindings, 80, {state: 'themes'})).toBe("f / ←→ switch list · j/k move · enter: the theme's tickets");
		expect(footerLine(blockersBindings, 80, {state: 'drill'})).toBe('j/k move · esc back to the lists');
		expect(footerLine(delegationBindings, 80, {state: 'director', values: {whose: 'your open'}})).toBe('j/k select · enter: your open tickets');
		expect(footerLine(delegationBindings, 80, {state: 'tickets'})).toBe('j/k move · esc back to the reports · n note for the 1:1 · F follow up');
	});
});
