import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {Overview} from './overview.js';

function OverviewView({report, width, height}: ViewProps) {
	return <Overview report={report} width={width} height={height} />;
}

export const overviewView: ViewDefinition = {
	id: 'overview',
	title: 'Overview',
	component: OverviewView,
	bindings: [],
};
