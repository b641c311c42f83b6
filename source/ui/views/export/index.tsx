import {viewTitles} from '../../keymap.js';
import type {ViewDefinition} from '../../view-definition.js';
import {ExportView} from './export.js';
import {exportBindings} from './export-keys.js';

export const exportView: ViewDefinition = {
	id: 'export',
	title: viewTitles.export,
	component: ExportView,
	bindings: exportBindings,
};
