import {triageFigures} from '../../figure-definitions.js';
import {viewTitles} from '../../keymap.js';
import type {ViewDefinition} from '../../view-definition.js';
import {Triage} from './triage.js';
import {triageBindings} from './triage-keys.js';

export const triageView: ViewDefinition = {
	id: 'triage',
	title: viewTitles.triage,
	component: Triage,
	bindings: triageBindings,
	figures: triageFigures,
};
