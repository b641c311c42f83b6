import {describe, expect, it} from 'vitest';
import {groupHeadOf, type GroupHeadParts} from '../../../source/domain/metrics/group-head.js';
import type {ReportDetails} from '../../../source/domain/metrics/types.js';
import type {ResolvedReport, ResolvedRoster} from '../../../source/domain/types.js';
import {weekDetails} from '../../support/week-report.js';
import {assigneeChange, at, makeTicket} from '../../support/ticket-builder.js';

const alex: ResolvedReport = {name: 'Alex Kim', slug: 'alex-kim', reportIds: new Set(['alex']), groupIds: new Set(['alex', 'sam'])};
const jo: ResolvedReport = {name: 'Jo Park', slug: 'jo-park', reportIds: new Set(['jo']), groupIds: new Set(['jo', 'kai'])};
const roster: ResolvedRoster = {directorIds: new Set(['dana']), reports: [alex, jo]};
const weekEnd = at('2026-11-23T00:00:00Z');

function lists(report: ResolvedReport, fields: Partial<ReportDetails> = {}): ReportDetails {
	const none = {operational: 0, strategic: 0, unclassified: 0, operationalShare: null};
	return {name: report.name, slug: report.slug, delegatedIds: [], openIds: [], completedIds: [], overdueIds: [], staleIds: [], takenBackIds: [], strategicIds: [], groupCompletedIds: [], allocation: none, ...fields};
}

// PAY-1 was Sam's (Alex Kim's group) at the week's end and moved to Kai (Jo Park's group) the Tuesday after.
const moved = makeTicket({id: 't-1', key: 'PAY-1', assigneeId: 'kai', history: [assigneeChange('2026-11-10T09:00:00Z', null, 'sam'), assigneeChange('2026-11-24T09:00:00Z', 'sam', 'kai')]});
const kais = makeTicket({id: 't-2', key: 'GROW-2', assigneeId: 'kai'});
const ticketsById = new Map([moved, kais].map((ticket) => [ticket.id, ticket]));

const parts: GroupHeadParts = {
	details: {
		...weekDetails({
			reports: [lists(alex), lists(jo, {openIds: ['t-2']})],
			brokenPromises: [
				{ticketId: 't-1', firstDueDate: '2026-11-18', currentDueDate: '2026-11-25'},
				{ticketId: 't-2', firstDueDate: '2026-11-19', currentDueDate: null},
			],
			postponements: [{ticketId: 't-1', at: at('2026-11-18T10:00:00Z'), from: '2026-11-18', to: '2026-11-25'}],
			blocked: [
				{ticketId: 't-2', days: 1.5, isBlockedNow: true, reason: 'waiting'},
				{ticketId: 't-1', days: 3, isBlockedNow: true, reason: 'blocked by OPS-1'},
			],
		}),
	},
	version2: {figures: {'effort.reports[Alex Kim].keptRate': ['PAY-1'], 'effort.reports[Jo Park].keptRate': ['GROW-2']}, promiseRisk: [{key: 'GROW-2', report: 'Jo Park', dueDate: '2026-11-26', firstDueDate: '2026-11-19', onTimeProbability: 0.2, keptProbability: null, atRisk: true}]},
	asOf: weekEnd,
};

describe('a group’s head figures of one week', () => {
	it('reads a ticket as the group’s by who held it at the week’s end, not who holds it now', () => {
		const [alexHead, joHead] = groupHeadOf(parts, roster, ticketsById);
		expect(alexHead).toEqual({name: 'Alex Kim', brokenIds: ['t-1'], lateIds: [], postponed: 1, atRisk: 0, blockedNow: [{ticketId: 't-1', days: 3}], blockedIds: ['t-1']});
		expect(joHead).toEqual({name: 'Jo Park', brokenIds: ['t-2'], lateIds: [], postponed: 0, atRisk: 1, blockedNow: [{ticketId: 't-2', days: 1.5}], blockedIds: ['t-2']});
	});

	it('gives a late completion to the group that held the ticket when it was completed, or at the week’s end when completed after it', () => {
		// PAY-1 was completed late on the Friday while Sam (Alex Kim's group) held it; GROW-3 was Sam's at the
		// week's end and Kai (Jo Park's group) completed it after the week; both are Kai's now.
		const completedInWeek = {...moved, completedAt: at('2026-11-20T15:00:00Z'), dueDate: '2026-11-18'};
		const completedAfter = makeTicket({id: 't-3', key: 'GROW-3', assigneeId: 'kai', completedAt: at('2026-11-25T15:00:00Z'), dueDate: '2026-11-19', history: [assigneeChange('2026-11-10T09:00:00Z', null, 'sam'), assigneeChange('2026-11-24T09:00:00Z', 'sam', 'kai')]});
		const byId = new Map([completedInWeek, kais, completedAfter].map((ticket) => [ticket.id, ticket]));
		const slips = [
			{ticketId: 't-3', slipDays: 6, dueDate: '2026-11-19', completedDate: '2026-11-25'},
			{ticketId: 't-1', slipDays: 2, dueDate: '2026-11-18', completedDate: '2026-11-20'},
		];
		const withSlips = {...parts, details: {...parts.details, slips}};
		expect(groupHeadOf(withSlips, roster, byId).map((head) => head.lateIds)).toEqual([['t-3', 't-1'], []]);
	});

	it('leaves out what ended or was no one’s in the group', () => {
		const ended = {...parts, details: {...parts.details, blocked: parts.details.blocked.map((item) => ({...item, isBlockedNow: false}))}};
		expect(groupHeadOf(ended, roster, ticketsById).map((head) => head.blockedNow)).toEqual([[], []]);
		// Blocked during the week, no longer at its end: still the group's, by the same reading (the 1:1 appendix lists it).
		expect(groupHeadOf(ended, roster, ticketsById).map((head) => head.blockedIds)).toEqual([['t-1'], ['t-2']]);
		const unjudged = {...parts, version2: {...parts.version2, figures: {}}};
		expect(groupHeadOf(unjudged, roster, ticketsById).map((head) => head.brokenIds)).toEqual([[], []]);
	});
});
