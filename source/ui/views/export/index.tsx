import {viewTitles} from '../../keymap.js';
import type {ViewDefinition} from '../../view-definition.js';
import {ExportView} from './export.js';
import {exportBindings} from './use-export-input.js';

export const exportView: ViewDefinition = {
	id: 'export',
	title: viewTitles.export,
	component: ExportView,
	bindings: exportBindings,
};
