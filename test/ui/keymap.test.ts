import {describe, expect, it} from 'vitest';
import {globalBindings, matchBinding, matchBindings, type Binding} from '../../source/ui/keymap.js';
import {views} from '../../source/ui/views/registry.js';

function keysOf(bindings: readonly Binding[]): string[] {
	return bindings.flatMap((binding) => binding.keys);
}

describe('the keymap', () => {
	it('has no key bound twice among the global bindings', () => {
		const keys = keysOf(globalBindings);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it.each(views.map((view) => [view.id, view] as const))('lets no %s binding collide with another or shadow a global one', (_id, view) => {
		const viewKeys = keysOf(view.bindings);
		expect(new Set(viewKeys).size).toBe(viewKeys.length);
		const globals = new Set(keysOf(globalBindings));
		expect(viewKeys.filter((key) => globals.has(key))).toEqual([]);
	});

	it('maps presses to actions', () => {
		expect(matchBinding(globalBindings, {input: '2'})).toBe('view:triage');
		expect(matchBinding(globalBindings, {input: '', tab: true})).toBe('nextView');
		expect(matchBinding(globalBindings, {input: '', tab: true, shift: true})).toBe('previousView');
		expect(matchBinding(globalBindings, {input: 'q', ctrl: true})).toBeNull();
		expect(matchBinding(globalBindings, {input: 'z'})).toBeNull();
	});

	it('splits a burst of printable keys that arrived in one read into one action each', () => {
		expect(matchBindings(globalBindings, {input: ']]['})).toEqual(['nextWeek', 'nextWeek', 'previousWeek']);
		expect(matchBindings(globalBindings, {input: '2z?'})).toEqual(['view:triage', 'help']);
		expect(matchBindings(globalBindings, {input: '', tab: true})).toEqual(['nextView']);
		expect(matchBindings(globalBindings, {input: 'qq', ctrl: true})).toEqual([]);
	});
});
