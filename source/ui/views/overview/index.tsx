import {viewTitles} from '../../keymap.js';
import type {ViewDefinition, ViewProps} from '../../view-definition.js';
import {describeTicket, Overview} from './overview.js';

function OverviewView({source, report, width, height}: ViewProps) {
	const describe = (ticketId: string) => describeTicket(source.review.ticketsById.get(ticketId), ticketId);
	return <Overview report={report} width={width} height={height} describeTicket={describe} />;
}

export const overviewView: ViewDefinition = {
	id: 'overview',
	title: viewTitles.overview,
	component: OverviewView,
	bindings: [],
};
