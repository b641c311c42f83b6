import {describe, expect, it} from 'vitest';
import {groupThemes, pointTickets} from '../../source/export/one-on-one-tickets.js';
import {reportScope} from '../../source/export/report-scope.js';
import {at, makeTicket} from '../support/ticket-builder.js';
import {alex, currentDetails, makeReport, makeSnapshot, tickets} from './snapshot-fixture.js';

/**
 * A report's share of a recurring theme counts the fires their group completed (the assignee
 * at completion, as the theme's responders are read, metrics.md). A fire the director took
 * back from the group and completed herself is not theirs: Priya Raman's note read
 * "component:payments-gateway keeps burning in Priya Raman’s area, 25 tickets in 4 weeks, the
 * latest PAY-8399 … (Dana Whitfield)" — the org's 25, one of them the director's.
 */
describe('a report’s recurring themes', () => {
	const takenBackFire = makeTicket({
		id: 't-dana-fire',
		key: 'PAY-7',
		title: 'Gateway timeouts for card payments',
		assigneeId: 'dana',
		startedAt: at('2026-11-16T08:00:00Z'),
		completedAt: at('2026-11-19T12:00:00Z'),
		createdAt: at('2026-11-16T07:00:00Z'),
		history: [{field: 'assignee', from: 'sam', to: 'dana', at: at('2026-11-17T09:00:00Z'), actorId: 'dana'}],
	});
	const details = {
		...currentDetails,
		reports: currentDetails.reports.map((report) => (report.slug === alex.slug ? {...report, takenBackIds: ['t-back', 't-dana-fire']} : report)),
		themes: [{name: 'component:payments-gateway', count: 2, weeks: 1, ticketIds: ['t-incident', 't-dana-fire'], ticketWeekIds: ['2026-W47', '2026-W47'], weekIds: ['2026-W47']}],
	};
	const all = [...Object.values(tickets), takenBackFire];
	const s = makeSnapshot({
		report: makeReport({details, tickets: all}),
		ticketsById: new Map(all.map((ticket) => [ticket.id, ticket])),
	});
	const scope = reportScope(s, alex);

	it('count the fires their group completed, not one the director took back and completed', () => {
		expect(groupThemes(s, scope)).toEqual([{name: 'component:payments-gateway', count: 1, weeks: 1, orgCount: 2}]);
	});

	it('name their group’s latest fire of the theme, not the director’s', () => {
		expect(pointTickets(s, scope).theme?.map((ticket) => ticket.key)).toEqual(['PAY-1']);
	});
});
