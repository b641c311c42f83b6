import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {handlePromptKey, type PromptEditor} from '../../source/ui/components/prompt-keys.js';
import {triageReducer, initialTriageState} from '../../source/ui/views/triage/use-triage-state.js';

const noKey = {} as Key;

/** A prompt over the triage reducer, as the view wires it: edits are relative to the state. */
function triagePrompt() {
	let state = triageReducer(initialTriageState, {type: 'openFilter'});
	const prompt: PromptEditor = {
		get draft() {
			return state.filterDraft;
		},
		type: (text) => (state = triageReducer(state, {type: 'typeFilter', text})),
		erase: () => (state = triageReducer(state, {type: 'eraseFilter'})),
		apply: () => (state = triageReducer(state, {type: 'applyFilter'})),
		cancel: () => (state = triageReducer(state, {type: 'cancelFilter'})),
	};
	return {prompt, state: () => state};
}

describe('prompt keys', () => {
	it('types bursts, strips control characters, and erases one character per backspace', () => {
		const {prompt, state} = triagePrompt();
		handlePromptKey(prompt, 'pay\u001B[31mments', noKey);
		expect(state().filterDraft).toBe('pay[31mments');
		for (let index = 0; index < 9; index++) handlePromptKey(prompt, '', {...noKey, backspace: true});
		expect(state().filterDraft).toBe('pay');
		handlePromptKey(prompt, '', {...noKey, return: true});
		expect(state()).toMatchObject({filter: 'pay', filterDraft: null});
	});

	it('types a read up to its line break, applies, and hands back the keys after it', () => {
		const {prompt, state} = triagePrompt();
		expect(handlePromptKey(prompt, 'pay\rjq', noKey)).toBe('jq');
		expect(state()).toMatchObject({filter: 'pay', filterDraft: null});
		const again = triagePrompt();
		expect(handlePromptKey(again.prompt, 'ledger\n', noKey)).toBe('');
		expect(again.state()).toMatchObject({filter: 'ledger', filterDraft: null});
	});

	it('takes nothing from ctrl chords and closes on escape', () => {
		const {prompt, state} = triagePrompt();
		handlePromptKey(prompt, 'c', {...noKey, ctrl: true});
		expect(state().filterDraft).toBe('');
		handlePromptKey(prompt, '', {...noKey, escape: true});
		expect(state().filterDraft).toBeNull();
	});
});
